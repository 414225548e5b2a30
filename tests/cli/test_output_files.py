"""What the commands read and write: only regular files are read (a named pipe would block
forever), and no command overwrites a file without ``--force`` (as ``new`` and ``backup``)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from socialstrategy.cli import main
from socialstrategy.core.demos import demo_text


@pytest.fixture
def bakery(tmp_path: Path) -> Path:
    path = tmp_path / "bakery.yaml"
    path.write_text(demo_text("bakery"), encoding="utf-8")
    return path


def _run(*args: object):
    return CliRunner().invoke(main, [str(arg) for arg in args])


@pytest.mark.parametrize("command", [["check"], ["render", "-o", "out.md"], ["plan"], ["tone"]])
def test_a_named_pipe_is_refused_at_once_with_one_line(tmp_path: Path, monkeypatch, command):
    monkeypatch.chdir(tmp_path)
    pipe = tmp_path / "strategy.yaml"
    os.mkfifo(pipe)  # nobody writes to it: reading would wait forever
    result = _run(command[0], pipe, *command[1:])
    assert result.exit_code == 2
    assert result.output.strip().splitlines() == [
        f"error: {pipe}: this is not a regular file (a pipe or a device, say); give a file"
    ]
    assert not (tmp_path / "out.md").exists()


@pytest.mark.parametrize(
    "command",
    [
        ["render", "{file}", "-o", "{out}"],
        ["calendar", "{file}", "-o", "{out}"],
        ["tone", "{file}", "-o", "{out}"],
        ["guidelines", "{file}", "-o", "{out}"],
        ["crisis", "{file}", "-o", "{out}"],
    ],
    ids=lambda command: command[0],
)
def test_no_command_overwrites_an_existing_file_without_force(bakery: Path, command):
    out = bakery.parent / ("out.ics" if command[0] == "calendar" else "out.md")
    out.write_text("mine", encoding="utf-8")
    args = [part.format(file=bakery, out=out) for part in command]
    refused = _run(*args)
    assert refused.exit_code == 2
    (line,) = refused.output.strip().splitlines()
    assert line.endswith(f"{out} exists already; use --force to overwrite it.")
    assert out.read_text(encoding="utf-8") == "mine"
    forced = _run(*args, "--force")
    assert forced.exit_code == 0, forced.output
    assert out.read_text(encoding="utf-8") != "mine"


def test_the_calendar_into_a_folder_refuses_the_file_it_would_replace(bakery: Path):
    first = _run("calendar", bakery, "-o", bakery.parent)
    assert first.exit_code == 0, first.output
    again = _run("calendar", bakery, "-o", bakery.parent)
    assert again.exit_code == 2 and "use --force to overwrite it" in again.output


@pytest.mark.parametrize("command", ["render", "tone", "guidelines", "crisis"])
def test_a_written_file_is_confirmed_in_the_strategy_s_language(bakery: Path, command):
    out = bakery.parent / "out.md"
    result = _run(command, bakery, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.output.strip().splitlines()[-1] == f"{out} ist gespeichert."


def test_the_results_report_keeps_an_existing_file_without_force(bakery: Path):
    out = bakery.parent / "report.md"
    out.write_text("mine", encoding="utf-8")
    refused = _run("results", "report", bakery, "-o", out)
    assert refused.exit_code == 2 and "use --force to overwrite it" in refused.output
    assert out.read_text(encoding="utf-8") == "mine"
    forced = _run("results", "report", bakery, "-o", out, "--force")
    assert forced.exit_code == 0, forced.output
    assert forced.output.strip() == f"{out} ist gespeichert."
