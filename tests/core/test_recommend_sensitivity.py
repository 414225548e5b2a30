"""Sensitivity and confidence: what would change the top three, and how much rests on data."""

from __future__ import annotations

import pytest

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.recommend import recommend
from socialstrategy.core.recommend.sensitivity import _FACTORS


@pytest.mark.parametrize("name", list_demos())
def test_each_of_the_top_three_is_told_what_would_move_it(name):
    result = recommend(load_demo(name))
    assert [s.platform for s in result.sensitivity] == [p.platform for p in result.platforms[:3]]
    assert len(result.as_dict("de")["sensitivity"]) == 3


@pytest.mark.parametrize("name", list_demos())
def test_the_change_named_really_moves_the_platform_and_a_smaller_one_does_not(name):
    # The sensitivity reads the order from the contributions alone; the full recommendation agrees.
    strategy = load_demo(name)
    result = recommend(strategy)
    for shift in result.sensitivity:
        if shift.key is None or shift.factor is None:
            continue
        magnitude = shift.factor if shift.factor > 1 else 1 / shift.factor
        before = max([1.0, *(f for f in _FACTORS if f < magnitude - 1e-9)])
        for factor, moves in ((magnitude, True), (before, False)):
            scaled = factor if shift.factor > 1 else 1 / factor
            # the same ratios on the 0–5 scale: the other weights divided instead of this one multiplied
            if scaled > 1:
                weights = {k: (w if k == shift.key else w / scaled) for k, w in result.weights.items()}
            else:
                weights = {**result.weights, shift.key: result.weights[shift.key] * scaled}
            changed = recommend(strategy, weights=weights)
            assert (changed.platforms[shift.position - 1].platform != shift.platform) is moves, (
                shift,
                factor,
            )


def test_a_shift_reads_as_a_sentence_a_coach_can_say():
    result = recommend(load_demo("sensors"))
    texts = result.as_dict("en")["sensitivity"]
    assert any("counts more than" in t or "counts less than" in t for t in texts)
    assert all(t.startswith(p.label("en")) for t, p in zip(texts, result.platforms, strict=False))


def test_confidence_is_the_share_of_the_score_resting_on_data():
    result = recommend(load_demo("bakery"))
    instagram = result.get("instagram")
    share, level = instagram.confidence()
    on_data = sum(c.points for c in instagram.contributions if c.basis in ("data", "strategy"))
    assert share == pytest.approx(100 * on_data / instagram.score)
    assert level in {"high", "medium", "low"}
    website = result.get("website")  # owned channel: editorial ratings only
    assert website.confidence()[1] == "low"
    assert "der Punkte beruhen auf Daten" in result.as_dict("de")["platforms"][0]["confidence"]["text"]
