"""CLI commands of the documents topic: render a strategy into a document."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from socialstrategy.core.model import Strategy
    from socialstrategy.core.render import DocumentKind

EXIT_INVALID = 2
DOCUMENT_CHOICES = ("strategy", "guidelines", "crisis", "poster")
SUFFIXES = {".pdf": "pdf", ".docx": "docx", ".html": "html", ".htm": "html", ".md": "md", ".markdown": "md"}


@click.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, path_type=Path),
    help="Where to write the document; the format follows the name (.pdf, .docx, .html, .md).",
)
@click.option(
    "--lang",
    type=click.Choice(["de", "en"]),
    default=None,
    help="Language of headings and labels [default: the strategy's language].",
)
@click.option(
    "--document",
    "document",
    type=click.Choice(DOCUMENT_CHOICES),
    default="strategy",
    show_default=True,
    help="The strategy paper, the employee guidelines, the crisis playbook or the one-page crisis poster.",
)
@click.option(
    "--working-copy",
    is_flag=True,
    help="The coach's working copy: with the open findings of the check and every source, "
    "weak ones included [default: the client copy].",
)
@click.option(
    "--logo",
    type=click.Path(exists=True, dir_okay=False, path_type=Path),
    default=None,
    help="A PNG or JPEG logo for this document (at most 1 MB) instead of branding.logo.",
)
@click.option("--force", is_flag=True, help="Overwrite the output file if it exists.")
def render(
    file: Path,
    output: Path,
    lang: str | None,
    document: DocumentKind,
    working_copy: bool,
    logo: Path | None,
    force: bool,
) -> None:
    """Render the strategy in FILE as a document: PDF, DOCX, HTML or Markdown."""
    from socialstrategy.commands.core import read_or_exit, refuse_overwrite, say_written
    from socialstrategy.core.fileformat import write_atomically
    from socialstrategy.core.render import render as render_document
    from socialstrategy.core.render.worker import CompileError

    fmt = SUFFIXES.get(output.suffix.lower())
    if fmt is None:
        raise click.BadParameter(
            f"cannot write {output.suffix or 'files without a suffix'}; use .pdf, .docx, .html or .md",
            param_hint="-o",
        )
    if not output.parent.is_dir():
        raise click.BadParameter(f"the folder {output.parent} does not exist", param_hint="-o")
    refuse_overwrite(output, force)
    strategy = read_or_exit(file, lang)
    if logo is not None:
        strategy = with_logo(strategy, logo)
    try:
        _name, _content_type, content = render_document(
            strategy,
            lang or strategy.language,
            document,
            fmt,
            working_copy=working_copy,
        )
    except CompileError as error:
        raise click.ClickException(f"cannot render {output.name}: {error}") from None
    try:
        write_atomically(output, content)
    except OSError as error:
        raise click.ClickException(f"cannot write {output}: {error.strerror or error}") from None
    say_written(output, lang or strategy.language)
    warn_branding(strategy, lang or strategy.language)
    if document != "strategy":
        from socialstrategy.commands.core import warn_other_address

        warn_other_address(strategy, document, lang or strategy.language)


def with_logo(strategy: Strategy, path: Path) -> Strategy:
    """``strategy`` with the logo in the file at ``path``; a usage error (2) if it is unusable."""
    from socialstrategy.core.branding import LogoError, logo_data_uri
    from socialstrategy.core.model import Branding

    try:
        uri = logo_data_uri(path.read_bytes())
    except LogoError as error:
        raise click.BadParameter(f"{path}: {error}", param_hint="--logo") from None
    branding = strategy.branding.model_copy(update={"logo": uri}) if strategy.branding else Branding(logo=uri)
    return strategy.model_copy(update={"branding": branding})


def warn_branding(strategy: Strategy, language: str) -> None:
    """One line on stderr per branding value the document replaced by the default look."""
    from socialstrategy.core.checks import run_rule
    from socialstrategy.core.checks.branding import check_branding
    from socialstrategy.core.i18n import N_, translate

    for finding in run_rule(check_branding, strategy):
        problem = (
            f"{finding.path}: {finding.translated_message(language)} {finding.translated_hint(language)}"
        )
        click.echo(translate(N_("warning: {problem}"), language, problem=problem), err=True)


COMMANDS: list[click.Command] = [render]
