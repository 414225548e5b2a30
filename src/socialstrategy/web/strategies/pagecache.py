"""Whole pages of a strategy version, rendered once (per server process, or once for all app
servers when they share a cache through REDIS_URL).

A version of a strategy never changes, so a page that shows it is the same for every reader with
the same role, language, address and day, except for two things: the CSRF token and the reader's
name. The page is rendered once with a slot for each and the slots are filled per request, so a
page read again costs a dictionary lookup instead of a template rendering. A page with flash
messages to show is rendered fresh (and not kept).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from typing import Any

from django.contrib import messages
from django.core.cache import cache
from django.http import HttpRequest, HttpResponse
from django.middleware.csrf import get_token
from django.shortcuts import render
from django.template.loader import render_to_string
from django.utils.crypto import salted_hmac
from django.utils.html import escape
from django.utils.translation import get_language

from socialstrategy.web.display import is_projector
from socialstrategy.web.workspaces.access import StrategyAccess

KEEP_SECONDS = 3600
MAX_PAGE_BYTES = 256_000
"""A page larger than this is rendered for each reader and not kept: with the local cache's
``MAX_ENTRIES`` (settings) the cache of one server process holds at most about 100 MB."""

STAMPS: list[Callable[[int], object]] = []
"""What else a strategy's pages show that is not in its version, each as ``stamp(strategy_pk)``
that changes when that does: web/reviews registers the newest comment and review decision."""


def _slot(name: str) -> str:
    """A slot's marker: derived from the secret key, so that every app server sharing a cache
    fills the slots of a page another one rendered, and no text typed into a strategy can be
    mistaken for one (it would have to contain a keyed hash nobody outside the servers knows)."""
    return f"{name}-slot-" + salted_hmac("page slot", name).hexdigest()[:24]


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
        slots = {"csrf_token": _slot("csrf"), "reader_name": _slot("reader")}
        html = render_to_string(template, {**context(), **slots}, request)
        if len(html) <= MAX_PAGE_BYTES:
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
        is_projector(request),
        request.get_full_path(),
        dt.date.today().isoformat(),  # the calendar marks today and plans from it
        *(stamp(strategy.pk) for stamp in STAMPS),
    )
    return "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()


def _fill_slots(html: str, request: HttpRequest) -> str:
    name = escape(request.user.get_username())
    return html.replace(_slot("csrf"), get_token(request)).replace(_slot("reader"), name)
