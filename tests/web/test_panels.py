"""The extra panels from the other core topics, shown on the demo strategies."""

from __future__ import annotations

import pytest

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.recommend import DEFAULT_WEIGHTS as WEIGHTS
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
        # A scheduler file takes only ready posts at least 15 minutes ahead: it may be empty.
        assert response.content or export.key in ("hootsuite", "sprout")


def test_the_recommendation_follows_the_weights_typed_into_one_field_each(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/platforms/"
    weights = {"recommendation.weights.goal_fit": "3", "recommendation.weights.audience_reach": "1"}
    assert bob.post(url, {"version": "1", **weights}).status_code == 302
    strategy.refresh_from_db()
    assert strategy.document["recommendation"]["weights"] == {"goal_fit": 3, "audience_reach": 1}
    page = bob.get(url).content.decode()
    assert "Recommendation" in page
    # Each weight shows its default and the value in effect with its share of the total.
    assert 'name="recommendation.weights.budget_fit"' in page
    assert "Default 1; in effect 1 (8% of the total)." in page
    assert "Default 5; in effect 1 (8% of the total)." in page
    assert "Default 5; in effect 3 (23% of the total)." in page
    # In German the number keeps its percent sign on the same line (a no-break space between).
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    german = bob.get(url).content.decode()
    assert "wirksam: 3 (23\u00a0% des Gesamtgewichts)." in german


def test_a_negative_weight_is_refused_at_its_field(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/platforms/"
    response = bob.post(
        url, {"version": "1", "recommendation.weights.goal_fit": "-2"}, HTTP_HX_REQUEST="true"
    )
    page = response.content.decode()
    assert 'id="f-recommendation-weights-goal_fit-error">Enter 0 or more.</p>' in page
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_all_weights_zero_is_refused_at_the_fields(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/platforms/"
    zero = {f"recommendation.weights.{key}": "0" for key in WEIGHTS}
    response = bob.post(url, {"version": "1", **zero}, HTTP_HX_REQUEST="true")
    assert response.content.decode().count("At least one weight must be greater than zero.") == len(WEIGHTS)
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_a_stored_negative_weight_is_explained_in_the_panel(bob, personas):
    from socialstrategy.web.strategies.store import to_json
    from tests.web.conftest import make_document

    strategy = personas["strategy"]
    strategy.document = to_json(make_document(recommendation={"weights": {"goal_fit": -2}}))
    strategy.save()
    page = bob.get(f"/s/{strategy.pk}/step/platforms/")
    assert page.status_code == 200
    assert "give an importance from 0 (leave out) to 5 (decisive)" in page.content.decode()


def test_a_weight_above_the_scale_is_refused_at_its_field(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/platforms/"
    response = bob.post(
        url, {"version": "1", "recommendation.weights.goal_fit": "28"}, HTTP_HX_REQUEST="true"
    )
    assert 'id="f-recommendation-weights-goal_fit-error">Enter 5 or less.</p>' in response.content.decode()
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_a_weight_between_the_halves_is_refused_at_its_field(bob, personas):
    # 0.4 would read as a weight of the old fractional scale; the form takes whole and half numbers.
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/platforms/"
    response = bob.post(
        url, {"version": "1", "recommendation.weights.goal_fit": "0.4"}, HTTP_HX_REQUEST="true"
    )
    assert "Enter a whole or half number, such as 2 or 2.5." in response.content.decode()
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_the_panel_shows_the_weights_as_shares_and_the_ranking_in_verdict_groups(bob, personas):
    page = bob.get(f"/s/{personas['strategy'].pk}/step/platforms/").content.decode()
    assert "Audience reach 26&nbsp;%" in page
    assert '<h3 class="rec-group rec-recommended">Recommended</h3>' in page


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


def test_a_weight_under_its_older_name_shows_in_its_field_and_is_saved_under_the_new_one(bob, personas):
    from socialstrategy.web.strategies.store import to_json
    from tests.web.conftest import make_document

    strategy = personas["strategy"]
    strategy.document = to_json(make_document(recommendation={"weights": {"effort": 2}}))
    strategy.save()
    url = f"/s/{strategy.pk}/step/platforms/"
    page = bob.get(url).content.decode()
    assert 'name="recommendation.weights.feasibility" value="2' in page
    assert bob.post(url, {"version": "1", "recommendation.weights.feasibility": "1.5"}).status_code == 302
    strategy.refresh_from_db()
    assert strategy.document["recommendation"]["weights"] == {"feasibility": 1.5}


def test_the_platform_step_shows_the_ranking_first_and_folds_the_weights_away(bob, personas):
    url = f"/s/{personas['strategy'].pk}/step/platforms/"
    page = bob.get(url).content.decode()
    ranking, form = page.index('id="rec-title"'), page.index('id="step-form"')
    assert ranking < form  # the result first, on a projector the ranking was 2.5 screens down
    folded = page[page.rindex("<details", 0, form) : form]
    assert 'class="step-settings"' in folded and " open" not in folded.split(">")[0]
    assert "<summary>Change the weights of the recommendation</summary>" in folded
    # After a save without JavaScript the page comes back with the weights open, to see them.
    response = bob.post(url, {"version": "1", "recommendation.weights.goal_fit": "-2"})
    again = response.content.decode()
    assert '<details class="step-settings" open>' in again
