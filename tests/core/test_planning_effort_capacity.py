import pytest
from planning_strategies import planning_strategy

from socialstrategy.core.model import EffortOverride
from socialstrategy.core.planning._data import load_data
from socialstrategy.core.planning.capacity import capacity
from socialstrategy.core.planning.effort import EffortModel, effort_model
from socialstrategy.core.vocabulary import PLATFORM_NAMES


def _figures(data):
    for fmt, entry in data["formats"].items():
        yield f"formats.{fmt}", entry
    yield "community_default", data["community_default"]
    yield "external_hourly_rate", data["external_hourly_rate"]
    for platform, entry in data["platforms"].items():
        for key in ("community_hours_per_week", "min_posts_per_week"):
            yield f"platforms.{platform}.{key}", entry[key]


@pytest.mark.parametrize(("where", "entry"), list(_figures(load_data("effort.yaml"))))
def test_every_effort_figure_has_a_source_or_is_marked_as_an_assumption(where, entry):
    if entry.get("assumption"):
        assert entry.get("note"), where
    else:
        assert entry.get("source_title") and entry.get("source_url", "").startswith("https://"), where
        assert "year" in entry, where


def test_the_effort_model_knows_every_agreed_platform():
    assert sorted(load_data("effort.yaml")["platforms"]) == sorted(PLATFORM_NAMES)


def test_an_override_for_platform_and_format_beats_one_for_the_platform_and_the_default():
    model = EffortModel(
        [
            EffortOverride(platform="instagram", hours_per_post=3.0),
            EffortOverride(platform="instagram", format="image", hours_per_post=0.25, note="our own"),
        ]
    )
    assert model.hours_per_post("instagram", "image").value == 0.25
    assert model.hours_per_post("instagram", "image").origin == "override"
    assert model.hours_per_post("instagram", "carousel").value == 3.0
    assert model.hours_per_post("facebook", "image").origin == "default"


def test_a_community_override_replaces_the_default_hours():
    model = EffortModel([EffortOverride(platform="tiktok", community_hours_per_week=4.5)])
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
    assert sorted(load_data("effort.yaml")["formats"]) == sorted(FORMAT_IDS)
