"""CLI commands of the texts topic: guidelines, crisis playbook and tone-of-voice guide as Markdown.

Strategy files are read and written with the core's file format (``socialstrategy.core.fileformat``):
a problem with the file becomes one line naming file, line and field, exit code 2, and nothing
is written.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

if TYPE_CHECKING:
    from socialstrategy.core.model import Strategy

EXIT_INVALID = 2


def _fail(message: str) -> NoReturn:
    click.echo(f"error: {message}", err=True)
    sys.exit(EXIT_INVALID)


def _load(file: Path) -> Strategy:
    from socialstrategy.commands.core import read_or_exit

    return read_or_exit(file, None)


def _write(path: Path, content: str) -> None:
    from socialstrategy.core.fileformat import write_atomically

    try:
        write_atomically(path, content.encode("utf-8"))
    except OSError as error:
        _fail(f"cannot write {path}: {error.strerror or error}")


def _text_command(
    name: str,
    help_text: str,
    render: Callable[[Strategy], str],
    regenerate: Callable[[Strategy], Strategy] | None,
    part: str | None = None,
) -> click.Command:
    @click.command(name=name, help=help_text)
    @click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
    @click.option(
        "-o",
        "--output",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Markdown file to write (default: stdout).",
    )
    @click.option(
        "--write-back",
        is_flag=True,
        hidden=regenerate is None,
        help="Also store the regenerated sections in FILE (atomically); customised sections are kept.",
    )
    @click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
    def command(file: Path, output: Path | None, write_back: bool, force: bool) -> None:
        from socialstrategy.commands.core import refuse_overwrite, say_written
        from socialstrategy.core.fileformat import dump_strategy

        if output is not None:
            refuse_overwrite(output, force)
        strategy = _load(file)
        markdown = render(strategy)
        stored = None
        if write_back and regenerate is not None:
            is_json = file.suffix.lower() == ".json"
            stored = dump_strategy(regenerate(strategy), "json" if is_json else "yaml")
        if output is None:
            click.echo(markdown, nl=False)
        else:
            _write(output, markdown)
            say_written(output, strategy.language)
        if stored is not None:
            _write(file, stored)
            say_written(file, strategy.language)
        if part is not None:
            from socialstrategy.commands.core import warn_other_address

            warn_other_address(strategy, part, strategy.language)

    return command


def _render_guidelines(strategy: Strategy) -> str:
    from socialstrategy.core.texts import render_guidelines

    return render_guidelines(strategy)


def _render_crisis(strategy: Strategy) -> str:
    from socialstrategy.core.texts import render_crisis

    return render_crisis(strategy)


def _render_tone_guide(strategy: Strategy) -> str:
    from socialstrategy.core.texts import render_tone_guide

    return render_tone_guide(strategy)


def _regenerate_guidelines(strategy: Strategy) -> Strategy:
    from socialstrategy.core.texts import regenerate_guidelines

    return regenerate_guidelines(strategy)


def _regenerate_crisis(strategy: Strategy) -> Strategy:
    from socialstrategy.core.texts import regenerate_crisis

    return regenerate_crisis(strategy)


guidelines = _text_command(
    "guidelines",
    "Generate the employee social media guidelines of a strategy FILE as Markdown.",
    _render_guidelines,
    _regenerate_guidelines,
    "guidelines",
)
crisis = _text_command(
    "crisis",
    "Generate the crisis playbook (levels, contacts, holding statements) of a strategy FILE as Markdown.",
    _render_crisis,
    _regenerate_crisis,
    "crisis",
)
tone = _text_command(
    "tone",
    "Generate the tone-of-voice guide (do/don't per tone attribute, example replies) as Markdown.",
    _render_tone_guide,
    None,
)

COMMANDS: list[click.Command] = [guidelines, crisis, tone]
