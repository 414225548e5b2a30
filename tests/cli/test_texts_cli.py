"""The guidelines, crisis and tone commands, on the core demos."""

import json

from click.testing import CliRunner

from socialstrategy.cli import main
from socialstrategy.core.demos import demo_text, load_demo
from socialstrategy.core.fileformat import dump_strategy, load_strategy
from socialstrategy.core.texts import regenerate_guidelines


def write_demo(tmp_path, name, file_name=None):
    path = tmp_path / (file_name or f"{name}.yaml")
    path.write_text(demo_text(name), encoding="utf-8")
    return path


def run(*args):
    return CliRunner().invoke(main, [str(arg) for arg in args])


def test_guidelines_writes_markdown_in_the_strategys_language(tmp_path):
    result = run("guidelines", write_demo(tmp_path, "bakery"), "-o", tmp_path / "out.md")
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert text.startswith("# Social-Media-Guidelines – Bäckerei Sonnenkorn\n")
    assert "§\u00a05 DDG" in text and "## Was wir zeigen" in text


def test_crisis_prints_to_stdout_without_an_output_file(tmp_path):
    result = run("crisis", write_demo(tmp_path, "sensors"))
    assert result.exit_code == 0
    assert result.stdout.startswith("# Crisis playbook – Ridgeline Sensor Systems\n")


def test_tone_writes_the_tone_guide(tmp_path):
    result = run("tone", write_demo(tmp_path, "bakery"), "-o", tmp_path / "t.md")
    assert result.exit_code == 0
    assert "## Beispielantworten" in (tmp_path / "t.md").read_text(encoding="utf-8")


def test_without_write_back_the_strategy_file_is_untouched(tmp_path):
    path = write_demo(tmp_path, "bakery")
    before = path.read_bytes()
    run("guidelines", path, "-o", tmp_path / "out.md")
    assert path.read_bytes() == before


def test_write_back_stores_sections_and_keeps_customised_ones(tmp_path):
    path = write_demo(tmp_path, "bakery")
    result = run("guidelines", path, "-o", tmp_path / "o.md", "--write-back")
    assert result.exit_code == 0, result.output
    stored = load_strategy(path)
    assert stored == regenerate_guidelines(load_demo("bakery"))
    inhalte = next(s for s in stored.guidelines.sections if s.key == "inhalte")
    assert inhalte.customised and inhalte.body.startswith("Zeig, was in der Backstube passiert")
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_crisis_write_back_works_with_json(tmp_path):
    strategy = load_demo("sensors")
    strategy.crisis.levels[2].responsible = None
    path = tmp_path / "s.json"
    path.write_text(dump_strategy(strategy, "json"), encoding="utf-8")
    result = run("crisis", path, "-o", tmp_path / "c.md", "--write-back")
    assert result.exit_code == 0, result.output
    assert path.read_text(encoding="utf-8").startswith("{")
    assert load_strategy(path).crisis.levels[2].responsible == "gail"


def test_an_invalid_file_gives_one_line_naming_file_line_and_field_and_changes_nothing(tmp_path):
    path = tmp_path / "bakery.yaml"
    path.write_text(demo_text("bakery").replace("language: de\n", "language: fr\n", 1), encoding="utf-8")
    before = path.read_bytes()
    result = run("guidelines", path, "-o", tmp_path / "out.md", "--write-back")
    assert result.exit_code == 2
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"error: {path}:5: language:")
    assert "Traceback" not in result.output
    assert path.read_bytes() == before
    assert not (tmp_path / "out.md").exists()


def test_yaml_aliases_are_refused_with_the_line(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text("schema_version: 1\na: &x [1, 2]\nb: *x\n", encoding="utf-8")
    result = run("crisis", path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}:2:") and "aliases" in result.stderr


def test_a_missing_file_is_one_line_and_exit_code_2(tmp_path):
    result = run("tone", tmp_path / "nowhere.yaml")
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and "nowhere.yaml" in result.stderr


def test_an_unwritable_output_writes_nothing_at_all(tmp_path):
    path = write_demo(tmp_path, "bakery")
    before = path.read_bytes()
    result = run("guidelines", path, "-o", tmp_path / "missing" / "out.md", "--write-back")
    assert result.exit_code == 2
    assert result.stderr == f"Error: the folder {tmp_path / 'missing'} does not exist.\n"
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bakery.yaml"]


SWITCHED_SECTIONS = ("Wofür wir stehen", "Was wir zeigen", "Wie wir uns verhalten")
"""The bakery's hand-written guideline sections, all in du (issue 12, defect 1)."""


def bakery_in_sie(tmp_path):
    bakery = load_demo("bakery")
    assert bakery.community is not None
    bakery.community.address = "sie"
    path = tmp_path / "bakery-sie.yaml"
    path.write_text(dump_strategy(bakery), encoding="utf-8")
    return path


def test_switching_the_bakery_to_sie_names_each_du_section_in_the_check(tmp_path):
    result = run("check", bakery_in_sie(tmp_path), "--format", "json")
    findings = [f for f in json.loads(result.output)["findings"] if f["code"] == "section-in-other-address"]
    assert len(findings) == len(SWITCHED_SECTIONS)
    for title, found in zip(SWITCHED_SECTIONS, findings, strict=True):
        assert f"„{title}“ duzt" in found["message"]
    assert "Keine Befunde" not in run("check", bakery_in_sie(tmp_path)).output


def test_guidelines_and_crisis_in_the_switched_address_say_which_sections_mix(tmp_path):
    path = bakery_in_sie(tmp_path)
    result = CliRunner().invoke(main, ["guidelines", str(path)])
    assert result.exit_code == 0
    assert "Ihre privaten Accounts gehören Ihnen" in result.stdout
    assert all(f"„{title}“" in result.stderr for title in SWITCHED_SECTIONS)
    crisis = CliRunner().invoke(main, ["crisis", str(path)])
    assert "eure" not in crisis.stdout and "Ihre Nachrichten" in crisis.stdout
    assert crisis.stderr == ""  # its hand-written sections use no form of address


def test_the_guidelines_document_follows_the_new_address_where_it_was_generated(tmp_path):
    path, out = bakery_in_sie(tmp_path), tmp_path / "guidelines.md"
    result = CliRunner().invoke(main, ["render", str(path), "--document", "guidelines", "-o", str(out)])
    document = out.read_text(encoding="utf-8")
    assert "Ihre privaten Accounts gehören Ihnen" in document
    assert "Deine privaten Accounts" not in document
    assert all(f"„{title}“" in result.stderr for title in SWITCHED_SECTIONS)
