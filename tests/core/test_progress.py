"""How far a strategy has come: findings about a step not reached yet are later, a step with an
error is not complete, and every layer counts the same findings."""

from __future__ import annotations

import pytest

from socialstrategy.core.checks import RULES, load_rules, run_checks
from socialstrategy.core.demos import load_demo
from socialstrategy.core.model import Strategy
from socialstrategy.core.process import STEP_IDS
from socialstrategy.core.progress import is_later, reached_step, step_progress


def _strategy(**sections) -> Strategy:
    data = {
        "organisation": {
            "name": "Physiotherapie am Isartor",
            "corporate_strategy": "Mehr Selbstzahler.",
            "principles": [{"id": "p1", "statement": "Ehrlich beraten", "tone": ["ehrlich"]}],
        },
        "corporate_objectives": [{"id": "o1", "statement": "Mehr Selbstzahler"}],
        "goals": [
            {
                "id": "g1",
                "type": "sales",
                "statement": "Kurse füllen",
                "serves": ["o1"],
                "kpis": [{"metric": "Buchungen", "platform": "instagram", "target": 40, "due": "2027-06-30"}],
            }
        ],
    }
    return Strategy.model_validate({**data, **sections})


def _found(strategy: Strategy, code: str):
    return [f for f in run_checks(strategy) if f.code == code]


def test_the_reached_step_is_the_furthest_with_input_or_the_one_the_user_is_on():
    strategy = _strategy()
    assert reached_step(strategy).identifier == "goals"
    assert reached_step(strategy, "platforms").identifier == "platforms"
    assert reached_step(strategy, "organisation").identifier == "goals"
    assert reached_step(Strategy()).identifier == "organisation"


def test_a_kpi_on_a_platform_not_decided_yet_waits_for_the_platform_step():
    strategy = _strategy()
    [dangling] = [f for f in _found(strategy, "dangling-reference") if "platform" in f.path]
    assert (dangling.step, dangling.waits_for) == ("goals", "platforms")
    assert is_later(dangling, reached_step(strategy))
    decided = _strategy(platforms=[{"platform": "linkedin", "rationale": "B2B"}])
    [still] = [f for f in _found(decided, "dangling-reference") if "platform" in f.path]
    assert not is_later(still, reached_step(decided))  # step 5 has input: now it is an error to fix


def test_a_principle_tone_waits_for_the_community_step():
    [tone] = _found(_strategy(), "principle-tone-not-used")
    assert (tone.step, tone.waits_for) == ("organisation", "community")
    assert is_later(tone, reached_step(_strategy()))
    assert not is_later(tone, reached_step(_strategy(), "community"))


def test_findings_about_steps_not_reached_are_not_counted_and_make_no_step_incomplete():
    progress = {row.step.identifier: row for row in step_progress(_strategy(), run_checks(_strategy()))}
    assert progress["goals"].is_completed
    assert progress["goals"].later >= 1
    assert progress["organisation"].later >= 1
    assert progress["audiences"].issues == 0  # "no audiences" waits until step 4 is reached


def test_a_step_with_an_error_is_not_complete():
    strategy = _strategy(goals=[{**_strategy().goals[0].model_dump(), "serves": ["o-missing"]}])
    progress = {row.step.identifier: row for row in step_progress(strategy, run_checks(strategy))}
    assert strategy.goals[0].serves and strategy.goals[0].kpis  # the step's input is there
    assert not progress["goals"].is_completed
    assert progress["goals"].issues >= 1


@pytest.mark.parametrize("name", ["bakery", "sensors", "practice"])
def test_a_demo_is_complete_in_every_step(name):
    demo = load_demo(name)
    progress = step_progress(demo, run_checks(demo), "review")
    assert [row.step.identifier for row in progress if not row.is_completed] == []
    assert sum(row.later for row in progress) == 0  # on review, everything is reached


def test_every_rule_waits_only_for_a_later_step():
    load_rules()
    for info in RULES:
        if info.waits_for:
            assert STEP_IDS.index(info.waits_for) > STEP_IDS.index(info.step), info.code
