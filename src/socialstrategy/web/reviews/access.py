"""Who may do what in a review. Roles come from the workspace (``workspaces.models.Role``):

- owner and editor: request reviews, comment (also internally), resolve, make and revoke links;
  the owner also approves and sets the workspace's review mode;
- approver: approves, asks for changes and comments; does not edit;
- feedback: comments only (a legal department);
- viewer: reads, like before.

The coach's team (owner, editor, viewer) sees internal comments; approvers, feedback givers,
clients with read access and review-link holders never do.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied

from socialstrategy.web.reviews.models import LinkRole, ReviewLink
from socialstrategy.web.workspaces.access import StrategyAccess
from socialstrategy.web.workspaces.models import Role

APPROVING_ROLES = frozenset({Role.OWNER, Role.APPROVER})
COMMENTING_ROLES = frozenset({Role.OWNER, Role.EDITOR, Role.APPROVER, Role.FEEDBACK})
TEAM_ROLES = frozenset({Role.OWNER, Role.EDITOR, Role.VIEWER})


def can_approve(access: StrategyAccess) -> bool:
    return access.role in APPROVING_ROLES and not access.is_client


def can_comment(access: StrategyAccess) -> bool:
    return access.role in COMMENTING_ROLES and not access.is_client


def sees_internal(access: StrategyAccess) -> bool:
    return access.role in TEAM_ROLES and not access.is_client


def require(allowed: bool) -> None:
    if not allowed:
        raise PermissionDenied


def link_can_approve(link: ReviewLink) -> bool:
    return link.role == LinkRole.APPROVER
