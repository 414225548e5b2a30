"""A chart per KPI: baseline, target, the pace line to the deadline and the actual values.

The SVG follows the documents' chart module (:class:`socialstrategy.core.render.charts.Chart`,
its colours and font); every text is escaped, so a KPI's wording never becomes markup.
"""

from __future__ import annotations

import datetime as dt
from xml.sax.saxutils import escape

from socialstrategy.core.i18n import N_, number, translate
from socialstrategy.core.i18n import date as date_text
from socialstrategy.core.model import plain_text
from socialstrategy.core.render.charts import CORAL, FONT, LINE, MUTED, NAVY, TEAL, Chart
from socialstrategy.core.results.progress import KpiResult

WIDTH, HEIGHT = 640, 220
LEFT, RIGHT, TOP, BOTTOM = 64, 16, 16, 34
STATUS_COLOURS = {"achieved": TEAL, "ahead": TEAL, "on_track": NAVY, "behind": CORAL}


def kpi_chart(result: KpiResult, language: str) -> Chart | None:
    """The chart of one KPI, or None when it has no baseline, target, start and deadline."""
    if None in (result.baseline, result.target, result.since, result.due):
        return None
    assert result.baseline is not None and result.target is not None
    assert result.since is not None and result.due is not None
    points = list(result.history)
    start, end = result.since, max([result.due, *(when for when, _v in points)])
    values = [result.baseline, result.target, *(value for _w, value in points)]
    low, high = min(values), max(values)
    low, high = (
        (low - 1, high + 1) if low == high else (low - (high - low) * 0.05, high + (high - low) * 0.05)
    )

    def x(when: dt.date) -> float:
        return LEFT + (WIDTH - LEFT - RIGHT) * (when - start).days / max((end - start).days, 1)

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (high - value) / (high - low)

    parts = [
        _line(x(start), y(result.baseline), x(end), y(result.baseline), MUTED, dashed=True),
        _line(x(start), y(result.target), x(end), y(result.target), TEAL, dashed=True),
        _line(x(start), y(result.baseline), x(result.due), y(result.target), LINE, width=2),
        _text(LEFT - 6, y(result.baseline) + 4, number(round(result.baseline, 2), language), MUTED, "end"),
        _text(LEFT - 6, y(result.target) + 4, number(round(result.target, 2), language), TEAL, "end"),
        _text(x(start), HEIGHT - 12, date_text(start, language), MUTED, "start"),
        _text(x(end), HEIGHT - 12, date_text(end, language), MUTED, "end"),
    ]
    if points:
        colour = STATUS_COLOURS.get(result.status, NAVY)
        path = " ".join(f"{x(when):.1f},{y(value):.1f}" for when, value in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2.5"/>')
        parts += [f'<circle cx="{x(w):.1f}" cy="{y(v):.1f}" r="3" fill="{colour}"/>' for w, v in points]
    title = result.label
    description = translate(
        N_("Baseline {baseline}, target {target} by {due}; the grey line is the pace to the target."),
        language,
        baseline=number(result.baseline, language),
        target=number(result.target, language),
        due=date_text(result.due, language),
    )
    return Chart(
        f"kpi-{result.goal}-{result.kpi}", title, description, _svg(title, description, parts), WIDTH, HEIGHT
    )


def _svg(title: str, description: str, parts: list[str]) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" role="img" font-family="{FONT}">'
        f"<title>{_escaped(title)}</title><desc>{_escaped(description)}</desc>{''.join(parts)}</svg>"
    )


def _line(
    x1: float, y1: float, x2: float, y2: float, colour: str, width: float = 1, dashed: bool = False
) -> str:
    dash = ' stroke-dasharray="5 4"' if dashed else ""
    return (
        f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" stroke="{colour}" '
        f'stroke-width="{width}"{dash}/>'
    )


def _text(x: float, y: float, text: str, colour: str, anchor: str) -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" font-size="11" fill="{colour}" text-anchor="{anchor}">'
        f"{_escaped(text)}</text>"
    )


def _escaped(text: str) -> str:
    return escape(plain_text(text).replace("\n", " "), {'"': "&quot;"})
