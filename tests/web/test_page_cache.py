"""A strategy page is rendered once per version and kept; what differs per reader is filled in."""

from __future__ import annotations

import re

from django.contrib.auth import get_user_model
from django.test import Client

from socialstrategy.web.strategies.store import save_document
from socialstrategy.web.workspaces.models import Membership
from tests.web.conftest import make_document


def _client(username: str) -> Client:
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _token(html: str) -> str:
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)


def test_a_kept_page_carries_each_readers_own_csrf_token_so_their_plain_form_posts_work(personas):
    url = f"/s/{personas['strategy'].pk}/step/organisation/"
    alice, bob = _client("alice"), _client("bob")
    alice.get(url)  # renders and keeps the page
    page = bob.get(url).content.decode()
    version = re.search(r'id="doc-version" name="version" value="(\d+)"', page).group(1)
    form = {"csrfmiddlewaretoken": _token(page), "version": version, "organisation.name": "Bäckerei Bob"}
    response = bob.post(url, form)
    assert response.status_code == 302
    personas["strategy"].refresh_from_db()
    assert personas["strategy"].document["organisation"]["name"] == "Bäckerei Bob"


def test_a_kept_page_names_the_reader_not_the_one_it_was_first_rendered_for(personas):
    url = f"/s/{personas['strategy'].pk}/step/goals/"
    assert 'title="Your account">alice</a>' in _client("alice").get(url).content.decode()
    page = _client("bob").get(url).content.decode()
    assert 'title="Your account">bob</a>' in page
    assert "alice" not in page
    assert "slot-" not in page


def test_a_saved_change_shows_at_once_on_a_page_read_before(personas, bob):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/organisation/"
    assert "Bäckerei Sonnenschein" in bob.get(url).content.decode()
    organisation = {"name": "Konditorei Mond", "corporate_strategy": "Grow the café."}
    save_document(strategy, make_document(organisation=organisation), 1, None, "renamed")
    page = bob.get(url).content.decode()
    assert "Konditorei Mond" in page
    assert "Bäckerei Sonnenschein" not in page


def test_a_viewer_never_gets_the_editors_kept_page_with_its_forms(personas, bob):
    url = f"/s/{personas['strategy'].pk}/step/organisation/"
    assert '<form id="step-form"' in bob.get(url).content.decode()
    page = _client("vera").get(url).content.decode()
    assert '<div id="step-form"' in page
    assert '<form id="step-form"' not in page


def test_a_member_removed_from_the_workspace_no_longer_reads_a_kept_page(personas, bob):
    url = f"/s/{personas['strategy'].pk}/step/organisation/"
    assert bob.get(url).status_code == 200
    Membership.objects.filter(user__username="bob").delete()
    assert bob.get(url).status_code == 404


def test_a_flash_message_shows_once_and_is_not_kept_in_the_page(personas, bob):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/organisation/"
    bob.get(url)
    bob.post(f"/s/{strategy.pk}/duplicate/")  # leaves a message for the next page
    duplicate = strategy.workspace.strategies.exclude(pk=strategy.pk).get()
    shown = bob.get(f"/s/{duplicate.pk}/step/organisation/").content.decode()
    assert 'class="messages"' in shown
    assert 'class="messages"' not in bob.get(f"/s/{duplicate.pk}/step/organisation/").content.decode()
    assert 'class="messages"' not in bob.get(url).content.decode()


def test_each_language_gets_its_own_kept_page(personas, bob):
    url = f"/s/{personas['strategy'].pk}/step/goals/"
    assert "Goals" in bob.get(url).content.decode()
    bob.post("/i18n/setlang/", {"language": "de", "next": url})
    assert "Ziele" in bob.get(url).content.decode()


def test_the_step_navigation_shows_a_step_complete_as_soon_as_a_save_completes_it(personas, bob):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/community/"
    complete = 'Community address<span class="visually-hidden"> (complete)'
    page = bob.get(url).content.decode()
    assert complete not in page
    version = re.search(r'id="doc-version" name="version" value="(\d+)"', page).group(1)
    form = {"version": version, "community.tone": "warm, competent"}
    response = bob.post(url, form, HTTP_HX_REQUEST="true")
    assert complete in response.content.decode()
    assert complete in bob.get(url).content.decode()


def test_a_page_larger_than_the_limit_is_rendered_each_time_and_not_kept(personas, monkeypatch):
    """The cache is bounded in bytes: at most MAX_ENTRIES pages of at most MAX_PAGE_BYTES each,
    so a huge strategy's pages cannot fill a server's memory."""
    from django.core.cache import cache

    from socialstrategy.web.strategies import pagecache

    url = f"/s/{personas['strategy'].pk}/step/goals/"
    cache.clear()
    monkeypatch.setattr(pagecache, "MAX_PAGE_BYTES", 1000)
    assert _client("alice").get(url).status_code == 200
    assert not any("page:" in key for key in cache._cache), "kept although too large"
    monkeypatch.setattr(pagecache, "MAX_PAGE_BYTES", 10_000_000)
    assert _client("alice").get(url).status_code == 200
    assert any("page:" in key for key in cache._cache), "a page within the limit is kept"
