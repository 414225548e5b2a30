"""Applying the suggested plan: the cadences that fit the team's hours become the decisions."""

from __future__ import annotations

import pytest
from planning_strategies import planning_strategy

from socialstrategy.core.adoption import CadenceChange, apply_suggested_plan
from socialstrategy.core.planning.capacity import Cadence, capacity
from socialstrategy.core.planning.optimise import SuggestedPlan, suggest_plan


def _short_of_hours():
    strategy = planning_strategy()
    strategy.resources.team[0].hours_per_week = 3
    strategy.resources.team[1].hours_per_week = 1
    return strategy


def _plan(*cadences: Cadence) -> SuggestedPlan:
    return SuggestedPlan(list(cadences), hours=0, bought_hours=0, value=0, cuts=[])


def test_an_applied_plan_fits_the_hours_the_strategy_was_short_of():
    strategy = _short_of_hours()
    assert capacity(strategy).is_over
    applied, changes = apply_suggested_plan(strategy, suggest_plan(strategy))
    assert not capacity(applied).is_over
    assert changes and all(change.after < change.before for change in changes)


def test_a_format_the_plan_no_longer_schedules_leaves_the_decision():
    plan = _plan(Cadence("instagram", "image", 2), Cadence("facebook", "image", 1))
    applied, changes = apply_suggested_plan(planning_strategy(), plan)
    instagram = applied.platforms[0]
    assert (instagram.formats, instagram.posts_per_week) == (["image"], 2)
    assert changes == [CadenceChange("instagram", 3, 2, ("short_video",))]


def test_a_dropped_platform_is_observed_and_keeps_its_reasons():
    plan = _plan(Cadence("instagram", "image", 1.5), Cadence("instagram", "short_video", 1.5))
    applied, changes = apply_suggested_plan(planning_strategy(), plan)
    facebook = applied.platforms[1]
    assert (facebook.status, facebook.goals, facebook.posts_per_week) == ("observe", ["g-recruiting"], 1)
    assert changes == [CadenceChange("facebook", 1, 0)]


def test_a_plan_that_changes_nothing_changes_nothing():
    plan = _plan(
        Cadence("instagram", "image", 1.5),
        Cadence("instagram", "short_video", 1.5),
        Cadence("facebook", "image", 1),
    )
    strategy = planning_strategy()
    applied, changes = apply_suggested_plan(strategy, plan)
    assert (applied, changes) == (strategy, [])


@pytest.mark.parametrize("status", ["observe", "reject"])
def test_platforms_not_in_use_are_left_alone(status):
    strategy = planning_strategy()
    strategy.platforms[1].status = status
    applied, _ = apply_suggested_plan(strategy, _plan(Cadence("instagram", "image", 3)))
    assert applied.platforms[1] == strategy.platforms[1]


def test_the_bakery_with_one_person_left_fits_after_applying_the_plan():
    """The plan gives Instagram images and a quarter short video a week; a decision splits its
    posts evenly, so summing them would ask for more video hours than the plan has."""
    from factories import load_demo

    strategy = load_demo("bakery")
    strategy.resources.team = strategy.resources.team[:1]
    strategy.resources.team[0].hours_per_week = 5
    plan = suggest_plan(strategy)
    applied, _ = apply_suggested_plan(strategy, plan)
    assert capacity(applied).required <= plan.hours + 1e-9
    assert not capacity(applied).is_over
