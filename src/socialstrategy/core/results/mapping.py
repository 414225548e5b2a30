"""Which canonical metric a KPI measures, and how its values combine over time.

A KPI names its metric in ``measure`` (and its period in ``per``); KPIs written before those
fields existed name it in words ("Monatliche Reichweite auf Instagram"), which are read here
with a short list of German and English keywords. A KPI whose metric is not found cannot be
measured: the results say so, with a hint to choose one.

>>> from socialstrategy.core.model import KPI
>>> measured(KPI(metric="Monatliche Reichweite auf Instagram (Konten)", platform="instagram"))
Measure(metric='reach', platform='instagram', per='month', combine='sum', inferred=True)
>>> measured(KPI(metric="Follower auf Instagram")).combine
'level'
>>> measured(KPI(metric="Durchschnittliche Google-Bewertung")) is None
True
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from socialstrategy.core.model import KPI

Combine = Literal["level", "sum", "mean"]
LEVELS = frozenset({"followers"})
"""Metrics whose value is a level at a date: the latest figure counts."""
RATES = frozenset({"engagement_rate"})
"""Metrics whose value is a rate: the mean over the period counts."""
PERIOD_DAYS = {"day": 1, "week": 7, "month": 30, "quarter": 91, "year": 365}
"""A period's length: a monthly KPI sums the 30 days up to its date."""

_KEYWORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("engagement_rate", ("engagement rate", "engagement-rate", "engagementrate", "interaktionsrate")),
    ("new_followers", ("new follower", "neue follower", "follower-zuwachs", "followerzuwachs")),
    ("followers", ("follower", "abonnent", "subscriber", "fans")),
    ("job_page_views", ("karriereseite", "jobseite", "job page", "careers page", "stellenseite")),
    ("applications", ("bewerbung", "applications for", "job application", "applicant")),
    ("direction_requests", ("routenanfrage", "wegbeschreibung", "direction")),
    ("website_clicks", ("website-klick", "websiteklick", "website click", "klicks zur website")),
    ("link_clicks", ("link-klick", "linkklick", "link click", "klicks auf links")),
    ("profile_visits", ("profilbesuch", "profile visit", "profilaufruf")),
    ("calls", ("anruf", "phone call", "calls")),
    ("page_views", ("seitenaufruf", "page view", "pageview")),
    ("visitors", ("besucher", "visitor")),
    ("reach", ("reichweite", "reach")),
    ("views", ("impression", "aufrufe", "views", "ansichten")),
    ("engagements", ("engagement", "interaktion")),
    ("likes", ("likes", "reaktionen", "reactions")),
    ("comments", ("kommentar", "comment")),
    ("shares", ("shares", "geteilt", "repost")),
    ("saves", ("saves", "gespeichert")),
)
_PERIOD_WORDS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("day", ("pro tag", "täglich", "per day", "daily", "a day")),
    ("week", ("pro woche", "wöchentlich", "per week", "weekly", "a week")),
    ("month", ("pro monat", "monatlich", "im monat", "per month", "monthly", "a month")),
    ("quarter", ("pro quartal", "im quartal", "quartal", "per quarter", "quarterly")),
    ("year", ("pro jahr", "jährlich", "im jahr", "per year", "yearly", "annual")),
)


@dataclass(frozen=True)
class Measure:
    """What a KPI measures: ``per`` is the period of a summed metric ("total" since tracking
    began), ``inferred`` whether it was read from the KPI's words."""

    metric: str
    platform: str | None
    per: str
    combine: Combine
    inferred: bool


def measured(kpi: KPI) -> Measure | None:
    """What ``kpi`` measures, or None when it does not say in a form the results understand."""
    metric = kpi.measure or _metric_in(kpi.metric)
    if metric is None:
        return None
    words = f"{kpi.metric} {kpi.unit or ''}".lower()
    per = kpi.per or _period_in(words)
    if metric == "custom":
        if not kpi.id:
            return None
        # a figure entered by hand is the current value (a rating, a count so far), unless the
        # KPI counts over a period ("Kursbuchungen pro Quartal")
        return Measure(kpi.id, kpi.platform, per or "month", "sum" if per else "level", False)
    return Measure(metric, kpi.platform, per or "month", combine_of(metric), kpi.measure is None)


def combine_of(metric: str) -> Combine:
    if metric in LEVELS:
        return "level"
    return "mean" if metric in RATES else "sum"


def _metric_in(text: str) -> str | None:
    lowered = text.lower()
    return next((metric for metric, words in _KEYWORDS if any(word in lowered for word in words)), None)


def _period_in(text: str) -> str | None:
    return next((period for period, words in _PERIOD_WORDS if any(word in text for word in words)), None)
