"""The form's choices for the codes of the strategy model (goal types, platforms, sectors, ...).

Codes and labels come from :mod:`socialstrategy.core.vocabulary`; a label is translated by the
core catalog in the language of the request, when the form shows it. :func:`core_text` does the
same for any other message the core owns (a field's label that the documents use too), so that
each message is translated in one catalog only.
"""

from __future__ import annotations

from django.utils.functional import Promise, lazy
from django.utils.translation import get_language

from socialstrategy.core import vocabulary as core
from socialstrategy.core.i18n import translate

Choices = tuple[tuple[str, str | Promise], ...]


def _translated(label: str, context: str | None = None) -> str:
    return translate(label, (get_language() or "en")[:2], context)


_lazy_translated = lazy(_translated, str)


def core_text(message: str, context: str | None = None) -> str:
    """``message`` of the core catalog, translated lazily in the language of the request (like
    ``gettext_lazy``, for strings the core owns: "Platform", "Target", "Crisis levels", ...)."""
    return _lazy_translated(message, context)


def choices(codes: core.CodeList) -> Choices:
    """``codes`` as Django choices whose labels translate when they are shown."""
    return tuple((code, _lazy_translated(text, codes.context(code))) for code, text in codes.items)


LANGUAGES: Choices = choices(core.LANGUAGES)
BUSINESS_MODELS: Choices = choices(core.BUSINESS_MODELS)
SECTORS: Choices = choices(core.SECTORS)
GOAL_TYPES: Choices = choices(core.GOAL_TYPES)
PRIORITIES: Choices = choices(core.PRIORITIES)
AUDIENCE_KINDS: Choices = choices(core.AUDIENCE_KINDS)
PLATFORM_STATUSES: Choices = choices(core.PLATFORM_STATUSES)
PLATFORMS: Choices = choices(core.PLATFORMS)
METRICS: Choices = choices(core.METRICS)
KPI_PERIODS: Choices = choices(core.KPI_PERIODS)
FORMATS: Choices = choices(core.FORMATS)
ADDRESSES: Choices = choices(core.ADDRESSES)
EMOJI_POLICIES: Choices = choices(core.EMOJI_POLICIES)
BUDGET_CATEGORIES: Choices = choices(core.BUDGET_CATEGORIES)
EVENT_KINDS: Choices = choices(core.EVENT_KINDS)
CALENDAR_STATUSES: Choices = choices(core.CALENDAR_STATUSES)
COMPETENCES: Choices = choices(core.COMPETENCES)
PLATFORM_COMPETENCES: Choices = choices(core.PLATFORM_COMPETENCES)
"""Competences with a platform's own know-how (``platform_instagram``), named by the platform."""
MIX_ELEMENTS: Choices = choices(core.MIX_ELEMENTS)
SEVERITIES: Choices = choices(core.SEVERITIES)
TOOL_CATEGORIES: Choices = choices(core.TOOL_CATEGORIES)
PRICE_CLASSES: Choices = choices(core.PRICE_CLASSES)
KNOWLEDGE_AREAS: Choices = choices(core.KNOWLEDGE_AREAS)


def label(choices: Choices, code: str | None) -> str:
    """The translated label of ``code``, or the code itself when it is not in the list."""
    for value, text in choices:
        if value == code:
            return str(text)
    return code or ""
