"""CLI commands of the results topic: ``results import`` and ``results report``.

Exit code 2 and one line per problem on stderr for a file that cannot be read or is no export
we know; nothing of any file is stored then (docs/results.md).
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from socialstrategy.commands.core import EXIT_INVALID, read_or_exit, refuse_overwrite, say_written

if TYPE_CHECKING:
    from socialstrategy.core.model import Strategy
    from socialstrategy.core.results import Results

LANGUAGES = ("en", "de")


@click.group("results")
def results() -> None:
    """Results after launch: import the platforms' exports, compare them with the KPIs' targets."""


@results.command("import")
@click.argument(
    "strategy_file", metavar="STRATEGY", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.argument(
    "files",
    metavar="FILE...",
    nargs=-1,
    required=True,
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The facts file [default: STRATEGY.results.sqlite3 beside the strategy].",
)
@click.option(
    "--period",
    help="START:END (YYYY-MM-DD:YYYY-MM-DD): the period of exports without dates (Google Business Profile).",
)
@click.option("--lang", type=click.Choice(LANGUAGES), help="Language of messages [default: the strategy's].")
def import_command(
    strategy_file: Path, files: tuple[Path, ...], store: Path | None, period: str | None, lang: str | None
) -> None:
    """Import exports (CSV, XLSX or ZIP) and print what was recognised in each file."""
    from socialstrategy.core.i18n import N_, translate, translate_plural
    from socialstrategy.core.i18n import date as date_text
    from socialstrategy.core.results import ImportFailed, import_files
    from socialstrategy.core.results.formats import FORMATS_BY_ID
    from socialstrategy.core.results.store import default_store, save_imports
    from socialstrategy.core.vocabulary import METRICS

    strategy = read_or_exit(strategy_file, lang)
    language = lang or strategy.language
    try:
        imported = import_files([(str(path), path.read_bytes()) for path in files], _period(period))
    except ImportFailed as failed:
        for problem in failed.problems:
            click.echo(
                translate(N_("error: {problem}"), language, problem=problem.render(language)), err=True
            )
        sys.exit(EXIT_INVALID)
    target = store or default_store(strategy_file)
    written = save_imports(target, imported)
    for result in imported:
        label = translate(FORMATS_BY_ID[result.format].label, language)
        metrics = ", ".join(METRICS.label(metric, language) for metric in result.metrics())
        span = (
            f"{date_text(result.first, language)} – {date_text(result.last, language)}"
            if result.first and result.last
            else "–"
        )
        facts = translate_plural(N_("{count} fact"), N_("{count} facts"), len(result.facts), language)
        click.echo(f"{result.file}: {label}; {facts}, {span}; {metrics}")
        for note in result.notes:
            click.echo(f"  {note.render(language)}")
        _warn_account(strategy, result.platforms(), result.account, language)
    saved = N_("{count} fact saved in {store}"), N_("{count} facts saved in {store}")
    click.echo(translate_plural(*saved, written, language, store=target))


@results.command("report")
@click.argument(
    "strategy_file", metavar="STRATEGY", type=click.Path(exists=True, dir_okay=False, path_type=Path)
)
@click.option(
    "--store",
    type=click.Path(dir_okay=False, path_type=Path),
    help="The facts file [default: STRATEGY.results.sqlite3 beside the strategy].",
)
@click.option(
    "--as-of",
    "as_of",
    type=click.DateTime(["%Y-%m-%d"]),
    help="The report's date [default: the latest figure].",
)
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json", "csv"]),
    default="text",
    show_default=True,
    help="text for people, json for scripts, csv for spreadsheets (one row per KPI and month).",
)
@click.option(
    "--lang", type=click.Choice(LANGUAGES), help="Language of the report [default: the strategy's]."
)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write the client report to OUT.md (Markdown) or OUT.csv instead of printing.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def report_command(
    strategy_file: Path,
    store: Path | None,
    as_of: dt.datetime | None,
    output_format: str,
    lang: str | None,
    output: Path | None,
    force: bool,
) -> None:
    """Each KPI's actual value, progress and status; goals and corporate objectives rolled up."""
    from socialstrategy.core.results import build_results
    from socialstrategy.core.results.report import results_csv, results_data, results_text
    from socialstrategy.core.results.store import default_store, load_facts

    if output is not None:
        refuse_overwrite(output, force)
    strategy = read_or_exit(strategy_file, lang)
    language = lang or strategy.language
    facts = load_facts(store or default_store(strategy_file))
    report = build_results(strategy, facts, as_of.date() if as_of else None)
    if output is not None:
        _write_report(strategy, report, language, output)
    elif output_format == "json":
        click.echo(json.dumps(results_data(report, language), ensure_ascii=False, indent=2))
    elif output_format == "csv":
        click.echo(results_csv(report), nl=False)
    else:
        click.echo(_wrapped(results_text(report, language)), nl=False)


def _write_report(strategy: Strategy, report: Results, language: str, output: Path) -> None:
    from socialstrategy.core.fileformat import write_atomically
    from socialstrategy.core.results.document import render_results

    suffix = output.suffix.lower().lstrip(".")
    if suffix not in ("md", "csv"):
        raise click.BadParameter(
            "the report is written as .md or .csv (PDF and DOCX: not yet)", param_hint="-o"
        )
    _name, _type, content = render_results(strategy, report, language, "md" if suffix == "md" else "csv")
    try:
        write_atomically(output, content)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    say_written(output, language)


def _period(text: str | None) -> tuple[dt.date, dt.date] | None:
    if text is None:
        return None
    try:
        start, end = (dt.date.fromisoformat(part) for part in text.split(":"))
    except ValueError:
        raise click.BadParameter("give START:END as YYYY-MM-DD:YYYY-MM-DD", param_hint="--period") from None
    if end < start:
        raise click.BadParameter("END is before START", param_hint="--period")
    return start, end


def _warn_account(strategy: object, platforms: list[str], account: str | None, language: str) -> None:
    """An export of another account than the strategy names for that platform is warned about."""
    from socialstrategy.core.i18n import N_, translate
    from socialstrategy.core.model import Strategy

    assert isinstance(strategy, Strategy)
    if not account:
        return
    for decision in strategy.platforms:
        if decision.platform in platforms and decision.account:
            expected = decision.account.lstrip("@").lower()
            if expected != account.lstrip("@").lower():
                template = N_(
                    "warning: the export is of the account {account}, the strategy names {expected}"
                )
                text = translate(template, language, account=account, expected=decision.account)
                click.echo(f"  {text}", err=True)


COMMANDS: list[click.Command] = [results]


def _wrapped(text: str) -> str:
    """The text report fitted to the terminal: each line wrapped at its own indentation (past the
    status mark), so that a long goal or note stays readable at 80 columns."""
    import re
    import shutil
    import textwrap

    width = max(shutil.get_terminal_size((80, 24)).columns, 40)
    lines = []
    for line in text.splitlines():
        lead = re.match(r"\s*(\[[^\]]*\]\s+)?", line)
        hanging = " " * (lead.end() if lead else 0)
        lines.append(
            textwrap.fill(line, width=width, subsequent_indent=hanging, break_on_hyphens=False)
            if line.strip()
            else line
        )
    return "\n".join(lines) + "\n"
