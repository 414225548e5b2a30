"""The grown demo that the growth bench and the scale tests use."""

from __future__ import annotations

from socialstrategy.core.checks import run_checks
from socialstrategy.core.demos import grown_demo, load_demo


def test_a_grown_demo_has_n_times_the_goals_audiences_team_and_calendar():
    demo, grown = load_demo("bakery"), grown_demo("bakery", 4)
    assert len(grown.goals) == 4 * len(demo.goals)
    assert len(grown.audiences) == 4 * len(demo.audiences)
    assert len(grown.team()) == 4 * len(demo.team())
    assert len(grown.content.calendar) == 4 * len(demo.content.calendar)


def test_a_grown_demo_is_as_consistent_as_the_demo():
    errors = [finding.code for finding in run_checks(grown_demo("bakery", 3)) if finding.severity != "info"]
    assert errors == []


def test_the_demo_grown_once_is_the_demo():
    assert grown_demo("bakery", 1) == load_demo("bakery")
