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


def _ready(tmp_path, *platforms):
    strategy = planning_strategy()
    posts = [
        {"id": f"{p}-{i}", "date": f"2030-01-0{i + 7}", "platform": p, "title": f"{p} {i}", "status": "ready"}
        for p in platforms
        for i in range(2)
    ]
    strategy.content.calendar = [
        *posts,
        {"id": "idea", "date": "2030-01-09", "platform": "facebook", "title": "Idee"},
    ]
    return _write(tmp_path, strategy)


def _calendar(*args):
    return CliRunner().invoke(main, ["calendar", *map(str, args), "--lang", "en"])


def test_calendar_writes_one_file_per_profile_into_a_folder(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    result = _calendar(_ready(tmp_path, "facebook", "linkedin"), "-o", out, "--format", "hootsuite")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == [
        "baeckerei-sonnenschein-hootsuite-facebook.csv",
        "baeckerei-sonnenschein-hootsuite-linkedin.csv",
    ]
    assert "Wrote 4 posts to" in result.stderr


def test_calendar_writes_several_profiles_into_a_zip_only_under_a_zip_name(tmp_path):
    path = _ready(tmp_path, "facebook", "linkedin")
    result = _calendar(path, "-o", tmp_path / "x.csv", "--format", "sprout")
    assert result.exit_code == 2 and not (tmp_path / "x.csv").exists()
    assert "2 files (one per profile) do not fit into" in result.output and ".zip" in result.output
    result = _calendar(path, "-o", tmp_path / "x.zip", "--format", "sprout")
    assert result.exit_code == 0, result.output
    assert len(zipfile.ZipFile(tmp_path / "x.zip").namelist()) == 2


def test_calendar_sends_only_a_single_text_file_to_stdout(tmp_path):
    path = _ready(tmp_path, "facebook", "linkedin")
    result = _calendar(path, "-o", "-", "--format", "hootsuite")
    assert result.exit_code == 2 and "cannot go to standard output" in result.output
    assert b"PK" not in result.stdout_bytes
    result = _calendar(path, "-o", "-", "--format", "hootsuite", "--platform", "linkedin")
    assert result.exit_code == 0 and result.stdout_bytes.startswith(b"01/07/2030 09:00,linkedin 0")


def test_calendar_refuses_a_file_name_of_another_format(tmp_path):
    result = _calendar(_ready(tmp_path, "facebook"), "-o", tmp_path / "y.ics", "--format", "hootsuite")
    assert result.exit_code == 2 and "y.ics is not a .csv name" in result.output


def test_calendar_says_what_it_left_out_and_why(tmp_path):
    result = _calendar(_ready(tmp_path, "facebook", "instagram"), "-o", tmp_path, "--format", "sprout")
    assert result.exit_code == 0, result.output
    assert "Wrote 2 posts to" in result.stderr
    assert "Left out 3 posts:" in result.stderr
    assert "Instagram needs an image or video" in result.stderr
    assert "only posts marked ready go to Sprout Social" in result.stderr


def test_calendar_counts_only_the_chosen_platform(tmp_path):
    out = tmp_path / "fb.csv"
    result = _calendar(
        _ready(tmp_path, "facebook", "linkedin"), "-o", out, "--format", "sprout", "--platform", "facebook"
    )
    assert result.exit_code == 0, result.output
    assert "Wrote 2 posts to" in result.stderr and "linkedin" not in result.stderr.lower()


def test_calendar_refuses_a_platform_the_strategy_does_not_have(tmp_path):
    result = _calendar(
        _ready(tmp_path, "facebook"),
        "-o",
        tmp_path / "r.csv",
        "--format",
        "hootsuite",
        "--platform",
        "reddit",
    )
    assert result.exit_code == 2 and not (tmp_path / "r.csv").exists()
    assert "the strategy has no Reddit; its platforms: Instagram, Facebook" in result.output


def test_calendar_with_nothing_to_upload_writes_nothing_and_fails(tmp_path):
    result = _calendar(
        _write(tmp_path), "-o", tmp_path / "h.csv", "--format", "hootsuite", "--start", "2030-01-07"
    )
    assert result.exit_code == 1 and not (tmp_path / "h.csv").exists()
    assert "Nothing to export" in result.stderr


def test_calendar_writes_csv_for_german_excel(tmp_path):
    out = tmp_path / "plan.csv"
    result = _calendar(_ready(tmp_path, "facebook"), "-o", out, "--format", "csv", "--dialect", "excel-de")
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith("\ufeff".encode()) and b";" in out.read_bytes().splitlines()[0]


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


def test_plan_writes_german_dates_and_no_break_spaces_under_lang_de(tmp_path):
    result = CliRunner().invoke(main, ["plan", str(_write(tmp_path)), "--start", "2026-11-30"])
    assert "19.04.2027" in result.output and "2027-04-19" not in result.output
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


def test_plan_fits_an_80_column_terminal_with_aligned_columns(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    strategy = planning_strategy()
    strategy.resources.team[0].hours_per_week = 3  # over capacity: the suggested plan is printed too
    result = CliRunner().invoke(main, ["plan", str(_write(tmp_path, strategy)), "--lang", "en"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    header = next(line for line in lines if line.startswith("Platform") and "Total (h)" in line)
    instagram = lines[lines.index(header) + 1]
    assert instagram.startswith("Instagram") and len(instagram) == len(
        header
    )  # numbers end under their header


def test_a_long_name_wraps_in_its_column_on_a_narrow_terminal():
    from socialstrategy.commands.planning import _table

    lines = _table(["Who", "Hours"], [["Dr. Maximiliane Musterfrau-Oberhuber", "2,5"]], width=24)
    assert max(len(line) for line in lines) <= 24
    assert lines[1].endswith("2,5") and not lines[2].endswith(
        "2,5"
    )  # the name goes on, indented by its column
