"""The goal types exist once: the model's tuple is the Literal's arguments."""

from typing import get_args

from socialstrategy.core import model


def test_it_takes_the_goal_types_from_the_goal_type_literal() -> None:
    assert get_args(model.GoalType) == model.GOAL_TYPES
    assert model.GOAL_TYPES[0] == "awareness"
    assert len(model.GOAL_TYPES) == 9
