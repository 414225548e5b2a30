"""Translated labels for the codes in a strategy, and number and date formatting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from socialstrategy.core import vocabulary
from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import CorporateObjective, Goal
from socialstrategy.core.vocabulary import platform_name

CODES: dict[str, str] = {
    code: label
    for codes in (
        vocabulary.GOAL_TYPES,
        vocabulary.PRIORITIES,
        vocabulary.AUDIENCE_KINDS,
        vocabulary.PLATFORM_STATUSES,
        vocabulary.EMOJI_POLICIES,
        vocabulary.BUDGET_CATEGORIES,
        vocabulary.EVENT_KINDS,
        vocabulary.MIX_ELEMENTS,
        vocabulary.FORMATS,
        vocabulary.COMPETENCES,
        vocabulary.BUSINESS_MODELS,
        vocabulary.CALENDAR_STATUSES,
    )
    for code, label in codes.items
} | {
    # recommendation verdicts
    "recommended": N_("recommended"),
    "consider": N_("consider"),
    "not_recommended": N_("not recommended"),
    # severities
    "error": N_("error"),
    "warning": N_("warning"),
    "info": N_("info"),
}
"""Labels of the model's codes from :mod:`socialstrategy.core.vocabulary` (first list wins)."""


def code_label(code: str, language: str) -> str:
    """Translated label of a code from the model (goal type, status, format, competence ...)."""
    if code.startswith("platform_"):
        return translate(N_("Platform: {platform}"), language, platform=platform_name(code[9:], language))
    label = CODES.get(code)
    return translate(label, language) if label else code


def format_number(value: float | None, language: str) -> str:
    """``1234.5`` as ``1,234.5`` (en) or ``1.234,5`` (de); unknown as an empty string."""
    if value is None:
        return ""
    return format_decimal(value, format="#,##0.##", locale=language)


def format_date(day: dt.date | None, language: str) -> str:
    if day is None:
        return ""
    return _babel_date(day, format="long" if language == "en" else "d. MMMM y", locale=language)


def format_month(day: dt.date, language: str) -> str:
    """``January 2027`` / ``Januar 2027``."""
    return _babel_date(day, format="LLLL y", locale=language)


def format_short_date(day: dt.date | None, language: str) -> str:
    if day is None:
        return ""
    return _babel_date(day, format="medium" if language == "en" else "dd.MM.y", locale=language)


def goal_numbers(goals: Sequence[Goal], language: str) -> dict[str, str]:
    """Short labels ``G1``, ``G2`` … (German ``Z1`` …) by goal id, in the strategy's order."""
    return {
        goal.id: translate(N_("G{number}"), language, number=index) for index, goal in enumerate(goals, 1)
    }


def objective_numbers(objectives: Sequence[CorporateObjective], language: str) -> dict[str, str]:
    """Short labels ``O1``, ``O2`` … (German ``U1`` …) by corporate objective id."""
    return {
        objective.id: translate(N_("O{number}"), language, number=index)
        for index, objective in enumerate(objectives, 1)
    }
