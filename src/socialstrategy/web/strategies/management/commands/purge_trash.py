"""``socialstrategy manage purge_trash``: delete for good what lay in a trash longer than TRASH_DAYS."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from socialstrategy.web.strategies.trash import purge_expired, trash_days


class Command(BaseCommand):
    help = "Delete strategies that have been in a workspace's trash for longer than TRASH_DAYS (30)."

    def handle(self, *args: Any, **options: Any) -> None:
        count = purge_expired()
        self.stdout.write(f"Purged {count} strategies deleted more than {trash_days()} days ago.")
