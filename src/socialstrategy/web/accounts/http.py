"""The request a view gets behind ``login_required``: its user is signed in, never anonymous."""

from __future__ import annotations

from django.contrib.auth.models import User
from django.http import HttpRequest


class AuthenticatedHttpRequest(HttpRequest):
    """For type checkers only (Healthchecks does the same): annotate a view with it when the view
    stores or filters by ``request.user``, so that the user is a ``User``, not an ``AnonymousUser``."""

    user: User
