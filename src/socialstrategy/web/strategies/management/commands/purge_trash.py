"""``socialstrategy manage purge_trash``: delete for good what lay in a trash longer than TRASH_DAYS,
and what else only piles up: failed-login records and password reset requests older than their
throttling windows, and expired sessions."""

from __future__ import annotations

from typing import Any

from django.contrib.sessions.models import Session
from django.core.management.base import BaseCommand
from django.utils import timezone

from socialstrategy.web.accounts.throttle import purge_old_failures, purge_old_reset_requests
from socialstrategy.web.strategies.downloads import purge_downloads
from socialstrategy.web.workspaces.retention import (
    purge_expired_strategies,
    purge_expired_workspaces,
    trash_days,
)


class Command(BaseCommand):
    help = (
        "Delete strategies that have been in a workspace's trash, and workspaces that have been "
        "deleted, for longer than TRASH_DAYS (30); also old failed-login records, "
        "password reset requests and expired sessions."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        workspaces = purge_expired_workspaces()  # first: their strategies go with them
        count = purge_expired_strategies()
        days = trash_days()
        self.stdout.write(f"Purged {count} strategies deleted more than {days} days ago.")
        self.stdout.write(f"Purged {workspaces} workspaces deleted more than {days} days ago.")
        self.stdout.write(
            f"Purged {purge_old_failures()} failed-login records older than the throttling window."
        )
        self.stdout.write(
            f"Purged {purge_old_reset_requests()} password reset requests older than their window."
        )
        sessions, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
        self.stdout.write(f"Purged {sessions} expired sessions.")
        self.stdout.write(f"Purged {purge_downloads()} rendered download files older than a day.")
