"""The guided flow: steps in the order of the process, forms, items edited in place."""

from __future__ import annotations

import pytest

from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.steps import STEPS, STEPS_BY_ID
from tests.web.conftest import make_document

HTMX = {"HTTP_HX_REQUEST": "true"}


def test_the_steps_follow_the_process_of_the_source_text():
    assert [s.identifier for s in STEPS] == [
        "organisation",
        "information",
        "goals",
        "audiences",
        "platforms",
        "community",
        "marketing_mix",
        "resources",
        "guidelines",
        "content",
        "review",
    ]


@pytest.mark.parametrize("step", [s.identifier for s in STEPS])
def test_every_step_page_renders_for_an_editor(bob, personas, step):
    response = bob.get(f"/s/{personas['strategy'].pk}/step/{step}/")
    assert response.status_code == 200
    assert b'id="check-panel"' in response.content


def test_an_unknown_step_is_404(bob, personas):
    assert bob.get(f"/s/{personas['strategy'].pk}/step/nonsense/").status_code == 404


def test_a_viewer_sees_the_step_without_forms(personas):
    from tests.web.conftest import client_for

    response = client_for("vera").get(f"/s/{personas['strategy'].pk}/step/organisation/")
    assert b'<form id="step-form"' not in response.content
    assert "Bäckerei Sonnenschein" in response.content.decode()


def test_saving_a_step_stores_a_new_version_and_a_revision(bob, personas):
    strategy = personas["strategy"]
    response = bob.post(
        f"/s/{strategy.pk}/step/organisation/",
        {
            "version": "1",
            "organisation.name": "Bäckerei Mond",
            "organisation.employees": "12",
            "language": "de",
        },
        **HTMX,
    )
    assert response.status_code == 200
    strategy.refresh_from_db()
    assert strategy.version == 2
    assert strategy.document["organisation"]["name"] == "Bäckerei Mond"
    assert strategy.document["organisation"]["employees"] == 12
    revision = strategy.revisions.get(version=2)
    assert revision.author.username == "bob"
    assert b'id="doc-version"' in response.content and b'value="2"' in response.content


def test_an_invalid_value_is_shown_at_its_field_and_nothing_is_saved(bob, personas):
    strategy = personas["strategy"]
    response = bob.post(
        f"/s/{strategy.pk}/step/information/", {"version": "1", "organisation.country": "Germany"}, **HTMX
    )
    assert b"has-error" in response.content
    assert b"two-letter country code" in response.content
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_a_goal_is_added_edited_and_removed_in_place(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/item/"
    new = {"collection": "goals", "index": "new", "id": "g-sales", "type": "sales", "statement": "Sell cakes"}
    response = bob.post(url, {**new, "version": "1"}, **HTMX)
    assert response["HX-Retarget"] == "#col-goals"
    assert "Sell cakes" in response.content.decode()
    edit = {**new, "index": "1", "statement": "Sell more cakes", "serves": ["o-growth"], "version": "2"}
    bob.post(url, edit, **HTMX)
    strategy.refresh_from_db()
    assert strategy.document["goals"][1]["statement"] == "Sell more cakes"
    assert strategy.document["goals"][1]["serves"] == ["o-growth"]
    bob.post(f"/s/{strategy.pk}/item/remove/", {"collection": "goals", "index": "1", "version": "3"}, **HTMX)
    strategy.refresh_from_db()
    assert [g["id"] for g in strategy.document["goals"]] == ["g-awareness"]
    assert strategy.version == 4


def test_editing_an_item_keeps_its_nested_items(bob, personas):
    strategy = personas["strategy"]
    data = {"collection": "goals", "index": "0", "id": "g-awareness", "type": "awareness", "statement": "New"}
    bob.post(f"/s/{strategy.pk}/item/", {**data, "version": "1"}, **HTMX)
    strategy.refresh_from_db()
    assert strategy.document["goals"][0]["kpis"] == [{"metric": "followers", "target": 1000.0}]


def test_a_nested_kpi_is_added_to_its_goal(bob, personas):
    strategy = personas["strategy"]
    data = {"collection": "goals.0.kpis", "index": "new", "metric": "Enquiries", "target": "12,5"}
    bob.post(f"/s/{strategy.pk}/item/", {**data, "version": "1"}, **HTMX)
    strategy.refresh_from_db()
    assert strategy.document["goals"][0]["kpis"][1] == {"metric": "Enquiries", "target": 12.5}


def test_an_invalid_item_keeps_what_the_user_typed(bob, personas):
    strategy = personas["strategy"]
    data = {
        "collection": "audiences",
        "index": "new",
        "id": "bad id",
        "name": "Families",
        "age_min": "40",
        "age_max": "30",
    }
    response = bob.post(f"/s/{strategy.pk}/item/", {**data, "version": "1"}, **HTMX)
    assert response["HX-Retarget"] == "#form-audiences-new"
    assert b'value="Families"' in response.content
    assert Strategy.objects.get(pk=strategy.pk).version == 1


def test_an_unknown_collection_is_404(bob, personas):
    response = bob.get(f"/s/{personas['strategy'].pk}/item/", {"collection": "secrets", "index": "0"})
    assert response.status_code == 404


def test_nul_characters_are_stripped_before_they_reach_the_database(bob, personas):
    strategy = personas["strategy"]
    bob.post(
        f"/s/{strategy.pk}/step/organisation/",
        {"version": "1", "organisation.name": "Bäcker\x00ei", "organisation.mission": "Bread\x00"},
        **HTMX,
    )
    strategy.refresh_from_db()
    assert strategy.document["organisation"]["name"] == "Bäckerei"
    assert strategy.document["organisation"]["mission"] == "Bread"


def test_the_overview_shows_progress_and_the_whole_strategy(bob, personas):
    response = bob.get(f"/s/{personas['strategy'].pk}/")
    text = response.content.decode()
    assert "steps complete" in text
    assert "Become the best-known bakery in the quarter" in text
    assert 'id="findings"' in text


def test_the_check_panel_lists_the_findings_of_its_step_with_links_to_fields(bob, personas, monkeypatch):
    from socialstrategy.core.checks import Finding
    from socialstrategy.core.message import Message
    from socialstrategy.web.strategies import services

    finding = Finding(
        "goal-without-objective", "warning", "goals[0].serves", Message("Goal serves nothing"), step="goals"
    )
    monkeypatch.setattr(services, "run_checks", lambda document: [finding])
    response = bob.get(f"/s/{personas['strategy'].pk}/check/", {"step": "goals"})
    text = response.content.decode()
    assert "Goal serves nothing" in text
    assert f"/s/{personas['strategy'].pk}/step/goals/?edit=goals.0#f-goals-0-serves" in text


def test_a_finding_link_opens_its_item_for_editing(bob, personas):
    response = bob.get(f"/s/{personas['strategy'].pk}/step/goals/", {"edit": "goals.0"})
    assert b'id="form-goals-0"' in response.content
    assert b'id="f-goals-0-serves' in response.content


def test_the_real_strategy_check_runs_on_every_step(bob, personas):
    """Whatever rules the core has, each step page renders its findings without error."""
    from socialstrategy.web.strategies import services

    findings = services.run_checks(personas["strategy"].load())
    response = bob.get(f"/s/{personas['strategy'].pk}/")
    for finding in findings:
        assert finding.code in response.content.decode()


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_every_step_of_a_demo_strategy_is_complete(name):
    from socialstrategy.core.demos import load_demo

    demo = load_demo(name)
    assert [s.identifier for s in STEPS if not s.is_completed(demo)] == []


@pytest.mark.parametrize(("language", "complete"), [("en", True), ("de", False)])
def test_the_community_step_asks_for_du_or_sie_only_in_german(language, complete):
    document = make_document(language=language, community={"tone": ["warm"]})
    assert STEPS_BY_ID["community"].is_completed(document) is complete


def test_a_kpi_for_a_goal_removed_meanwhile_is_404(bob, personas):
    strategy = personas["strategy"]
    data = {"collection": "goals.1.kpis", "index": "new", "metric": "Enquiries", "target": "1"}
    response = bob.post(f"/s/{strategy.pk}/item/", {**data, "version": "1"}, **HTMX)
    assert response.status_code == 404
    assert Strategy.objects.get(pk=strategy.pk).version == 1
