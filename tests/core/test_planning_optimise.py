import pytest
from planning_strategies import planning_strategy

from socialstrategy.core.planning.optimise import (
    Option,
    PlatformOption,
    goal_value,
    optimise,
    platform_options,
    suggest_plan,
)


def _posts(plan):
    return {(c.platform, c.format): c.posts_per_week for c in plan.cadences}


def test_it_keeps_the_cheap_format_and_fits_the_expensive_one_into_the_remaining_hours():
    # 7 h: 2 h community; images 3 x 1 h; then 2 h left buy a 6-hour video every 4 weeks (1.5 h a week).
    platform = PlatformOption(
        "instagram",
        community_hours=2,
        min_posts_per_week=1,
        options=[Option("instagram", "image", 3, 1, 2), Option("instagram", "video", 1, 6, 2)],
    )
    plan = optimise([platform], hours=7)
    assert _posts(plan) == {("instagram", "image"): 3.0, ("instagram", "video"): 0.25}
    assert plan.hours == pytest.approx(6.5)
    assert plan.value == pytest.approx(6.5)
    [cut] = plan.cuts
    assert (cut.format, cut.reason, cut.planned, cut.chosen) == ("video", "reduced", 1, 0.25)


def test_it_drops_a_platform_whose_minimum_cadence_does_not_fit_instead_of_posting_too_rarely():
    a = PlatformOption("a", 1, 2, [Option("a", "image", 3, 1, 3)])
    b = PlatformOption("b", 3, 2, [Option("b", "image", 2, 1, 1)])
    plan = optimise([a, b], hours=6)
    assert _posts(plan) == {("a", "image"): 3.0}
    [cut] = plan.cuts
    assert (cut.platform, cut.reason, cut.chosen) == ("b", "platform_dropped", 0.0)


def test_when_both_platforms_cannot_stay_it_keeps_the_one_with_more_value():
    # 5 h: a needs >= 2 posts (2 h) + 1 h, b needs >= 2 posts (2 h) + 3 h; only one fits.
    a = PlatformOption("a", 1, 2, [Option("a", "image", 3, 1, 1)])
    b = PlatformOption("b", 3, 2, [Option("b", "image", 2, 1, 5)])
    plan = optimise([a, b], hours=5)
    assert _posts(plan) == {("b", "image"): 2.0}
    assert plan.value == pytest.approx(10)


def test_the_budget_buys_the_missing_hours_and_is_not_spent_when_not_needed():
    a = PlatformOption("a", 1, 2, [Option("a", "image", 3, 1, 3)])
    b = PlatformOption("b", 3, 2, [Option("b", "image", 2, 1, 1)])
    plan = optimise([a, b], hours=4, buyable_hours=5)
    assert _posts(plan) == {("a", "image"): 3.0, ("b", "image"): 2.0}
    assert plan.bought_hours == pytest.approx(5)
    assert plan.cuts == []
    assert optimise([a], hours=10, buyable_hours=5).bought_hours == pytest.approx(0)


def test_it_never_schedules_more_than_was_planned():
    a = PlatformOption("a", 0, 1, [Option("a", "text", 2, 0.5, 1)])
    plan = optimise([a], hours=100)
    assert _posts(plan) == {("a", "text"): 2.0}


def test_fractional_cadences_are_counted_per_four_weeks():
    a = PlatformOption("a", 0, 0.25, [Option("a", "article", 0.5, 4, 1)])
    plan = optimise([a], hours=1)
    assert _posts(plan) == {("a", "article"): 0.25}


def test_goal_value_sums_the_priority_weights_of_the_platform_goals():
    strategy = planning_strategy()
    assert goal_value(strategy, "instagram") == 3  # one high-priority goal
    assert goal_value(strategy, "facebook") == 1  # one low-priority goal


def test_the_suggested_plan_for_a_strategy_fits_its_team_hours():
    strategy = planning_strategy()
    strategy.resources.team[0].hours_per_week = 3
    strategy.resources.team[1].hours_per_week = 1
    plan = suggest_plan(strategy)
    assert plan.hours <= 4 + 1e-9
    assert {cut.platform for cut in plan.cuts} == {"instagram"}
    assert [o.platform for o in platform_options(strategy)] == ["instagram", "facebook"]


def test_a_strategy_without_platforms_gets_an_empty_plan_not_a_solver_error():
    strategy = planning_strategy(platforms=[])
    plan = suggest_plan(strategy)
    assert (plan.cadences, plan.cuts, plan.hours) == ([], [], 0.0)
