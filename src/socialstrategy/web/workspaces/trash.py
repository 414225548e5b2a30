"""Deleting a workspace is recoverable: it is gone for its members at once, its owners can restore
it for TRASH_DAYS (like a strategy in the trash), then ``purge_trash`` deletes it with everything
in it (the rules are in :mod:`socialstrategy.web.workspaces.retention`)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from socialstrategy.web.accounts.http import AuthenticatedHttpRequest
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.strategies.models import Strategy, StrategyGrant
from socialstrategy.web.workspaces.access import (
    WorkspaceAccess,
    get_deleted_workspace_for_owner,
    get_workspace_for_user,
)
from socialstrategy.web.workspaces.models import Role, Workspace
from socialstrategy.web.workspaces.retention import restorable_strategies, trash_days


@login_required
def delete_workspace(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Ask for the workspace's name, then delete it for every member (restorable by its owners)."""
    access = get_workspace_for_user(request, pk, Role.OWNER)
    if request.method not in ("GET", "POST"):
        return HttpResponse(status=405)
    typed = clean_text(request.POST.get("name", ""))
    if request.method == "GET":
        return render(request, "workspaces/delete.html", _confirmation(request, access, typed))
    if typed != access.workspace.name.strip():
        error = _("The name does not match. Type “%(name)s” exactly as shown to delete the workspace.") % {
            "name": access.workspace.name
        }
        context = _confirmation(request, access, typed, error)
        return render(request, "workspaces/delete.html", context, status=422)
    Workspace.objects.filter(pk=pk).update(deleted=timezone.now(), deleted_by=request.user)
    messages.success(
        request,
        _("“%(name)s” was deleted. You can restore it below for %(days)s days.")
        % {"name": access.workspace.name, "days": trash_days()},
    )
    return redirect("workspaces:index")


def _confirmation(
    request: AuthenticatedHttpRequest, access: WorkspaceAccess, typed: str, error: str = ""
) -> dict[str, Any]:
    """What the deletion takes away, in numbers, for the confirmation page."""
    workspace = access.workspace
    strategies = Strategy.objects.filter(workspace=workspace)
    return {
        "workspace": workspace,
        "access": access,
        "strategy_count": strategies.filter(deleted__isnull=True).count(),
        "trashed_count": restorable_strategies(workspace).count(),
        "member_count": workspace.memberships.exclude(user_id=request.user.pk).count(),
        "client_count": StrategyGrant.objects.filter(strategy__in=strategies)
        .values("user")
        .distinct()
        .count(),
        "invitation_count": workspace.invitations.filter(accepted__isnull=True).count(),
        "days": trash_days(),
        "typed": typed,
        "error": error,
    }


@login_required
@require_POST
def restore_workspace(request: HttpRequest, pk: int) -> HttpResponse:
    workspace = get_deleted_workspace_for_owner(request, pk)
    Workspace.objects.filter(pk=pk).update(deleted=None, deleted_by=None)
    messages.success(
        request, _("“%(name)s” was restored with its strategies and members.") % {"name": workspace.name}
    )
    return redirect("workspaces:detail", pk)
