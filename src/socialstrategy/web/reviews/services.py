"""Reviews in the database: the core's rules (``core/review.py``) applied to stored items,
each change written to the audit trail.

Two reviewers who approve the same item at once queue on its row (``select_for_update``; on
SQLite, the store's one writer): the second finds it approved and is told so, and the trail
records one approval.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.db.models import Count, Max, Q, QuerySet
from django.utils import timezone

from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.planning.calendar import with_entry_ids
from socialstrategy.core.review import (
    ReviewAction,
    ReviewMode,
    ReviewState,
    fingerprint,
    fingerprints,
    next_state,
    review_items,
)
from socialstrategy.web.reviews.models import (
    Comment,
    ItemReview,
    ReviewEvent,
    ReviewLink,
    ReviewLinkUse,
    WorkspaceReview,
)
from socialstrategy.web.strategies import notes
from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.store import one_writer, save_document, strip_nul
from socialstrategy.web.workspaces.models import Workspace


@dataclass(frozen=True)
class Reviewer:
    """Who acts: a signed-in member (``user``), or someone with a review link who gave a name."""

    user: Any = None
    link: ReviewLink | None = None
    name: str = ""

    @property
    def label(self) -> str:
        return self.user.get_username() if self.user is not None else self.name


def review_mode(workspace: Workspace) -> ReviewMode:
    row = WorkspaceReview.objects.filter(workspace=workspace).first()
    return row.mode if row else "optional"  # type: ignore[return-value]


def set_review_mode(workspace: Workspace, mode: ReviewMode) -> None:
    WorkspaceReview.objects.update_or_create(workspace=workspace, defaults={"mode": mode})


def item_states(strategy: Strategy) -> dict[str, ReviewState]:
    """Every item's state by its key; an item without a row is a draft."""
    return dict(strategy.item_reviews.values_list("item", "state"))  # type: ignore[arg-type]


def decide(strategy: Strategy, key: str, action: ReviewAction, reviewer: Reviewer) -> ItemReview:
    """Apply ``action`` to item ``key``; ``ReviewError`` when its state does not allow it."""
    ItemReview.objects.get_or_create(strategy=strategy, item=key)
    with one_writer(), transaction.atomic():
        row = ItemReview.objects.select_for_update().get(strategy=strategy, item=key)
        current = Strategy.objects.only("version", "document").get(pk=strategy.pk)
        row.state = next_state(row.state, action)  # type: ignore[arg-type]
        row.version = current.version
        row.fingerprint = fingerprint(current.load(), key) if row.state == "approved" else ""
        row.save()
        record(strategy, key, action, row.state, row.version, reviewer)
    return row


def ensure_post_ids(strategy: Strategy, user: Any) -> Strategy:
    """Store an id for every post that has none (an imported plan), so that each can be reviewed
    under a name that stays; one revision, only when a post lacked one."""
    document = strategy.load()
    with_ids = with_entry_ids(document)
    if with_ids is document:
        return strategy
    return save_document(
        strategy, with_ids, strategy.version, user, notes.record(N_("Gave each post an id for review"))
    )


def request_review(strategy: Strategy, keys: Iterable[str], reviewer: Reviewer) -> list[str]:
    """Put every item of ``keys`` that can be requested into review; the keys that moved."""
    moved = []
    states = item_states(strategy)
    for key in keys:
        if states.get(key, "draft") in ("draft", "changes_requested"):
            decide(strategy, key, "request", reviewer)
            moved.append(key)
    return moved


def record(
    strategy: Strategy, key: str, action: str, state: str, version: int, reviewer: Reviewer
) -> ReviewEvent:
    """Write one line of the audit trail (and, for a link, of its use log)."""
    if reviewer.link is not None:
        ReviewLinkUse.objects.create(link=reviewer.link, action=action, item=key, reviewer_name=reviewer.name)
    return ReviewEvent.objects.create(
        strategy=strategy,
        item=key,
        action=action,
        state=state,
        version=version,
        user=reviewer.user,
        reviewer_name=strip_nul(reviewer.name),
        link=reviewer.link,
    )


def reopen_edited_items(
    sender: Any, strategy: Strategy, document: StrategyDocument, user: Any = None, **kwargs: Any
) -> list[str]:
    """After a save: every approved item whose content changed goes back to draft, and the trail
    says it was an edit after approval (the ``document_saved`` signal's receiver)."""
    reopened = []
    rows = list(ItemReview.objects.filter(strategy=strategy, state="approved"))
    now = fingerprints(document, [row.item for row in rows])
    for row in rows:
        if row.fingerprint != now[row.item]:
            updated = ItemReview.objects.filter(pk=row.pk, state="approved").update(
                state="draft", fingerprint="", version=strategy.version, updated=timezone.now()
            )
            if updated:
                record(strategy, row.item, "edit", "draft", strategy.version, Reviewer(user=user))
                reopened.append(row.item)
    return reopened


def add_comment(
    strategy: Strategy,
    key: str,
    body: str,
    reviewer: Reviewer,
    *,
    section: str = "",
    parent: Comment | None = None,
    internal: bool = False,
) -> Comment:
    """A comment on item ``key``; a reply takes its thread's item, section and visibility."""
    if parent is not None:
        key, section, internal = parent.item, parent.section, parent.internal
        parent = parent.parent or parent  # one level of replies: a reply to a reply joins the thread
    comment = Comment.objects.create(
        strategy=strategy,
        item=key,
        section=section,
        parent=parent,
        body=strip_nul(body),
        internal=internal,
        version=strategy.version,
        author=reviewer.user,
        author_name=strip_nul(reviewer.name),
        link=reviewer.link,
    )
    if reviewer.link is not None:
        ReviewLinkUse.objects.create(
            link=reviewer.link, action="comment", item=key, reviewer_name=reviewer.name
        )
    return comment


def set_resolved(comment: Comment, user: Any, resolved: bool) -> None:
    comment.resolved = timezone.now() if resolved else None
    comment.resolved_by = user if resolved else None
    comment.save(update_fields=["resolved", "resolved_by"])


def threads(strategy: Strategy, *, internal: bool, items: Iterable[str] | None = None) -> QuerySet[Comment]:
    """The comments that start a thread, with their replies; without the team's internal ones
    unless ``internal``."""
    comments = strategy.comments.filter(parent__isnull=True).select_related("author", "resolved_by")
    if not internal:
        comments = comments.filter(internal=False)
    if items is not None:
        comments = comments.filter(item__in=list(items))
    return comments.prefetch_related("replies__author")


def open_counts(strategy: Strategy, *, internal: bool) -> Counter[str]:
    """How many open threads each item has."""
    comments = strategy.comments.filter(parent__isnull=True, resolved__isnull=True)
    if not internal:
        comments = comments.filter(internal=False)
    return Counter(comments.values_list("item", flat=True))


def approvals(strategy: Strategy) -> list[ReviewEvent]:
    """The approvals in force: for each approved item, the event that approved it."""
    approved = set(strategy.item_reviews.filter(state="approved").values_list("item", flat=True))
    latest: dict[str, ReviewEvent] = {}
    for event in strategy.review_events.filter(action="approve", item__in=approved).select_related("user"):
        latest.setdefault(event.item, event)  # newest first
    return list(latest.values())


def last_approved_version(strategy: Strategy) -> int | None:
    event = strategy.review_events.filter(action="approve").order_by("-version").first()
    return event.version if event else None


def page_stamp(strategy_pk: int) -> tuple[object, ...]:
    """Changes with every comment, resolution and review decision of the strategy: part of the
    key of its cached pages (``strategies.pagecache.STAMPS``)."""
    events = ReviewEvent.objects.filter(strategy_id=strategy_pk).aggregate(n=Count("pk"), last=Max("pk"))
    comments = Comment.objects.filter(strategy_id=strategy_pk).aggregate(
        n=Count("pk"), open=Count("pk", filter=Q(resolved__isnull=True))
    )
    return (events["n"], events["last"], comments["n"], comments["open"])


def trail(strategy: Strategy, limit: int = 100) -> list[dict[str, Any]]:
    """The newest ``limit`` events of the audit trail, each with the label of its item (the key
    itself for an item the strategy no longer has, such as a deleted post)."""
    document = strategy.load()
    labels = {item.key: item.label for item in review_items(document)}
    events = strategy.review_events.select_related("user")[:limit]
    return [{"event": event, "label": labels.get(event.item, event.item)} for event in events]
