"""CLI commands of the planning topic: ``plan`` and ``calendar``."""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click

from socialstrategy.commands.core import read_or_exit, refuse_overwrite
from socialstrategy.core.fileformat import write_atomically
from socialstrategy.core.i18n import N_, date, translate
from socialstrategy.core.planning.calendar import CalendarError, apply_calendar, build_calendar, first_monday
from socialstrategy.core.planning.exports import EXPORTERS, exported_entries, render_hootsuite, render_sprout
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
    help="File or folder to write, - for stdout.",
)
@click.option(
    "--format",
    "fmt",
    default="ics",
    show_default=True,
    type=click.Choice(list(EXPORTERS)),
    help="Export format.",
)
@click.option(
    "--weeks", type=click.IntRange(1, 104), help="Generate this many weeks (default 12 when generating)."
)
@click.option(
    "--start", type=click.DateTime(["%Y-%m-%d"]), help="First day when generating (default: next Monday)."
)
@click.option("--lang", type=click.Choice(["en", "de"]), help="Output language (default: the strategy's).")
@click.option("--platform", help="Hootsuite/Sprout: export only this platform (one CSV instead of a zip).")
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def calendar_command(
    file: Path,
    output: Path,
    fmt: str,
    weeks: int | None,
    start: dt.datetime | None,
    lang: str | None,
    platform: str | None,
    force: bool,
) -> None:
    """Export the editorial calendar as iCalendar, CSV, or Hootsuite/Sprout Social bulk CSV.

    Uses the calendar in FILE; when it has none, or --weeks or --start is given, generates one
    from the cadences, pillars, events and public holidays first."""
    strategy = read_or_exit(file, lang)
    language = lang or strategy.language
    if not exported_entries(strategy) or weeks or start:
        with _start_refused(language):
            strategy = apply_calendar(strategy, build_calendar(strategy, _start(start), weeks or 12))
    if platform and fmt in SCHEDULERS:
        filename, _, content = SCHEDULERS[fmt](strategy, language, platform)
    else:
        filename, _, content = EXPORTERS[fmt](strategy, language)
    if str(output) == "-":
        sys.stdout.buffer.write(content)
        return
    target = output / filename if output.is_dir() else output
    refuse_overwrite(target, force)
    try:
        write_atomically(target, content)
    except OSError as error:
        raise click.ClickException(f"cannot write {target}: {error.strerror or error}") from None
    count = len(exported_entries(strategy))
    click.echo(translate(N_("Wrote {count} posts to {path}."), language, count=count, path=target), err=True)


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


SCHEDULERS = {"hootsuite": render_hootsuite, "sprout": render_sprout}

COMMANDS: list[click.Command] = [plan_command, calendar_command]
