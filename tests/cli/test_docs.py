"""Documentation that can drift is tested: commands, options and the README's example."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from socialstrategy.cli import main
from socialstrategy.core.fileformat import loads_strategy

ROOT = Path(__file__).parents[2]
DOCS = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").glob("*.md"))
README = (ROOT / "README.md").read_text(encoding="utf-8")
_CONTEXT = click.Context(main)
COMMANDS = [(name, main.get_command(_CONTEXT, name)) for name in main.list_commands(_CONTEXT)]


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_command_is_described_in_the_docs(name: str, command: click.Command | None) -> None:
    assert re.search(rf"socialstrategy {name}\b", DOCS + README)


@pytest.mark.parametrize(("name", "command"), COMMANDS, ids=[name for name, _ in COMMANDS])
def test_every_option_of_a_command_is_documented_and_has_help(
    name: str, command: click.Command | None
) -> None:
    assert command is not None
    for parameter in command.params:
        if isinstance(parameter, click.Option):
            assert parameter.help, f"{name} {parameter.opts} has no help text"
            assert any(option in DOCS for option in parameter.opts), f"{name} {parameter.opts}"


def test_the_readme_example_is_a_valid_strategy() -> None:
    [example] = re.findall(r"```yaml\n(.*?)```", README, re.DOTALL)
    strategy = loads_strategy(example, "README.md")
    assert strategy.goals[0].serves == ["uz-stammkunden"]


def test_the_readme_keeps_its_two_quick_start_commands() -> None:
    assert "python3 -m pip install uv && uv run socialstrategy serve --demo --open" in README
    assert "\nbash scripts/test\n" in README
