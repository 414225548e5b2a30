"""The results as data for scripts (JSON), as rows for spreadsheets (CSV) and as text.

The JSON has the shape the command line documents: ``{"as_of", "kpis": [...], "goals": [...],
"objectives": [...]}``; the CSV has one row per KPI and month with target, actual, the pace
line's value and the variance, for people who rebuild reports in Excel.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from socialstrategy.core.i18n import N_, number, translate
from socialstrategy.core.i18n import date as date_text
from socialstrategy.core.results.progress import KpiResult, Results, RollUp
from socialstrategy.core.vocabulary import METRICS, RESULT_STATUSES, platform_name

CSV_COLUMNS = (
    "goal",
    "kpi",
    "metric",
    "platform",
    "date",
    "baseline",
    "target",
    "due",
    "actual",
    "expected",
    "variance",
    "status",
)


def results_data(results: Results, language: str = "en") -> dict[str, Any]:
    """The results as JSON-ready data; notes are written in ``language``."""
    return {
        "as_of": results.as_of.isoformat(),
        "latest_data": _iso(results.latest),
        "kpis": [_kpi_data(kpi, language) for kpi in results.kpis],
        "goals": [_rollup_data(goal) for goal in results.goals],
        "objectives": [_rollup_data(objective) for objective in results.objectives],
    }


def results_csv(results: Results) -> str:
    """Target, actual, expected value and variance per KPI and month (``;`` for Excel in
    German-speaking countries is a spreadsheet setting; the file uses ``,`` and ISO dates)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for kpi in results.kpis:
        for when, value in kpi.history or ((kpi.actual_date, kpi.actual),):
            writer.writerow(_csv_row(kpi, when, value))
    return out.getvalue()


def results_text(results: Results, language: str = "en") -> str:
    """A plain-text summary: objectives, goals and each KPI with its status and figures."""
    lines = [translate(N_("Results as of {date}"), language, date=date_text(results.as_of, language)), ""]
    for objective in results.objectives:
        lines.append(f"{_status(objective.status, language)}  {objective.label}")
    if results.objectives:
        lines.append("")
    for goal in results.goals:
        lines.append(f"{_status(goal.status, language)}  {goal.label}")
        for kpi in (k for k in results.kpis if k.goal == goal.identifier):
            lines.append(f"    {_status(kpi.status, language)}  {kpi.label}: {_figures(kpi, language)}")
            lines.extend(f"        {note.render(language)}" for note in kpi.notes)
    return "\n".join(lines) + "\n"


def _kpi_data(kpi: KpiResult, language: str) -> dict[str, Any]:
    measure = kpi.measure
    return {
        "goal": kpi.goal,
        "kpi": kpi.kpi,
        "label": kpi.label,
        "metric": measure.metric if measure else None,
        "platform": measure.platform if measure else None,
        "per": measure.per if measure and measure.combine != "level" else None,
        "baseline": kpi.baseline,
        "target": kpi.target,
        "due": _iso(kpi.due),
        "since": _iso(kpi.since),
        "actual": kpi.actual,
        "actual_date": _iso(kpi.actual_date),
        "progress": _rounded(kpi.progress),
        "expected_progress": _rounded(kpi.expected_progress),
        "status": kpi.status,
        "needed_per_month": _rounded(kpi.needed_per_month),
        "trend_per_month": _rounded(kpi.trend_per_month),
        "notes": [note.render(language) for note in kpi.notes],
    }


def _rollup_data(rollup: RollUp) -> dict[str, Any]:
    return {
        "id": rollup.identifier,
        "label": rollup.label,
        "status": rollup.status,
        "progress": _rounded(rollup.progress),
        "expected_progress": _rounded(rollup.expected_progress),
        "parts": list(rollup.parts),
    }


def _csv_row(kpi: KpiResult, when: dt.date | None, value: float | None) -> list[object]:
    expected = kpi.pace(when) if when else None
    variance = value - expected if value is not None and expected is not None else None
    measure = kpi.measure
    return [
        kpi.goal,
        kpi.kpi,
        measure.metric if measure else "",
        (measure.platform or "") if measure else "",
        _iso(when) or "",
        _blank(kpi.baseline),
        _blank(kpi.target),
        _iso(kpi.due) or "",
        _blank(_rounded(value)),
        _blank(_rounded(expected)),
        _blank(_rounded(variance)),
        kpi.status if when == kpi.actual_date else "",
    ]


def _figures(kpi: KpiResult, language: str) -> str:
    def figure(value: float | None) -> str:
        return "–" if value is None else number(round(value, 2), language)

    figures = N_("baseline {baseline} · now {actual} · target {target}")
    values = {"baseline": figure(kpi.baseline), "actual": figure(kpi.actual), "target": figure(kpi.target)}
    parts = [translate(figures, language, **values)]
    if kpi.measure:  # a custom metric's code is the KPI's id: its words are the line's label
        metric = METRICS.label(kpi.measure.metric, language) if kpi.measure.metric in METRICS.labels else ""
        where = platform_name(kpi.measure.platform, language) if kpi.measure.platform else ""
        named = ", ".join(part for part in (metric, where) if part)
        parts += [f"({named})"] if named else []
    if kpi.progress is not None:
        parts.append(f"{number(round(100 * kpi.progress), language)} %")
    return " ".join(parts)


def _status(status: str, language: str) -> str:
    return f"[{RESULT_STATUSES.label(status, language)}]"


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def _rounded(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def _blank(value: float | None) -> object:
    return "" if value is None else value
