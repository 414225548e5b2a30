"""Template filters of the review pages."""

from __future__ import annotations

from typing import Any

from django import template
from django.utils import translation

from socialstrategy.core.i18n import translate
from socialstrategy.core.message import Message
from socialstrategy.core.review import MODE_LABELS, STATE_LABELS, document_sections, get_item

register = template.Library()


def _language() -> str:
    return (translation.get_language() or "en").split("-")[0]


@register.filter
def message(value: object) -> str:
    """A core message (an item's label) in the reader's language."""
    return value.render(_language()) if isinstance(value, Message) else str(value)


@register.filter
def state_label(state: object) -> str:
    """``in_review`` -> ``In review`` / ``In Prüfung``."""
    label = STATE_LABELS.get(str(state), str(state))  # type: ignore[call-overload]
    return translate(label, _language())


@register.filter
def item_anchor(key: object) -> str:
    """``post:p1`` -> ``item-post-p1`` (an element id)."""
    return "item-" + str(key).replace(":", "-")


@register.filter
def mode_label(mode: object) -> str:
    """``required`` -> ``Approval required`` / ``Freigabe erforderlich``."""
    label = MODE_LABELS.get(str(mode), str(mode))  # type: ignore[call-overload]
    return translate(label, _language())


def _step_items(step: Any) -> list[str]:
    """The review items a workshop step shows comments of: the guidelines step its two documents."""
    identifier = getattr(step, "identifier", "")
    if identifier == "guidelines":
        return ["guidelines", "crisis"]
    return [identifier] if identifier and identifier != "review" else []


@register.inclusion_tag("reviews/_step_review.html", takes_context=True)
def step_review(context: template.Context) -> dict[str, Any]:
    """Beside a workshop step: its review state and comments, and a form to comment."""
    from socialstrategy.web.reviews import services
    from socialstrategy.web.reviews.access import can_comment, sees_internal

    access, strategy = context.get("access"), context.get("strategy")
    keys = _step_items(context.get("step"))
    if access is None or strategy is None or not keys:
        return {"items": []}
    internal = sees_internal(access)
    threads = list(services.threads(strategy, internal=internal, items=keys))
    states = services.item_states(strategy)
    document = strategy.load()
    items = [
        {
            "item": item,
            "state": states.get(item.key, "draft"),
            "threads": [t for t in threads if t.item == item.key],
            "sections": document_sections(document, item.key),
        }
        for item in (get_item(document, key) for key in keys)
        if item is not None
    ]
    return {
        "items": items,
        "strategy": strategy,
        "access": access,
        "can_comment": can_comment(access),
        "can_resolve": access.can_edit,
        "sees_internal": internal,
        "next": context["request"].path if "request" in context else "",
        "csrf_token": context.get("csrf_token"),
        "open_count": sum(1 for t in threads if not t.resolved),
    }


@register.simple_tag(takes_context=True)
def review_counts(context: template.Context) -> dict[str, int]:
    """Open comment threads by step id, for the overview (a document's count goes to its step)."""
    from socialstrategy.web.reviews import services
    from socialstrategy.web.reviews.access import sees_internal

    access, strategy = context.get("access"), context.get("strategy")
    if access is None or strategy is None:
        return {}
    counts = services.open_counts(strategy, internal=sees_internal(access))
    by_step: dict[str, int] = {}
    for key, count in counts.items():
        step = (
            "guidelines"
            if key in ("guidelines", "crisis")
            else ("content" if key.startswith("post:") else key)
        )
        by_step[step] = by_step.get(step, 0) + count
    return by_step


@register.filter
def count_for(counts: object, key: object) -> int:
    return int(counts.get(str(key), 0)) if isinstance(counts, dict) else 0


@register.inclusion_tag("reviews/_trail.html", takes_context=True)
def review_trail(context: template.Context, limit: int = 100) -> dict[str, Any]:
    """The review's audit trail (who did what to which part at which version, and when)."""
    from socialstrategy.web.reviews.services import trail

    strategy = context.get("strategy")
    return {"events": trail(strategy, limit) if strategy is not None else [], "strategy": strategy}
