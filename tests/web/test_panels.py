"""The extra panels from the other core topics, shown on the demo strategies."""

from __future__ import annotations

import pytest

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.web.strategies import services
from socialstrategy.web.strategies.store import create_strategy

PANEL_HEADINGS = {
    "information": "Platforms and channels at a glance",
    "platforms": "Recommendation",
    "guidelines": "Guidelines and crisis playbook",
    "marketing_mix": "Goals × marketing mix",
    "resources": "Capacity",
    "community": "The tone in practice",
    "content": 'id="cal-title"',
}


@pytest.fixture(params=list_demos())
def demo(request, personas):
    return create_strategy(personas["home"], load_demo(request.param), personas["users"]["alice"], "Demo")


@pytest.mark.parametrize("step", sorted(PANEL_HEADINGS))
def test_each_step_shows_its_panel_for_the_demo_strategies(bob, demo, step):
    response = bob.get(f"/s/{demo.pk}/step/{step}/")
    assert response.status_code == 200
    assert PANEL_HEADINGS[step] in response.content.decode()


def test_the_knowledge_panel_cites_its_sources(bob, demo):
    page = bob.get(f"/s/{demo.pk}/step/information/").content.decode()
    assert 'rel="noopener noreferrer"' in page and "https://" in page


def test_generating_texts_writes_guidelines_and_a_crisis_playbook(bob, personas):
    strategy = create_strategy(personas["home"], load_demo("sensors"), personas["users"]["alice"], "Demo")
    document = strategy.load()
    emptied = document.model_copy(update={"guidelines": None, "crisis": None})
    from socialstrategy.web.strategies.store import save_document

    save_document(strategy, emptied, 1, None, "empty")
    response = bob.post(f"/s/{strategy.pk}/texts/", {"version": "2"})
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.document["guidelines"]["sections"]
    assert strategy.document["crisis"]["sections"]
    assert strategy.revisions.get(version=3).author.username == "bob"


def test_the_review_offers_every_installed_download(bob, demo):
    page = bob.get(f"/s/{demo.pk}/step/review/").content.decode()
    for export in services.exports():
        assert f"/s/{demo.pk}/export/{export.key}/" in page
        response = bob.get(f"/s/{demo.pk}/export/{export.key}/")
        assert response.status_code == 200, export.key
        assert response.content


def test_the_recommendation_follows_the_strategys_weights_and_explains_bad_ones(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/platforms/"
    bob.post(url, {"version": "1", "recommendation.weights": "goal_fit: 3\naudience_reach: 1"})
    strategy.refresh_from_db()
    assert strategy.document["recommendation"]["weights"] == {"goal_fit": 3, "audience_reach": 1}
    assert "Recommendation" in bob.get(url).content.decode()
    bob.post(url, {"version": "2", "recommendation.weights": "goal_fit: -2"})
    page = bob.get(url)
    assert page.status_code == 200
    assert "must not be negative" in page.content.decode()


def test_saving_a_step_refreshes_its_panel(bob, personas):
    strategy = personas["strategy"]
    response = bob.post(
        f"/s/{strategy.pk}/step/community/",
        {"version": "1", "community.address": "du", "community.tone": "warm"},
        HTTP_HX_REQUEST="true",
    )
    text = response.content.decode()
    assert '<div id="step-panel" hx-swap-oob="true">' in text
    assert "The tone in practice" in text
