"""Extra panels of the workshop steps, built from the core's knowledge, recommendation and
planning topics. Each builder returns the template to include and its data, in the reader's
language; figures keep their source, year and quality so the page can cite them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from socialstrategy.core.model import Strategy as StrategyDocument

Panel = dict[str, Any]


def knowledge_panel(document: StrategyDocument, language: str) -> Panel:
    """Information step: the platforms at a glance, and usage in the organisation's country."""
    from socialstrategy.core.knowledge import load_knowledge, views

    kb = load_knowledge()
    country = document.organisation.country if document.organisation else None
    rankings = []
    if country:
        comparison = views.comparison(kb, [country], _age_band(document), None, language)
        rankings = [r for c in comparison["countries"] for r in c["rankings"]][:2]
    return {
        "template": "strategies/panels/_knowledge.html",
        "platforms": views.overview(kb, language),
        "country": country,
        "rankings": rankings,
    }


def _age_band(document: StrategyDocument) -> tuple[int, int] | None:
    ages = [
        (a.age_min, a.age_max) for a in document.audiences if a.age_min is not None and a.age_max is not None
    ]
    if not ages:
        return None
    return min(low for low, _high in ages), max(high for _low, high in ages)


def recommendation_panel(document: StrategyDocument, language: str) -> Panel:
    """Platform step: the explainable decision matrix, best first."""
    from socialstrategy.core.recommend import recommend

    rows = recommend(document).as_dict(language)["platforms"]
    chosen = {p.platform for p in document.platforms}
    for row in rows:
        row["chosen"] = row["platform"] in chosen
    return {"template": "strategies/panels/_recommendation.html", "rows": rows}


def texts_panel(document: StrategyDocument, language: str) -> Panel:
    """Guidelines step: generate the guidelines and crisis playbook from the strategy."""
    guidelines = len(document.guidelines.sections) if document.guidelines else 0
    crisis = len(document.crisis.sections) if document.crisis else 0
    return {
        "template": "strategies/panels/_texts.html",
        "has_texts": bool(guidelines or crisis),
        "variant": document.text_variant(),
    }


def tone_panel(document: StrategyDocument, language: str) -> Panel:
    """Community step: what the chosen tone means in practice, with example replies (in the
    strategy's own language and form of address, as they will appear in the documents)."""
    from dataclasses import asdict

    from socialstrategy.core.texts import build_tone_guide

    guide = asdict(build_tone_guide(document))
    has_tone = bool(document.community and document.community.tone)
    return {
        "template": "strategies/panels/_tone.html",
        **guide,
        "language": document.language,
        "has_tone": has_tone,
    }


def capacity_panel(document: StrategyDocument, language: str) -> Panel:
    """Resources step: the hours the platform plan needs against the team's hours."""
    from socialstrategy.core.planning.capacity import capacity

    data = capacity(document).as_dict()
    required, available = data["required"], data["available"]
    data["share"] = min(100, round(100 * required / available)) if available else 100
    return {"template": "strategies/panels/_capacity.html", **data}


def calendar_panel(document: StrategyDocument, language: str) -> Panel:
    """Content step: four weeks of the calendar, from the week of the next planned post."""
    from socialstrategy.core.planning.views import calendar_weeks

    entries = sorted(e.date for e in (document.content.calendar if document.content else []))
    today = dt.date.today()
    start = next((d for d in entries if d >= today), entries[-1] if entries else today)
    start -= dt.timedelta(days=start.weekday())
    last = start + dt.timedelta(weeks=4, days=-1)
    weeks = calendar_weeks(document, start, last, language)
    for week in weeks:
        for day in week["days"]:
            day["day"] = dt.date.fromisoformat(day["date"])
    return {"template": "strategies/panels/_calendar.html", "first": start, "last": last, "weeks": weeks}


PANELS = {
    "knowledge": knowledge_panel,
    "recommendation": recommendation_panel,
    "texts": texts_panel,
    "tone": tone_panel,
    "capacity": capacity_panel,
    "calendar": calendar_panel,
}
