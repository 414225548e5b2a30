"""Input no form offers, typed into an address or posted by hand: a 404 or a message at the
field, never an error page. Runs on SQLite and PostgreSQL, which fail differently (SQLite on
numbers beyond 64 bits, PostgreSQL on NUL in text)."""

from __future__ import annotations

import pytest
from django.urls import reverse

from tests.web.conftest import client_for
from tests.web.test_permissions import MATRIX

BEYOND_64_BITS = (2**63, 2**64, 10**30)


def _id_urls(personas):
    """Every URL of the permission matrix that takes an id, once per id position."""
    for name, (method, args, data, _) in sorted(MATRIX.items()):
        values = args(personas)
        for position, value in enumerate(values):
            if isinstance(value, int):
                yield name, method, data, values, position


@pytest.mark.parametrize("number", BEYOND_64_BITS)
def test_an_id_beyond_64_bits_in_any_address_is_not_found(personas, number):
    owner = client_for("alice")
    tried = 0
    for name, method, data, values, position in _id_urls(personas):
        url = reverse(name, args=[number if i == position else v for i, v in enumerate(values)])
        response = getattr(owner, method)(url, data)
        assert response.status_code == 404, url
        tried += 1
    assert tried > 20  # the walk found the URLs with ids


def test_a_version_beyond_64_bits_is_ignored_in_the_diff_and_a_conflict_when_saving(personas):
    owner, pk = client_for("alice"), personas["strategy"].pk
    huge = str(2**64)
    assert owner.get(f"/s/{pk}/diff/?a={huge}&b={huge}").status_code in (200, 404)
    response = owner.post(f"/s/{pk}/step/organisation/", {"organisation.name": "X", "version": huge})
    assert response.status_code == 409


def test_a_nul_in_the_login_name_is_a_message_at_the_field(personas):
    response = client_for(None).post("/login/", {"username": "ali\x00ce", "password": "wrong"})
    assert response.status_code == 400
    assert "Null characters are not allowed." in response.content.decode()


@pytest.mark.parametrize("token", ["abc\x00def", "abc def", "ä" * 10, "x" * 65])
def test_an_invitation_token_with_characters_no_token_has_is_not_found(personas, token):
    from urllib.parse import quote

    assert client_for("bob").get(f"/invite/{quote(token)}/").status_code == 404


def test_a_nul_in_a_section_title_is_dropped_and_the_edit_saved(personas):
    strategy = personas["strategy"]
    response = client_for("bob").post(
        f"/s/{strategy.pk}/section/",
        {
            "version": strategy.version,
            "part": "guidelines",
            "key": "",
            "title": "Fo\x00rmal",
            "body": "B\x00ody",
        },
    )
    assert response.status_code == 302
    strategy.refresh_from_db()
    section = strategy.document["guidelines"]["sections"][-1]
    assert (section["title"], section["body"]) == ("Formal", "Body")
    assert "\x00" not in str(strategy.revisions.first().message)


@pytest.mark.parametrize("key", ["k\x00y", "two words", "../x", "k" * 65])
def test_editing_a_section_by_a_key_no_section_can_have_is_not_found(personas, key):
    strategy = personas["strategy"]
    response = client_for("bob").post(
        f"/s/{strategy.pk}/section/",
        {"version": strategy.version, "part": "guidelines", "key": key, "title": "T", "body": "B"},
    )
    assert response.status_code == 404


@pytest.mark.parametrize(
    "document",
    ["[" * 100_000 + "]" * 100_000, '{"a":' * 50_000 + "1" + "}" * 50_000, '{"title": ' + "9" * 5000 + "}"],
    ids=["nested-lists", "nested-objects", "5000-digits"],
)
def test_changes_to_reapply_that_no_strategy_file_could_hold_are_a_bad_request(personas, document):
    strategy = personas["strategy"]
    response = client_for("bob").post(
        f"/s/{strategy.pk}/reapply/", {"document": document, "version": strategy.version, "step": "goals"}
    )
    assert response.status_code == 400
    assert response.content.decode() == "The changes could not be read."


@pytest.mark.parametrize("employees", ["inf", "-inf", "1e400", "nan", "NaN", "9" * 5000], ids=lambda v: v[:8])
def test_a_number_no_strategy_can_hold_gets_one_message_at_its_field(personas, employees):
    strategy = personas["strategy"]
    response = client_for("bob").post(
        f"/s/{strategy.pk}/step/organisation/",
        {"version": strategy.version, "organisation.name": "Acme", "organisation.employees": employees},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert page.count('<p class="error" id="f-organisation-employees-error">Enter a number.</p>') == 1
    assert "could not convert" not in page and "Exceeds the limit" not in page
    strategy.refresh_from_db()
    assert strategy.version == 1
