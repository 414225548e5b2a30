"""The results report for the client, through the render contract of every output format:
``render_results(strategy, results, language, fmt) -> (filename, content_type, bytes)``.

Markdown: a summary of the corporate objectives, then one section per goal with its KPIs'
figures and what comes next, in the strategy's language and address form. CSV: target, actual,
expected value and variance per KPI and month, for spreadsheets. (PDF and DOCX of this report
are not written yet; docs/results.md.)
"""

from __future__ import annotations

from typing import Literal

from socialstrategy.core.filenames import file_name
from socialstrategy.core.i18n import N_, number, translate
from socialstrategy.core.i18n import date as date_text
from socialstrategy.core.message import Address
from socialstrategy.core.model import Strategy
from socialstrategy.core.results.progress import INFERRED, KpiResult, Results
from socialstrategy.core.results.report import results_csv
from socialstrategy.core.vocabulary import METRICS, RESULT_STATUSES, platform_name

ResultFormat = Literal["md", "csv"]
CONTENT_TYPES = {"md": "text/markdown; charset=utf-8", "csv": "text/csv; charset=utf-8"}


def render_results(
    strategy: Strategy, results: Results, language: str, fmt: ResultFormat = "md"
) -> tuple[str, str, bytes]:
    name = file_name(strategy, language, translate(N_("results"), language), extension=fmt, title=False)
    if fmt == "csv":
        return name, CONTENT_TYPES[fmt], results_csv(results).encode("utf-8")
    address: Address | None = "du" if strategy.text_variant() == "de-du" else None
    return name, CONTENT_TYPES[fmt], results_markdown(strategy, results, language, address).encode("utf-8")


def results_markdown(
    strategy: Strategy, results: Results, language: str, address: Address | None = None
) -> str:
    def t(message: str, **params: object) -> str:
        return translate(message, language, None, **params)

    lines = [f"# {t(N_('Results'))}: {_plain(strategy.title or '')}".rstrip(": "), ""]
    lines += [t(N_("Results as of {date}"), date=date_text(results.as_of, language)) + ".", ""]
    if results.objectives:
        lines += [f"## {t(N_('Corporate objectives'))}", ""]
        lines += [f"- **{_status(o.status, language)}**: {_plain(o.label)}" for o in results.objectives]
        lines.append("")
    for goal in results.goals:
        lines += [f"## {_plain(goal.label)}", "", f"**{_status(goal.status, language)}**", ""]
        kpis = [kpi for kpi in results.kpis if kpi.goal == goal.identifier]
        if kpis:
            lines += _kpi_table(kpis, language)
        notes = [n.render(language, address) for kpi in kpis for n in kpi.notes if n.template != INFERRED]
        if notes:
            lines += ["", f"### {t(N_('What comes next'))}", "", *(f"- {note}" for note in notes)]
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _kpi_table(kpis: list[KpiResult], language: str) -> list[str]:
    headings = [N_("KPI"), N_("Measured as"), N_("Baseline"), N_("Actual"), N_("Target"), N_("Status")]
    rows = [
        "| " + " | ".join(translate(h, language) for h in headings) + " |",
        "|" + "---|" * len(headings),
    ]
    for kpi in kpis:
        measure = kpi.measure
        metric = METRICS.label(measure.metric, language) if measure else "–"
        if measure and measure.platform:
            metric += f" ({platform_name(measure.platform, language)})"
        actual = _figure(kpi.actual, language)
        if kpi.actual_date:
            actual += f" ({date_text(kpi.actual_date, language)})"
        target = _figure(kpi.target, language) + (f" ({date_text(kpi.due, language)})" if kpi.due else "")
        status = _status(kpi.status, language)
        if kpi.progress is not None:
            status += f", {number(round(100 * kpi.progress), language)} %"
        cells = [_plain(kpi.label), metric, _figure(kpi.baseline, language), actual, target, status]
        rows.append("| " + " | ".join(cell.replace("|", "\\|") for cell in cells) + " |")
    return rows


def _figure(value: float | None, language: str) -> str:
    return "–" if value is None else number(round(value, 2), language)


def _status(status: str, language: str) -> str:
    return RESULT_STATUSES.label(status, language)


def _plain(text: str) -> str:
    """User text as Markdown text: one line, no markup characters that start a block."""
    return " ".join(text.split()).replace("|", "\\|").lstrip("#>*-+ ")
