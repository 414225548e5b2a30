"""Removing a repeating item that would leave an invalid strategy changes nothing and says which
item stayed and why: in place with htmx, on the whole step without JavaScript."""

from __future__ import annotations

import pytest

from socialstrategy.web.strategies import views
from socialstrategy.web.strategies.forms import FormErrors
from socialstrategy.web.strategies.forms import validate as real_validate
from socialstrategy.web.strategies.models import Strategy

HTMX = {"HTTP_HX_REQUEST": "true"}
REASON = "Keep at least one goal."


@pytest.fixture
def at_least_one_goal(monkeypatch):
    """A rule the model does not have today (removing an item never breaks it yet): at least one goal."""

    def validate(document, *args, **kwargs):
        model = real_validate(document, *args, **kwargs)
        if not document.get("goals"):
            raise FormErrors({}, [f"goals: {REASON}"], [("goals", REASON)])
        return model

    monkeypatch.setattr(views, "validate", validate)


def _remove_the_goal(client, strategy, **headers):
    data = {"collection": "goals", "index": "0", "version": str(strategy.version)}
    return client.post(f"/s/{strategy.pk}/item/remove/", data, **headers)


def test_with_htmx_the_collection_says_which_item_stayed_and_why(bob, personas, at_least_one_goal):
    strategy = personas["strategy"]
    response = _remove_the_goal(bob, strategy, **HTMX)
    assert response.status_code == 200
    assert response["HX-Retarget"] == "#col-goals" and response["HX-Reswap"] == "outerHTML"
    page = response.content.decode()
    assert 'role="alert"' in page
    assert "Not removed: goal: Become the best-known bakery in the quarter." in page
    assert f"Social media goals: {REASON}" in page
    assert "Become the best-known bakery in the quarter" in page  # the goal is still listed
    unchanged = Strategy.objects.get(pk=strategy.pk)
    assert unchanged.version == 1 and len(unchanged.document["goals"]) == 1


def test_without_javascript_the_whole_step_shows_the_message_at_the_collection(
    bob, personas, at_least_one_goal
):
    strategy = personas["strategy"]
    response = _remove_the_goal(bob, strategy)
    assert response.status_code == 422
    page = response.content.decode()
    assert "<html" in page and 'id="check-panel"' in page
    notice = page[page.index('id="col-goals"') :]
    assert "Not removed: goal:" in notice[: notice.index('class="items"')]
    assert Strategy.objects.get(pk=strategy.pk).version == 1
    # The message belongs to this answer only: the step read again does not show it.
    assert "Not removed:" not in bob.get(f"/s/{strategy.pk}/step/goals/").content.decode()


def test_the_remove_form_returns_to_its_collection_without_javascript(bob, personas):
    strategy = personas["strategy"]
    page = bob.get(f"/s/{strategy.pk}/step/goals/").content.decode()
    assert f'action="/s/{strategy.pk}/item/remove/#col-goals"' in page
    assert f'action="/s/{strategy.pk}/item/remove/#col-goals-0-kpis"' in page
