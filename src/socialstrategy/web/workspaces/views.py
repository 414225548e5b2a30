"""Workspaces: the list, one workspace with its strategies, members and invitations."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.web.accounts.http import AuthenticatedHttpRequest
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.strategies.models import Strategy, StrategyGrant
from socialstrategy.web.workspaces.access import get_strategy_for_user, get_workspace_for_user
from socialstrategy.web.workspaces.models import Invitation, Membership, Role, Workspace
from socialstrategy.web.workspaces.retention import purge_date, restorable_workspaces, trash_days


@login_required
@require_GET
def list_workspaces(request: AuthenticatedHttpRequest) -> HttpResponse:
    memberships = (
        Membership.objects.filter(user=request.user, workspace__deleted__isnull=True)
        .select_related("workspace")
        .order_by("workspace__name")
    )
    grants = StrategyGrant.objects.filter(
        user=request.user, strategy__deleted__isnull=True, strategy__workspace__deleted__isnull=True
    ).select_related("strategy")
    deleted = [
        {"workspace": w, "purge": purge_date(w.deleted) if w.deleted else None}
        for w in restorable_workspaces()
        .filter(memberships__user=request.user, memberships__role=Role.OWNER)
        .select_related("deleted_by")
        .order_by("-deleted")
    ]
    if len(memberships) == 1 and not grants and not deleted:
        return redirect("workspaces:detail", memberships[0].workspace_id)
    context = {"memberships": memberships, "grants": grants, "deleted": deleted, "days": trash_days()}
    return render(request, "workspaces/index.html", context)


@login_required
def create_workspace(request: AuthenticatedHttpRequest) -> HttpResponse:
    """A new workspace, owned by whoever creates it (the form is also on the list of workspaces)."""
    if request.method == "GET":
        return render(request, "workspaces/new.html")
    if request.method != "POST":
        return HttpResponse(status=405)
    name = clean_text(request.POST.get("name", ""))[:200] or _("My workspace")
    with transaction.atomic():
        workspace = Workspace.objects.create(name=name)
        Membership.objects.create(workspace=workspace, user=request.user, role=Role.OWNER)
    return redirect("workspaces:detail", workspace.pk)


@login_required
@require_GET
def show_workspace(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk)
    strategies = (
        Strategy.objects.filter(workspace=access.workspace, deleted__isnull=True)
        .defer("document")
        .select_related("updated_by")
    )
    context = {"workspace": access.workspace, "access": access, "strategies": strategies}
    return render(request, "workspaces/detail.html", context)


@login_required
@require_GET
def show_members(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.OWNER)
    context = {
        "workspace": access.workspace,
        "access": access,
        "memberships": access.workspace.memberships.select_related("user").order_by("user__username"),
        "invitations": access.workspace.invitations.filter(accepted__isnull=True, strategy__isnull=True),
        "roles": Role.choices,
        "days": trash_days(),
    }
    return render(request, "workspaces/members.html", context)


def _invitation_url(request: HttpRequest, invitation: Invitation) -> str:
    return request.build_absolute_uri(reverse("accounts:invitation", args=[invitation.token]))


@login_required
@require_POST
def invite_member(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.OWNER)
    role = request.POST.get("role", Role.EDITOR)
    if role not in Role.values:
        role = Role.VIEWER
    invitation = Invitation.objects.create(
        workspace=access.workspace,
        email=clean_text(request.POST.get("email", ""))[:254],
        role=role,
        created_by=request.user,
    )
    messages.success(
        request,
        _("Send this link to the person you invite: %(url)s") % {"url": _invitation_url(request, invitation)},
    )
    return redirect("workspaces:members", pk)


@login_required
@require_POST
def remove_member(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.OWNER)
    membership = access.workspace.memberships.filter(pk=member).first()
    if membership is None:
        raise Http404
    owners = access.workspace.memberships.filter(role=Role.OWNER)
    if membership.role == Role.OWNER and owners.count() == 1:
        messages.error(request, _("A workspace needs at least one owner."))
    else:
        membership.delete()
        messages.success(
            request, _("%(user)s no longer has access.") % {"user": membership.user.get_username()}
        )
    return redirect("workspaces:members", pk)


@login_required
def share_strategy(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Give a client view-only access to their own strategy (nothing else of the workspace)."""
    access = get_strategy_for_user(request, pk, Role.OWNER)
    if request.method == "POST":
        invitation = Invitation.objects.create(
            workspace=access.workspace,
            strategy=access.strategy,
            email=clean_text(request.POST.get("email", ""))[:254],
            role=Role.VIEWER,
            created_by=request.user,
        )
        messages.success(
            request,
            _("Send this link to your client: %(url)s") % {"url": _invitation_url(request, invitation)},
        )
        return redirect("workspaces:share", pk)
    if request.method != "GET":
        return HttpResponse(status=405)
    context = {
        "access": access,
        "strategy": access.strategy,
        "workspace": access.workspace,
        "grants": access.strategy.grants.select_related("user"),
        "invitations": access.strategy.invitations.filter(accepted__isnull=True),
    }
    return render(request, "workspaces/share.html", context)
