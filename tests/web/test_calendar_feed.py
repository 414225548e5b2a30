"""A subscribable iCalendar feed per strategy: a token link for calendar apps, stored hashed,
revocable; the feed follows every move of a post (SEQUENCE, LAST-MODIFIED)."""

from __future__ import annotations

import re

import icalendar
import pytest
from django.test import Client

from socialstrategy.core.demos import load_demo
from socialstrategy.web.strategies.feeds import token_hash
from socialstrategy.web.strategies.models import CalendarFeed
from socialstrategy.web.strategies.store import create_strategy
from tests.web.conftest import client_for


@pytest.fixture
def bakery(personas):
    return create_strategy(personas["home"], load_demo("bakery"), personas["users"]["alice"], "Demo")


def _make_link(client, strategy):
    response = client.post(f"/s/{strategy.pk}/calendar/feed/new/")
    assert response.status_code == 200
    assert response["Cache-Control"] == "no-store"
    url = re.search(r'value="(http://testserver/feed/[A-Za-z0-9_-]+\.ics)"', response.content.decode()).group(
        1
    )
    return url.removeprefix("http://testserver")


def _events(path):
    response = Client().get(path)  # a calendar app: no login
    assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(response.content).walk("VEVENT")}


def test_an_editor_makes_a_link_a_calendar_app_reads_without_logging_in(bob, bakery):
    path = _make_link(bob, bakery)
    events = _events(path)
    assert len(events) == len(load_demo("bakery").content.calendar)
    feed = CalendarFeed.objects.get(strategy=bakery)
    assert feed.last_used is not None


def test_only_the_tokens_hash_is_stored(bob, bakery):
    path = _make_link(bob, bakery)
    token = path.removeprefix("/feed/").removesuffix(".ics")
    feed = CalendarFeed.objects.get(strategy=bakery)
    assert feed.token_hash == token_hash(token) and token not in feed.token_hash
    assert token not in bob.get(f"/s/{bakery.pk}/calendar/feed/").content.decode()  # shown once


def test_a_moved_post_moves_in_the_feed_with_the_same_uid_and_a_higher_sequence(bob, bakery):
    path = _make_link(bob, bakery)
    before = _events(path)
    response = bob.post(
        f"/s/{bakery.pk}/calendar/entry/",
        {"version": "1", "entry": "20261203-facebook-stollen", "date": "2026-12-07", "time": "10:00"},
    )
    assert response.status_code == 302
    after = _events(path)
    assert before.keys() == after.keys()
    [moved] = [uid for uid in after if after[uid]["SEQUENCE"] != before[uid]["SEQUENCE"]]
    assert after[moved]["SEQUENCE"] == 1
    assert after[moved].decoded("DTSTART").isoformat() == "2026-12-07T10:00:00+01:00"
    assert after[moved].decoded("LAST-MODIFIED") > before[moved].decoded("LAST-MODIFIED")


def test_a_revoked_or_replaced_link_is_gone(bob, bakery):
    first = _make_link(bob, bakery)
    second = _make_link(bob, bakery)
    assert Client().get(first).status_code == 404
    assert Client().get(second).status_code == 200
    assert bob.post(f"/s/{bakery.pk}/calendar/feed/revoke/").status_code == 302
    assert Client().get(second).status_code == 404


def test_an_unknown_token_and_a_deleted_strategy_give_404(bob, bakery):
    assert Client().get("/feed/" + "a" * 43 + ".ics").status_code == 404
    path = _make_link(bob, bakery)
    assert bob.post(f"/s/{bakery.pk}/delete/").status_code == 302
    bakery.refresh_from_db()
    assert bakery.deleted and Client().get(path).status_code == 404


@pytest.mark.parametrize("user", ["vera", "charlie", None])
def test_only_editors_of_the_workspace_make_or_revoke_links(personas, bakery, user):
    client = client_for(user)
    for action in ("new", "revoke"):
        response = client.post(f"/s/{bakery.pk}/calendar/feed/{action}/")
        assert response.status_code in (302, 403, 404)
        assert not CalendarFeed.objects.exists()
        if user is None:
            assert "/login/" in response["Location"]


def test_the_feed_page_is_a_404_for_another_workspace(personas, bakery):
    assert client_for("charlie").get(f"/s/{bakery.pk}/calendar/feed/").status_code == 404


def test_the_calendar_panel_links_to_the_feed_page_in_german(bob, bakery):
    page = bob.get(f"/s/{bakery.pk}/step/content/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert f"/s/{bakery.pk}/calendar/feed/" in page
    feed_page = bob.get(f"/s/{bakery.pk}/calendar/feed/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Kalender abonnieren" in feed_page


def test_the_calendar_panel_says_what_each_scheduler_takes_and_why_it_leaves_posts_out(bob, bakery):
    page = bob.get(f"/s/{bakery.pk}/step/content/?view=month&from=2026-12-01").content.decode()
    assert "Hootsuite: " in page and "Sprout Social: " in page and "ready to upload" in page
    assert "not marked ready" in page
    german = bob.get(f"/s/{bakery.pk}/step/content/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "bereit zum Hochladen" in german and "nicht als fertig markiert" in german
