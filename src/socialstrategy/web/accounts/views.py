"""Setup of the first account, login with throttling, logout and invitations."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import User
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from socialstrategy.web.accounts import throttle
from socialstrategy.web.accounts.forms import AccountForm, SetupForm
from socialstrategy.web.demo import has_owner, share_demo_with
from socialstrategy.web.strategies.models import StrategyGrant
from socialstrategy.web.workspaces.invitations import claim, expiry_date, open_invitations
from socialstrategy.web.workspaces.models import Invitation, Membership, Role, Workspace


def setup(request: HttpRequest) -> HttpResponse:
    """Create the owner account; exists only while there is no account but the demo's."""
    if has_owner():
        raise Http404
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            workspace = Workspace.objects.create(name=form.cleaned_data["workspace"])
            Membership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
            share_demo_with(user)
        login(request, user)
        return redirect("workspaces:detail", workspace.pk)
    return render(request, "accounts/setup.html", {"form": form})


def login_view(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    status = 200
    if request.method == "POST":
        username = request.POST.get("username", "")
        if not throttle.begin_attempt(request, username):
            form = AuthenticationForm(request)
            messages.error(request, _("Too many failed attempts. Please wait a few minutes and try again."))
            status = 429
        elif form.is_valid():
            throttle.succeeded(request, username)
            login(request, form.get_user())  # also gives the session a new key
            if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
                next_url = ""
            return redirect(next_url or "workspaces:index")
        else:
            status = 400  # the attempt stays recorded as a failure
    context = {"form": form, "next": next_url, "setup_open": not has_owner()}
    return render(request, "accounts/login.html", context, status=status)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = open_invitations().select_related("workspace", "strategy").filter(token=token).first()
    if invitation is None:
        return _invitation_gone(request)
    if request.user.is_authenticated:
        if request.method != "POST":
            return render(request, "accounts/invitation.html", _invitation_context(invitation))
        with transaction.atomic():
            if not claim(invitation):
                return _invitation_gone(request)
            return _grant(request, invitation, request.user)
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            if not claim(invitation):
                return _invitation_gone(request)  # nothing saved: the account is not created
            user = form.save()
            response = _grant(request, invitation, user)
        login(request, user)
        return response
    return render(request, "accounts/invitation.html", {**_invitation_context(invitation), "form": form})


def _invitation_context(invitation: Invitation) -> dict[str, Any]:
    return {"invitation": invitation, "expires": expiry_date(invitation)}


def _invitation_gone(request: HttpRequest) -> HttpResponse:
    """Used, withdrawn, expired or never made: the same answer, so a token's fate does not leak."""
    return render(request, "accounts/invitation_gone.html", status=404)


def _grant(request: HttpRequest, invitation: Invitation, user: User) -> HttpResponse:
    """The access the claimed invitation gives; runs in the transaction of the claim."""
    if invitation.strategy_id:
        StrategyGrant.objects.get_or_create(strategy=invitation.strategy, user=user)
        return redirect("strategies:overview", invitation.strategy_id)
    membership, created = Membership.objects.get_or_create(
        workspace=invitation.workspace, user=user, defaults={"role": invitation.role}
    )
    if not created and invitation.role != membership.role:
        messages.info(request, _("You were already a member; your role is unchanged."))
    return redirect("workspaces:detail", invitation.workspace_id)
