"""Login throttling (Django has none built in), counted in the database so that it holds across
server processes.

Each attempt is recorded *before* the password is checked, and committed before the attempts are
counted, so of many attempts arriving at once at most the limit get their password checked.
Failures count per (account, client address) and per client address: someone guessing from
elsewhere cannot lock the account holder out, and one address cannot try many names. Behind a
reverse proxy the client address comes from the header the proxy sets, but only when the
deployment names that header (``CLIENT_ADDRESS_HEADER``); otherwise every request would seem to
come from the proxy and one address's failures would lock out everyone.
"""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from socialstrategy.web.accounts.models import LoginFailure, ResetRequest
from socialstrategy.web.accounts.usernames import throttle_key


def client_address(request: HttpRequest) -> str:
    """The client's address: REMOTE_ADDR, or behind ``TRUSTED_PROXIES`` proxies the address the
    outermost of them put into ``CLIENT_ADDRESS_HEADER`` (each proxy appends the address it saw)."""
    header = str(getattr(settings, "CLIENT_ADDRESS_HEADER", ""))
    proxies = int(getattr(settings, "TRUSTED_PROXIES", 1))
    if header and proxies > 0:
        meta_key = "HTTP_" + header.upper().replace("-", "_")
        hops = [hop.strip() for hop in str(request.META.get(meta_key, "")).split(",") if hop.strip()]
        if len(hops) >= proxies:
            return hops[-proxies][:64]
    return str(request.META.get("REMOTE_ADDR", ""))[:64]


def begin_attempt(request: HttpRequest, username: str) -> bool:
    """Record a login attempt; False (and nothing recorded) when there were too many already.

    A failed attempt stays recorded as a failure; ``succeeded`` clears it."""
    key, address = throttle_key(username), client_address(request)
    attempt = LoginFailure.objects.create(username=key, address=address)  # committed before counting
    since = timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    recent = LoginFailure.objects.filter(created__gte=since, address=address)
    if (
        recent.filter(username=key).count() > settings.LOGIN_FAILURES_PER_USER
        or recent.count() > settings.LOGIN_FAILURES_PER_ADDRESS
    ):
        attempt.delete()
        return False
    return True


def succeeded(request: HttpRequest, username: str) -> None:
    """The password was right: forget this account's failures from this address."""
    LoginFailure.objects.filter(username=throttle_key(username), address=client_address(request)).delete()


def begin_reset_request(request: HttpRequest, email: str) -> bool:
    """Record a request for a password reset link; False (and nothing recorded) when this address
    or this e-mail address asked too often. Counted alike for addresses with and without an
    account, so that the refusal does not tell which addresses have one."""
    key, address = email.strip().casefold()[:254], client_address(request)
    attempt = ResetRequest.objects.create(email=key, address=address)  # committed before counting
    since = timezone.now() - timedelta(seconds=settings.PASSWORD_RESET_WINDOW_SECONDS)
    recent = ResetRequest.objects.filter(created__gte=since)
    if (
        recent.filter(email=key).count() > settings.PASSWORD_RESETS_PER_EMAIL
        or recent.filter(address=address).count() > settings.PASSWORD_RESETS_PER_ADDRESS
    ):
        attempt.delete()
        return False
    return True


def purge_old_failures() -> int:
    """Delete failures older than the window (``purge_trash`` runs it); return how many."""
    since = timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    count, _ = LoginFailure.objects.filter(created__lt=since).delete()
    return count


def purge_old_reset_requests() -> int:
    """Delete reset requests older than their window (``purge_trash`` runs it); return how many."""
    since = timezone.now() - timedelta(seconds=settings.PASSWORD_RESET_WINDOW_SECONDS)
    count, _ = ResetRequest.objects.filter(created__lt=since).delete()
    return count
