"""Review links: a reviewer without an account opens one strategy through a link.

The token is 32 random bytes (``secrets``); only its SHA-256 is stored, looked up by that hash
and compared once more in constant time. A link has an expiry, may have a password (Django's
hashers) and can be revoked; it covers the strategy's steps and documents and, when a date
range is given, the calendar's posts in it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from typing import Any

from django.contrib.auth.hashers import check_password, make_password
from django.utils import timezone

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.review import ReviewItem, post_items, review_items
from socialstrategy.web.reviews.models import LinkRole, ReviewLink
from socialstrategy.web.strategies.models import Strategy

TOKEN_BYTES = 32


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_link(
    strategy: Strategy,
    user: Any,
    *,
    days: int,
    role: str = LinkRole.APPROVER,
    password: str = "",
    posts_from: dt.date | None = None,
    posts_to: dt.date | None = None,
    label: str = "",
) -> tuple[ReviewLink, str]:
    """A new link and its token: the token is shown once, to the one who made the link."""
    token = secrets.token_urlsafe(TOKEN_BYTES)
    link = ReviewLink.objects.create(
        strategy=strategy,
        token_hash=token_hash(token),
        role=role,
        password=make_password(password) if password else "",
        posts_from=posts_from,
        posts_to=posts_to,
        label=label,
        expires=timezone.now() + dt.timedelta(days=days),
        created_by=user,
    )
    return link, token


def find_link(token: str) -> ReviewLink | None:
    """The link ``token`` opens: not revoked, not expired, its strategy not deleted."""
    digest = token_hash(token)
    link = (
        ReviewLink.objects.select_related("strategy", "strategy__workspace")
        .filter(token_hash=digest, revoked__isnull=True, expires__gt=timezone.now())
        .filter(strategy__deleted__isnull=True, strategy__workspace__deleted__isnull=True)
        .first()
    )
    if link is None or not hmac.compare_digest(link.token_hash, digest):
        return None
    return link


def needs_password(link: ReviewLink) -> bool:
    return bool(link.password)


def is_password(link: ReviewLink, password: str) -> bool:
    return bool(link.password) and check_password(password, link.password)


def covered_items(link: ReviewLink, document: StrategyDocument) -> list[ReviewItem]:
    """What the link lets its holder review: every step and document, and the posts in its date
    range (none when it has no range)."""
    items = [item for item in review_items(document) if item.kind != "post"]
    if link.posts_from or link.posts_to:
        items += post_items(document, link.posts_from, link.posts_to)
    return items


def revoke(link: ReviewLink) -> None:
    link.revoked = timezone.now()
    link.save(update_fields=["revoked"])


def active_links(strategy: Strategy) -> list[ReviewLink]:
    return list(
        strategy.review_links.filter(revoked__isnull=True, expires__gt=timezone.now())
        .select_related("created_by")
        .order_by("-created")
    )
