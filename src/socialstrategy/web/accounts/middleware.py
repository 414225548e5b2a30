"""Until the first account exists, every page leads to the setup page."""

from __future__ import annotations

from collections.abc import Callable

from django.contrib.auth import get_user_model
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse

_has_users = False


def has_users() -> bool:
    global _has_users
    if not _has_users:
        _has_users = get_user_model().objects.exists()
    return _has_users


def setup_middleware(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        if not _is_exempt(request.path) and not has_users():
            return redirect("accounts:setup")
        return get_response(request)

    return middleware


def _is_exempt(path: str) -> bool:
    return path.startswith(("/static/", "/i18n/")) or path in (reverse("accounts:setup"), reverse("health"))


def forget() -> None:
    """Tests that delete every user call this so the setup page appears again."""
    global _has_users
    _has_users = False
