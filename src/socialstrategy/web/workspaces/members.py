"""The members page: invite, change roles, remove members and withdraw invitation links.

A workspace keeps at least one owner. Every change to its members locks the workspace's row
first and checks the acting owner's access again under that lock, so two owners removing or
demoting each other at once queue up and the second finds the rule broken (or finds that they
are no longer an owner themselves) instead of leaving a workspace without owner.
"""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.web.accounts.http import AuthenticatedHttpRequest
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.workspaces.access import WorkspaceAccess, get_workspace_for_user
from socialstrategy.web.workspaces.invitations import expiry_date, invitation_days, open_invitations
from socialstrategy.web.workspaces.models import Invitation, Membership, Role, Workspace
from socialstrategy.web.workspaces.retention import trash_days


@login_required
@require_GET
def show_members(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.OWNER)
    invitations = (
        open_invitations().filter(workspace=access.workspace, strategy__isnull=True).order_by("created")
    )
    context = {
        "workspace": access.workspace,
        "access": access,
        "memberships": access.workspace.memberships.select_related("user").order_by("user__username"),
        "invitations": [{"invitation": i, "expires": expiry_date(i)} for i in invitations],
        "roles": Role.choices,
        "days": trash_days(),
        "invitation_days": invitation_days(),
    }
    return render(request, "workspaces/members.html", context)


def invitation_url(request: HttpRequest, invitation: Invitation) -> str:
    return request.build_absolute_uri(reverse("accounts:invitation", args=[invitation.token]))


def announce_link(request: HttpRequest, invitation: Invitation, text: str) -> None:
    """The new link, and until when it works, for the inviter to send."""
    expires = date_format(timezone.localtime(expiry_date(invitation)), "DATE_FORMAT")
    messages.success(request, text % {"url": invitation_url(request, invitation), "date": expires})


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
    announce_link(
        request, invitation, _("Send this link to the person you invite: %(url)s (it works until %(date)s)")
    )
    return redirect("workspaces:members", pk)


def _lock_for_owner(request: HttpRequest, pk: int) -> WorkspaceAccess:
    """Inside a transaction: lock the workspace's row, then check the owner's access anew."""
    list(Workspace.objects.select_for_update().filter(pk=pk).values_list("pk", flat=True))
    return get_workspace_for_user(request, pk, Role.OWNER)


def _membership(access: WorkspaceAccess, pk: int) -> Membership:
    membership = access.workspace.memberships.select_related("user").filter(pk=pk).first()
    if membership is None:
        raise Http404
    return membership


def _another_owner(membership: Membership) -> bool:
    others = Membership.objects.filter(workspace_id=membership.workspace_id, role=Role.OWNER)
    return others.exclude(pk=membership.pk).exists()


@login_required
@require_POST
def remove_member(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    with transaction.atomic():
        membership = _membership(_lock_for_owner(request, pk), member)
        if membership.role == Role.OWNER and not _another_owner(membership):
            messages.error(request, _("A workspace needs at least one owner."))
            return redirect("workspaces:members", pk)
        membership.delete()
    messages.success(request, _("%(user)s no longer has access.") % {"user": membership.user.get_username()})
    if membership.user_id == request.user.pk:
        return redirect("workspaces:index")
    return redirect("workspaces:members", pk)


@login_required
@require_POST
def change_role(request: HttpRequest, pk: int, member: int) -> HttpResponse:
    role = request.POST.get("role", "")
    with transaction.atomic():
        membership = _membership(_lock_for_owner(request, pk), member)
        if role not in Role.values:
            raise Http404
        if membership.role == Role.OWNER and role != Role.OWNER and not _another_owner(membership):
            messages.error(request, _("A workspace needs at least one owner."))
            return redirect("workspaces:members", pk)
        Membership.objects.filter(pk=membership.pk).update(role=role)
    messages.success(
        request,
        _("%(user)s is now %(role)s.") % {"user": membership.user.get_username(), "role": Role(role).label},
    )
    if membership.user_id == request.user.pk and role != Role.OWNER:
        return redirect("workspaces:detail", pk)  # the members page is for owners
    return redirect("workspaces:members", pk)


@login_required
@require_POST
def withdraw_invitation(request: HttpRequest, pk: int, invitation: int) -> HttpResponse:
    """Delete an open invitation link, of the workspace or of a client; it answers 404 from now."""
    access = get_workspace_for_user(request, pk, Role.OWNER)
    found = access.workspace.invitations.filter(pk=invitation, accepted__isnull=True).first()
    if found is None:
        raise Http404
    found.delete()
    messages.success(request, _("The invitation link was withdrawn; it no longer works."))
    if found.strategy_id:
        return redirect("workspaces:share", found.strategy_id)
    return redirect("workspaces:members", pk)
