"""Access helpers: every workspace-owned object is fetched through these.

Another workspace's object answers 404, not 403, so that its existence does not leak (pretix).
A member whose role is too low for an action gets 403: they already know the object exists.
A deleted workspace, and everything in it, answers 404 to everyone; only its owners reach it, to
restore it (``get_deleted_workspace_for_owner``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpRequest

from socialstrategy.web.strategies.models import Strategy, StrategyGrant
from socialstrategy.web.workspaces.models import ROLE_RANK, Membership, Role, Workspace
from socialstrategy.web.workspaces.retention import restorable_workspaces


@dataclass(frozen=True)
class WorkspaceAccess:
    workspace: Workspace
    role: str

    @property
    def can_edit(self) -> bool:
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[Role.EDITOR]

    @property
    def is_owner(self) -> bool:
        return self.role == Role.OWNER


@dataclass(frozen=True)
class StrategyAccess:
    strategy: Strategy
    role: str
    is_client: bool = False

    @property
    def can_edit(self) -> bool:
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[Role.EDITOR]

    @property
    def workspace(self) -> Workspace:
        return self.strategy.workspace


def _require(role: str, needed: str) -> None:
    if ROLE_RANK[Role(role)] < ROLE_RANK[Role(needed)]:
        raise PermissionDenied


def get_workspace_for_user(request: HttpRequest, pk: int, role: str = Role.VIEWER) -> WorkspaceAccess:
    membership = (
        Membership.objects.select_related("workspace")
        .filter(workspace_id=pk, user_id=_user_pk(request), workspace__deleted__isnull=True)
        .first()
    )
    if membership is None:
        raise Http404
    _require(membership.role, role)
    return WorkspaceAccess(membership.workspace, membership.role)


def get_strategy_for_user(request: HttpRequest, pk: int, role: str = Role.VIEWER) -> StrategyAccess:
    strategy = _strategy_with_member_role(pk, _user_pk(request))
    if strategy is None:
        raise Http404
    strategy.attach_document()
    member_role: str | None = getattr(strategy, "member_role", None)  # a column of the raw query
    if member_role is not None:
        _require(member_role, role)
        return StrategyAccess(strategy, member_role)
    if StrategyGrant.objects.filter(strategy=strategy, user_id=_user_pk(request)).exists():
        _require(Role.VIEWER, role)
        return StrategyAccess(strategy, Role.VIEWER, is_client=True)
    raise Http404


def _user_pk(request: HttpRequest) -> int:
    """The signed-in user's id. Every view reaches these helpers behind ``login_required``; were
    one not to, an anonymous visitor would see the same 404 as an outsider."""
    if not request.user.is_authenticated:
        raise Http404
    return request.user.pk


def _strategy_with_member_role(pk: int, user_pk: int) -> Strategy | None:
    """The strategy without its document (that comes from the per-process cache of parsed
    versions when this version was read before), its workspace's name and the user's role there.

    Every strategy page asks this first, so it is one hand-written query: the ORM took longer
    to build the same SQL than the database took to answer it.
    """
    return next(iter(Strategy.objects.raw(_member_role_sql(), [user_pk, pk])), None)


@cache
def _member_role_sql() -> str:
    columns = ", ".join(f"s.{f.column}" for f in Strategy._meta.concrete_fields if f.name != "document")
    return (
        f"SELECT {columns}, w.name AS workspace_name, (SELECT m.role FROM {Membership._meta.db_table} m"
        " WHERE m.workspace_id = s.workspace_id AND m.user_id = %s) AS member_role"
        f" FROM {Strategy._meta.db_table} s JOIN {Workspace._meta.db_table} w ON w.id = s.workspace_id"
        " WHERE s.id = %s AND s.deleted IS NULL AND w.deleted IS NULL"
    )


def get_deleted_workspace_for_owner(request: HttpRequest, pk: int) -> Workspace:
    """A deleted workspace, still restorable, of which the user is an owner; for anyone else 404."""
    membership = (
        Membership.objects.select_related("workspace")
        .filter(
            workspace__in=restorable_workspaces(), workspace_id=pk, user_id=_user_pk(request), role=Role.OWNER
        )
        .first()
    )
    if membership is None:
        raise Http404
    return membership.workspace
