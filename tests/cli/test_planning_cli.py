import json
import sys
import zipfile
from pathlib import Path

import icalendar
import yaml
from click.testing import CliRunner

from socialstrategy.cli import main

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from planning_strategies import planning_strategy


def _write(tmp_path, strategy=None, **overrides):
    strategy = strategy or planning_strategy(**overrides)
    path = tmp_path / "strategy.yaml"
    path.write_text(yaml.safe_dump(strategy.model_dump(mode="json", exclude_none=True), allow_unicode=True))
    return path


def test_plan_prints_capacity_gaps_and_training_in_german(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(_write(tmp_path)), "--start", "2026-11-30"])
    assert result.exit_code == 0, result.output
    assert "Kapazität pro Woche" in result.output
    assert "Benötigt 9,0\u202fStd., verfügbar 10,0\u202fStd. pro Woche." in result.output
    assert "Kompetenzlücken" in result.output and "Weiterbildungsplan" in result.output
    assert "Vorschlag" not in result.output  # within capacity


def test_plan_suggests_a_plan_when_over_capacity(tmp_path):
    strategy = planning_strategy()
    strategy.resources.team[0].hours_per_week = 3
    strategy.resources.team[1].hours_per_week = 1
    result = CliRunner().invoke(main, ["plan", str(_write(tmp_path, strategy)), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "Suggested plan within capacity" in result.output
    assert "Instagram dropped" in result.output


def test_plan_as_json_carries_the_numbers_the_web_app_needs(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(_write(tmp_path)), "--json", "--weeks", "4"])
    data = json.loads(result.output)
    assert data["capacity"]["required"] == 9.0
    assert {p["member"] for p in data["people"]} == {"anna", "ben"}
    assert data["weeks"] == 4 and data["suggestion"] is None
    assert data["training"][0]["form_label"]


def test_calendar_writes_an_ics_file_calendar_apps_can_read(tmp_path):
    out = tmp_path / "plan.ics"
    result = CliRunner().invoke(
        main, ["calendar", str(_write(tmp_path)), "-o", str(out), "--weeks", "4", "--start", "2026-11-30"]
    )
    assert result.exit_code == 0, result.output
    events = icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert len(events) >= 16


def test_calendar_writes_into_a_folder_with_the_suggested_file_name(tmp_path):
    result = CliRunner().invoke(
        main, ["calendar", str(_write(tmp_path)), "-o", str(tmp_path), "--format", "hootsuite"]
    )
    assert result.exit_code == 0, result.output
    archive = zipfile.ZipFile(tmp_path / "baeckerei-sonnenschein-hootsuite.zip")
    assert len(archive.namelist()) == 2


def test_calendar_exports_the_saved_calendar_when_no_weeks_are_given(tmp_path):
    strategy = planning_strategy()
    strategy.content.calendar = [
        {"id": "a", "date": "2026-12-01", "platform": "facebook", "title": "=cmd|' /C calc'!A0"}
    ]
    result = CliRunner().invoke(
        main, ["calendar", str(_write(tmp_path, strategy)), "-o", "-", "--format", "csv"]
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout_bytes.decode().splitlines()
    assert len(lines) == 2 and ",'=cmd|" in lines[1]


def test_a_broken_file_gives_one_clear_line_naming_the_field(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("platforms:\n  - platform: instagram\n    posts_per_week: lots\n")
    result = CliRunner().invoke(main, ["plan", str(path)])
    assert result.exit_code != 0
    assert "bad.yaml:3: platforms[0].posts_per_week" in result.output
    assert "Traceback" not in result.output


def test_calendar_exports_one_platform_as_a_single_sprout_csv(tmp_path):
    out = tmp_path / "fb.csv"
    args = ["calendar", str(_write(tmp_path)), "-o", str(out), "--format", "sprout", "--platform", "facebook"]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"date,time_24hr,message_text\r\n")


def test_plan_writes_german_dates_and_no_break_spaces_under_lang_de(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(_write(tmp_path)), "--start", "2026-11-30"])
    assert "bis 19.04.2027" in result.output and "2027-04-19" not in result.output
    assert "9,0\u202fStd." in result.output and "kauft" not in result.output


def test_calendar_and_plan_refuse_a_start_whose_weeks_leave_the_model_years(tmp_path):
    path = str(_write(tmp_path))
    for command in (
        ["calendar", path, "-o", "-", "--start", "9999-12-01"],
        ["plan", path, "--start", "9999-12-01"],
    ):
        result = CliRunner().invoke(main, [*command, "--lang", "en"])
        assert result.exit_code == 2, result.output
        assert "Invalid value for '--start': Choose a start between 1900-01-01 and" in result.output
        assert "Traceback" not in result.output
