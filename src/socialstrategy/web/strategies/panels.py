"""Extra panels of the workshop steps, built from the core's knowledge, recommendation and
planning topics. Each builder returns the template to include and its data, in the reader's
language; figures keep their source, year and quality so the page can cite them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.functional import Promise

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


def texts_panel(document: StrategyDocument, language: str, query: Any = None) -> Panel:
    """Guidelines step: the generated guidelines and crisis playbook, each section editable in
    place, and the crisis levels with who decides, who is informed and who approves. ``query``
    may hold a refused edit: its ``errors`` by ``part:key`` and the ``draft`` to show again."""
    errors, draft = _mapping(query, "errors"), _mapping(query, "draft")
    guidelines = document.guidelines.sections if document.guidelines else []
    crisis = document.crisis.sections if document.crisis else []
    names = {m.id: m.name for m in document.team()}
    levels = [
        {
            **level.model_dump(),
            "responsible_name": names.get(level.responsible or "", level.responsible),
            "inform_names": [names.get(m, m) for m in level.inform],
            "approval_names": [names.get(m, m) for m in level.approval],
        }
        for level in (document.crisis.levels if document.crisis else [])
    ]
    return {
        "template": "strategies/panels/_texts.html",
        "has_texts": bool(guidelines or crisis),
        "variant": document.text_variant(),
        "language": document.language,
        "parts": [
            _part("guidelines", guidelines, errors, draft),
            _part("crisis", crisis, errors, draft),
        ],
        "levels": levels,
        "customised": sum(s.customised for s in [*guidelines, *crisis]),
    }


def _part(kind: str, sections: list[Any], errors: dict[str, Any], draft: dict[str, str]) -> Panel:
    def view(key: str, values: dict[str, Any]) -> dict[str, Any]:
        problems = errors.get(f"{kind}:{key}")
        return {**values, **(draft if problems else {}), "errors": problems or {}, "open": bool(problems)}

    return {
        "kind": kind,
        "sections": [view(s.key, s.model_dump()) for s in sections],
        "new": view("", {"key": "", "title": "", "body": "", "customised": False}),
    }


def mix_panel(document: StrategyDocument, language: str) -> Panel:
    """Marketing-mix step: which goal works on which P, and the content around each event."""
    from socialstrategy.core.planning.mix import mix_matrix, supporting_entries
    from socialstrategy.web.strategies import vocabulary as v

    matrix = mix_matrix(document).as_dict()
    statements = {g.id: g.statement for g in document.goals}
    events = document.marketing_mix.events if document.marketing_mix else []
    return {
        "template": "strategies/panels/_mix.html",
        "elements": [(code, v.label(v.MIX_ELEMENTS, code)) for code in matrix["elements"]],
        "rows": [
            {
                "goal": goal,
                "statement": statements.get(goal, goal),
                "cells": [matrix["cells"][goal][code] for code in matrix["elements"]],
                "uncovered": goal in matrix["uncovered_goals"],
            }
            for goal in matrix["goals"]
        ],
        "unused": [v.label(v.MIX_ELEMENTS, code) for code in matrix["unused_elements"]],
        "events": [
            {"event": event, "entries": len(supporting_entries(document, event))}
            for event in sorted(events, key=lambda e: e.date)
        ],
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


PLAN_WEEKS = 12


def capacity_panel(document: StrategyDocument, language: str) -> Panel:
    """Resources step: required against available hours (chart), the load of each person, the
    competence gaps with a training plan and, when over capacity, the plan that fits."""
    from socialstrategy.core.planning.plan import make_plan
    from socialstrategy.core.render.charts import capacity_chart

    plan = make_plan(document, dt.date.today(), PLAN_WEEKS).as_dict(language)
    data = plan["capacity"]
    required, available = data["required"], data["available"]
    data["share"] = min(100, round(100 * required / available)) if available else 100
    chart = capacity_chart(document, language)
    return {
        "template": "strategies/panels/_capacity.html",
        **data,
        "chart": chart,
        "people": [{**p, "over": p["load"] > p["available"] + 1e-9} for p in plan["people"]],
        "unassigned_hours": plan["unassigned_hours"],
        "gaps": plan["gaps"],
        "training": plan["training"],
        "suggestion": plan["suggestion"],
        "weeks": PLAN_WEEKS,
    }


CALENDAR_VIEWS = ("week", "month")


def calendar_panel(document: StrategyDocument, language: str, query: Any = None) -> Panel:
    """Content step: the editorial calendar as a week (with a form per entry to move and edit
    it) or a month; ``query`` holds ``view`` (week or month) and ``from`` (a date in it)."""
    from socialstrategy.core.planning.views import calendar_weeks

    query = query or {}
    view = query.get("view") if query.get("view") in CALENDAR_VIEWS else "week"
    anchor_day = _date(query.get("from")) or _next_planned(document)
    if view == "month":
        first = anchor_day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        previous, following = (first - dt.timedelta(days=1)).replace(day=1), last + dt.timedelta(days=1)
    else:
        first = anchor_day - dt.timedelta(days=anchor_day.weekday())
        last = first + dt.timedelta(days=6)
        previous, following = first - dt.timedelta(weeks=1), first + dt.timedelta(weeks=1)
    weeks = calendar_weeks(with_entry_ids(document), first, last, language)
    for week in weeks:
        week["first_day"] = dt.date.fromisoformat(week["monday"])
        for day in week["days"]:
            day["day"] = dt.date.fromisoformat(day["date"])
    return {
        "template": "strategies/panels/_calendar.html",
        "view": view,
        "first": first,
        "last": last,
        "previous": previous,
        "following": following,
        "today": dt.date.today(),
        "weeks": weeks,
        "count": sum(len(d["entries"]) for w in weeks for d in w["days"] if d["in_range"]),
        "total": len(document.content.calendar) if document.content else 0,
        "errors": _mapping(query, "errors"),
        "open_entry": query.get("open_entry"),
        "confirm": _mapping(query, "confirm"),
        "generate_weeks": query.get("weeks") or PLAN_WEEKS,
        "generate_start": _date(query.get("start")) or _next_monday(),
        "choices": _entry_choices(document),
        "downloads": _calendar_downloads(),
    }


CALENDAR_EXPORTS = ("ics", "csv", "hootsuite", "sprout")


def _calendar_downloads() -> list[Any]:
    from socialstrategy.web.strategies import services

    return [export for export in services.exports() if export.key in CALENDAR_EXPORTS]


def with_entry_ids(document: StrategyDocument) -> StrategyDocument:
    """The strategy with an id for every calendar entry that has none (older files, hand-written
    entries), so each can be moved and edited. Deterministic: the same document, the same ids."""
    calendar = document.content.calendar if document.content else []
    if all(entry.id for entry in calendar):
        return document
    taken = {entry.id for entry in calendar if entry.id}
    entries = []
    for entry in calendar:
        if not entry.id:
            number = 1
            while f"{entry.date:%Y%m%d}-{entry.platform}-{number}" in taken:
                number += 1
            new_id = f"{entry.date:%Y%m%d}-{entry.platform}-{number}"
            entry = entry.model_copy(update={"id": new_id})
            taken.add(new_id)
        entries.append(entry)
    assert document.content is not None
    return document.model_copy(update={"content": document.content.model_copy(update={"calendar": entries})})


def _mapping(query: Any, key: str) -> dict[str, Any]:
    """A structured value a view put into the query (messages, a draft); never a URL's text."""
    value = (query or {}).get(key)
    return value if isinstance(value, dict) else {}


def _date(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None


def _next_monday() -> dt.date:
    today = dt.date.today()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)


def _next_planned(document: StrategyDocument) -> dt.date:
    entries = sorted(e.date for e in (document.content.calendar if document.content else []))
    today = dt.date.today()
    return next((d for d in entries if d >= today), entries[-1] if entries else today)


def _entry_choices(document: StrategyDocument) -> dict[str, list[tuple[str, str | Promise]]]:
    from socialstrategy.web.strategies import vocabulary as v

    return {
        "format": list(v.FORMATS),
        "pillar": [(p.id, p.name) for p in (document.content.pillars if document.content else [])],
        "owner": [(m.id, m.name) for m in document.team()],
        "status": list(v.CALENDAR_STATUSES),
    }


PANELS = {
    "knowledge": knowledge_panel,
    "recommendation": recommendation_panel,
    "texts": texts_panel,
    "tone": tone_panel,
    "capacity": capacity_panel,
    "calendar": calendar_panel,
    "mix": mix_panel,
}

QUERY_PANELS = frozenset({"calendar", "texts"})
"""Panels whose view depends on the request (the calendar's week or month, a refused edit)."""
