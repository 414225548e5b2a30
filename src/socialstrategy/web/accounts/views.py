"""Setup of the first account, login with throttling, logout and invitations."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import get_user_model, login, logout
from django.contrib.auth.forms import AuthenticationForm
from django.contrib.auth.models import User
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from socialstrategy.web.accounts import throttle
from socialstrategy.web.accounts.forms import AccountForm, SetupForm
from socialstrategy.web.strategies.models import StrategyGrant
from socialstrategy.web.workspaces.models import Invitation, Membership, Role, Workspace


def setup(request: HttpRequest) -> HttpResponse:
    """Create the owner account; exists only while there is no account at all."""
    if get_user_model().objects.exists():
        raise Http404
    form = SetupForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        with transaction.atomic():
            user = form.save()
            workspace = Workspace.objects.create(name=form.cleaned_data["workspace"])
            Membership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
        login(request, user)
        return redirect("workspaces:detail", workspace.pk)
    return render(request, "accounts/setup.html", {"form": form})


def login_view(request: HttpRequest) -> HttpResponse:
    form = AuthenticationForm(request, data=request.POST or None)
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    status = 200
    if request.method == "POST":
        username = request.POST.get("username", "")
        if throttle.is_throttled(request, username):
            form = AuthenticationForm(request)
            messages.error(request, _("Too many failed attempts. Please wait a few minutes and try again."))
            status = 429
        elif form.is_valid():
            throttle.forget_failures(username)
            login(request, form.get_user())  # also gives the session a new key
            if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}, request.is_secure()):
                next_url = ""
            return redirect(next_url or "workspaces:index")
        else:
            throttle.record_failure(request, username)
            status = 400
    return render(request, "accounts/login.html", {"form": form, "next": next_url}, status=status)


@require_POST
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


def accept_invitation(request: HttpRequest, token: str) -> HttpResponse:
    invitation = (
        Invitation.objects.select_related("workspace", "strategy")
        .filter(token=token, accepted__isnull=True, workspace__deleted__isnull=True)
        .first()
    )
    if invitation is None:
        raise Http404
    if request.user.is_authenticated:
        if request.method == "POST":
            return _accept(request, invitation, request.user)
        return render(request, "accounts/invitation.html", {"invitation": invitation})
    form = AccountForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        user = form.save()
        login(request, user)
        return _accept(request, invitation, user)
    return render(request, "accounts/invitation.html", {"invitation": invitation, "form": form})


@transaction.atomic
def _accept(request: HttpRequest, invitation: Invitation, user: User) -> HttpResponse:
    invitation.accepted = timezone.now()
    invitation.save(update_fields=["accepted"])
    if invitation.strategy_id:
        StrategyGrant.objects.get_or_create(strategy=invitation.strategy, user=user)
        return redirect("strategies:overview", invitation.strategy_id)
    membership, created = Membership.objects.get_or_create(
        workspace=invitation.workspace, user=user, defaults={"role": invitation.role}
    )
    if not created and invitation.role != membership.role:
        messages.info(request, _("You were already a member; your role is unchanged."))
    return redirect("workspaces:detail", invitation.workspace_id)
