"""The knowledge topic's commands: platforms (compare, show, gaps) and recommend."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from socialstrategy.cli import main
from socialstrategy.core.knowledge import ENV_VAR, clear_cache

CAFE = {
    "language": "de",
    "community": {"address": "sie"},
    "organisation": {
        "name": "Café Sonne",
        "country": "DE",
        "city": "Freiburg",
        "business_model": "b2c",
        "sector": "food_hospitality",
    },
    "goals": [{"id": "guests", "type": "reach_customers", "statement": "More guests", "priority": "high"}],
    "audiences": [
        {"id": "students", "name": "Studierende", "kind": "consumers", "age_min": 18, "age_max": 29}
    ],
    "resources": {"team": [{"id": "anna", "name": "Anna", "hours_per_week": 4}]},
}


@pytest.fixture(autouse=True)
def _no_overlay(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def cafe_file(tmp_path: Path) -> Path:
    path = tmp_path / "cafe.yaml"
    path.write_text(yaml.safe_dump(CAFE, allow_unicode=True), encoding="utf-8")
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    return result.exit_code, result.output


def test_platforms_prints_one_ranking_per_metric_with_sources():
    code, out = run("platforms", "--country", "DE", "--age", "30-49")
    assert code == 0
    assert "Weekly use (ARD/ZDF)" in out and "Daily use (ARD/ZDF)" in out
    assert "ARD/ZDF-Medienstudie 2024" in out


def test_platforms_json_can_rank_by_goal():
    code, out = run("platforms", "--country", "US", "--goal", "recruiting", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["countries"][0]["rankings"][0]["metric"] == "pew_ever"
    assert data["goal"]["rows"][0]["platform"] in {"linkedin", "website"}
    assert data["goal"]["basis"] == "editorial"


def test_platforms_rejects_a_malformed_age_band():
    result = CliRunner().invoke(main, ["platforms", "--age", "old"])
    assert result.exit_code == 2
    assert "--age" in result.output


def test_platforms_show_prints_the_card_with_sources():
    code, out = run("platforms", "show", "instagram")
    assert code == 0
    assert "caption_max_chars" in out and "https://docs.upload-post.com" in out
    assert "editorial assessment" in out


def test_platforms_show_in_german():
    code, out = run("platforms", "--lang", "de", "show", "linkedin")
    assert code == 0
    assert "Karrierenetzwerk" in out and "Quellen" in out


def test_platforms_show_names_an_unknown_platform():
    result = CliRunner().invoke(main, ["platforms", "show", "myspace"])
    assert result.exit_code == 1
    assert "unknown platform 'myspace'" in result.output


def test_platforms_gaps_lists_what_is_unknown():
    code, out = run("platforms", "gaps", "--json")
    gaps = json.loads(out)
    assert code == 0
    assert any(g["platform"] == "youtube" and g["item"] == "DE" for g in gaps)


def test_recommend_json_has_the_shape_of_the_issue(cafe_file):
    code, out = run("recommend", str(cafe_file), "--json")
    data = json.loads(out)
    assert code == 0
    assert list(data) == ["weights", "sensitivity", "platforms"]
    assert [list(w) for w in data["weights"]] == [["key", "label", "importance", "share"]] * 6
    assert sum(w["share"] for w in data["weights"]) == 100
    first = data["platforms"][0]
    assert list(first) == [
        "platform",
        "rank",
        "score",
        "verdict",
        "confidence",
        "contributions",
        "reasons",
        "notes",
    ]
    assert first["rank"] == 1 and first["verdict"] in {"recommended", "consider", "not_recommended"}
    assert abs(sum(c["points"] for c in first["contributions"]) - first["score"]) < 0.5
    assert "empfohlen" in first["reasons"][0]  # the strategy is German


def test_recommend_weights_change_the_weights_and_are_shown(cafe_file):
    _, out = run(
        "recommend", str(cafe_file), "--json", "--lang", "en", "--weights", "audience_reach=0,goal_fit=1"
    )
    data = json.loads(out)
    reach = next(c for c in data["platforms"][0]["contributions"] if c["key"] == "audience_reach")
    assert reach["importance"] == 0 and reach["share"] == 0 and reach["points"] == 0


def test_recommend_rejects_unknown_weights(cafe_file):
    result = CliRunner().invoke(main, ["recommend", str(cafe_file), "--weights", "luck=1"])
    assert result.exit_code == 2
    assert "unknown weight 'luck'" in result.output


def test_recommend_prints_the_matrix_and_the_weights(cafe_file):
    code, out = run("recommend", str(cafe_file), "--lang", "en")
    assert code == 0
    assert "Decision matrix" in out and "Weights:" in out and "Instagram" in out


def test_recommend_names_the_field_of_an_invalid_strategy(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text("organisation: {name: X, country: Germany}\n")
    result = CliRunner().invoke(main, ["recommend", str(path)])
    assert result.exit_code == 2
    assert "bad.yaml" in result.output and "organisation.country" in result.output
    assert "Traceback" not in result.output


def test_recommend_reports_a_broken_overlay_in_one_line(cafe_file, tmp_path):
    overlay = tmp_path / "overlay.yaml"
    overlay.write_text("platforms:\n  instagram:\n    goal_fit:\n      sales: {rating: 9, reason: {en: x}}\n")
    result = CliRunner().invoke(main, ["recommend", str(cafe_file), "--knowledge", str(overlay)])
    assert result.exit_code == 1
    assert "overlay.yaml: instagram.goal_fit.sales.rating" in result.output


def test_recommend_marks_overlay_values(cafe_file, tmp_path):
    overlay = tmp_path / "overlay.yaml"
    fit = "{rating: 1, reason: {en: Our guests are not there.}}"
    overlay.write_text(f"platforms:\n  instagram:\n    goal_fit:\n      reach_customers: {fit}\n")
    _, out = run("recommend", str(cafe_file), "--json", "--lang", "en", "--knowledge", str(overlay))
    instagram = next(p for p in json.loads(out)["platforms"] if p["platform"] == "instagram")
    goal = next(c for c in instagram["contributions"] if c["key"] == "goal_fit")
    assert goal["basis"] == "overlay"
    assert any("Overlay file changed: goal_fit" in n["text"] for n in instagram["notes"])


def test_recommend_at_80_columns_is_compact_and_never_truncates(cafe_file):
    result = CliRunner(env={"COLUMNS": "80"}).invoke(
        main, ["recommend", str(cafe_file), "--lang", "en"], catch_exceptions=False
    )
    lines = result.output.splitlines()
    assert result.exit_code == 0 and "Instagram" in result.output
    assert max(len(line) for line in lines) <= 80
    assert "…" not in result.output  # no header or platform name cut off
    assert "--wide" in result.output  # says where the full matrix is


def test_recommend_wide_prints_the_full_matrix(cafe_file):
    result = CliRunner(env={"COLUMNS": "80"}).invoke(
        main, ["recommend", str(cafe_file), "--lang", "en", "--wide"], catch_exceptions=False
    )
    assert result.exit_code == 0 and "…" not in result.output.split("Points per contribution")[0]
    assert "Audience reach" in result.output and "https://" in result.output
