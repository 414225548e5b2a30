"""Optimistic locking: a save based on an old version is refused, and nothing is lost."""

from __future__ import annotations

import json
import re

from socialstrategy.web.strategies.models import Strategy


def test_two_clients_editing_at_once_get_a_conflict_and_can_reapply(alice, bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/organisation/"
    for client in (alice, bob):
        assert b'id="doc-version" name="version" value="1"' in client.get(url).content

    alice.post(
        url, {"version": "1", "organisation.name": "Bäckerei Sonnenschein", "organisation.city": "Köln"}
    )
    refused = bob.post(
        url, {"version": "1", "organisation.name": "Bäckerei Sonnenschein", "organisation.industry": "Bakery"}
    )

    assert refused.status_code == 409
    text = refused.content.decode()
    assert "Someone else saved this strategy" in text
    assert "Köln" in text  # what alice changed
    assert "Bakery" in text  # what bob wanted
    current = Strategy.objects.get(pk=strategy.pk)
    assert current.version == 2
    assert current.document["organisation"]["city"] == "Köln"
    assert "industry" not in current.document["organisation"]

    merged = json.loads(re.search(r'name="document" value="([^"]*)"', text).group(1).replace("&quot;", '"'))
    response = bob.post(
        f"/s/{strategy.pk}/reapply/", {"document": json.dumps(merged), "version": "2", "step": "organisation"}
    )
    assert response.status_code == 302
    current.refresh_from_db()
    assert current.version == 3
    assert current.document["organisation"]["city"] == "Köln"
    assert current.document["organisation"]["industry"] == "Bakery"


def test_an_htmx_save_with_a_stale_version_opens_the_conflict_dialog(alice, bob, personas):
    strategy = personas["strategy"]
    alice.post(f"/s/{strategy.pk}/step/organisation/", {"version": "1", "organisation.name": "A"})
    response = bob.post(
        f"/s/{strategy.pk}/item/",
        {"collection": "audiences", "index": "new", "id": "fam", "name": "Families", "version": "1"},
        HTTP_HX_REQUEST="true",
    )
    assert response["HX-Retarget"] == "#dialog"
    assert Strategy.objects.get(pk=strategy.pk).document.get("audiences", []) == []


def test_a_stale_reapply_is_refused_again(alice, bob, personas):
    strategy = personas["strategy"]
    alice.post(f"/s/{strategy.pk}/step/organisation/", {"version": "1", "organisation.name": "A"})
    response = bob.post(f"/s/{strategy.pk}/reapply/", {"document": '{"title": "B"}', "version": "1"})
    assert response.status_code == 409
    assert Strategy.objects.get(pk=strategy.pk).document["organisation"]["name"] == "A"


def test_history_shows_a_readable_diff_and_restore_makes_a_new_version(alice, personas):
    strategy = personas["strategy"]
    alice.post(f"/s/{strategy.pk}/step/organisation/", {"version": "1", "organisation.name": "Mondschein"})
    diff = alice.get(f"/s/{strategy.pk}/diff/", {"a": "1", "b": "2"}).content.decode()
    assert "Organisation" in diff and "organisation › name" not in diff
    assert "Bäckerei Sonnenschein" in diff and "Mondschein" in diff

    alice.post(f"/s/{strategy.pk}/restore/1/", {"version": "2"})
    strategy.refresh_from_db()
    assert strategy.version == 3
    assert strategy.document["organisation"]["name"] == "Bäckerei Sonnenschein"
    assert strategy.revisions.count() == 3


def test_the_diff_marks_only_the_changed_word_of_a_long_text(alice, personas):
    strategy = personas["strategy"]
    before = "Grow the café with regulars from the quarter and a breakfast that people talk about."
    after = before.replace("regulars", "families")
    for version, text in ((1, before), (2, after)):
        form = {
            "version": str(version),
            "organisation.name": "Bäckerei Sonnenschein",
            "organisation.corporate_strategy": text,
        }
        assert alice.post(f"/s/{strategy.pk}/step/organisation/", form).status_code == 302
    page = alice.get(f"/s/{strategy.pk}/diff/", {"a": "2", "b": "3"}).content.decode()
    assert "<del>regulars</del>" in page and "<ins>families</ins>" in page
    assert "<del>Grow" not in page
