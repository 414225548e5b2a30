"""Calendar feeds: a link a calendar app subscribes to, so the editorial calendar stays in sync.

A calendar app cannot log in, so the link's token is the key: 32 random bytes (``secrets``), of
which only the SHA-256 is stored, looked up by that hash and compared once more in constant
time. One link per strategy is live at a time: a new one ends the old one, and it can be revoked.
The feed is the strategy's iCalendar export (``core.planning.exports``): stable UIDs, SEQUENCE and
LAST-MODIFIED, so a moved post moves in the calendar app at its next refresh.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.web.strategies.models import CalendarFeed, Strategy
from socialstrategy.web.workspaces.access import get_strategy_for_user
from socialstrategy.web.workspaces.models import Role

TOKEN_BYTES = 32
REFRESH_SECONDS = 900
"""How long a calendar app (or a proxy) may keep the feed before asking again."""


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_feed(strategy: Strategy, user: Any) -> tuple[CalendarFeed, str]:
    """A new feed and its token (shown once); the strategy's earlier feeds end."""
    revoke_feeds(strategy)
    token = secrets.token_urlsafe(TOKEN_BYTES)
    feed = CalendarFeed.objects.create(strategy=strategy, token_hash=token_hash(token), created_by=user)
    return feed, token


def revoke_feeds(strategy: Strategy) -> int:
    return CalendarFeed.objects.filter(strategy=strategy, revoked__isnull=True).update(revoked=timezone.now())


def live_feed(strategy: Strategy) -> CalendarFeed | None:
    return CalendarFeed.objects.filter(strategy=strategy, revoked__isnull=True).order_by("-created").first()


def find_feed(token: str) -> CalendarFeed | None:
    """The live feed ``token`` opens, its strategy and workspace not deleted."""
    digest = token_hash(token)
    feed = (
        CalendarFeed.objects.select_related("strategy")
        .filter(token_hash=digest, revoked__isnull=True)
        .filter(strategy__deleted__isnull=True, strategy__workspace__deleted__isnull=True)
        .first()
    )
    if feed is None or not hmac.compare_digest(feed.token_hash, digest):
        return None
    return feed


# --- views ----------------------------------------------------------------------------------


@login_required
@require_GET
def show_feed(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    context = {"access": access, "strategy": access.strategy, "workspace": access.workspace}
    return render(request, "strategies/feed.html", {**context, "feed": live_feed(access.strategy)})


@login_required
@require_POST
def make_feed(request: HttpRequest, pk: int) -> HttpResponse:
    """A new subscription link, shown once on the page that answers the POST."""
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    feed, token = create_feed(access.strategy, request.user)
    url = request.build_absolute_uri(reverse("feed", args=[token]))
    context = {"access": access, "strategy": access.strategy, "workspace": access.workspace}
    webcal = "webcal://" + url.split("://", 1)[1]
    response = render(
        request, "strategies/feed.html", {**context, "feed": feed, "url": url, "webcal": webcal}
    )
    response["Cache-Control"] = "no-store"  # the token is in the page
    return response


@login_required
@require_POST
def revoke_feed(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    if revoke_feeds(access.strategy):
        messages.success(request, _("The subscription link no longer works."))
    return redirect("strategies:feed", access.strategy.pk)


@require_GET
def serve_feed(request: HttpRequest, token: str) -> HttpResponse:
    """The calendar as iCalendar for a calendar app; an unknown or revoked link is a 404."""
    from socialstrategy.core.planning.exports import export_calendar
    from socialstrategy.web.reviews.exports import approved_calendar

    feed = find_feed(token)
    if feed is None:
        raise Http404
    # As the calendar download: where the workspace requires approval, approved posts only.
    document, _unapproved = approved_calendar(feed.strategy, feed.strategy.load(), "ics")
    _, content_type, content = export_calendar(document, "ics", document.language).rendered()
    CalendarFeed.objects.filter(pk=feed.pk).update(last_used=timezone.now())
    response = HttpResponse(content, content_type=content_type)
    response["Cache-Control"] = f"private, max-age={REFRESH_SECONDS}"
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex"
    return response
