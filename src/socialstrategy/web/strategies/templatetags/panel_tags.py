"""Template filters for the workshop panels: text sections, formats, dates."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django import template
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _

from socialstrategy.web.strategies import vocabulary
from socialstrategy.web.strategies.markup import render_markdown

register = template.Library()


@register.filter
def markdown(text: object) -> SafeString:
    """A section body (Markdown) as safe HTML: escaped first, then a small subset of Markdown."""
    return render_markdown(str(text) if text is not None else "")


@register.filter
def format_name(code: object) -> str:
    """``short_video`` -> ``Short video`` (translated); empty stays empty."""
    return vocabulary.label(vocabulary.FORMATS, str(code)) if code else ""


@register.filter
def parse_date(text: object) -> dt.date | None:
    """An ISO date string (as in the core's plain data) as a date, for the ``date`` filter."""
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        return None


@register.filter
def get_item(mapping: object, key: object) -> Any:
    """``mapping[key]`` or None (messages of a calendar entry by its id, of a field by name)."""
    return mapping.get(key) if isinstance(mapping, dict) else None


@register.filter
def entry_selects(entry: dict[str, Any], panel: dict[str, Any]) -> list[tuple[str, str, Any, Any, bool]]:
    """The select fields of a calendar entry's form: (name, label, choices, value, may be empty)."""
    choices = panel["choices"]
    return [
        ("format", vocabulary.core_text("Format"), choices["format"], entry.get("format"), True),
        ("pillar", vocabulary.core_text("Content pillar"), choices["pillar"], entry.get("pillar"), True),
        ("owner", _("Responsible"), choices["owner"], entry.get("owner"), True),
        ("status", vocabulary.core_text("Status"), choices["status"], entry.get("status"), False),
    ]
