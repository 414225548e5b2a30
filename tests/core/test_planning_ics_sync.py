"""iCalendar that calendar apps keep in sync: times in the organisation's zone with its
VTIMEZONE, stable UIDs, SEQUENCE and LAST-MODIFIED that change when a post moves. Read back with
three independent parsers (icalendar, vobject, ics-py)."""

import datetime as dt
from zoneinfo import ZoneInfo

import icalendar
import ics
import pytest
import vobject

from socialstrategy.core.demos import load_demo
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.calendar import move_entry, with_entry_ids
from socialstrategy.core.planning.exports import export_calendar, render_csv, render_ics
from socialstrategy.core.planning.zones import time_zone

DAYTON = ZoneInfo("America/New_York")


def _events(strategy):
    return {str(e["UID"]): e for e in icalendar.Calendar.from_ical(render_ics(strategy)[2]).walk("VEVENT")}


def test_the_us_demo_is_in_dayton_time_for_every_parser():
    strategy = load_demo("sensors")
    content = render_ics(strategy)[2].decode()
    first = min(strategy.content.calendar, key=lambda e: (e.date, e.time or dt.time(9)))
    expected = dt.datetime.combine(first.date, first.time or dt.time(9), DAYTON)
    assert "BEGIN:VTIMEZONE\r\nTZID:America/New_York" in content
    assert min(e.begin for e in ics.Calendar(content).events) == expected  # ics-py
    assert min(e.dtstart.value for e in vobject.readOne(content).vevent_list) == expected
    assert min(e.decoded("DTSTART") for e in _events(strategy).values()) == expected


def test_the_us_demo_csv_has_offsets():
    rows = render_csv(load_demo("sensors"))[2].decode().splitlines()
    assert rows[1].split(",")[0].endswith(("-05:00", "-04:00")) and ",America/New_York," in rows[1]


@pytest.mark.parametrize(
    ("country", "region", "zone"),
    [
        ("DE", "DE-BW", "Europe/Berlin"),
        ("AT", None, "Europe/Vienna"),
        ("US", "US-OH", "America/New_York"),
        ("US", "US-CA", "America/Los_Angeles"),
        ("US", "US-AZ", "America/Phoenix"),
        ("US", None, "America/New_York"),
        ("CA", "CA-BC", "America/Vancouver"),
        ("JP", None, "Asia/Tokyo"),
        (None, None, "UTC"),
    ],
)
def test_the_zone_comes_from_country_and_region(country, region, zone):
    strategy = Strategy(organisation={"name": "x", "country": country, "region": region})
    assert time_zone(strategy).key == zone


def test_without_a_country_the_calendar_is_in_utc_and_says_so():
    strategy = load_demo("sensors")
    strategy.organisation.country = None
    strategy.organisation.region = None
    calendar = icalendar.Calendar.from_ical(render_ics(strategy)[2])
    assert str(calendar["X-WR-TIMEZONE"]) == "UTC"
    assert all(e.decoded("DTSTART").utcoffset() == dt.timedelta(0) for e in calendar.walk("VEVENT"))


def test_moving_a_post_keeps_its_uid_and_raises_sequence_and_last_modified():
    before = _events(load_demo("bakery"))  # entries without ids, as the demo ships them
    strategy = with_entry_ids(load_demo("bakery"))  # what the web app does before it moves one
    entry = next(e for e in strategy.content.calendar if e.status == "planned")
    moment = dt.datetime(2026, 12, 1, 10, 30, tzinfo=dt.UTC)
    moved = move_entry(strategy, entry.id, entry.date + dt.timedelta(days=1), dt.time(11), now=moment)
    after = _events(moved)
    assert before.keys() == after.keys()
    changed = [uid for uid in after if after[uid]["SEQUENCE"] != before[uid]["SEQUENCE"]]
    assert len(changed) == 1 and after[changed[0]]["SEQUENCE"] == 1
    assert after[changed[0]].decoded("LAST-MODIFIED") == moment
    assert after[changed[0]].decoded("DTSTAMP") == moment


def test_an_edit_that_changes_nothing_keeps_the_sequence():
    strategy = with_entry_ids(load_demo("bakery"))
    entry = strategy.content.calendar[0]
    same = move_entry(strategy, entry.id, entry.date)
    assert same.content.calendar == strategy.content.calendar


def test_two_exports_of_the_same_strategy_are_the_same_bytes():
    strategy = load_demo("bakery")
    now = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    assert export_calendar(strategy, "ics", now=now).files == export_calendar(strategy, "ics", now=now).files


def test_a_save_through_any_form_raises_the_sequence_of_the_posts_it_changed():
    from socialstrategy.core.planning.calendar import with_revisions

    before = with_entry_ids(load_demo("bakery"))
    after = before.model_copy(deep=True)
    after.content.calendar[2].title = "Neuer Titel"
    moment = dt.datetime(2026, 12, 2, 8, tzinfo=dt.UTC)
    saved = with_revisions(before, after, moment)
    assert [e.sequence for e in saved.content.calendar[:4]] == [0, 0, 1, 0]
    assert saved.content.calendar[2].modified == moment
    assert with_revisions(saved, saved) is saved  # nothing changed, nothing raised
