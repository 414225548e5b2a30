"""The account page, password change and password reset by e-mail.

Reset links are Django's: a token signed with the secret key over the user's password hash and
last login, so a link stops working once it has been used (the password changed) and after
``PASSWORD_RESET_TIMEOUT``. The request page answers the same whether or not an account has the
address, and requests are throttled per e-mail address and per client address alike. Every check
of the current password counts against the login throttle, so a signed-in session cannot be used
to guess it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import update_session_auth_hash
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import PasswordChangeForm, PasswordResetForm
from django.forms import Form
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse_lazy
from django.utils.translation import gettext as _

from socialstrategy.web.accounts import throttle
from socialstrategy.web.accounts.forms import EmailForm
from socialstrategy.web.accounts.http import AuthenticatedHttpRequest

PASSWORD_FIELDS = {"password", "old_password"}  # the fields that hold the current password
F = TypeVar("F", bound=Form)


@login_required
def show_account(request: AuthenticatedHttpRequest) -> HttpResponse:
    form, status = _posted(request, lambda data: EmailForm(request.user, data))
    if status == 200 and request.method == "POST":
        form.save()
        messages.success(request, _("Your email address is saved."))
        return redirect("accounts:account")
    return render(request, "accounts/account.html", {"form": form}, status=status)


@login_required
def change_password(request: AuthenticatedHttpRequest) -> HttpResponse:
    form, status = _posted(request, lambda data: PasswordChangeForm(request.user, data))
    if status == 200 and request.method == "POST":
        form.save()
        update_session_auth_hash(request, form.user)  # this session stays, every other one ends
        messages.success(request, _("Your password is changed. Other devices are signed out."))
        return redirect("accounts:account")
    return render(request, "accounts/password_change.html", {"form": form}, status=status)


def _posted(request: AuthenticatedHttpRequest, make_form: Callable[[Any], F]) -> tuple[F, int]:
    """A form that asks for the current password, validated under the login throttle: 200 when
    valid (or not posted), 400 when not, 429 when refused with the password left unchecked
    (the form is then unbound: rendering a bound one would check the password after all)."""
    if request.method != "POST":
        return make_form(None), 200
    username = request.user.get_username()
    if not throttle.begin_attempt(request, username):
        messages.error(request, _("Too many failed attempts. Please wait a few minutes and try again."))
        return make_form(None), 429
    form = make_form(request.POST)
    valid = form.is_valid()
    if not PASSWORD_FIELDS & set(form.errors):
        throttle.succeeded(request, username)
    return form, 200 if valid else 400


def request_reset(request: HttpRequest) -> HttpResponse:
    """Ask for a reset link. The answer does not tell whether an account has the address."""
    form = PasswordResetForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        if throttle.begin_reset_request(request, form.cleaned_data["email"]):
            email_context: dict[str, Any] = {"reset_minutes": reset_minutes()}
            form.save(
                request=request,
                use_https=request.is_secure(),
                subject_template_name="accounts/password_reset_subject.txt",
                email_template_name="accounts/password_reset_email.txt",
                extra_email_context=email_context,
            )
            return redirect("accounts:password_reset_sent")
        form.add_error(None, _("Too many requests. Please try again later."))
        status = 429
    elif request.method == "POST":
        status = 400
    return render(request, "accounts/password_reset.html", {"form": form}, status=status)


def show_reset_sent(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_sent.html", {"reset_minutes": reset_minutes()})


def reset_minutes() -> int:
    """How long a reset link works, as the pages and the e-mail say it."""
    return max(1, int(settings.PASSWORD_RESET_TIMEOUT) // 60)


# Django's view: it moves the token from the URL into the session before showing the form, so
# the token does not leak through the Referer header or the browser history.
confirm_reset = auth_views.PasswordResetConfirmView.as_view(
    template_name="accounts/password_reset_confirm.html",
    success_url=reverse_lazy("accounts:password_reset_done"),
)


def show_reset_done(request: HttpRequest) -> HttpResponse:
    return render(request, "accounts/password_reset_done.html")
