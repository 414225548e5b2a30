"""The guidelines, crisis and tone commands."""

import sys
from pathlib import Path

import yaml
from click.testing import CliRunner

sys.path.insert(0, str(Path(__file__).parent.parent / "core"))
from texts_fixtures import BAKERY, SENSORS

from socialstrategy.cli import main
from socialstrategy.core.model import Strategy


def write(tmp_path, data, name="strategy.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_guidelines_writes_markdown_in_the_strategys_language(tmp_path):
    path = write(tmp_path, BAKERY)
    result = CliRunner().invoke(main, ["guidelines", str(path), "-o", str(tmp_path / "out.md")])
    assert result.exit_code == 0, result.output
    text = (tmp_path / "out.md").read_text(encoding="utf-8")
    assert text.startswith("# Social-Media-Guidelines – Bäckerei Sonnenkorn")
    assert "§ 5 DDG" in text


def test_crisis_prints_to_stdout_without_an_output_file(tmp_path):
    result = CliRunner().invoke(main, ["crisis", str(write(tmp_path, SENSORS))])
    assert result.exit_code == 0
    assert result.output.startswith("# Crisis playbook – Keller Sensorik")


def test_tone_writes_the_tone_guide(tmp_path):
    result = CliRunner().invoke(main, ["tone", str(write(tmp_path, BAKERY)), "-o", str(tmp_path / "t.md")])
    assert result.exit_code == 0
    assert "## Beispielantworten" in (tmp_path / "t.md").read_text(encoding="utf-8")


def test_without_write_back_the_strategy_file_is_untouched(tmp_path):
    path = write(tmp_path, BAKERY)
    before = path.read_bytes()
    CliRunner().invoke(main, ["guidelines", str(path), "-o", str(tmp_path / "out.md")])
    assert path.read_bytes() == before


def test_write_back_stores_sections_and_keeps_customised_ones(tmp_path):
    data = {
        **BAKERY,
        "guidelines": {
            "spokespeople": ["lena"],
            "sections": [{"key": "legal", "title": "Recht", "body": "Eigener Text", "customised": True}],
        },
    }
    path = write(tmp_path, data)
    result = CliRunner().invoke(main, ["guidelines", str(path), "-o", str(tmp_path / "o.md"), "--write-back"])
    assert result.exit_code == 0, result.output
    stored = Strategy.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    sections = {s.key: s for s in stored.guidelines.sections}
    assert sections["legal"].body == "Eigener Text" and sections["legal"].customised
    assert len(sections) == 8
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []


def test_crisis_write_back_works_with_json(tmp_path):
    import json

    path = tmp_path / "s.json"
    path.write_text(json.dumps(SENSORS), encoding="utf-8")
    result = CliRunner().invoke(main, ["crisis", str(path), "-o", str(tmp_path / "c.md"), "--write-back"])
    assert result.exit_code == 0, result.output
    stored = Strategy.model_validate_json(path.read_text(encoding="utf-8"))
    assert stored.crisis.levels[1].responsible == "anna"


def test_an_invalid_file_gives_one_line_naming_the_field_and_changes_nothing(tmp_path):
    path = write(tmp_path, {**BAKERY, "language": "fr"})
    before = path.read_bytes()
    result = CliRunner().invoke(main, ["guidelines", str(path), "--write-back"])
    assert result.exit_code == 1
    assert "language" in result.output and "Traceback" not in result.output
    assert path.read_bytes() == before


def test_yaml_aliases_are_refused_with_the_line(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text("a: &x [1, 2]\nb: *x\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["crisis", str(path)])
    assert result.exit_code == 1
    assert "line 2" in result.output and "aliases" in result.output
