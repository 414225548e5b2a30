"""Access helpers: every workspace-owned object is fetched through these.

Another workspace's object answers 404, not 403, so that its existence does not leak (pretix).
A member whose role is too low for an action gets 403: they already know the object exists.
A deleted workspace, and everything in it, answers 404 to everyone; only its owners reach it, to
restore it (``get_deleted_workspace_for_owner``).
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db.models import OuterRef, Subquery
from django.http import Http404, HttpRequest

from socialstrategy.web.strategies.models import Strategy, StrategyGrant
from socialstrategy.web.workspaces.models import ROLE_RANK, Membership, Role, Workspace


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
        .filter(workspace_id=pk, user_id=request.user.pk, workspace__deleted__isnull=True)
        .first()
    )
    if membership is None:
        raise Http404
    _require(membership.role, role)
    return WorkspaceAccess(membership.workspace, membership.role)


def get_strategy_for_user(request: HttpRequest, pk: int, role: str = Role.VIEWER) -> StrategyAccess:
    # One query for the strategy and the user's role in its workspace; the document comes from
    # the per-process cache of parsed versions when this version was read before.
    member_role = Membership.objects.filter(
        workspace_id=OuterRef("workspace_id"), user_id=request.user.pk
    ).values("role")[:1]
    strategy = (
        Strategy.objects.select_related("workspace")
        .defer("document")
        .annotate(member_role=Subquery(member_role))
        .filter(pk=pk, deleted__isnull=True, workspace__deleted__isnull=True)
        .first()
    )
    if strategy is None:
        raise Http404
    strategy.attach_document()
    if strategy.member_role is not None:
        _require(strategy.member_role, role)
        return StrategyAccess(strategy, strategy.member_role)
    if StrategyGrant.objects.filter(strategy=strategy, user_id=request.user.pk).exists():
        _require(Role.VIEWER, role)
        return StrategyAccess(strategy, Role.VIEWER, is_client=True)
    raise Http404


def get_deleted_workspace_for_owner(request: HttpRequest, pk: int) -> Workspace:
    """A deleted workspace, still restorable, of which the user is an owner; for anyone else 404."""
    from socialstrategy.web.workspaces.trash import restorable

    membership = (
        Membership.objects.select_related("workspace")
        .filter(workspace__in=restorable(), workspace_id=pk, user_id=request.user.pk, role=Role.OWNER)
        .first()
    )
    if membership is None:
        raise Http404
    return membership.workspace
