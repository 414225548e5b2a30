"""Documentation that can drift is tested: commands, options and the README's example."""

from __future__ import annotations

import re
from pathlib import Path

import click
import pytest

from socialstrategy.cli import main
from socialstrategy.core import process
from socialstrategy.core.checks import RULES, load_rules
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


CHECKS = (ROOT / "docs" / "checks.md").read_text(encoding="utf-8")
_STEP_HEADING = re.compile(r"^## (\d+)\. (.+) \(step `(\w+)`\)$", re.MULTILINE)


def test_the_check_codes_are_grouped_under_the_steps_of_the_process() -> None:
    headings = [(int(n), label, step) for n, label, step in _STEP_HEADING.findall(CHECKS)]
    assert headings == [(step.number, step.label, step.identifier) for step in process.STEPS]


def _documented_steps() -> dict[str, str]:
    """Each code of docs/checks.md with the step under whose heading it is documented."""
    steps, current = {}, ""
    for line in CHECKS.splitlines():
        heading = _STEP_HEADING.match(line)
        if line.startswith("## "):
            current = heading.group(3) if heading else ""
        elif code := re.match(r"### `([^`]+)`", line):
            steps[code.group(1)] = current
    return steps


def test_every_check_code_is_documented_under_the_step_its_rule_is_registered_with() -> None:
    load_rules()
    documented = _documented_steps()
    misplaced = [(info.code, info.step, documented[info.code]) for info in RULES if info.code in documented]
    assert len(misplaced) >= 60
    assert [entry for entry in misplaced if entry[1] != entry[2]] == []


def test_a_step_named_in_the_docs_has_the_registry_s_number_and_label() -> None:
    mentions = re.findall(r"[Ss]tep (\d+)\s+\(([^()`]+), `(\w+)`\)", DOCS + README)
    assert len(mentions) >= 5
    expected = {step.identifier: (str(step.number), step.label) for step in process.STEPS}
    assert [m for m in mentions if expected.get(m[2]) != (m[0], m[1].replace("\n", " "))] == []


def test_no_doc_numbers_a_step_without_naming_it() -> None:
    bare = re.findall(r"[Ss]teps? \d+(?: and \d+)? of the process", DOCS + README)
    assert bare == []


def test_every_declared_finding_is_documented_with_its_severity() -> None:
    load_rules()
    both = CHECKS + (ROOT / "docs" / "knowledge.md").read_text(encoding="utf-8")
    documented = dict(re.findall(r"^### `([^`]+)`\n\*\*(error|warning|info)\.\*\*", both, re.MULTILINE))
    declared = {info.code: info.severity for info in RULES if info.severity}
    assert len(declared) >= 60
    assert {code: severity for code, severity in declared.items() if documented.get(code) != severity} == {}
