"""Adopting the recommendation: the ticked platforms become platform decisions in one revision,
which the history undoes like any other."""

from __future__ import annotations

from socialstrategy.core.adoption import adopt_platforms, recommended_platforms
from socialstrategy.core.demos import load_demo
from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import make_document

AUDIENCES = [{"id": "parents", "name": "Young parents", "kind": "consumers", "age_min": 25, "age_max": 40}]


def _strategy(personas, **sections):
    strategy = personas["strategy"]
    save_document(strategy, make_document(audiences=AUDIENCES, **sections), 1, None, "test")
    strategy.refresh_from_db()
    return strategy


def test_the_platform_step_offers_the_undecided_platforms_with_the_recommended_ticked(bob, personas):
    strategy = _strategy(personas, platforms=[{"platform": "tiktok", "status": "reject"}])
    page = bob.get(f"/s/{strategy.pk}/step/platforms/").content.decode()
    form = page.split('id="adopt"', 1)[1].split("</form>", 1)[0]
    assert 'value="tiktok"' not in form  # decided: left as the user set it
    for platform in recommended_platforms(strategy.load())[:3]:
        assert f'value="{platform}" checked' in form


def test_adopting_makes_decisions_in_one_revision(bob, personas):
    strategy = _strategy(personas)
    response = bob.post(
        f"/s/{strategy.pk}/platforms/adopt/", {"platform": ["instagram", "newsletter"], "version": "2"}
    )
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.version == 3
    decisions = {p["platform"]: p for p in strategy.document["platforms"]}
    assert list(decisions) == ["instagram", "newsletter"]
    instagram = decisions["instagram"]
    card = load_knowledge().platforms["instagram"]
    assert instagram["rationale"]
    assert instagram["audiences"] == ["parents"]
    assert instagram["formats"] == [card.primary_format]
    assert instagram["posts_per_week"] == card.minimum_cadence().min_per_week
    history = bob.get(f"/s/{strategy.pk}/history/").content.decode()
    assert "Adopted from the recommendation: Instagram, Newsletter" in history


def test_the_history_undoes_an_adoption(bob, personas):
    strategy = _strategy(personas)
    bob.post(f"/s/{strategy.pk}/platforms/adopt/", {"platform": "instagram", "version": "2"})
    bob.post(f"/s/{strategy.pk}/restore/2/", {"version": "3"})
    strategy.refresh_from_db()
    assert strategy.version == 4
    assert strategy.document.get("platforms", []) == []


def test_decided_and_unknown_platforms_are_not_adopted(bob, personas):
    strategy = _strategy(personas, platforms=[{"platform": "instagram", "status": "observe"}])
    data = {"platform": ["instagram", "myspace"], "version": "2"}
    response = bob.post(f"/s/{strategy.pk}/platforms/adopt/", data, follow=True)
    assert "Tick at least one platform that has no decision yet." in response.content.decode()
    strategy.refresh_from_db()
    assert strategy.version == 2
    decisions = [(p["platform"], p["status"]) for p in strategy.document["platforms"]]
    assert decisions == [("instagram", "observe")]


def test_an_adopted_platform_works_on_the_goals_it_suits():
    demo = load_demo("practice")
    blank = demo.model_copy(update={"platforms": []})
    [decision] = adopt_platforms(blank, ["linkedin"]).platforms
    fit = load_knowledge().platforms["linkedin"].goal_fit
    expected = [g.id for g in demo.goals if g.type in fit and fit[g.type].rating >= 2]
    assert decision.goals == expected
    assert decision.status == "use"
