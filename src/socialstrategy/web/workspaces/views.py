"""Workspaces: the list, one workspace with its strategies, and sharing a strategy with a client
(the members page is in :mod:`socialstrategy.web.workspaces.members`)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.web.accounts.http import AuthenticatedHttpRequest
from socialstrategy.web.pagination import other_parameters, page_of
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.strategies.models import Strategy, StrategyGrant
from socialstrategy.web.workspaces.access import get_strategy_for_user, get_workspace_for_user
from socialstrategy.web.workspaces.invitations import expiry_date, invitation_days, open_invitations
from socialstrategy.web.workspaces.members import announce_link
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
    """The workspace's strategies, newest save first, a page at a time; ``?q=`` finds them by title."""
    access = get_workspace_for_user(request, pk)
    query = clean_text(request.GET.get("q", "")).strip()[:300]
    strategies = Strategy.objects.filter(workspace=access.workspace, deleted__isnull=True).order_by(
        "-updated", "-pk"
    )
    if query:
        strategies = strategies.filter(title__icontains=query)
    page = page_of(request, strategies.defer("document").select_related("updated_by"), STRATEGIES_PER_PAGE)
    context = {
        "workspace": access.workspace,
        "access": access,
        "strategies": page.object_list,
        "page": page,
        "query": query,
        "other_parameters": other_parameters(request),
    }
    return render(request, "workspaces/detail.html", context)


STRATEGIES_PER_PAGE = 24


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
        announce_link(
            request, invitation, _("Send this link to your client: %(url)s (it works until %(date)s)")
        )
        return redirect("workspaces:share", pk)
    if request.method != "GET":
        return HttpResponse(status=405)
    invitations = open_invitations().filter(strategy=access.strategy).order_by("created")
    context = {
        "access": access,
        "strategy": access.strategy,
        "workspace": access.workspace,
        "grants": access.strategy.grants.select_related("user").order_by("user__username"),
        "invitations": [{"invitation": i, "expires": expiry_date(i)} for i in invitations],
        "invitation_days": invitation_days(),
    }
    return render(request, "workspaces/share.html", context)


@login_required
@require_POST
def revoke_grant(request: HttpRequest, pk: int, grant: int) -> HttpResponse:
    """Take a client's read access to the strategy away."""
    access = get_strategy_for_user(request, pk, Role.OWNER)
    found = access.strategy.grants.select_related("user").filter(pk=grant).first()
    if found is None:
        raise Http404
    found.delete()
    messages.success(request, _("%(user)s no longer has access.") % {"user": found.user.get_username()})
    return redirect("workspaces:share", pk)
