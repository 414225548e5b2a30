"""Check rules that use the knowledge base (called directly until run_checks lands on main)."""

from __future__ import annotations

import knowledge_profiles as profiles
import pytest

from socialstrategy.core.checks import RULES, run_rule
from socialstrategy.core.checks.knowledge_rules import (
    cadence_exceeds_team_hours,
    platform_barely_reaches_audience,
    unknown_recommendation_weight,
)
from socialstrategy.core.knowledge import ENV_VAR, clear_cache
from socialstrategy.core.model import PlatformDecision


@pytest.fixture(autouse=True)
def _no_overlay(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    clear_cache()
    yield
    clear_cache()


def test_both_rules_are_registered_under_stable_codes():
    codes = {r.code for r in RULES}
    assert {"platform-barely-reaches-audience", "cadence-exceeds-team-hours"} <= codes


def test_it_warns_when_a_platform_in_use_barely_reaches_an_audiences_age_band():
    # Instagram reached about 1% of Germans over 70 weekly (ARD/ZDF 2020): a warning for a 70+ audience.
    strategy = profiles.charity()
    strategy.audiences[0].age_min, strategy.audiences[0].age_max = 70, 90
    strategy.platforms = [PlatformDecision(platform="instagram", audiences=["donors"])]
    findings = run_rule(platform_barely_reaches_audience, strategy)
    assert [f.code for f in findings] == ["platform-barely-reaches-audience"]
    assert findings[0].path == "platforms[0]"
    assert findings[0].params["share"] == 1
    assert "Instagram reaches only 1%" in findings[0].as_dict("en")["message"]
    assert "nur 1\u202f% der Zielgruppe" in findings[0].as_dict("de")["message"]


def test_it_does_not_warn_when_the_platform_reaches_the_audience():
    strategy = profiles.local_cafe()
    strategy.platforms = [PlatformDecision(platform="instagram")]
    assert run_rule(platform_barely_reaches_audience, strategy) == []


def test_it_does_not_judge_business_buyers_by_population_surveys():
    strategy = profiles.tax_advisers()
    strategy.platforms = [PlatformDecision(platform="linkedin")]
    assert run_rule(platform_barely_reaches_audience, strategy) == []


def test_it_ignores_platforms_that_are_only_observed():
    strategy = profiles.charity()
    strategy.audiences[0].age_min = 70
    strategy.platforms = [PlatformDecision(platform="instagram", status="observe")]
    assert run_rule(platform_barely_reaches_audience, strategy) == []


def test_it_warns_when_the_team_cannot_carry_the_minimum_cadence():
    # Instagram: at least 2 feed posts a week (Mosseri 2021); at 3 h per post that is 6 h, plus the
    # effort model's 2 h a week for comments and messages; the team has 4 h.
    strategy = profiles.local_cafe()
    strategy.platforms = [PlatformDecision(platform="instagram")]
    assert strategy.resources is not None
    strategy.resources.effort = [{"platform": "instagram", "format": "image", "hours_per_post": 3}]  # type: ignore[list-item]
    strategy = strategy.model_validate(strategy.model_dump())
    findings = run_rule(cadence_exceeds_team_hours, strategy)
    assert [f.code for f in findings] == ["cadence-exceeds-team-hours"]
    assert findings[0].params == {
        "platform": "Instagram",
        "needed": 8,
        "posts": 2,
        "per_post": 3,
        "community": 2,
        "available": 4,
    }
    assert "posts: 2 × 3 h, plus 2 h for comments and messages" in findings[0].as_dict("en")["message"]


def test_without_its_own_figures_a_strategy_is_checked_with_the_effort_models_assumptions():
    # Instagram: 2 posts × 1 h per image (assumed) + 2 h for comments (assumed) = 4 h.
    strategy = profiles.local_cafe()
    strategy.platforms = [PlatformDecision(platform="instagram")]
    assert sum(m.hours_per_week for m in strategy.team()) == 4
    assert run_rule(cadence_exceeds_team_hours, strategy) == []
    strategy.resources.team[0].hours_per_week = 3
    findings = run_rule(cadence_exceeds_team_hours, strategy)
    assert findings[0].params["per_post"] == 1 and findings[0].params["community"] == 2


def test_a_broken_overlay_becomes_one_finding(tmp_path, monkeypatch):
    bad = tmp_path / "bad.yaml"
    bad.write_text("nonsense: 1\n")
    monkeypatch.setenv(ENV_VAR, str(bad))
    clear_cache()
    strategy = profiles.local_cafe()
    findings = run_rule(platform_barely_reaches_audience, strategy)
    assert [f.code for f in findings] == ["knowledge-overlay-invalid"]


def test_it_warns_about_a_weight_the_scoring_model_does_not_know():
    data = {**profiles.local_cafe().model_dump(), "recommendation": {"weights": {"luck": 1, "effort": 2}}}
    strategy = type(profiles.local_cafe()).model_validate(data)
    findings = run_rule(unknown_recommendation_weight, strategy)
    assert [(f.code, f.path) for f in findings] == [
        ("unknown-recommendation-weight", "recommendation.weights.luck")
    ]
    assert "„luck“" in findings[0].as_dict("de")["message"]
