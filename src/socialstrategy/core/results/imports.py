"""Importing exports: recognise each file by its headers and turn its rows into facts.

An import is all or nothing: when any row of any file is wrong, :class:`ImportFailed` lists
every problem (file, line, column, what was expected, at most 20) and no fact is returned, so
nothing is ever half imported.

>>> [r] = import_files([("f.csv", b"date,platform,metric,value\\n2026-01-05,instagram,reach,120\\n")])
>>> r.format, r.facts[0].value
('generic', 120.0)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Sequence

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.core.results.cells import CellError, NumberStyle, day, number, yearless_day
from socialstrategy.core.results.facts import Fact, ImportFailed, Problem, Recognised
from socialstrategy.core.results.formats import FORMATS, GENERIC, ExportFormat, overview_metric, recognise
from socialstrategy.core.results.tables import Table, TableError, read_tables
from socialstrategy.core.vocabulary import METRIC_IDS, PLATFORM_IDS

Period = tuple[dt.date, dt.date]
HEADER_ROWS = 10
"""How many rows a header may come after (title lines, ``sep=``, a LinkedIn description)."""
MAX_PROBLEMS = 20
_TOTAL = ("total", "gesamt")
_CUSTOM_METRIC = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")


def import_files(files: Sequence[tuple[str, bytes]], period: Period | None = None) -> list[Recognised]:
    """Every file's facts, or :class:`ImportFailed` with the problems of all files.

    ``period`` is the time span of exports that carry no dates (Google Business Profile)."""
    results: list[Recognised] = []
    problems: list[Problem] = []
    for name, data in files:
        try:
            results.extend(import_file(name, data, period))
        except ImportFailed as failed:
            problems.extend(failed.problems)
    if problems:
        raise ImportFailed(problems[:MAX_PROBLEMS])
    return results


def import_file(name: str, data: bytes, period: Period | None = None) -> list[Recognised]:
    """The facts of one file (one result per table of an archive)."""
    try:
        tables = read_tables(name, data)
    except TableError as error:
        raise ImportFailed([Problem(error.file, error.message, error.line)]) from error
    if not tables:
        raise ImportFailed([Problem(name, Message(N_("The archive holds no CSV or XLSX file.")))])
    results: list[Recognised] = []
    problems: list[Problem] = []
    for table in tables:
        try:
            results.append(import_table(table, period))
        except ImportFailed as failed:
            problems.extend(failed.problems)
    if problems and (len(tables) == 1 or not results or not _all_unrecognised(problems)):
        raise ImportFailed(problems)
    if problems:  # an archive's other files (TikTok's, YouTube's extra tables) are only noted
        skipped = [Message(N_("{file}: not an export we know; skipped."), {"file": p.file}) for p in problems]
        results[0] = Recognised(
            results[0].file,
            results[0].format,
            results[0].facts,
            results[0].account,
            (*results[0].notes, *skipped),
        )
    return results


def import_table(table: Table, period: Period | None = None) -> Recognised:
    found = _header(table)
    if found is None:
        raise ImportFailed([Problem(table.name, _unrecognised(table))])
    position, export = found
    header = table.rows[position][1]
    if export.titled:
        export = _titled(table, position, export)
    rows = _data_rows(table, position, export)
    if export is GENERIC:
        facts = _generic_facts(table, header, rows)
        return Recognised(table.name, export.identifier, tuple(facts))
    if export.date is None and period is None:
        message = Message(
            N_("{format} exports carry no dates: give the period they cover."),
            {"format": Message(export.label)},
        )
        raise ImportFailed([Problem(table.name, message)])
    facts, account = _facts(table, export, header, rows, period)
    return Recognised(table.name, export.identifier, tuple(facts), account, _ignored(export, header))


def _titled(table: Table, position: int, export: ExportFormat) -> ExportFormat:
    """An overview export as the format of the one metric its title line names."""
    title = " ".join(cell for _line, cells in table.rows[:position] for cell in cells if cell)
    found = overview_metric(title)
    if found is None:
        message = Message(
            N_("The title line {title} names no platform and metric we know."), {"title": title[:80] or "–"}
        )
        raise ImportFailed([Problem(table.name, message)])
    platform, metric = found
    return dataclasses.replace(export, platform=platform, columns=((metric, export.columns[0][1]),))


def _all_unrecognised(problems: list[Problem]) -> bool:
    return all(problem.message.template == _UNRECOGNISED for problem in problems)


def _header(table: Table) -> tuple[int, ExportFormat] | None:
    for position, (_line, cells) in enumerate(table.rows[:HEADER_ROWS]):
        export = recognise(cells, table.basename)
        if export is not None:
            return position, export
    return None


_UNRECOGNISED = N_("This is not an export we know. Compared with: {comparisons}.")


def _unrecognised(table: Table) -> Message:
    header = table.rows[0][1] if table.rows else []
    comparisons = [
        Message(N_("{format} (lacks {headers})"), {"format": Message(export.label), "headers": missing})
        for export in FORMATS
        if (missing := export.missing(header))
    ]
    return Message(_UNRECOGNISED, {"comparisons": comparisons})


def _data_rows(table: Table, position: int, export: ExportFormat) -> list[tuple[int, list[str]]]:
    rows = table.rows[position + 1 :]
    if export.total_row and rows and rows[0][1] and rows[0][1][0].strip().lower() in _TOTAL:
        rows = rows[1:]
    if export.description_row and rows and _is_description(rows[0][1], table.rows[position][1], export):
        rows = rows[1:]
    return rows


def _is_description(cells: list[str], header: list[str], export: ExportFormat) -> bool:
    index = {cell.lower(): i for i, cell in enumerate(header)}
    column = index.get(export.columns[-1][1][0].lower())
    return column is not None and column < len(cells) and not _looks_numeric(cells[column])


def _looks_numeric(text: str) -> bool:
    try:
        number(text)
    except CellError:
        return False
    return True


def _facts(
    table: Table,
    export: ExportFormat,
    header: list[str],
    rows: list[tuple[int, list[str]]],
    period: Period | None,
) -> tuple[list[Fact], str | None]:
    index = {cell.lower(): i for i, cell in enumerate(header)}
    columns = [
        (metric, [(h, index[h.lower()]) for h in names if h.lower() in index])
        for metric, names in export.columns
    ]
    facts: list[Fact] = []
    problems: list[Problem] = []
    account = None
    assert export.platform is not None
    made = (period[1] if period else None) or table.made or dt.date.today()
    for line, cells in rows:
        try:
            when = (
                [_cell_day(cells, index, export.date, made if export.yearless else None)]
                if export.date
                else _days(period)
            )
            post = _cell(cells, index.get((export.post or "").lower()))
            account = account or _cell(cells, index.get((export.account or "").lower())) or None
            for metric, sources in columns:
                value = _sum(table, line, cells, sources, export.style)
                if value is not None:
                    share = value / len(when)
                    facts.extend(Fact(d, export.platform, metric, share, post) for d in when if d is not None)
        except _RowError as error:
            problems.append(Problem(table.name, error.message, line, error.column))
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise ImportFailed(problems)
    return facts, account


class _RowError(Exception):
    def __init__(self, message: Message, column: str | None) -> None:
        super().__init__(message.render("en"))
        self.message, self.column = message, column


def _cell(cells: list[str], position: int | None) -> str:
    return cells[position].strip() if position is not None and position < len(cells) else ""


def _cell_day(cells: list[str], index: dict[str, int], column: str, made: dt.date | None = None) -> dt.date:
    """The date in ``column``; one without a year is of the year up to ``made``, when given."""
    text = _cell(cells, index.get(column.lower()))
    try:
        value = day(text) if made is None else yearless_day(text, made)
    except CellError as error:
        raise _RowError(error.message, column) from error
    if value is None:
        raise _RowError(Message(N_("the date is missing")), column)
    return value


def _days(period: Period | None) -> list[dt.date]:
    assert period is not None
    start, end = period
    return [start + dt.timedelta(days=n) for n in range((end - start).days + 1)]


def _sum(
    table: Table, line: int, cells: list[str], sources: list[tuple[str, int]], style: NumberStyle
) -> float | None:
    values = []
    for header, position in sources:
        if (line, position) in table.formulas:
            raise _RowError(Message(N_("a formula, not a number")), header)
        try:
            value = number(_cell(cells, position), style)
        except CellError as error:
            raise _RowError(error.message, header) from error
        if value is not None:
            values.append(value)
    return sum(values) if values else None


def _ignored(export: ExportFormat, header: list[str]) -> tuple[Message, ...]:
    unread = [cell for cell in header if cell and cell.lower() not in export.headers]
    if not unread:
        return ()
    return (Message(N_("Columns not read: {columns}."), {"columns": unread}),)


def _generic_facts(table: Table, header: list[str], rows: list[tuple[int, list[str]]]) -> list[Fact]:
    index = {cell.lower(): i for i, cell in enumerate(header)}
    style: NumberStyle = "de" if table.delimiter == ";" else "en"
    facts: list[Fact] = []
    problems: list[Problem] = []
    for line, cells in rows:
        try:
            facts.append(_generic_fact(table, line, cells, index, style))
        except _RowError as error:
            problems.append(Problem(table.name, error.message, line, error.column))
            if len(problems) >= MAX_PROBLEMS:
                break
    if problems:
        raise ImportFailed(problems)
    return facts


def _generic_fact(
    table: Table, line: int, cells: list[str], index: dict[str, int], style: NumberStyle
) -> Fact:
    when = _cell_day(cells, index, "date")
    platform = _cell(cells, index["platform"]).lower()
    if platform not in PLATFORM_IDS:
        raise _RowError(Message(N_("not a platform we know: {value}"), {"value": platform[:40]}), "platform")
    metric = _cell(cells, index["metric"])
    if metric not in METRIC_IDS and not _CUSTOM_METRIC.match(metric):
        raise _RowError(Message(N_("not a metric or KPI id: {value}"), {"value": metric[:40]}), "metric")
    value = _sum(table, line, cells, [("value", index["value"])], style)
    if value is None:
        raise _RowError(Message(N_("the value is missing")), "value")
    post = _cell(cells, index.get("post"))
    return Fact(when, platform, metric, value, post)
