"""``socialstrategy results import`` and ``results report``: the round trip from exports to the
numbers, and bad files refused with exit code 2 and nothing stored."""

import json
import sys
from pathlib import Path

from click.testing import CliRunner

from socialstrategy.cli import main

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from results_exports import BUSINESS_PROFILE, GENERIC, INSTAGRAM_POSTS


def _files(tmp_path):
    strategy = tmp_path / "bakery.yaml"
    assert CliRunner().invoke(main, ["demo", "bakery", str(strategy)]).exit_code == 0
    for name, text in (("posts.csv", INSTAGRAM_POSTS), ("gbp.csv", BUSINESS_PROFILE), ("mine.csv", GENERIC)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    return strategy


def test_import_prints_what_it_recognised_and_report_gives_the_numbers_as_json(tmp_path):
    strategy = _files(tmp_path)
    args = ["results", "import", str(strategy), str(tmp_path / "posts.csv"), str(tmp_path / "gbp.csv")]
    result = CliRunner().invoke(main, [*args, "--period", "2026-09-01:2026-09-30", "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert (
        "posts.csv: Meta Business Suite: Instagram posts; 16 facts, 2026-09-15 – 2026-09-16" in result.output
    )
    assert (tmp_path / "bakery.results.sqlite3").exists()
    report = CliRunner().invoke(
        main, ["results", "report", str(strategy), "--format", "json", "--as-of", "2026-09-30"]
    )
    data = json.loads(report.output)
    followers = next(kpi for kpi in data["kpis"] if kpi["kpi"] == "k-follower")
    assert (followers["actual"], followers["status"]) == (1850 + 15, "on_track")
    assert {goal["id"] for goal in data["goals"]} >= {"g-bekanntheit", "g-cafe"}


def test_importing_the_same_file_twice_never_counts_twice(tmp_path):
    strategy = _files(tmp_path)
    for _ in range(2):
        CliRunner().invoke(main, ["results", "import", str(strategy), str(tmp_path / "posts.csv")])
    report = CliRunner().invoke(main, ["results", "report", str(strategy), "--format", "csv"])
    rows = [line for line in report.output.splitlines() if line.startswith("g-bekanntheit,k-follower")]
    assert rows and rows[-1].split(",")[8] == "1865.0"


def test_a_bad_file_exits_2_with_one_line_per_problem_and_stores_nothing(tmp_path):
    strategy = _files(tmp_path)
    (tmp_path / "bad.csv").write_text(GENERIC + "2026-09-03,website,visitors,12x\n", encoding="utf-8")
    args = ["results", "import", str(strategy), str(tmp_path / "mine.csv"), str(tmp_path / "bad.csv")]
    result = CliRunner().invoke(main, [*args, str(tmp_path / "gbp.csv"), "--lang", "en"])
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"error: {tmp_path / 'bad.csv'}:4: value: not a number: 12x",
        f"error: {tmp_path / 'gbp.csv'}: Google Business Profile: performance exports carry no dates: "
        "give the period they cover.",
    ]
    assert not (tmp_path / "bakery.results.sqlite3").exists()


def test_the_text_report_is_in_the_strategys_language(tmp_path):
    strategy = _files(tmp_path)
    CliRunner().invoke(main, ["results", "import", str(strategy), str(tmp_path / "posts.csv")])
    report = CliRunner().invoke(main, ["results", "report", str(strategy)])
    assert report.exit_code == 0 and "Ergebnisse zum 16.09.2026" in report.output
    assert "[Keine Daten]" in report.output
    assert "Bis zum 16.09.2026 keine Zahlen für diese Kennzahl" in " ".join(report.output.split())


def test_report_writes_the_client_report_in_the_strategys_voice(tmp_path):
    strategy = _files(tmp_path)
    CliRunner().invoke(main, ["results", "import", str(strategy), str(tmp_path / "posts.csv")])
    out = tmp_path / "report.md"
    result = CliRunner().invoke(main, ["results", "report", str(strategy), "-o", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert text.startswith("# Ergebnisse: Social-Media-Strategie 2027")
    assert "### Wie es weitergeht" in text and "Importiere einen Export" in text  # the bakery says du
    assert "Importieren Sie" not in text
    refused = CliRunner().invoke(main, ["results", "report", str(strategy), "-o", str(tmp_path / "r.pdf")])
    assert refused.exit_code == 2


def test_the_text_report_fits_80_columns_and_names_hand_counted_kpis_by_their_words(tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "80")
    strategy = _files(tmp_path)
    result = CliRunner().invoke(main, ["results", "report", str(strategy)])
    assert result.exit_code == 0, result.output
    assert max(len(line) for line in result.output.splitlines()) <= 80
    assert "k-bewertungen" not in result.output, "a custom metric's code is the KPI's id"
    text = " ".join(result.output.split())
    assert "keine Zahlen für diese Kennzahl: Tragen Sie sie auf der Seite „Ergebnisse“ ein" in text
    assert "keine Zahlen für „Follower“ (Instagram): Importieren Sie einen Export." in text


def test_import_speaks_the_strategy_s_language(tmp_path):
    strategy = _files(tmp_path)
    result = CliRunner().invoke(main, ["results", "import", str(strategy), str(tmp_path / "posts.csv")])
    assert result.exit_code == 0, result.output
    assert "16 Messwerte, 15.09.2026 – 16.09.2026" in result.output
    assert "Messwerte in" in result.output and "gespeichert" in result.output
    assert " facts" not in result.output
