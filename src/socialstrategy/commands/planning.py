"""CLI commands of the planning topic: ``plan`` and ``calendar``."""

from __future__ import annotations

import datetime as dt
import json
import sys
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


def format_plan(plan: Plan, language: str) -> str:
    """The plan as readable text."""

    def t(message: str, **params: Any) -> str:
        return translate(message, language, **localised(params, language))

    data = plan.as_dict(language)
    cap = data["capacity"]
    lines = [t(N_("Capacity per week")), "=" * 40]
    for item in cap["platforms"]:
        lines.append(
            t(
                N_(
                    "{platform:<24} {posts:>5} posts  {post_hours:>5} h posts "
                    "+ {community:>4} h community = {hours:>5} h"
                ),
                platform=platform_name(item["platform"], language),
                posts=item["posts_per_week"],
                post_hours=item["post_hours"],
                community=item["community_hours"],
                hours=item["hours"],
            )
        )
    lines.append(t(N_("Required {required} h, available {available} h per week."), **cap))
    if cap["buyable"]:
        lines.append(t(N_("The production and agency budget buys up to {buyable} h more."), **cap))
    lines += ["", t(N_("Per person (average per week)")), "=" * 40]
    for person in data["people"]:
        lines.append(t(N_("{name:<24} {load:>5} h of {available} h"), **person))
    if data["unassigned_hours"]:
        lines.append(
            t(N_("Nobody has time for {hours} h of posts per week."), hours=data["unassigned_hours"])
        )
    lines += ["", t(N_("Community management")), "=" * 40]
    for item in data["community"]:
        who = item["owner_name"] or t(N_("(nobody has the hours)"))
        lines.append(
            t(
                N_("{platform:<24} {hours:>5} h  {who}"),
                platform=platform_name(item["platform"], language),
                hours=item["hours"],
                who=who,
            )
        )
    lines += ["", t(N_("Competence gaps")), "=" * 40]
    lines += [t(N_("{label:<32} needs {required}, best in team {have}"), **gap) for gap in data["gaps"]] or [
        t(N_("None: the team has every competence the plan needs."))
    ]
    lines += ["", t(N_("Training plan")), "=" * 40]
    for item in data["training"]:
        who = item["member_name"] or t(N_("(nobody in the team)"))
        lines.append(
            t(
                N_("{who:<12} {label:<32} {from_level} → {to_level}  {form}  by {due}"),
                who=who,
                label=item["label"],
                from_level=item["from_level"],
                to_level=item["to_level"],
                form=item["form_label"],
                due=date(dt.date.fromisoformat(item["due"]), language) if item["due"] else "",
            )
        )
    if data["suggestion"]:
        lines += _suggestion_lines(data["suggestion"], language)
    return "\n".join(lines)


def _suggestion_lines(suggestion: dict[str, Any], language: str) -> list[str]:
    lines = ["", translate(N_("Suggested plan within capacity"), language), "=" * 40]
    for item in suggestion["cadences"]:
        lines.append(
            f"{platform_name(item['platform'], language):<24} {format_label(item['format'], language):<20} "
            f"{number(item['posts_per_week'], language, '0.0#'):>5}"
        )
    lines.append(
        translate(
            N_("Needs {hours} h per week ({bought} h bought in)."),
            language,
            **localised({"hours": suggestion["hours"], "bought": suggestion["bought_hours"]}, language),
        )
    )
    lines += ["", translate(N_("What was cut and why"), language)]
    lines += [f"- {cut['message']}" for cut in suggestion["cuts"]]
    return lines


@contextmanager
def _start_refused(language: str) -> Iterator[None]:
    """A start the calendar cannot begin on is a usage error naming --start (exit code 2)."""
    try:
        yield
    except CalendarError as error:
        raise click.BadParameter(error.text(language), param_hint="'--start'") from None


def _start(start: dt.datetime | None) -> dt.date:
    return start.date() if start else first_monday(dt.date.today() + dt.timedelta(days=1))


COMMANDS: list[click.Command] = [plan_command, calendar_command]
