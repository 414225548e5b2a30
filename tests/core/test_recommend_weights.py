"""One scale of weights: importance 0–5, the defaults on it, shares of 100 % in every output."""

from __future__ import annotations

import knowledge_profiles as profiles
import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.checks import run_checks
from socialstrategy.core.demos import load_demo
from socialstrategy.core.fileformat import loads_strategy
from socialstrategy.core.model import IMPORTANCE_MAX, Strategy
from socialstrategy.core.recommend import DEFAULT_WEIGHTS, WeightError, recommend, weight_shares

importances = st.dictionaries(
    st.sampled_from(list(DEFAULT_WEIGHTS)), st.floats(0, IMPORTANCE_MAX, allow_nan=False)
)


def test_every_default_is_an_importance_on_the_one_scale():
    assert all(0 < value <= IMPORTANCE_MAX for value in DEFAULT_WEIGHTS.values())


@given(importances)
def test_the_shares_of_any_weights_add_up_to_100(chosen):
    weights = {**DEFAULT_WEIGHTS, **chosen}
    shares = weight_shares(weights)
    if sum(weights.values()) > 0:
        assert sum(s.share for s in shares) == 100
    assert [s.key for s in shares] == list(weights)


def test_the_bakery_demo_keeps_audience_reach_a_weight_someone_decided():
    # The demo sets goal_fit 3, audience_fit 3, effort 2; reach keeps its default on the same scale.
    result = recommend(load_demo("bakery"))
    shares = {s.key: s.share for s in weight_shares(result.weights)}
    assert shares["audience_reach"] > shares["goal_fit"] > shares["budget_fit"]
    assert shares["audience_reach"] >= 25


def test_an_old_fractional_file_is_migrated_with_the_ratios_it_had():
    old = Strategy.model_validate({"recommendation": {"weights": {"goal_fit": 0.4, "feasibility": 0.3}}})
    assert old.recommendation is not None
    weights = old.recommendation.weights
    assert weights["goal_fit"] == IMPORTANCE_MAX  # the largest old weight
    assert weights["budget_fit"] < weights["audience_reach"] <= weights["feasibility"] < weights["goal_fit"]
    assert all(v * 2 == int(v * 2) for v in weights.values())  # whole or half numbers


def test_a_migrated_file_reads_the_same_the_second_time():
    once = Strategy.model_validate({"recommendation": {"weights": {"effort": 0.15, "goal_fit": 0.5}}})
    twice = Strategy.model_validate(once.model_dump())
    assert once.recommendation == twice.recommendation


def test_weights_on_the_new_scale_are_kept_as_written():
    strategy = Strategy.model_validate({"recommendation": {"weights": {"goal_fit": 3, "effort": 0.5}}})
    assert strategy.recommendation is not None
    assert strategy.recommendation.weights == {"goal_fit": 3, "effort": 0.5}


def test_a_weight_above_the_scale_is_refused_naming_its_field():
    # An old file's weight of 28 is kept when read (the document still opens) but not guessed at.
    strategy = loads_strategy("recommendation:\n  weights:\n    goal_fit: 28\n", "old.yaml")
    with pytest.raises(WeightError) as error:
        recommend(strategy)
    assert error.value.field == "recommendation.weights.goal_fit"
    assert "0 (leave out) to 5 (decisive)" in str(error.value)


def test_the_check_reports_a_weight_off_the_scale_at_its_field():
    strategy = loads_strategy("recommendation:\n  weights:\n    goal_fit: 28\n", "old.yaml")
    found = [f for f in run_checks(strategy) if f.code == "recommendation-weight-off-scale"]
    assert [(f.severity, f.path) for f in found] == [("error", "recommendation.weights.goal_fit")]


def test_an_override_above_the_scale_is_refused_naming_the_weight():
    with pytest.raises(WeightError, match="'goal_fit' is 9"):
        recommend(profiles.local_cafe(), weights={"goal_fit": 9})


def test_the_json_lists_each_weight_with_label_importance_and_share():
    data = recommend(load_demo("bakery")).as_dict("de")
    reach = data["weights"][0]
    assert reach == {
        "key": "audience_reach",
        "label": "Reichweite in der Zielgruppe",
        "importance": 5,
        "share": reach["share"],
    }
    contribution = data["platforms"][0]["contributions"][0]
    assert contribution["importance"] == 5 and contribution["share"] == pytest.approx(reach["share"], abs=1)


def test_german_weights_read_as_shares_with_a_no_break_space():
    text = weight_shares({"goal_fit": 1, "audience_reach": 3})[1].text("de")
    assert text == "Reichweite in der Zielgruppe 75\u00a0% (Wichtigkeit 3)"
