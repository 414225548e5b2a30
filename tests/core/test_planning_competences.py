import datetime as dt

import pytest
from planning_strategies import MONDAY, planning_strategy

from socialstrategy.core.planning._data import load_data
from socialstrategy.core.planning.competences import (
    COMPETENCE_IDS,
    catalogue,
    competence_gaps,
    competence_label,
    level_description,
    required_competences,
    training_plan,
)


def _required(strategy):
    return {req.competence: req.level for req in required_competences(strategy)}


def test_the_catalogue_holds_the_agreed_ids_with_five_described_levels_in_both_languages():
    assert set(load_data("competences.yaml")["competences"]) == {*COMPETENCE_IDS, "platform"}
    for language in ("en", "de"):
        for item in catalogue(language):
            assert sorted(item["levels"]) == [1, 2, 3, 4, 5]
            assert all(item["levels"].values()) and item["label"] and item["description"]
    assert competence_label("copywriting", "de") == "Texten"


def test_platform_competences_name_the_platform():
    assert competence_label("platform_linkedin", "en") == "Platform: LinkedIn"
    assert "Instagram" in level_description("platform_instagram", 3, "de")


def test_platforms_and_formats_set_the_required_levels():
    required = _required(planning_strategy())
    assert required["platform_instagram"] == 3
    assert required["video"] == 3  # short videos on Instagram
    assert required["photo"] == 3  # image posts
    assert required["advertising"] == 3  # an ads budget of 100 a month
    assert required["community_management"] == 3


def test_a_platform_in_test_needs_a_lower_level_than_one_in_use():
    strategy = planning_strategy(
        platforms=[{"platform": "tiktok", "status": "test", "formats": ["short_video"]}]
    )
    assert _required(strategy)["platform_tiktok"] == 2


def test_a_regulated_sector_raises_the_law_and_privacy_level():
    strategy = planning_strategy(organisation={"name": "Apotheke", "sector": "pharmacy"})
    assert _required(strategy)["law_privacy"] == 3
    assert _required(planning_strategy())["law_privacy"] == 2


def test_nothing_is_required_without_active_platforms():
    assert required_competences(planning_strategy(platforms=[])) == []


def test_a_gap_names_the_best_member_and_the_levels_missing():
    gaps = {gap.competence: gap for gap in competence_gaps(planning_strategy())}
    assert (gaps["video"].best, gaps["video"].have, gaps["video"].required) == ("ben", 2, 3)
    assert "platform_instagram" not in gaps  # Anna is at level 3
    assert "photo" not in gaps


def test_the_training_plan_gives_each_gap_a_learner_a_form_and_a_deadline():
    plan = training_plan(planning_strategy(), MONDAY)
    video = next(item for item in plan if item.competence == "video")
    assert (video.member, video.form, video.due) == ("ben", "online_course", MONDAY + dt.timedelta(weeks=4))
    assert len(plan) == len(competence_gaps(planning_strategy()))
    for item in plan:
        assert item.member in {"anna", "ben"}
        assert MONDAY <= item.start < item.due <= MONDAY + dt.timedelta(weeks=52)
        assert item.form == {1: "online_course", 2: "workshop"}.get(
            item.to_level - item.from_level, "coaching"
        )


@pytest.mark.parametrize("member", ["anna", "ben"])
def test_nobody_runs_more_than_two_trainings_at_once(member):
    plan = [item for item in training_plan(planning_strategy(), MONDAY) if item.member == member]
    for day in {item.start for item in plan}:
        assert sum(item.start <= day < item.due for item in plan) <= 2


def test_without_a_team_the_training_plan_has_no_learner():
    strategy = planning_strategy(resources={"team": []})
    assert {item.member for item in training_plan(strategy, MONDAY)} == {None}
