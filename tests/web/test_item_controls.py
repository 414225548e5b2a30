"""Items without invented ids, and codes chosen from controls: ids are made from names (and kept
when the name changes), competences and their levels are selects, answer times number inputs
per platform, and every scale says what its numbers mean where it is entered."""

from __future__ import annotations

import re

import pytest

from socialstrategy.web.strategies.steps import STEPS
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import make_document

HTMX = {"HTTP_HX_REQUEST": "true"}


def _item(client, strategy, version: int, **data):
    response = client.post(
        f"/s/{strategy.pk}/item/", {"index": "new", **data, "version": str(version)}, **HTMX
    )
    assert response.status_code == 200
    strategy.refresh_from_db()
    return response


def test_a_new_item_gets_its_id_from_its_name(bob, personas):
    strategy = personas["strategy"]
    _item(bob, strategy, 1, collection="audiences", name="Physiotherapeut:innen auf Jobsuche")
    _item(bob, strategy, 2, collection="audiences", name="Physiotherapeut:innen auf Jobsuche")
    _item(bob, strategy, 3, collection="resources.team", name="Jürgen Groß")
    ids = [a["id"] for a in strategy.document["audiences"]]
    assert ids == ["physiotherapeut-innen-auf-jobsuche", "physiotherapeut-innen-auf-jobsuche-2"]
    assert strategy.document["resources"]["team"][0]["id"] == "juergen-gross"


def test_the_id_stays_when_the_name_changes(bob, personas):
    strategy = personas["strategy"]
    _item(bob, strategy, 1, collection="content.pillars", name="Blick hinter die Kulissen")
    edit = {"collection": "content.pillars", "index": "0", "name": "Unser Team", "id": ""}
    bob.post(f"/s/{strategy.pk}/item/", {**edit, "version": "2"}, **HTMX)
    strategy.refresh_from_db()
    pillar = strategy.document["content"]["pillars"][0]
    assert (pillar["id"], pillar["name"]) == ("blick-hinter-die-kulissen", "Unser Team")


def test_an_id_typed_under_advanced_is_kept(bob, personas):
    strategy = personas["strategy"]
    _item(bob, strategy, 1, collection="corporate_objectives", statement="Mehr Selbstzahler", id="o-self")
    assert strategy.document["corporate_objectives"][-1]["id"] == "o-self"


@pytest.mark.parametrize(
    ("collection", "example"),
    [
        ("organisation.principles", "honest-advice"),
        ("corporate_objectives", "more-self-payers"),
        ("goals", "more-course-bookings"),
        ("audiences", "young-families"),
        ("resources.team", "anna-berg"),
        ("crisis.levels", "crisis"),
        ("content.pillars", "behind-the-scenes"),
        ("marketing_mix.events", "summer-festival"),
    ],
)
def test_the_id_is_folded_away_with_an_example_for_its_collection(bob, personas, collection, example):
    strategy = personas["strategy"]
    form = bob.get(f"/s/{strategy.pk}/item/", {"collection": collection, "index": "new"}).content.decode()
    advanced = form.split('<details class="advanced">', 1)[1].split("</details>", 1)[0]
    assert 'name="id"' in advanced
    assert 'name="id"' not in form.replace(advanced, "")
    assert example in advanced
    assert "e.g. g-awareness" not in form


def test_every_id_of_a_web_form_is_folded_away_and_made_from_a_name():
    for step in STEPS:
        for collection in step.all_collections():
            ids = [f for f in collection.fields if f.name == "id"]
            assert all(f.advanced and not f.required for f in ids), collection.path
            assert not ids or collection.id_from in {f.name for f in collection.fields}, collection.path


def test_the_german_example_is_german(bob, personas):
    strategy = personas["strategy"]
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    form = bob.get(f"/s/{strategy.pk}/item/", {"collection": "goals", "index": "new"}).content.decode()
    assert "mehr-kursbuchungen" in form
    assert "z-bekanntheit" not in form


def test_competences_are_chosen_with_levels_named_in_the_interface_language(bob, personas):
    strategy = personas["strategy"]
    platforms = [{"platform": "instagram", "status": "use"}, {"platform": "tiktok", "status": "reject"}]
    save_document(strategy, make_document(platforms=platforms), 1, None, "test")
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    form = bob.get(
        f"/s/{strategy.pk}/item/", {"collection": "resources.team", "index": "new"}
    ).content.decode()
    assert re.search(r'<label for="[^"]+">Texten</label>\s*<select[^>]+name="competences.copywriting"', form)
    assert 'name="competences.platform_instagram"' in form
    assert 'name="competences.platform_tiktok"' not in form  # rejected: no know-how needed
    assert '<option value="4" >4 – Fortgeschritten</option>' in form
    assert "Experte: setzt die Maßstäbe" in form  # the scale explained where it is chosen
    assert "copywriting: 4" not in form
    data = {"collection": "resources.team", "name": "Lena", "competences.copywriting": "4"}
    _item(bob, strategy, 2, **data, **{"competences.photo": "", "competences.platform_instagram": "3"})
    member = strategy.document["resources"]["team"][0]
    assert member["competences"] == {"copywriting": 4, "platform_instagram": 3}
    card = bob.get(f"/s/{strategy.pk}/step/resources/").content.decode()
    assert "Texten: 4 – Fortgeschritten" in card


def test_a_stored_competence_the_list_lacks_stays_in_the_form(bob, personas):
    strategy = personas["strategy"]
    team = {"team": [{"id": "lena", "name": "Lena", "competences": {"platform_mastodon": 2}}]}
    save_document(strategy, make_document(resources=team), 1, None, "test")
    form = bob.get(f"/s/{strategy.pk}/item/", {"collection": "resources.team", "index": "0"}).content.decode()
    select = form.split('name="competences.platform_mastodon"', 1)[1].split("</select>", 1)[0]
    assert '<option value="2" selected>' in select


def test_a_level_outside_the_scale_is_refused_at_its_field(bob, personas):
    strategy = personas["strategy"]
    data = {"collection": "resources.team", "index": "new", "name": "Lena", "competences.copywriting": "9"}
    response = bob.post(f"/s/{strategy.pk}/item/", {**data, "version": "1"}, **HTMX)
    assert 'class="error"' in response.content.decode()
    strategy.refresh_from_db()
    assert strategy.version == 1


def test_answer_times_are_a_number_per_platform_in_use(bob, personas):
    strategy = personas["strategy"]
    platforms = [{"platform": "instagram"}, {"platform": "linkedin", "status": "observe"}]
    save_document(strategy, make_document(platforms=platforms), 1, None, "test")
    page = bob.get(f"/s/{strategy.pk}/step/community/").content.decode()
    assert re.search(r'<input[^>]+name="community.response_times.instagram"[^>]+type="number"', page)
    assert "community.response_times.linkedin" not in page
    assert "instagram: 4" not in page
    bob.post(
        f"/s/{strategy.pk}/step/community/",
        {"version": "2", "community.response_times.instagram": "4,5", "community.tone": "warm"},
        **HTMX,
    )
    strategy.refresh_from_db()
    assert strategy.document["community"]["response_times"] == {"instagram": 4.5}


def test_a_wrong_answer_time_names_its_platform(bob, personas):
    strategy = personas["strategy"]
    save_document(strategy, make_document(platforms=[{"platform": "instagram"}]), 1, None, "test")
    response = bob.post(
        f"/s/{strategy.pk}/step/community/",
        {"version": "2", "community.response_times.instagram": "soon"},
        **HTMX,
    )
    assert "instagram: Enter a number." in response.content.decode()


def test_the_platform_ratings_say_that_a_high_workload_rating_means_little_work(bob, personas):
    strategy = personas["strategy"]
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.get(f"/s/{strategy.pk}/step/information/").content.decode()
    card = bob.get(f"/s/{strategy.pk}/platforms/instagram/").content.decode()
    for text in (page, card):
        assert "1 schwach – 3 stark" not in text
        assert "3 = wenig Aufwand" in text
