"""The recommendation package: weights for a stored document, verdicts by one set of thresholds."""

from socialstrategy.core.recommend import (
    CONSIDER_FROM,
    DEFAULT_WEIGHTS,
    RECOMMENDED_FROM,
    LabelRef,
    effective_weights,
)
from socialstrategy.core.recommend.verdicts import verdict_for


def test_it_takes_known_numeric_weights_and_their_aliases_over_the_defaults():
    weights = effective_weights({"effort": 0.5, "goal_fit": 1, "unknown": 3, "reach": "many"})
    assert weights["feasibility"] == 0.5
    assert weights["goal_fit"] == 1.0
    assert weights["audience_reach"] == DEFAULT_WEIGHTS["audience_reach"]
    assert "unknown" not in weights


def test_it_gives_verdicts_by_the_thresholds():
    assert verdict_for(RECOMMENDED_FROM) == "recommended"
    assert verdict_for(CONSIDER_FROM) == "consider"
    assert verdict_for(CONSIDER_FROM - 0.1) == "not_recommended"


def test_it_renders_a_label_reference_as_a_message_parameter():
    from socialstrategy.core.message import Message

    text = Message("{kind}", {"kind": LabelRef({"b2b": "Business to business"}, "b2b")}).render("en")
    assert text == "Business to business"
