import pytest
from planning_strategies import planning_strategy
from pydantic import ValidationError

from socialstrategy.core.knowledge import FORMAT_IDS, load_knowledge
from socialstrategy.core.knowledge.effort import EffortModel, effort_model
from socialstrategy.core.knowledge.schema import EffortFigure, Estimate
from socialstrategy.core.model import EffortOverride
from socialstrategy.core.planning.capacity import capacity
from socialstrategy.core.vocabulary import PLATFORM_NAMES


def test_the_effort_model_knows_every_agreed_platform():
    assert sorted(load_knowledge().effort_defaults.platforms) == sorted(PLATFORM_NAMES)


def test_every_format_has_hours_per_post_from_a_source_or_an_assumption_with_its_note():
    kb = load_knowledge()
    for fmt in FORMAT_IDS:
        figure = kb.effort_for(fmt)
        assert figure is not None and figure.hours is not None, fmt
        assert figure.source in kb.sources or (figure.assumption and figure.note), fmt


def test_hours_without_a_source_must_say_they_are_an_assumption():
    with pytest.raises(ValidationError, match="assumption"):
        EffortFigure(format="image", hours=1.0)
    with pytest.raises(ValidationError, match="note"):
        EffortFigure(format="image", hours=1.0, assumption=True)
    with pytest.raises(ValidationError, match="source"):
        Estimate(value=2.0)


def test_a_sourced_figure_wins_over_an_assumption_for_the_same_format():
    kb = load_knowledge()
    assert kb.effort_for("article").source == "orbit_media_2024"
    assert not kb.effort_for("article").assumption
    assert kb.effort_for("image").assumption


def test_the_format_a_platform_uses_by_default_is_its_cards_primary_format():
    kb = load_knowledge()
    model = EffortModel(kb)
    assert {p: model.default_format(p) for p in kb.platforms} == {
        p: card.primary_format for p, card in kb.platforms.items()
    }


def test_an_override_for_platform_and_format_beats_one_for_the_platform_and_the_default():
    model = EffortModel(
        load_knowledge(),
        [
            EffortOverride(platform="instagram", hours_per_post=3.0),
            EffortOverride(platform="instagram", format="image", hours_per_post=0.25, note="our own"),
        ],
    )
    assert model.hours_per_post("instagram", "image").value == 0.25
    assert model.hours_per_post("instagram", "image").origin == "override"
    assert model.hours_per_post("instagram", "carousel").value == 3.0
    assert model.hours_per_post("facebook", "image").origin == "default"


def test_a_community_override_replaces_the_default_hours():
    model = EffortModel(load_knowledge(), [EffortOverride(platform="tiktok", community_hours_per_week=4.5)])
    assert model.community_hours("tiktok").value == 4.5
    assert model.community_hours("youtube").value == 1.0


def test_capacity_adds_post_hours_and_community_hours_per_platform():
    load = capacity(planning_strategy())
    by_platform = {item.platform: item for item in load.platforms}
    # Instagram: 1.5 images x 1 h + 1.5 short videos x 2 h + 2 h community
    assert by_platform["instagram"].hours == pytest.approx(6.5)
    # Facebook: 1 image x 1 h + 1.5 h community
    assert by_platform["facebook"].hours == pytest.approx(2.5)
    assert load.required == pytest.approx(9.0)
    assert load.available == 10
    assert not load.is_over


def test_capacity_is_over_when_the_team_has_fewer_hours_than_required():
    strategy = planning_strategy()
    strategy.resources.team[0].hours_per_week = 2
    assert capacity(strategy).is_over


def test_the_production_budget_buys_hours_at_the_sourced_freelance_rate():
    strategy = planning_strategy(
        resources={"team": [], "budget": [{"category": "agency", "monthly_amount": 62 * 52 / 12}]}
    )
    load = capacity(strategy)
    assert load.buyable == pytest.approx(1.0)
    assert effort_model(strategy).hourly_rate().source_url


def test_planning_uses_the_agreed_platform_and_format_ids():
    from socialstrategy.core.planning.names import FORMATS
    from socialstrategy.core.vocabulary import FORMAT_IDS, PLATFORM_IDS

    assert sorted(PLATFORM_NAMES) == sorted(PLATFORM_IDS)
    assert FORMATS == FORMAT_IDS
    assert {e.format for e in load_knowledge().effort} == set(FORMAT_IDS)
