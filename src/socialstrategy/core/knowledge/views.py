"""Plain-data views of the knowledge base for the CLI and the web workshop's information step.

Every function returns JSON-ready dicts in one language; numbers keep their source, year and
origin (``package`` or ``overlay``) so that any screen can cite them.
"""

from __future__ import annotations

from typing import Any

from socialstrategy.core.i18n import N_, number, translate
from socialstrategy.core.knowledge.base import Gap, Knowledge
from socialstrategy.core.knowledge.labels import (
    AUDIENCE_KIND_LABELS,
    BENCHMARK_LABELS,
    BUSINESS_MODEL_LABELS,
    DATA_CONTEXT,
    GOAL_LABELS,
    LIMIT_LABELS,
    SOURCE_QUALITY_LABELS,
    data_text,
    has_translation,
    label,
)
from socialstrategy.core.knowledge.schema import Assessment, Figure, Platform, UsageFigure
from socialstrategy.core.vocabulary import FORMAT_LABELS

_QUALIFIER_MARK = {"": "", "approx": "~", "lower_bound": "≥"}
COMPARISON_CAVEAT = N_(
    "Surveys measure different things (weekly use, ever use, occasional use); each table ranks one metric only."  # noqa: E501
)


def comparison(
    kb: Knowledge,
    countries: list[str],
    ages: tuple[int, int] | None,
    goal: str | None,
    language: str,
) -> dict[str, Any]:
    """One ranking per country and survey metric for an age band (or the whole population)."""
    result: dict[str, Any] = {
        "overview": overview(kb, language),
        "age": None if ages is None else list(ages),
        "countries": [_country_rankings(kb, c, ages, language) for c in countries],
        "caveat": translate(COMPARISON_CAVEAT, language),
    }
    if goal:
        result["goal"] = goal_ranking(kb, goal, language)
    return result


def overview(kb: Knowledge, language: str) -> list[dict[str, Any]]:
    """One row per platform: kind, editorial B2C/B2B fit and workload, sourced minimum cadence."""
    rows = []
    for p in kb.platforms.values():
        cadence = p.minimum_cadence()
        rows.append(
            {
                "platform": p.id,
                "name": translate(p.name, language),
                "kind": p.kind,
                "b2c": p.business_fit["b2c"].rating if "b2c" in p.business_fit else None,
                "b2b": p.business_fit["b2b"].rating if "b2b" in p.business_fit else None,
                "workload": p.workload.rating if p.workload else None,
                "minimum_posts_per_week": cadence.min_per_week if cadence else None,
                "cadence_source": (
                    source_dict(kb, cadence.source, language) if cadence and cadence.source else None
                ),
                "formats": [label(FORMAT_LABELS, f, language) for f in p.formats],
                "origin": "overlay" if p.overlaid or p.origin == "overlay" else "package",
            }
        )
    return rows


def goal_ranking(kb: Knowledge, goal: str, language: str) -> dict[str, Any]:
    """Platforms ordered by the editorial rating for one goal type, each with its reason."""
    rated = [(p, a) for p in kb.platforms.values() if (a := p.goal_fit.get(goal))]  # type: ignore[call-overload]
    rated.sort(key=lambda pair: (-pair[1].rating, pair[0].id))
    rows = [
        {"rank": rank, "platform": p.id, "name": translate(p.name, language), **_assessment(a, language)}
        for rank, (p, a) in enumerate(rated, start=1)
    ]
    return {"goal": goal, "label": label(GOAL_LABELS, goal, language), "basis": "editorial", "rows": rows}


def _country_rankings(
    kb: Knowledge, country: str, ages: tuple[int, int] | None, language: str
) -> dict[str, Any]:
    metrics = _metrics_of(kb, country)
    rankings = [r for m in metrics if (r := _ranking(kb, country, m, ages, language))["rows"]]
    return {"country": country, "reach_metric": kb.reach_metrics.get(country), "rankings": rankings}


def _metrics_of(kb: Knowledge, country: str) -> list[str]:
    present = {u.metric for u in kb.usage if u.country == country and u.group is None}
    main = kb.reach_metrics.get(country)
    ordered = sorted(present, key=lambda m: (m != main, m))
    return [m for m in ordered if kb.metrics[m].rankable]


def _ranking(
    kb: Knowledge, country: str, metric: str, ages: tuple[int, int] | None, language: str
) -> dict[str, Any]:
    rows, without = [], []
    for platform in kb.platforms.values():
        low, high = ages if ages else (None, None)
        reach = kb.reach(country, platform.id, low, high, metric=metric)
        if reach is None or (ages is not None and reach.is_total_only):
            without.append(platform.id)
            continue
        rows.append(_ranking_row(kb, platform, reach.share, reach.figures, language))
    rows.sort(key=lambda r: (-r["share"], r["platform"]))
    for rank, row in enumerate(rows, start=1):
        row["rank"] = rank
    band = f"{ages[0]}-{ages[1]}" if ages and ages[1] < 120 else f"{ages[0]}+" if ages else "all"
    m = kb.metrics[metric]
    return {
        "metric": metric,
        "label": m.label.get(language),
        "definition": m.definition.get(language),
        "band": band,
        "rows": rows,
        "without_figure": without,
    }


def _ranking_row(
    kb: Knowledge, platform: Platform, share: float, figures: tuple[UsageFigure, ...], language: str
) -> dict[str, Any]:
    newest = max(figures, key=lambda f: f.year)
    mark = _QUALIFIER_MARK[newest.qualifier] if len(figures) == 1 else ""
    return {
        "platform": platform.id,
        "name": translate(platform.name, language),
        "share": round(share, 1),
        "display": f"{mark}{share:.0f}%",
        "year": newest.year if len(figures) == 1 else "/".join(sorted({str(f.year) for f in figures})),
        "bands": [f.age_band for f in figures],
        "source": source_dict(kb, newest.source, language),
        "sources": [source_dict(kb, f.source, language) for f in figures],
        "note": newest.note,
        "origin": "overlay" if any(f.origin == "overlay" for f in figures) else "package",
    }


def platform_card(kb: Knowledge, platform_id: str, language: str) -> dict[str, Any]:
    """Everything known about one platform, each figure with its source."""
    p = kb.platform(platform_id)
    return {
        "id": p.id,
        "name": translate(p.name, language),
        "kind": p.kind,
        "description": p.description.get(language),
        "formats": [label(FORMAT_LABELS, f, language) for f in p.formats],
        "format_ids": list(p.formats),
        "primary_format": p.primary_format,
        "limits": [_figure(kb, f, f.item, label(LIMIT_LABELS, f.item, language), language) for f in p.limits],
        "cadence": [
            _figure(kb, c, c.guidance, data_text(c.guidance, language) or "", language) for c in p.cadence
        ],
        "minimum_posts_per_week": (m.min_per_week if (m := kb.scoring_cadence(p)) else None),
        "benchmarks": _benchmarks(kb, p, language),
        "goal_fit": [_fit(code, a, GOAL_LABELS, language) for code, a in p.goal_fit.items()],
        "audience_fit": [_fit(code, a, AUDIENCE_KIND_LABELS, language) for code, a in p.audience_fit.items()],
        "business_fit": [
            _fit(code, a, BUSINESS_MODEL_LABELS, language) for code, a in p.business_fit.items()
        ],
        "workload": _assessment(p.workload, language) if p.workload else None,
        "ads_dependence": _assessment(p.ads_dependence, language) if p.ads_dependence else None,
        "usage": _usage_groups(kb, p.id, language),
        "caveats": [c.get(language) for c in p.caveats],
        "sources": [source_dict(kb, s, language) for s in sorted(_sources_of(kb, p))],
        "overlaid": list(p.overlaid),
        "origin": p.origin,
    }


def source_dict(kb: Knowledge, source_id: str | None, language: str = "en") -> dict[str, Any]:
    """A source for citing it. The title stays in the source's own language; the caveat is the
    knowledge base's and is translated, ``caveat_language`` says when it could not be (an
    overlay's own caveat) so that a page can mark it."""
    if source_id is None:
        return {"id": None, "title": "", "url": "", "year": None, "quality": None, "caveat": None}
    s = kb.sources[source_id]
    return {
        "id": s.id,
        "title": s.title,
        "url": s.url,
        "year": s.year,
        "year_kind": s.year_kind,
        **_quality(kb, s.id, language),
        "caveat": data_text(s.caveat, language),
        "caveat_language": language if s.caveat is None or has_translation(s.caveat, language) else "en",
        "origin": s.origin,
    }


def _quality(kb: Knowledge, source_id: str | None, language: str) -> dict[str, Any]:
    """The source's quality as data and as words ("weak" sources carry no score)."""
    quality = kb.sources[source_id].quality if source_id else None
    words = label(SOURCE_QUALITY_LABELS, quality, language) if quality else None
    return {"quality": quality, "quality_label": words}


def _figure(kb: Knowledge, figure: Figure, name: str, title: str, language: str) -> dict[str, Any]:
    """A figure with its ``title`` (the label of ``name``, a code or the data's own wording)
    and its value and unit as one readable ``text`` in ``language``."""
    value = (
        data_text(figure.text, language)
        if figure.text is not None
        else (number(figure.value, language) if figure.value is not None else None)
    )
    unit = data_text(figure.unit, language) or ""
    text = title if value is None else f"{title}: {value} {unit}".rstrip()
    return {
        "name": name,
        "label": title,
        "value": figure.value,
        "text": text,
        "unit": unit,
        "year": kb.figure_year(figure.year, figure.source),
        "source": figure.source,
        "source_title": kb.sources[figure.source].title if figure.source else None,
        "url": kb.sources[figure.source].url if figure.source else None,
        **_quality(kb, figure.source, language),
        "note": data_text(figure.note, language),
        "origin": figure.origin,
    }


def _benchmarks(kb: Knowledge, p: Platform, language: str) -> list[dict[str, Any]]:
    providers: dict[str, list[dict[str, Any]]] = {}
    for b in p.benchmarks:
        title = label(BENCHMARK_LABELS, b.metric, language)
        providers.setdefault(b.provider, []).append(
            {**_figure(kb, b, b.metric, title, language), "metric": b.metric}
        )
    return [
        {
            "provider": kb.providers[pid].name,
            "provider_id": pid,
            "definition": kb.providers[pid].definition.get(language),
            "figures": figures,
        }
        for pid, figures in providers.items()
    ]


def _fit(code: str, a: Assessment, table: dict[str, str], language: str) -> dict[str, Any]:
    return {"code": code, "label": label(table, code, language), **_assessment(a, language)}


def _assessment(a: Assessment, language: str) -> dict[str, Any]:
    return {"rating": a.rating, "reason": a.reason.get(language), "basis": "editorial", "origin": a.origin}


def _usage_groups(kb: Knowledge, platform_id: str, language: str) -> list[dict[str, Any]]:
    groups: dict[tuple[str, str], list[UsageFigure]] = {}
    for u in kb.usage_for(platform_id):
        groups.setdefault((u.country, u.metric), []).append(u)
    return [
        {
            "country": country,
            "metric": metric,
            "label": kb.metrics[metric].label.get(language),
            "definition": kb.metrics[metric].definition.get(language),
            "figures": [
                _usage_row(kb, u, language)
                for u in sorted(figures, key=lambda f: (-f.year, f.age_band or "", f.group or ""))
            ],
        }
        for (country, metric), figures in sorted(groups.items())
    ]


def _usage_row(kb: Knowledge, u: UsageFigure, language: str) -> dict[str, Any]:
    unit = kb.metrics[u.metric].unit
    band = u.group if u.group else (u.age_band or "all")
    value = f"{_QUALIFIER_MARK[u.qualifier]}{number(u.value, language)}"
    return {
        "band": band,
        "band_label": data_text(u.group, language) if u.group else (u.age_band or "all"),
        "age_band": u.age_band,
        "group": u.group,
        "value": u.value,
        "display": _with_unit(value, unit, language),
        "year": u.year,
        "source": source_dict(kb, u.source, language),
        "note": u.note,
        "origin": u.origin,
    }


def _sources_of(kb: Knowledge, p: Platform) -> set[str]:
    ids = {f.source for f in [*p.limits, *p.cadence, *p.benchmarks] if f.source}
    ids.update(u.source for u in kb.usage_for(p.id))
    return ids


def tool_list(kb: Knowledge, language: str, category: str | None = None) -> list[dict[str, Any]]:
    """Tools with what they do; price class and EU hosting only where a source says so (else None)."""
    return [
        {
            "id": t.id,
            "name": t.name,
            "categories": list(t.categories),
            "description": t.description.get(language),
            "price_class": t.price_class,
            "price_source": source_dict(kb, t.price_source, language) if t.price_source else None,
            "eu_hosting": t.eu_hosting,
            "gdpr_note": t.gdpr_note.get(language) if t.gdpr_note else None,
            "gdpr_source": source_dict(kb, t.gdpr_source, language) if t.gdpr_source else None,
            "website": t.website,
            "origin": t.origin,
        }
        for t in kb.tools.values()
        if category is None or category in t.categories
    ]


def _with_unit(value: str, unit: str, language: str) -> str:
    """``45%`` in English, ``45 %`` in German; other units after a space (``41 Jahre``)."""
    if unit == "%":
        return f"{value}%" if language == "en" else f"{value} %"
    return f"{value} {translate(unit, language, DATA_CONTEXT)}"


def gap_rows(kb: Knowledge, gaps: list[Gap], language: str) -> list[dict[str, str]]:
    """The gaps in ``language``: what is missing, and the item it is about by its name (a
    tool's or format's name, a country code) rather than its code; ``item_label`` is empty
    where the area already says it (a platform's limits, cadence, engagement)."""
    return [{**gap.as_dict(language), "item_label": _gap_item(kb, gap, language)} for gap in gaps]


def _gap_item(kb: Knowledge, gap: Gap, language: str) -> str:
    if gap.area == "tools":
        return kb.tools[gap.item].name if gap.item in kb.tools else gap.item
    if gap.area == "effort":
        return label(FORMAT_LABELS, gap.item, language)
    if gap.area == "usage":
        return gap.item
    return ""
