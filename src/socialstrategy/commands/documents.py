"""CLI commands of the documents topic: render a strategy into a document."""

from __future__ import annotations

import sys
from pathlib import Path

import click

EXIT_INVALID = 2


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the document; the format follows the name (.md).",
)
@click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    default=None,
    help="Language of headings and labels [default: the strategy's language].",
)
def render(file: Path, output: Path, lang: str | None) -> None:
    """Render the strategy in FILE as a document (Markdown for now)."""
    from socialstrategy.core.fileformat import StrategyFileError, load_strategy, write_atomically
    from socialstrategy.core.render import markdown

    renderers = {".md": markdown.render, ".markdown": markdown.render}
    renderer = renderers.get(output.suffix.lower())
    if renderer is None:
        raise click.BadParameter(
            f"cannot write {output.suffix or 'files without a suffix'}; use .md", param_hint="-o"
        )
    try:
        strategy = load_strategy(file)
    except StrategyFileError as error:
        for problem in error.problems:
            click.echo(f"error: {problem}", err=True)
        sys.exit(EXIT_INVALID)
    _name, _content_type, content = renderer(strategy, lang or strategy.language)
    try:
        write_atomically(output, content)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    click.echo(f"Wrote {output}.")


COMMANDS: list[click.Command] = [render]
