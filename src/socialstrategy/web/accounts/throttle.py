"""Login throttling: too many failures for a user name or from an address lock logins for a while."""

from __future__ import annotations

from datetime import timedelta

from django.conf import settings
from django.http import HttpRequest
from django.utils import timezone

from socialstrategy.web.accounts.models import LoginFailure


def client_address(request: HttpRequest) -> str:
    return str(request.META.get("REMOTE_ADDR", ""))[:64]


def is_throttled(request: HttpRequest, username: str) -> bool:
    since = timezone.now() - timedelta(seconds=settings.LOGIN_FAILURE_WINDOW_SECONDS)
    recent = LoginFailure.objects.filter(created__gte=since)
    return (
        recent.filter(username=username.lower()[:150]).count() >= settings.LOGIN_FAILURES_PER_USER
        or recent.filter(address=client_address(request)).count() >= settings.LOGIN_FAILURES_PER_ADDRESS
    )


def record_failure(request: HttpRequest, username: str) -> None:
    LoginFailure.objects.create(username=username.lower()[:150], address=client_address(request))


def forget_failures(username: str) -> None:
    LoginFailure.objects.filter(username=username.lower()[:150]).delete()
