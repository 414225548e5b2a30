"""Template helpers for the workshop pages."""

from __future__ import annotations

from django import template

from socialstrategy.web.strategies import notes, vocabulary
from socialstrategy.web.strategies.forms import BoundField, anchor

register = template.Library()


@register.filter
def slugpath(path: object) -> str:
    """``goals.2.kpis`` -> ``goals-2-kpis`` (for element ids)."""
    return anchor(str(path))[2:]


@register.simple_tag
def core_text(message: str, context: str | None = None) -> str:
    """``{% core_text "Platform" %}``: a message the core owns, from the core catalog, in the
    reader's language (``{% translate %}`` is for the web's own messages in ``django.po``)."""
    return str(vocabulary.core_text(message, context))


@register.filter
def platform_name(code: object) -> str:
    """``google_business_profile`` -> ``Google Business Profile`` (translated)."""
    return vocabulary.label(vocabulary.PLATFORMS, str(code))


@register.filter
def revision_note(revision: object) -> str:
    """A revision's note in the reader's language."""
    return notes.describe(revision)


@register.filter
def basic_fields(fields: list[BoundField]) -> list[BoundField]:
    """The fields a form shows open."""
    return [f for f in fields if not f.field.advanced]


@register.filter
def advanced_fields(fields: list[BoundField]) -> list[BoundField]:
    """The fields a form folds away under "Advanced" (open when one of them has an error)."""
    return [f for f in fields if f.field.advanced]


@register.filter
def has_error(fields: list[BoundField]) -> bool:
    return any(f.error for f in fields)
