"""Translated labels for the codes in a strategy, and number and date formatting."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from babel.dates import format_date as _babel_date
from babel.numbers import format_decimal

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import CorporateObjective, Goal
from socialstrategy.core.vocabulary import PLATFORM_NAMES

CODES: dict[str, str] = {
    # goal types
    "awareness": N_("Awareness"),
    "reach_customers": N_("Reach customers"),
    "consumer_insights": N_("Consumer insights"),
    "sales": N_("Direct sales"),
    "sales_support": N_("Sales support"),
    "recruiting": N_("Recruiting"),
    "customer_service": N_("Customer service"),
    "community": N_("Community"),
    "reputation": N_("Reputation"),
    # priorities
    "high": N_("high"),
    "medium": N_("medium"),
    "low": N_("low"),
    # audience kinds
    "consumers": N_("Consumers"),
    "business_buyers": N_("Business buyers"),
    "candidates": N_("Candidates"),
    "members": N_("Members"),
    "citizens": N_("Citizens"),
    "donors": N_("Donors"),
    "partners": N_("Partners"),
    "media": N_("Media"),
    "other": N_("Other"),
    # platform status
    "use": N_("use"),
    "test": N_("test"),
    "observe": N_("observe"),
    "reject": N_("reject"),
    # emoji policy
    "none": N_("no emoji"),
    "sparing": N_("sparing emoji"),
    "welcome": N_("emoji welcome"),
    # budget categories
    "ads": N_("Advertising"),
    "tools": N_("Tools"),
    "production": N_("Production"),
    "training": N_("Training"),
    "agency": N_("Agency"),
    # event kinds
    "launch": N_("Launch"),
    "fair": N_("Trade fair"),
    "season": N_("Season"),
    "sale": N_("Sale"),
    "campaign": N_("Campaign"),
    "holiday": N_("Holiday"),
    # marketing mix
    "product": N_("Product"),
    "price": N_("Price"),
    "place": N_("Place"),
    "promotion": N_("Promotion"),
    "people": N_("People"),
    "process": N_("Process"),
    "physical_evidence": N_("Physical evidence"),
    # formats
    "text": N_("Text"),
    "image": N_("Image"),
    "carousel": N_("Carousel"),
    "short_video": N_("Short video"),
    "video": N_("Video"),
    "story": N_("Story"),
    "live": N_("Live"),
    "article": N_("Article"),
    "newsletter_issue": N_("Newsletter issue"),
    "poll": N_("Poll"),
    "event": N_("Event post"),
    # competences
    "copywriting": N_("Copywriting"),
    "photo": N_("Photography"),
    "design": N_("Design"),
    "community_management": N_("Community management"),
    "analytics": N_("Analytics"),
    "advertising": N_("Advertising"),
    "law_privacy": N_("Law and privacy"),
    "crisis_communication": N_("Crisis communication"),
    "strategy": N_("Strategy"),
    # business models
    "b2b": "B2B",
    "b2c": "B2C",
    "b2b2c": "B2B2C",
    "nonprofit": N_("Non-profit"),
    "public": N_("Public sector"),
    # calendar status
    "idea": N_("idea"),
    "planned": N_("planned"),
    "in_progress": N_("in progress"),
    "scheduled": N_("scheduled"),
    "published": N_("published"),
    "cancelled": N_("cancelled"),
    # recommendation verdicts
    "recommended": N_("recommended"),
    "consider": N_("consider"),
    "not_recommended": N_("not recommended"),
    # severities
    "error": N_("error"),
    "warning": N_("warning"),
    "info": N_("info"),
}


def platform_name(platform: str, language: str) -> str:
    """Display name of a platform id; an unknown id is shown as it is."""
    name = PLATFORM_NAMES.get(platform)
    return translate(name, language) if name else platform


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
