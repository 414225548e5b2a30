"""Applying the plan that fits: when the platforms ask for more hours than the team has, the
resources step offers the suggested cadences, and taking them is one revision the history undoes."""

from __future__ import annotations

from socialstrategy.core.planning.capacity import capacity
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import make_document

GOALS = [{"id": "g1", "type": "awareness", "statement": "Be known", "priority": "high"}]
PLATFORMS = [
    {
        "platform": "instagram",
        "status": "use",
        "posts_per_week": 5,
        "formats": ["image", "short_video"],
        "goals": ["g1"],
    },
    {"platform": "facebook", "status": "use", "posts_per_week": 3, "formats": ["image"], "goals": ["g1"]},
]
TEAM = {"team": [{"id": "ann", "name": "Ann", "hours_per_week": 4}]}


def _short_of_hours(personas):
    strategy = personas["strategy"]
    document = make_document(goals=GOALS, platforms=PLATFORMS, resources=TEAM)
    save_document(strategy, document, 1, None, "test")
    strategy.refresh_from_db()
    assert capacity(strategy.load()).is_over
    return strategy


def test_the_resources_step_offers_to_apply_the_plan_that_fits(bob, personas):
    strategy = _short_of_hours(personas)
    page = bob.get(f"/s/{strategy.pk}/step/resources/").content.decode()
    assert f'action="/s/{strategy.pk}/resources/apply-plan/"' in page
    assert "Apply this plan" in page


def test_applying_the_plan_fits_the_hours_in_one_revision_the_history_names(bob, personas):
    strategy = _short_of_hours(personas)
    response = bob.post(f"/s/{strategy.pk}/resources/apply-plan/", {"version": "2"})
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.version == 3
    assert not capacity(strategy.load()).is_over
    history = bob.get(f"/s/{strategy.pk}/history/").content.decode()
    assert "Applied the plan that fits the hours: " in history


def test_the_history_undoes_the_applied_plan(bob, personas):
    strategy = _short_of_hours(personas)
    before = strategy.document["platforms"]
    bob.post(f"/s/{strategy.pk}/resources/apply-plan/", {"version": "2"})
    strategy.refresh_from_db()
    assert strategy.document["platforms"] != before
    bob.post(f"/s/{strategy.pk}/restore/2/", {"version": "3"})
    strategy.refresh_from_db()
    assert strategy.document["platforms"] == before


def test_a_viewer_is_not_offered_the_plan_to_apply(personas):
    from tests.web.conftest import client_for

    strategy = _short_of_hours(personas)
    vera = client_for("vera")
    assert vera.post(f"/s/{strategy.pk}/resources/apply-plan/", {"version": "2"}).status_code == 403
    assert "Apply this plan" not in vera.get(f"/s/{strategy.pk}/step/resources/").content.decode()


def test_the_confirmation_reads_in_german(bob, personas):
    strategy = _short_of_hours(personas)
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.post(f"/s/{strategy.pk}/resources/apply-plan/", {"version": "2"}, follow=True).content.decode()
    assert "Übernommen: " in page and "pro Woche" in page
