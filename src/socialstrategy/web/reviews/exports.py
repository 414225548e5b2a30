"""Exports respect approval: in a workspace whose review mode is ``required`` the calendar exports
take approved posts only (``core.review.approved_posts``) and say how many they left out."""

from __future__ import annotations

from typing import Any

from django.utils.translation import ngettext

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.review import Approval, approved_posts, review_items
from socialstrategy.web.reviews.services import approvals, item_states, review_mode
from socialstrategy.web.strategies.models import Strategy

CALENDAR_EXPORTS = frozenset({"ics", "csv", "csv-excel", "hootsuite", "sprout"})


def approved_calendar(
    strategy: Strategy, document: StrategyDocument, fmt: str
) -> tuple[StrategyDocument, int]:
    """``document`` as export ``fmt`` may take it, and the number of posts left out for want of
    approval (0, and the document as it is, unless the export is a calendar and approval is
    required)."""
    if fmt not in CALENDAR_EXPORTS or document.content is None:
        return document, 0
    mode = review_mode(strategy.workspace)
    kept, left_out = approved_posts(document.content.calendar, item_states(strategy), mode)
    if not left_out:
        return document, 0
    content = document.content.model_copy(update={"calendar": kept})
    return document.model_copy(update={"content": content}), left_out


def left_out_text(count: int) -> str:
    return ngettext(
        "Approval is required: %(count)s post that is not approved was left out of the export.",
        "Approval is required: %(count)s posts that are not approved were left out of the export.",
        count,
    ) % {"count": count}


def signoff_options(strategy: Strategy, fmt: str) -> dict[str, Any]:
    """The strategy PDF's sign-off page, once anything of it was put into review (and the
    workspace reviews at all): ``{"approvals": [...]}`` for the renderer, else nothing."""
    if fmt != "pdf" or review_mode(strategy.workspace) == "none" or not strategy.item_reviews.exists():
        return {}
    return {"approvals": [_approval(event) for event in approvals(strategy)]}


def _approval(event: Any) -> Approval:
    by = event.user.get_username() if event.user else event.reviewer_name
    return Approval(event.item, by, event.version, event.created)


def document_items(fmt: str, document: StrategyDocument) -> list[str]:
    """The review items a document download shows: the strategy paper its steps, the guidelines
    and the crisis playbook themselves; none for the calendar and the data formats."""
    kind, _, extension = fmt.rpartition("-")
    if kind in ("guidelines", "crisis") and extension in ("pdf", "docx"):
        return [kind]
    if fmt in ("pdf", "docx", "md", "html"):
        return [item.key for item in review_items(document) if item.kind == "step"]
    return []


def must_be_working_copy(strategy: Strategy, document: StrategyDocument, fmt: str) -> bool:
    """In "required" mode a document is final only when everything it shows is approved; until
    then it is downloaded as a working copy, and says so on its title page."""
    keys = document_items(fmt, document)
    if not keys or review_mode(strategy.workspace) != "required":
        return False
    states = item_states(strategy)
    return any(states.get(key) != "approved" for key in keys)
