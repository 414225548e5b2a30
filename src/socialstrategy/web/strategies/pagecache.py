"""Whole pages of a strategy version, rendered once per server process.

A version of a strategy never changes, so a page that shows it is the same for every reader with
the same role, language, address and day, except for two things: the CSRF token and the reader's
name. The page is rendered once with a slot for each and the slots are filled per request, so a
page read again costs a dictionary lookup instead of a template rendering. A page with flash
messages to show is rendered fresh (and not kept).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.html import escape
from django.utils.translation import get_language

from socialstrategy.web.workspaces.access import StrategyAccess

KEEP_SECONDS = 3600
# Random per process, so that no text typed into a strategy can be mistaken for a slot.
_TOKEN_SLOT = "csrf-slot-" + secrets.token_hex(12)
_NAME_SLOT = "reader-slot-" + secrets.token_hex(12)


def render_strategy_page(
    request: HttpRequest,
    access: StrategyAccess,
    template: str,
    context: Callable[[], dict[str, Any]],
) -> HttpResponse:
    """``render(request, template, context())``, kept for the strategy's current version."""
    if request.method != "GET" or len(messages.get_messages(request)):
        return render(request, template, context())
    key = page_key(request, access)
    html = cache.get(key)
    if html is None:
        slots = {"csrf_token": _TOKEN_SLOT, "reader_name": _NAME_SLOT}
        html = render_to_string(template, {**context(), **slots}, request)
        cache.set(key, html, KEEP_SECONDS)
    return HttpResponse(_fill_slots(html, request))


def page_key(request: HttpRequest, access: StrategyAccess) -> str:
    strategy = access.strategy
    parts = (
        strategy.pk,
        strategy.version,
        strategy.updated.timestamp(),
        getattr(strategy, "workspace_name", None) or strategy.workspace.name,
        access.role,
        access.is_client,
        get_language(),
        request.get_full_path(),
        dt.date.today().isoformat(),  # the calendar marks today and plans from it
    )
    return "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _fill_slots(html: str, request: HttpRequest) -> str:
    name = escape(request.user.get_username())
    return html.replace(_TOKEN_SLOT, get_token(request)).replace(_NAME_SLOT, name)
