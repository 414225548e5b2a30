"""How long the trash keeps what was deleted: the rules, with no views and no access checks.

A deleted strategy waits in its workspace's trash, and a deleted workspace with its owners, for
TRASH_DAYS. Until then it is restorable; after that it is expired: no page shows it and nobody can
restore it, and ``socialstrategy manage purge_trash`` deletes it for good. Pages only read; only
that command deletes, so opening a page never removes rows.

This module imports only the models and the settings, so the access helpers and both trash views
can take the rules from here without importing each other.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.workspaces.models import Workspace


def trash_days() -> int:
    return int(getattr(settings, "TRASH_DAYS", 30))


def trash_cutoff() -> datetime:
    """What was deleted before this moment is expired (strategies and workspaces)."""
    return timezone.now() - timedelta(days=trash_days())


def purge_date(deleted: datetime) -> datetime:
    return deleted + timedelta(days=trash_days())


def restorable_strategies(workspace: Workspace) -> QuerySet[Strategy]:
    """The strategies in a workspace's trash that are not yet expired."""
    return Strategy.objects.filter(workspace=workspace, deleted__gte=trash_cutoff())


def restorable_workspaces() -> QuerySet[Workspace]:
    """Deleted workspaces that are not yet expired."""
    return Workspace.objects.filter(deleted__gte=trash_cutoff())


def purge_expired_strategies() -> int:
    """Delete for good the strategies in a trash longer than TRASH_DAYS; return how many."""
    return _purge(Strategy.objects.filter(deleted__lt=trash_cutoff()))


def purge_expired_workspaces() -> int:
    """Delete for good the workspaces deleted longer than TRASH_DAYS ago; return how many.

    The database cascades to their memberships, invitations and strategies (with revisions and
    client grants)."""
    return _purge(Workspace.objects.filter(deleted__lt=trash_cutoff()))


def _purge(expired: QuerySet[Strategy] | QuerySet[Workspace]) -> int:
    count = expired.count()
    expired.delete()
    return count
