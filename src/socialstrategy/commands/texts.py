"""CLI commands of the texts topic: guidelines, crisis playbook and tone-of-voice guide as Markdown."""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click
import yaml
from pydantic import ValidationError

from socialstrategy.core.model import Strategy
from socialstrategy.core.texts import (
    regenerate_crisis,
    regenerate_guidelines,
    render_crisis,
    render_guidelines,
    render_tone_guide,
)

MAX_FILE_BYTES = 5 * 1024 * 1024


class _NoAliasLoader(yaml.SafeLoader):
    """Safe loading without anchors and aliases (an alias bomb blows up on traversal)."""

    def compose_node(self, parent: Any, index: Any) -> Any:  # type: ignore[override]
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise yaml.composer.ComposerError(
                None, None, "anchors and aliases are not allowed", event.start_mark
            )
        return super().compose_node(parent, index)


class _NoAliasDumper(yaml.SafeDumper):
    def ignore_aliases(self, data: Any) -> bool:
        return True


def load_strategy(path: Path) -> Strategy:
    """Read a strategy file (YAML or JSON); every problem becomes one clear message."""
    if path.stat().st_size > MAX_FILE_BYTES:
        raise click.ClickException(f"{path}: larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
    text = path.read_text(encoding="utf-8")
    try:
        raw = json.loads(text) if path.suffix == ".json" else yaml.load(text, Loader=_NoAliasLoader)
        return Strategy.model_validate(raw)
    except yaml.MarkedYAMLError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else "?"
        raise click.ClickException(f"{path}: line {line}: {error.problem}") from None
    except (yaml.YAMLError, json.JSONDecodeError) as error:
        raise click.ClickException(f"{path}: {error}") from None
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"]) or "document"
        raise click.ClickException(f"{path}: {where}: {first['msg']}") from None


def save_strategy_atomically(strategy: Strategy, path: Path) -> None:
    """Write to a temporary file next to ``path`` and rename it: the file is never half-written."""
    data = strategy.model_dump(mode="json", exclude_none=True)
    if path.suffix == ".json":
        text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        text = yaml.dump(data, Dumper=_NoAliasDumper, sort_keys=False, allow_unicode=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as output:
            output.write(text)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _write(markdown: str, output: Path | None) -> None:
    if output is None:
        click.echo(markdown, nl=False)
    else:
        output.write_text(markdown, encoding="utf-8")


def _text_command(
    name: str,
    help_text: str,
    render: Callable[[Strategy], str],
    regenerate: Callable[[Strategy], Strategy] | None,
) -> click.Command:
    @click.command(name=name, help=help_text)
    @click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
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
    def command(file: Path, output: Path | None, write_back: bool) -> None:
        strategy = load_strategy(file)
        _write(render(strategy), output)
        if write_back and regenerate is not None:
            save_strategy_atomically(regenerate(strategy), file)

    return command


guidelines = _text_command(
    "guidelines",
    "Generate the employee social media guidelines of a strategy FILE as Markdown.",
    render_guidelines,
    regenerate_guidelines,
)
crisis = _text_command(
    "crisis",
    "Generate the crisis playbook (levels, contacts, holding statements) of a strategy FILE as Markdown.",
    render_crisis,
    regenerate_crisis,
)
tone = _text_command(
    "tone",
    "Generate the tone-of-voice guide (do/don't per tone attribute, example replies) as Markdown.",
    render_tone_guide,
    None,
)

COMMANDS: list[click.Command] = [guidelines, crisis, tone]
