"""CLI commands of the core: check, new, schema and demo.

Imports of the core happen inside the commands, so that ``socialstrategy check`` starts fast
and never loads what it does not need. Domain errors become one clear line each and an exit
code, never a traceback.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from socialstrategy.core.i18n import N_, translate

if TYPE_CHECKING:
    from socialstrategy.core.checks import Finding
    from socialstrategy.core.fileformat import StrategyFileError
    from socialstrategy.core.model import Strategy

EXIT_OK, EXIT_FINDINGS, EXIT_INVALID = 0, 1, 2
LANGUAGES = ("de", "en")
_STYLES: dict[str, dict[str, Any]] = {
    "error": {"fg": "red", "bold": True},
    "warning": {"fg": "yellow"},
    "info": {"fg": "cyan"},
}
_SEVERITY_MARKS = {"error": "✖", "warning": "▲", "info": "●"}


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--format",
    "output_format",
    type=click.Choice(["text", "json"]),
    default="text",
    show_default=True,
    help="text for people, json for scripts and editors.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default=None,
    help="Language of messages and hints [default: the strategy's language].",
)
def check(file: Path, output_format: str, lang: str | None) -> None:
    """Check a strategy file and list what is missing or inconsistent.

    Exit code 0: no errors (warnings and infos may remain); 1: errors found;
    2: the file cannot be read or is not a valid strategy.
    """
    from socialstrategy.core.checks import has_errors, run_checks
    from socialstrategy.core.fileformat import StrategyFileError, load_strategy

    try:
        strategy = load_strategy(file)
    except StrategyFileError as error:
        _report_invalid(error, output_format, lang or "en")
        sys.exit(EXIT_INVALID)
    language = lang or strategy.language
    findings = run_checks(strategy)
    if output_format == "json":
        click.echo(
            json.dumps({"findings": [f.as_dict(language) for f in findings]}, ensure_ascii=False, indent=2)
        )
    else:
        _print_findings(strategy, findings, language, str(file))
    sys.exit(EXIT_FINDINGS if has_errors(findings) else EXIT_OK)


def read_or_exit(file: Path, language: str | None) -> Strategy:
    """The strategy in ``file``; if it cannot be read, every problem (file, line, field) in
    ``language`` (default English) and exit code 2, as ``check`` does. Every command reads so."""
    from socialstrategy.core.fileformat import StrategyFileError, load_strategy

    try:
        return load_strategy(file)
    except StrategyFileError as error:
        _report_invalid(error, "text", language or "en")
        sys.exit(EXIT_INVALID)


def warn_other_address(strategy: Strategy, part: str, language: str) -> None:
    """On stderr, every section of ``part`` (guidelines, crisis) that keeps the other form of
    address: a document that mixes du and Sie is never printed without saying so."""
    from socialstrategy.core.checks import run_checks
    from socialstrategy.core.i18n import N_, translate

    for item in run_checks(strategy):
        if item.code == "section-in-other-address" and item.path.startswith(f"{part}."):
            message, hint = item.translated_message(language), item.translated_hint(language)
            text = f"{item.code} {item.path}: {message} {hint}"
            click.echo(translate(N_("warning: {problem}"), language, problem=text), err=True)


def _report_invalid(error: StrategyFileError, output_format: str, language: str) -> None:
    """Every problem of an unreadable file, in ``language`` (file, line and field as they are)."""
    from socialstrategy.core.i18n import N_, translate

    for problem in error.problems:
        click.echo(translate(N_("error: {problem}"), language, problem=problem.render(language)), err=True)
    more = error.more_text(language)
    if more:
        click.echo(more, err=True)
    if output_format == "json":
        problems = [
            {"file": p.file, "line": p.line, "path": p.path, "message": p.text(language)}
            for p in error.problems
        ]
        report = {"findings": [], "problems": problems, "more_problems": error.more}
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))


def _print_findings(strategy: Strategy, findings: list[Finding], language: str, name: str) -> None:
    """The findings by step, coloured on a terminal (click drops the colours elsewhere); click
    rather than rich, whose import took longer than the whole check."""
    import shutil

    from socialstrategy.core.checks import SEVERITY_LABELS
    from socialstrategy.core.i18n import translate
    from socialstrategy.core.process import STEPS

    width = shutil.get_terminal_size().columns
    click.secho(f"{strategy.title or name}", bold=True)
    for step in STEPS:
        in_step = [f for f in findings if f.step == step.identifier]
        if not in_step:
            continue
        click.echo()
        click.secho(f"{step.number}. {translate(step.label, language)}", bold=True, underline=True)
        for item in in_step:
            label = translate(SEVERITY_LABELS[item.severity], language)
            mark = click.style(f"  {_SEVERITY_MARKS[item.severity]} {label} ", **_STYLES[item.severity])
            click.echo(mark + click.style(f"{item.code} ", bold=True) + click.style(item.path, dim=True))
            click.echo(_indented(item.translated_message(language), width, "    "))
            if item.hint:
                click.secho(_indented(f"→ {item.translated_hint(language)}", width, "      "), dim=True)
    click.echo()
    click.secho(_summary(findings, language), bold=True)


def _indented(text: str, width: int, continuation: str) -> str:
    import textwrap

    return textwrap.fill(text, width=max(width, 40), initial_indent="    ", subsequent_indent=continuation)


def _summary(findings: list[Finding], language: str) -> str:
    from socialstrategy.core.i18n import N_, translate

    counts = {severity: sum(1 for f in findings if f.severity == severity) for severity in _STYLES}
    if not findings:
        return translate(N_("No findings: the strategy is complete and consistent."), language)
    template = N_("Errors: {errors} · Warnings: {warnings} · Infos: {infos}")
    return translate(
        template, language, errors=counts["error"], warnings=counts["warning"], infos=counts["info"]
    )


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default="en", show_default=True, help="Language of the strategy."
)
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def new(file: Path, lang: str, force: bool) -> None:
    """Write a starter strategy to FILE, ready to fill in.

    The file is YAML with comments on every section (JSON for a .json name). It is valid, so
    `socialstrategy check FILE` tells you what to fill in next.
    """
    from socialstrategy.core.fileformat import loads_strategy
    from socialstrategy.core.starter import starter_text

    text = starter_text("de" if lang == "de" else "en")
    if file.suffix.lower() == ".json":
        text = _as_json(loads_strategy(text, "starter", "yaml"))
    _write_new(file, text, force)
    click.echo(
        translate(
            N_("Wrote {file}. Next: fill it in and run `socialstrategy check {file}`."), lang, file=file
        )
    )


@click.command()
def schema() -> None:
    """Print the JSON Schema of strategy files.

    Save it and point your editor at it to get validation and completion while you type, e.g.
    `socialstrategy schema > strategy.schema.json`.
    """
    from socialstrategy.core.fileformat import schema as strategy_schema

    click.echo(json.dumps(strategy_schema(), ensure_ascii=False, indent=2))


@click.command()
@click.argument("name", required=False)
@click.argument("file", required=False, type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Overwrite FILE if it exists.")
def demo(name: str | None, file: Path | None, force: bool) -> None:
    """List the demo strategies, or write demo NAME to FILE.

    Without arguments, lists the demos. With NAME and FILE, writes that demo as YAML (JSON for a
    .json name).
    """
    from socialstrategy.core.demos import demo_text, list_demos, load_demo

    if name is None:
        for demo_name in list_demos():
            strategy = load_demo(demo_name)
            click.echo(f"{demo_name:10} {strategy.language}  {strategy.title}")
        return
    if name not in list_demos():
        raise click.BadParameter(f"unknown demo; choose one of {', '.join(list_demos())}", param_hint="NAME")
    if file is None:
        raise click.UsageError("Missing argument 'FILE': where to write the demo strategy.")
    strategy = load_demo(name)
    text = _as_json(strategy) if file.suffix.lower() == ".json" else demo_text(name)
    _write_new(file, text, force)
    click.echo(translate(N_("Wrote the {name} demo to {file}."), strategy.language, name=name, file=file))


def _as_json(strategy: Any) -> str:
    from socialstrategy.core.fileformat import dump_strategy

    return dump_strategy(strategy, "json")


class Refused(click.ClickException):
    """The command line asks for something the command will not do; nothing was written."""

    exit_code = EXIT_INVALID


def refuse_overwrite(file: Path, force: bool) -> None:
    """Every command that writes a file refuses one that exists, unless ``--force`` is given,
    and a folder that does not exist: one line each, exit code 2, before any work is done."""
    if file.exists() and not force:
        raise Refused(f"{file} exists already; use --force to overwrite it.")
    if not file.parent.is_dir():
        raise Refused(f"the folder {file.parent} does not exist.")


def say_written(file: Path, language: str) -> None:
    """The one line a command prints for a file it wrote, in the strategy's language."""
    click.echo(translate(N_("Wrote {file}."), language, file=file))


def _write_new(file: Path, text: str, force: bool) -> None:
    from socialstrategy.core.fileformat import write_atomically

    refuse_overwrite(file, force)
    try:
        write_atomically(file, text.encode("utf-8"))
    except OSError as error:
        raise click.ClickException(f"cannot write {file}: {error.strerror or error}") from None


COMMANDS: list[click.Command] = [check, new, schema, demo]
