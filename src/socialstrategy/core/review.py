"""Review and approval: what a client reviews, the states an item passes through, and what an
export may contain when a workspace requires approval.

An item is one step of the process (by its id in :mod:`socialstrategy.core.process`), the
employee guidelines (``guidelines``) or the crisis playbook (``crisis``) as whole documents, or
one post of the editorial calendar (``post:<entry id>``). The guidelines step is reviewed as its
two documents; the review step has nothing of its own to approve.

>>> next_state("draft", "request")
'in_review'
>>> next_state("in_review", "approve")
'approved'
>>> next_state("approved", "edit")
'draft'
>>> [item.key for item in review_items(Strategy())][:3]
['organisation', 'information', 'goals']
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any, Literal, get_args

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.core.model import CalendarEntry, Strategy
from socialstrategy.core.process import STEPS, get_step

ReviewMode = Literal["none", "optional", "required"]
ReviewState = Literal["draft", "in_review", "changes_requested", "approved"]
ReviewAction = Literal["request", "approve", "request_changes", "edit", "withdraw"]
ItemKind = Literal["step", "document", "post"]

MODES: tuple[ReviewMode, ...] = get_args(ReviewMode)
STATES: tuple[ReviewState, ...] = get_args(ReviewState)
ACTIONS: tuple[ReviewAction, ...] = get_args(ReviewAction)

MODE_LABELS: dict[ReviewMode, str] = {
    "none": N_("No review"),
    "optional": N_("Review optional"),
    "required": N_("Approval required"),
}
STATE_LABELS: dict[ReviewState, str] = {
    "draft": N_("Draft"),
    "in_review": N_("In review"),
    "changes_requested": N_("Changes requested"),
    "approved": N_("Approved"),
}
DOCUMENT_LABELS: dict[str, str] = {
    "guidelines": N_("Social media guidelines"),
    "crisis": N_("Crisis playbook"),
}
POST_PREFIX = "post:"

# (state, action) -> the state it leads to. Everything else is refused (ReviewError).
_TRANSITIONS: dict[tuple[ReviewState, ReviewAction], ReviewState] = {
    ("draft", "request"): "in_review",
    ("changes_requested", "request"): "in_review",
    ("approved", "request"): "in_review",
    ("draft", "approve"): "approved",
    ("in_review", "approve"): "approved",
    ("changes_requested", "approve"): "approved",
    ("in_review", "request_changes"): "changes_requested",
    ("draft", "request_changes"): "changes_requested",
    ("approved", "request_changes"): "changes_requested",
    ("in_review", "withdraw"): "draft",
    ("approved", "edit"): "draft",
    ("in_review", "edit"): "in_review",
    ("changes_requested", "edit"): "changes_requested",
    ("draft", "edit"): "draft",
}
# Parts of a step's sections that another item reviews on its own.
_REVIEWED_APART: dict[str, tuple[str, ...]] = {"content": ("calendar",)}
_DOCUMENT_STEP = "guidelines"
_UNREVIEWED_STEPS = frozenset({"review", _DOCUMENT_STEP})


@dataclass(frozen=True)
class Approval:
    """Who approved item ``item`` (its key), at which version of the strategy, and when: a line
    of the strategy document's sign-off page."""

    item: str
    by: str
    version: int
    when: dt.datetime


class ReviewError(ValueError):
    """An action that the item's state does not allow; ``message`` says why."""

    def __init__(self, message: Message):
        super().__init__(message.render("en"))
        self.message = message


@dataclass(frozen=True)
class ReviewItem:
    """Something a client approves: ``key`` is its stable name, ``label`` what a reader sees."""

    key: str
    kind: ItemKind
    label: Message

    @property
    def post_id(self) -> str | None:
        return self.key.removeprefix(POST_PREFIX) if self.kind == "post" else None


def next_state(state: ReviewState, action: ReviewAction) -> ReviewState:
    """The state ``action`` leads to from ``state``; ``ReviewError`` when it is not allowed."""
    if state not in STATES or action not in ACTIONS:
        raise ReviewError(
            Message(N_("Unknown review state or action: {value}"), {"value": f"{state}/{action}"})
        )
    following = _TRANSITIONS.get((state, action))
    if following is None:
        template = N_("This cannot be done while the item is “{state}”.")
        raise ReviewError(Message(template, {"state": Message(STATE_LABELS[state])}))
    return following


def allowed_actions(state: ReviewState) -> list[ReviewAction]:
    """What a reviewer or the coach may do to an item in ``state`` (``edit`` is not a choice)."""
    return [action for (origin, action) in _TRANSITIONS if origin == state and action != "edit"]


def review_items(strategy: Strategy) -> list[ReviewItem]:
    """Every item of ``strategy`` that can be reviewed, in the order of the process."""
    items = [_step_item(step.identifier) for step in STEPS if step.identifier not in _UNREVIEWED_STEPS]
    index = [item.key for item in items].index("content")
    documents = [ReviewItem(key, "document", Message(label)) for key, label in DOCUMENT_LABELS.items()]
    return [*items[:index], *documents, *items[index:], *post_items(strategy)]


def post_items(strategy: Strategy, start: Any = None, end: Any = None) -> list[ReviewItem]:
    """The calendar's posts with an id, optionally only those from ``start`` to ``end``."""
    return [
        ReviewItem(POST_PREFIX + entry.id, "post", Message("{title}", {"title": entry.title}))
        for entry in _entries(strategy)
        if entry.id and (start is None or entry.date >= start) and (end is None or entry.date <= end)
    ]


def get_item(strategy: Strategy, key: str) -> ReviewItem | None:
    """The item named ``key`` in ``strategy``, or ``None`` when it has none by that name."""
    return next((item for item in review_items(strategy) if item.key == key), None)


def fingerprint(strategy: Strategy, key: str) -> str:
    """A digest of what item ``key`` says: it changes exactly when the item's content changes,
    which is how an edit after approval is noticed."""
    return fingerprints(strategy, [key])[key]


def fingerprints(strategy: Strategy, keys: Iterable[str]) -> dict[str, str]:
    """:func:`fingerprint` of each of ``keys``, dumping the strategy once."""
    data = strategy.model_dump(mode="json", exclude_none=True)
    return {key: _digest(_content(data, key)) for key in keys}


def edited_items(before: Strategy, after: Strategy, keys: Iterable[str]) -> list[str]:
    """Of ``keys``, those whose content differs between ``before`` and ``after``."""
    keys = list(keys)
    old, new = fingerprints(before, keys), fingerprints(after, keys)
    return [key for key in keys if old[key] != new[key]]


def section_keys(strategy: Strategy, key: str) -> list[str]:
    """The sections a comment on a document may be anchored to (the text sections' keys)."""
    return [section_key for section_key, _title in document_sections(strategy, key)]


def document_sections(strategy: Strategy, key: str) -> list[tuple[str, str]]:
    """The key and title of each text section of document ``key`` (none for other items)."""
    part = getattr(strategy, key, None) if key in DOCUMENT_LABELS else None
    return [(section.key, section.title) for section in part.sections] if part is not None else []


def is_exportable(mode: ReviewMode, state: ReviewState) -> bool:
    """Whether an item in ``state`` may go into a final export under ``mode``."""
    return mode != "required" or state == "approved"


def approved_posts(
    entries: Iterable[CalendarEntry], states: Mapping[str, ReviewState], mode: ReviewMode
) -> tuple[list[CalendarEntry], int]:
    """The posts an export may contain under ``mode``, and how many were left out: in
    ``required`` mode only approved posts (by their item key in ``states``)."""
    entries = list(entries)
    if mode != "required":
        return entries, 0
    kept = [e for e in entries if e.id and states.get(POST_PREFIX + e.id) == "approved"]
    return kept, len(entries) - len(kept)


def edit_note(labels: Iterable[Message]) -> Message:
    """The note that says an edit set approved items back to draft."""
    return Message(N_("Edited after approval, back to draft: {items}"), {"items": list(labels)})


def _step_item(identifier: str) -> ReviewItem:
    step = get_step(identifier)
    assert step is not None
    return ReviewItem(identifier, "step", Message(step.label))


def _entries(strategy: Strategy) -> list[CalendarEntry]:
    return list(strategy.content.calendar) if strategy.content else []


def _digest(content: Any) -> str:
    payload = json.dumps(content, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _content(data: Mapping[str, Any], key: str) -> Any:
    if key.startswith(POST_PREFIX):
        entry = next(
            (
                e
                for e in data.get("content", {}).get("calendar", [])
                if e.get("id") == key.removeprefix(POST_PREFIX)
            ),
            None,
        )
        return {k: v for k, v in (entry or {}).items() if k != "status"}
    if key in DOCUMENT_LABELS:
        return data.get(key)
    step = get_step(key)
    if step is None:
        return None
    return {section: _section(data, section, key) for section in step.sections}


def _section(data: Mapping[str, Any], path: str, key: str) -> Any:
    """The value at dotted ``path``, without the parts other steps or items own."""
    value: Any = data
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    if not isinstance(value, Mapping):
        return value
    owned_elsewhere = {
        other.removeprefix(path + ".")
        for step in STEPS
        if step.identifier != key
        for other in step.sections
        if other.startswith(path + ".")
    }
    owned_elsewhere.update(_REVIEWED_APART.get(key, ()))
    return {name: item for name, item in value.items() if name not in owned_elsewhere}
