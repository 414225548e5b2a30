"""CLI commands of the planning topic: ``plan`` and ``calendar``."""

from __future__ import annotations

import datetime as dt
import json
import shutil
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, NoReturn

import click

from socialstrategy.commands.core import read_or_exit, refuse_overwrite
from socialstrategy.core.fileformat import write_atomically
from socialstrategy.core.i18n import N_, date, translate, translate_plural
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.calendar import CalendarError, apply_calendar, build_calendar, first_monday
from socialstrategy.core.planning.exports import (
    DIALECTS,
    FORMATS,
    CalendarExport,
    Dialect,
    export_calendar,
    exported_entries,
)
from socialstrategy.core.planning.names import format_label
from socialstrategy.core.planning.plan import Plan, localised, make_plan, number
from socialstrategy.core.vocabulary import platform_name


@click.command("plan")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--weeks", default=12, show_default=True, type=click.IntRange(1, 104), help="Weeks to plan.")
@click.option("--start", type=click.DateTime(["%Y-%m-%d"]), help="First day (default: next Monday).")
@click.option("--json", "as_json", is_flag=True, help="Print the plan as JSON.")
@click.option("--lang", type=click.Choice(["en", "de"]), help="Output language (default: the strategy's).")
def plan_command(file: Path, weeks: int, start: dt.datetime | None, as_json: bool, lang: str | None) -> None:
    """Capacity per platform and person, competence gaps, training plan, and a suggested plan
    when the strategy needs more hours than the team has."""
    strategy = read_or_exit(file, lang)
    language = lang or strategy.language
    with _start_refused(language):
        result = make_plan(strategy, _start(start), weeks)
    if as_json:
        click.echo(json.dumps(result.as_dict(language), ensure_ascii=False, indent=2))
        return
    click.echo(format_plan(result, language))


@click.command("calendar")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(path_type=Path),
    help="File (.ics, .csv, or .zip for several profiles), folder (one file per profile), or - for stdout.",
)
@click.option(
    "--format",
    "fmt",
    default="ics",
    show_default=True,
    type=click.Choice(list(FORMATS)),
    help="Export format.",
)
@click.option(
    "--dialect",
    default="comma",
    show_default=True,
    type=click.Choice(list(DIALECTS)),
    help="CSV: comma for tools, excel-de (semicolons, BOM, German headings) for Excel set to German.",
)
@click.option(
    "--weeks", type=click.IntRange(1, 104), help="Generate this many weeks (default 12 when generating)."
)
@click.option(
    "--start", type=click.DateTime(["%Y-%m-%d"]), help="First day when generating (default: next Monday)."
)
@click.option("--lang", type=click.Choice(["en", "de"]), help="Output language (default: the strategy's).")
@click.option("--platform", help="Export only this platform (one file instead of one per profile).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def calendar_command(
    file: Path,
    output: Path,
    fmt: str,
    dialect: Dialect,
    weeks: int | None,
    start: dt.datetime | None,
    lang: str | None,
    platform: str | None,
    force: bool,
) -> None:
    """Export the editorial calendar as iCalendar, CSV, or Hootsuite/Sprout Social bulk CSV.

    Uses the calendar in FILE; when it has none, or --weeks or --start is given, generates one
    from the cadences, pillars, events and public holidays first. Scheduler files take only
    posts marked ready, in the future, on profiles the tool publishes to; the command says
    which posts it left out and why."""
    strategy = read_or_exit(file, lang)
    language = lang or strategy.language
    if not exported_entries(strategy) or weeks or start:
        with _start_refused(language):
            strategy = apply_calendar(strategy, build_calendar(strategy, _start(start), weeks or 12))
    _check_platform(strategy, platform, language)
    export = export_calendar(strategy, fmt, language, platform=platform, dialect=dialect)
    written = _write_export(export, output, force, language)
    _report(export, written, language)
    if not export.files:
        raise SystemExit(1)


def _check_platform(strategy: Strategy, platform: str | None, language: str) -> None:
    """``--platform`` must name a platform of the strategy (a decision or a post)."""
    if platform is None:
        return
    known = [d.platform for d in strategy.platforms]
    known += (
        [e.platform for e in strategy.content.calendar if e.platform not in known] if strategy.content else []
    )
    if platform not in known:
        message = translate(
            N_("the strategy has no {platform}; its platforms: {known}"),
            language,
            platform=platform_name(platform, language),
            known=", ".join(platform_name(p, language) for p in known) or "–",
        )
        raise click.BadParameter(message, param_hint="'--platform'")


def _write_export(export: CalendarExport, output: Path, force: bool, language: str) -> list[Path]:
    """Write the export where ``-o`` says; refuse, before writing anything, a place it cannot go."""
    if not export.files:
        return []
    if str(output) == "-":
        if len(export.files) > 1:
            _refuse_output(
                N_(
                    "{count} files (one per profile) cannot go to standard output; "
                    "name a .zip file or a folder, or choose one profile with --platform"
                ),
                language,
                count=len(export.files),
            )
        sys.stdout.buffer.write(next(iter(export.files.values())))
        return []
    if output.is_dir():
        targets = {output / name: content for name, content in export.files.items()}
    elif output.suffix.lower() == ".zip":
        targets = {output: export.archive()}
    elif len(export.files) > 1:
        _refuse_output(
            N_(
                "{count} files (one per profile) do not fit into {path}; "
                "name a .zip file or a folder, or choose one profile with --platform"
            ),
            language,
            count=len(export.files),
            path=output,
        )
    else:
        expected = ".ics" if export.fmt == "ics" else ".csv"
        if output.suffix.lower() != expected:
            _refuse_output(
                N_("{path} is not a {suffix} name; this export is a {suffix} file"),
                language,
                path=output,
                suffix=expected,
            )
        targets = dict.fromkeys([output], next(iter(export.files.values())))
    for target in targets:
        refuse_overwrite(target, force)
    for target, content in targets.items():
        try:
            write_atomically(target, content)
        except OSError as error:
            raise click.ClickException(f"cannot write {target}: {error.strerror or error}") from None
    return list(targets)


def _refuse_output(template: str, language: str, **params: object) -> NoReturn:
    raise click.BadParameter(translate(template, language, None, **params), param_hint="'-o'")


def _report(export: CalendarExport, written: list[Path], language: str) -> None:
    """What was written, and every post left out with its reason (on stderr)."""
    count = len(export.entries)
    if written:
        paths = ", ".join(str(path) for path in written)
        click.echo(
            translate(N_("Wrote {count} posts to {path}."), language, count=count, path=paths), err=True
        )
    elif not export.files:
        click.echo(translate(N_("Nothing to export: no post fits this format."), language), err=True)
    shown = [item for item in export.left_out if item.reason != "platform"]
    if shown:
        line = translate_plural("Left out {count} post:", "Left out {count} posts:", len(shown), language)
        click.echo(line, err=True)
    for item in shown:
        entry = item.entry
        line = translate(
            N_("{day} {platform} “{title}”: {reason}"),
            language,
            day=date(entry.date, language),
            platform=platform_name(entry.platform, language),
            title=entry.title,
            reason=item.text(language),
        )
        click.echo(f"  {line}", err=True)


def format_plan(plan: Plan, language: str, width: int | None = None) -> str:
    """The plan as readable text: one table per topic, its columns as wide as their content and
    the first column wrapped (indented) when the terminal is narrower (default: its width)."""
    width = width or min(shutil.get_terminal_size((80, 24)).columns, 120)

    def t(message: str, **params: Any) -> str:
        return translate(message, language, **localised(params, language))

    def h(hours: float) -> str:
        return number(hours, language)

    data = plan.as_dict(language)
    cap = data["capacity"]
    lines = _section(t(N_("Capacity per week")), width)
    lines += _table(
        [t(N_("Platform")), t(N_("Posts")), t(N_("Posts (h)")), t(N_("Community (h)")), t(N_("Total (h)"))],
        [
            [
                platform_name(item["platform"], language),
                number(item["posts_per_week"], language, "0.0#"),
                h(item["post_hours"]),
                h(item["community_hours"]),
                h(item["hours"]),
            ]
            for item in cap["platforms"]
        ],
        width,
    )
    lines.append(t(N_("Required {required} h, available {available} h per week."), **cap))
    if cap["buyable"]:
        lines.append(t(N_("The production and agency budget buys up to {buyable} h more."), **cap))
    lines += _section(t(N_("Per person (average per week)")), width)
    people = [[p["name"], h(p["load"]), h(p["available"])] for p in data["people"]]
    lines += _table([t(N_("Person")), t(N_("Planned (h)")), t(N_("Has (h)"))], people, width)
    if data["unassigned_hours"]:
        lines.append(
            t(N_("Nobody has time for {hours} h of posts per week."), hours=data["unassigned_hours"])
        )
    lines += _section(t(N_("Community management")), width)
    community = [
        [
            platform_name(i["platform"], language),
            h(i["hours"]),
            i["owner_name"] or t(N_("(nobody has the hours)")),
        ]
        for i in data["community"]
    ]
    lines += _table([t(N_("Platform")), t(N_("Hours")), t(N_("Who"))], community, width, numeric=(1,))
    lines += _section(t(N_("Competence gaps")), width)
    gaps = [[gap["label"], str(gap["required"]), str(gap["have"])] for gap in data["gaps"]]
    lines += _table([t(N_("Competence")), t(N_("Needed")), t(N_("Best in team"))], gaps, width) or [
        t(N_("None: the team has every competence the plan needs."))
    ]
    lines += _section(t(N_("Training plan")), width)
    lines += _table(
        [t(N_("Who")), t(N_("Learns")), t(N_("Level")), t(N_("Form")), t(N_("By"))],
        [_training_row(item, language) for item in data["training"]],
        width,
        numeric=(),
    )
    if data["suggestion"]:
        lines += _suggestion_lines(data["suggestion"], language, width)
    return "\n".join(lines)


def _training_row(item: dict[str, Any], language: str) -> list[str]:
    due = date(dt.date.fromisoformat(item["due"]), language) if item["due"] else ""
    who = item["member_name"] or translate(N_("(nobody in the team)"), language)
    return [who, item["label"], f"{item['from_level']} → {item['to_level']}", item["form_label"], due]


def _suggestion_lines(suggestion: dict[str, Any], language: str, width: int) -> list[str]:
    lines = _section(translate(N_("Suggested plan within capacity"), language), width)
    lines += _table(
        [
            translate(N_("Platform"), language),
            translate(N_("Format"), language),
            translate(N_("Posts"), language),
        ],
        [
            [
                platform_name(item["platform"], language),
                format_label(item["format"], language),
                number(item["posts_per_week"], language, "0.0#"),
            ]
            for item in suggestion["cadences"]
        ],
        width,
        numeric=(2,),
    )
    lines.append(
        translate(
            N_("Needs {hours} h per week ({bought} h bought in)."),
            language,
            **localised({"hours": suggestion["hours"], "bought": suggestion["bought_hours"]}, language),
        )
    )
    lines += ["", translate(N_("What was cut and why"), language)]
    for cut in suggestion["cuts"]:
        lines += textwrap.wrap(cut["message"], width, initial_indent="- ", subsequent_indent="  ")
    return lines


def _section(title: str, width: int) -> list[str]:
    return ["", title, "=" * min(len(title) + 8, width)]


def _table(
    header: list[str], rows: list[list[str]], width: int, numeric: tuple[int, ...] | None = None
) -> list[str]:
    """``rows`` under ``header`` in columns as wide as their widest cell, numbers (by default every
    column but the first) right-aligned; when the table is wider than ``width`` the first column
    narrows and wraps. No rows: no table."""
    if not rows:
        return []
    numeric = tuple(range(1, len(header))) if numeric is None else numeric
    widths = [max(len(row[i]) for row in [header, *rows]) for i in range(len(header))]
    excess = sum(widths) + 2 * (len(widths) - 1) - width
    if excess > 0:
        widths[0] = max(12, widths[0] - excess)
    lines = []
    for row in [header, *rows]:
        cells = [textwrap.wrap(cell, widths[i]) or [""] for i, cell in enumerate(row)]
        for k in range(max(len(cell) for cell in cells)):
            parts = [
                (cell[k] if k < len(cell) else "").rjust(widths[i])
                if i in numeric
                else (cell[k] if k < len(cell) else "").ljust(widths[i])
                for i, cell in enumerate(cells)
            ]
            lines.append("  ".join(parts).rstrip())
    return lines


@contextmanager
def _start_refused(language: str) -> Iterator[None]:
    """A start the calendar cannot begin on, or more weeks than it holds, is a usage error naming
    its option (exit code 2)."""
    try:
        yield
    except CalendarError as error:
        raise click.BadParameter(error.text(language), param_hint=f"'--{error.field}'") from None


def _start(start: dt.datetime | None) -> dt.date:
    return start.date() if start else first_monday(dt.date.today() + dt.timedelta(days=1))


COMMANDS: list[click.Command] = [plan_command, calendar_command]
