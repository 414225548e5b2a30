"""The projector view: switched on in the top bar, kept in a cookie, read by every page."""

from __future__ import annotations


def _step(client, personas):
    return client.get(f"/s/{personas['strategy'].pk}/step/goals/").content.decode()


def test_the_projector_view_is_switched_on_and_off_from_the_top_bar(bob, personas):
    assert '<html lang="en">' in _step(bob, personas)
    response = bob.post("/display/", {"mode": "projector", "next": f"/s/{personas['strategy'].pk}/"})
    assert response.status_code == 302 and response["Location"] == f"/s/{personas['strategy'].pk}/"
    assert response.cookies["display"].value == "projector"
    page = _step(bob, personas)
    assert '<html lang="en" class="projector">' in page
    assert 'name="mode" value="normal" aria-pressed="true"' in page
    bob.post("/display/", {"mode": "normal", "next": "/"})
    assert '<html lang="en">' in _step(bob, personas)


def test_a_cached_page_is_never_served_in_the_other_view(bob, alice, personas):
    """Whole strategy pages are cached; the projector view must be part of the key."""
    _step(bob, personas)  # cached in the normal view
    bob.post("/display/", {"mode": "projector", "next": "/"})
    assert 'class="projector"' in _step(bob, personas)


def test_switching_the_view_never_redirects_to_another_site(bob):
    response = bob.post("/display/", {"mode": "projector", "next": "https://evil.example/"})
    assert response["Location"] == "/"


def test_the_switch_speaks_the_interface_language(bob, personas):
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    assert ">Beamer</button>" in _step(bob, personas)
