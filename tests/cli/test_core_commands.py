"""The core commands: check, new, schema, demo and render, with every exit code."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from markdown_it import MarkdownIt

from factories import DEMOS, load_demo
from socialstrategy.cli import main
from socialstrategy.core.demos import demo_text
from socialstrategy.core.fileformat import dump_strategy, load_strategy

BROKEN_CODES = {"goal-without-objective", "dangling-reference", "no-address-form", "kpi-without-target"}


def invoke(*args: str | Path) -> Result:
    return CliRunner().invoke(main, [str(arg) for arg in args], catch_exceptions=False)


@pytest.fixture
def broken_strategy(tmp_path: Path) -> Path:
    """The bakery with four faults: a goal without objective, a reference to nothing, no du/Sie,
    and a KPI without target."""
    strategy = load_demo("bakery")
    assert strategy.community is not None
    strategy.goals[0].serves = []
    strategy.goals[1].serves = ["uz-gibt-es-nicht"]
    strategy.goals[2].kpis[0].target = None
    strategy.community.address = None
    path = tmp_path / "broken.yaml"
    path.write_text(dump_strategy(strategy), encoding="utf-8")
    return path


@pytest.fixture
def invalid_strategy(tmp_path: Path) -> Path:
    path = tmp_path / "invalid.yaml"
    path.write_text(
        "schema_version: 1\ngoals:\n  - id: g1\n    type: fame\n    statement: x\n", encoding="utf-8"
    )
    return path


# --- check ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", DEMOS)
def test_check_passes_a_demo_with_exit_code_0(name: str, tmp_path: Path) -> None:
    path = tmp_path / f"{name}.yaml"
    path.write_text(demo_text(name), encoding="utf-8")
    result = invoke("check", path)
    assert result.exit_code == 0, result.output
    assert "No findings" in result.output or "Keine Befunde" in result.output


def test_check_exits_with_1_and_names_the_codes_of_a_broken_strategy(broken_strategy: Path) -> None:
    result = invoke("check", broken_strategy, "--lang", "en")
    assert result.exit_code == 1
    for code in BROKEN_CODES:
        assert code in result.output
    assert "goals[1].serves[0]" in result.output
    assert "The goal “g-bekanntheit” serves no corporate objective." in result.output


def test_check_prints_json_with_the_expected_shape(broken_strategy: Path) -> None:
    result = invoke("check", broken_strategy, "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert set(document) == {"findings"}
    assert {item["code"] for item in document["findings"]} == BROKEN_CODES
    for item in document["findings"]:
        assert {"code", "severity", "path", "message", "hint"} <= set(item)
        assert item["severity"] in {"error", "warning", "info"}


def test_check_speaks_the_strategys_language_unless_told_otherwise(broken_strategy: Path) -> None:
    german = invoke("check", broken_strategy)
    english = invoke("check", broken_strategy, "--lang", "en")
    assert "Das Ziel „g-bekanntheit“ dient keinem Unternehmensziel." in german.output
    assert "Ziele" in german.output and "Fehler" in german.output
    assert "serves no corporate objective" in english.output


def test_check_exits_with_2_and_one_line_per_problem_for_an_invalid_file(invalid_strategy: Path) -> None:
    result = invoke("check", invalid_strategy)
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert lines == [f"error: {invalid_strategy}:4: goals[0].type: " + lines[0].split("goals[0].type: ")[1]]
    assert "Traceback" not in result.output


def test_check_reports_invalid_files_as_json_too(invalid_strategy: Path) -> None:
    result = invoke("check", invalid_strategy, "--format", "json")
    assert result.exit_code == 2
    document = json.loads(result.stdout)
    assert document["findings"] == []
    assert document["problems"][0]["line"] == 4
    assert document["problems"][0]["path"] == "goals[0].type"


@pytest.mark.parametrize(
    "content",
    [None, b"\xff\xfe garbage", b"a: &x 1\nb: *x\n", b"[1, 2]", b""],
    ids=["missing", "not utf-8", "alias", "a list", "empty"],
)
def test_check_exits_with_2_for_an_unreadable_file(tmp_path: Path, content: bytes | None) -> None:
    path = tmp_path / "strategy.yaml"
    if content is not None:
        path.write_bytes(content)
    result = invoke("check", path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}")
    assert "Traceback" not in result.output


def test_check_reads_json_strategies(tmp_path: Path) -> None:
    path = tmp_path / "sensors.json"
    path.write_text(dump_strategy(load_demo("sensors"), "json"), encoding="utf-8")
    assert invoke("check", path).exit_code == 0


def test_user_text_is_not_read_as_rich_markup(tmp_path: Path) -> None:
    strategy = load_demo("sensors")
    strategy.goals[0].kpis[0].target = None
    strategy.goals[0].kpis[0].metric = "[bold]Leads[/bold] [link=http://x]y[/link]"
    path = tmp_path / "markup.yaml"
    path.write_text(dump_strategy(strategy), encoding="utf-8")
    result = invoke("check", path)
    assert "[bold]Leads[/bold] [link=http://x]y[/link]" in result.output


# --- new ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_new_writes_a_valid_starter_that_the_check_explains(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "mine.yaml"
    result = invoke("new", path, "--lang", lang)
    assert result.exit_code == 0
    strategy = load_strategy(path)
    assert strategy.language == lang
    assert "# " in path.read_text(encoding="utf-8")
    checked = invoke("check", path, "--format", "json")
    assert checked.exit_code == 1
    codes = {item["code"] for item in json.loads(checked.stdout)["findings"]}
    assert {"goal-without-objective", "no-active-platform", "no-team-hours"} <= codes
    assert ("no-address-form" in codes) == (lang == "de")


def test_new_writes_json_for_a_json_name(tmp_path: Path) -> None:
    path = tmp_path / "mine.json"
    assert invoke("new", path).exit_code == 0
    assert json.loads(path.read_text(encoding="utf-8"))["schema_version"] == 1


def test_new_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "mine.yaml"
    path.write_text("keep me", encoding="utf-8")
    result = invoke("new", path)
    assert result.exit_code == 2
    assert "--force" in result.output
    assert path.read_text(encoding="utf-8") == "keep me"
    assert invoke("new", path, "--force").exit_code == 0
    assert path.read_text(encoding="utf-8") != "keep me"


def test_new_explains_a_missing_folder(tmp_path: Path) -> None:
    result = invoke("new", tmp_path / "nowhere" / "mine.yaml")
    assert result.exit_code == 2
    assert "does not exist" in result.output


# --- schema and demo ---------------------------------------------------------------------------


def test_schema_prints_the_json_schema() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert "goals" in document["properties"]


def test_demo_lists_the_demos() -> None:
    result = invoke("demo")
    assert result.exit_code == 0
    for name in DEMOS:
        assert name in result.output


@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_demo_writes_a_demo_that_loads(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"bakery{suffix}"
    assert invoke("demo", "bakery", path).exit_code == 0
    assert load_strategy(path) == load_demo("bakery")


def test_demo_refuses_an_unknown_name(tmp_path: Path) -> None:
    result = invoke("demo", "brewery", tmp_path / "x.yaml")
    assert result.exit_code == 2
    assert "bakery" in result.output


def test_demo_refuses_to_overwrite_without_force(tmp_path: Path) -> None:
    path = tmp_path / "x.yaml"
    path.write_text("mine", encoding="utf-8")
    assert invoke("demo", "sensors", path).exit_code == 2
    assert path.read_text(encoding="utf-8") == "mine"


# --- render ------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", DEMOS)
def test_render_writes_markdown_of_the_whole_strategy(tmp_path: Path, name: str) -> None:
    source, target = tmp_path / "s.yaml", tmp_path / "s.md"
    source.write_text(demo_text(name), encoding="utf-8")
    assert invoke("render", source, "-o", target).exit_code == 0
    text = target.read_text(encoding="utf-8")
    strategy = load_demo(name)
    assert text.startswith(f"# {strategy.title}")
    assert strategy.content is not None
    assert strategy.content.calendar[-1].title.split(":")[0].replace("#", "\\#") in text


def test_render_translates_headings(tmp_path: Path) -> None:
    source, target = tmp_path / "s.yaml", tmp_path / "s.md"
    source.write_text(demo_text("sensors"), encoding="utf-8")
    invoke("render", source, "-o", target, "--lang", "de")
    assert "## Plattformwahl" in target.read_text(encoding="utf-8")


def test_render_exits_with_2_for_an_invalid_file(invalid_strategy: Path, tmp_path: Path) -> None:
    result = invoke("render", invalid_strategy, "-o", tmp_path / "out.md")
    assert result.exit_code == 2
    assert not (tmp_path / "out.md").exists()


def test_render_refuses_an_unknown_format(tmp_path: Path) -> None:
    source = tmp_path / "s.yaml"
    source.write_text(demo_text("sensors"), encoding="utf-8")
    assert invoke("render", source, "-o", tmp_path / "out.xyz").exit_code == 2


def test_rendered_user_text_never_becomes_markup(tmp_path: Path) -> None:
    strategy = load_demo("sensors")
    hostile = "<script>alert(1)</script> **bold** [link](http://x) | pipe # hash"
    strategy.goals[0].statement = hostile
    strategy.title = "<img src=x onerror=alert(1)>"
    assert strategy.guidelines is not None
    strategy.guidelines.sections[0].body = "---\n# not a heading\n<b>html</b>\n- a list item"
    source, target, guidelines = tmp_path / "s.yaml", tmp_path / "s.md", tmp_path / "g.md"
    source.write_text(dump_strategy(strategy), encoding="utf-8")
    invoke("render", source, "-o", target)
    # The strategy paper summarises the guidelines; their full text is a document of its own.
    invoke("render", source, "-o", guidelines, "--document", "guidelines")
    markdown = target.read_text(encoding="utf-8") + "\n" + guidelines.read_text(encoding="utf-8")
    html = MarkdownIt("commonmark").enable("table").render(markdown)
    assert "<script>" not in html and "<img" not in html and "<b>" not in html
    assert "&lt;script&gt;" in html
    assert "<h1># not a heading" not in html and "<hr" not in html
    assert "<li>a list item</li>" in html


# --- the real entry point ----------------------------------------------------------------------


def test_the_installed_command_checks_a_demo_in_a_fresh_process(tmp_path: Path) -> None:
    path = tmp_path / "bakery.yaml"
    path.write_text(demo_text("bakery"), encoding="utf-8")
    script = "from socialstrategy.cli import main; main()"
    result = subprocess.run(
        [sys.executable, "-c", script, "check", str(path), "--format", "json"], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == {"findings": []}


def test_check_does_not_import_heavy_libraries(tmp_path: Path) -> None:
    path = tmp_path / "bakery.yaml"
    path.write_text(demo_text("bakery"), encoding="utf-8")
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from socialstrategy.cli import main\n"
        f"assert CliRunner().invoke(main, ['check', {str(path)!r}]).exit_code == 0\n"
        "print(sorted(m for m in ('django', 'typst', 'scipy', 'docx') if m in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"


def test_check_does_not_import_the_other_topics_commands() -> None:
    code = (
        "import sys\n"
        "from click.testing import CliRunner\n"
        "from socialstrategy.cli import main\n"
        "CliRunner().invoke(main, ['schema'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('socialstrategy.commands.')))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['socialstrategy.commands.core']"


def test_the_help_lists_every_topics_commands() -> None:
    result = invoke("--help")
    for name in ("check", "new", "schema", "demo", "render"):
        assert name in result.output


GERMAN_PROBLEMS = {
    "schema_version: 1\ngoals:\n  - id: g\n    type: nope\n    statement: s\n": (
        4,
        "goals[0].type: Erlaubte Werte: 'awareness'",
    ),
    "schema_version: 1\norganisation:\n  name: A\n  employees: many\n": (
        4,
        "organisation.employees: Hier wird eine ganze Zahl erwartet",
    ),
    "schema_version: 1\norganisation:\n  name: A\n  country: Germany\n": (
        4,
        "organisation.country: Hier wird ein Ländercode aus zwei Buchstaben",
    ),
    "schema_version: 1\ntitel: Tippfehler\n": (2, "titel: unbekanntes Feld (Schreibweise prüfen"),
    "schema_version: 1\ntitle: [a\n": (
        3,
        "kein gültiges YAML: Es fehlt ein Komma oder die schließende Klammer",
    ),
    "a: &x 1\nb: *x\n": (
        1,
        "kein gültiges YAML: Anker und Aliase (& und *) sind in Strategiedateien nicht erlaubt.",
    ),
    "schema_version: 7\n": (1, "schema_version: schema_version 7 wird nicht unterstützt"),
    "": (None, "Die Datei ist leer."),
}


@pytest.mark.parametrize(("content", "expected"), GERMAN_PROBLEMS.items(), ids=range(len(GERMAN_PROBLEMS)))
def test_check_names_the_problems_of_an_invalid_file_in_german(
    tmp_path: Path, content: str, expected: tuple[int | None, str]
) -> None:
    line, text = expected
    path = tmp_path / "strategy.yaml"
    path.write_text(content, encoding="utf-8")
    result = invoke("check", path, "--lang", "de")
    assert result.exit_code == 2
    where = f"{path}:{line}:" if line else f"{path}:"
    assert result.stderr.startswith(f"Fehler: {where} {text}"), result.stderr
    for english in ("Input should", "unknown field", "not valid", "error:", "is not supported"):
        assert english not in result.stderr


def test_a_missing_file_is_named_in_german(tmp_path: Path) -> None:
    result = invoke("check", tmp_path / "gibt-es-nicht.yaml", "--lang", "de")
    assert result.exit_code == 2
    assert result.stderr == f"Fehler: {tmp_path / 'gibt-es-nicht.yaml'}: Die Datei gibt es nicht.\n"


def test_the_json_problems_are_german_too_and_english_stays_as_it_was(invalid_strategy: Path) -> None:
    german = json.loads(invoke("check", invalid_strategy, "--format", "json", "--lang", "de").stdout)
    english = json.loads(invoke("check", invalid_strategy, "--format", "json").stdout)
    assert german["problems"][0]["message"].startswith("Erlaubte Werte: ")
    assert english["problems"][0]["message"].startswith("Input should be ")
    assert german["problems"][0]["path"] == english["problems"][0]["path"] == "goals[0].type"


@pytest.mark.parametrize(
    "command",
    [
        ("render", "-o", "out.md"),
        ("plan",),
        ("calendar", "-o", "out.ics"),
        ("recommend",),
    ],
    ids=lambda command: command[0],
)
def test_every_command_names_an_invalid_files_problems_in_the_chosen_language_and_exits_with_2(
    tmp_path: Path, command: tuple[str, ...]
) -> None:
    path = tmp_path / "strategy.yaml"
    path.write_text("schema_version: 7\n", encoding="utf-8")
    name, *options = command
    options = [str(tmp_path / o) if o.startswith("out.") else o for o in options]
    result = invoke(name, path, *options, "--lang", "de")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"Fehler: {path}:1: schema_version:"), result.stderr
    assert not list(tmp_path.glob("out.*"))


@pytest.mark.parametrize("command", ["tone", "guidelines", "crisis"])
def test_the_text_commands_exit_with_2_for_an_invalid_file_too(tmp_path: Path, command: str) -> None:
    path = tmp_path / "strategy.yaml"
    path.write_text("schema_version: 7\n", encoding="utf-8")
    result = invoke(command, path, "-o", tmp_path / "out.md")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(f"error: {path}:1: schema_version:"), result.stderr


@pytest.mark.parametrize("suffix", [".json", ".yaml"])
def test_check_on_a_file_with_a_5000_digit_number_prints_one_line_and_exits_2(tmp_path: Path, suffix: str):
    path = tmp_path / f"big{suffix}"
    path.write_text('{"schema_version": 1, "organisation": {"name": "Big", "employees": ' + "9" * 5000 + "}}")
    result = invoke("check", path)
    assert result.exit_code == 2
    (line,) = result.output.splitlines()
    assert line.endswith("a number with more than 30 digits")


def test_check_on_a_file_with_thousands_of_problems_lists_50_and_counts_the_rest(tmp_path: Path):
    path = tmp_path / "keys.json"
    path.write_text(json.dumps({"schema_version": 1, **{f"k{i}": 1 for i in range(2000)}}))
    result = invoke("check", path)
    assert result.exit_code == 2
    lines = result.output.splitlines()
    assert len(lines) == 51 and lines[-1] == "… and 1,950 more problems"
    german = invoke("check", path, "--lang", "de", "--format", "json")
    assert german.output.splitlines()[50] == "… und 1.950 weitere Probleme"
    report = json.loads("\n".join(german.output.splitlines()[51:]))
    assert (len(report["problems"]), report["more_problems"]) == (50, 1950)


def test_new_in_german_answers_in_german(tmp_path: Path) -> None:
    result = invoke("new", tmp_path / "mine.yaml", "--lang", "de")
    assert result.exit_code == 0
    assert "ist angelegt. Füllen Sie die Datei aus" in result.output
    assert "Wrote" not in result.output


def test_a_german_demo_is_announced_in_german_and_an_english_one_in_english(tmp_path: Path) -> None:
    assert "Die Demo „bakery“ steht jetzt in" in invoke("demo", "bakery", tmp_path / "b.yaml").output
    assert "Wrote the sensors demo to" in invoke("demo", "sensors", tmp_path / "s.yaml").output
