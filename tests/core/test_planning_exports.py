import csv
import datetime as dt
import io
import re
import zipfile

import icalendar
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from planning_strategies import MONDAY, planning_strategy

from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.calendar import apply_calendar, build_calendar
from socialstrategy.core.planning.exports import (
    EXPORTERS,
    entry_uid,
    render_csv,
    render_hootsuite,
    render_ics,
    render_sprout,
    safe_cell,
    write_csv,
)

TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0")
NUMBER = re.compile(r"[+-]?(\d+([.,]\d+)?|[.,]\d+)", re.ASCII)


def _planned(weeks=2, **overrides):
    strategy = planning_strategy(**overrides)
    return apply_calendar(strategy, build_calendar(strategy, MONDAY, weeks))


def _with_title(title):
    strategy = planning_strategy()
    strategy.content.calendar = [
        {"id": "one", "date": MONDAY, "time": dt.time(9), "platform": "instagram", "title": "x"}
    ]
    strategy.content.calendar[0].title = title
    return strategy


def _rows(content):
    return list(csv.reader(io.StringIO(content.decode("utf-8"), newline="")))


# --- iCalendar ------------------------------------------------------------------------------


def test_the_ics_export_has_one_event_per_post_with_platform_pillar_and_goal():
    strategy = _planned()
    name, content_type, content = render_ics(strategy, "en")
    assert name == "baeckerei-sonnenschein-calendar.ics"
    assert content_type.startswith("text/calendar")
    events = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert len(events) == len(strategy.content.calendar)
    first = events[0]
    description = str(first["DESCRIPTION"])
    assert "Platform: Instagram" in description
    assert "Content pillar: Handwerk" in description
    assert "Goal: Be known in town" in description
    assert first.decoded("DTSTART") == dt.datetime(2026, 11, 30, 8, 0, tzinfo=dt.UTC)  # 9:00 in Berlin


def test_ics_uids_are_stable_across_exports():
    strategy = _planned()
    uids = [str(e["UID"]) for e in icalendar.Calendar.from_ical(render_ics(strategy)[2]).walk("VEVENT")]
    again = [str(e["UID"]) for e in icalendar.Calendar.from_ical(render_ics(_planned())[2]).walk("VEVENT")]
    assert uids == again and len(set(uids)) == len(uids)
    assert entry_uid(strategy, strategy.content.calendar[0]).endswith("@socialstrategy")


def test_the_ics_labels_are_german_for_german_output():
    description = str(
        icalendar.Calendar.from_ical(render_ics(_planned(), "de")[2]).walk("VEVENT")[0]["DESCRIPTION"]
    )
    assert "Plattform: Instagram" in description and "Themensäule: Handwerk" in description


def test_a_title_with_a_line_break_and_a_property_stays_one_summary():
    calendar = icalendar.Calendar.from_ical(render_ics(_with_title("Hi\r\nATTENDEE:x"))[2])
    [event] = calendar.walk("VEVENT")
    assert "ATTENDEE" not in event
    assert str(event["SUMMARY"]) == "[Instagram] Hi\nATTENDEE:x"


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=80))
def test_any_title_parses_back_as_exactly_one_summary_and_no_other_property(title):
    calendar = icalendar.Calendar.from_ical(render_ics(_with_title(title))[2])
    [event] = calendar.walk("VEVENT")
    assert set(event) <= {
        "UID",
        "DTSTAMP",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "DESCRIPTION",
        "STATUS",
        "CATEGORIES",
    }
    assert str(event["SUMMARY"]).startswith("[Instagram] ")


EVENT_PROPERTIES = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES"}
EVENT_PROPERTIES |= {"URL"}
CALENDAR_PROPERTIES = {"PRODID", "VERSION", "X-WR-CALNAME"}
FRAMES = {"BEGIN", "END"}


def _with_texts(name="Bäckerei", title="x", text=None, link=None, pillar="Handwerk"):
    strategy = planning_strategy()
    strategy.organisation.name = name
    strategy.content.pillars[0].name = pillar
    strategy.content.calendar = [
        {"id": "one", "date": MONDAY, "platform": "instagram", "title": "x", "pillar": "p-craft"}
    ]
    entry = strategy.content.calendar[0]
    entry.title, entry.text, entry.link = title, text, link
    return strategy


def _property_names(content):
    """Each unfolded content line's name, read without the icalendar library (RFC 5545 3.1)."""
    unfolded = re.sub(r"\r\n[ \t]", "", content.decode("utf-8"))
    lines = unfolded.split("\r\n")
    assert lines[-1] == ""
    return {re.split(r"[;:]", line, maxsplit=1)[0] for line in lines[:-1]}


def test_a_line_break_in_the_organisation_name_stays_in_the_calendar_name():
    content = render_ics(_with_texts(name="Org\nX-INJECTED:1"))[2]
    assert "X-INJECTED" not in _property_names(content)
    name = icalendar.Calendar.from_ical(content)["X-WR-CALNAME"]
    assert str(name) == "Editorial calendar Org\nX-INJECTED:1"


def test_a_link_with_a_line_break_is_kept_as_text_in_the_description_only():
    content = render_ics(_with_texts(link="https://example.org/a\r\nX-INJECTED:1"))[2]
    [event] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert "URL" not in event and "X-INJECTED" not in _property_names(content)
    assert str(event["DESCRIPTION"]).endswith("https://example.org/a\nX-INJECTED:1")


def test_a_plain_link_is_the_event_url():
    [event] = icalendar.Calendar.from_ical(
        render_ics(_with_texts(link="https://example.org/a?b=c;d"))[2]
    ).walk("VEVENT")
    assert str(event["URL"]) == "https://example.org/a?b=c;d"


@settings(max_examples=120, deadline=None)
@given(name=st.text(min_size=1, max_size=40), title=st.text(max_size=40), text=st.text(max_size=40))
def test_any_text_parses_back_as_the_same_text_and_no_other_property(name, title, text):
    texts = _with_texts(name=name, title=title, text=text or None, link=text or None, pillar=title or "p")
    strategy = Strategy.model_validate(texts.model_dump())
    content = render_ics(strategy)[2]
    assert _property_names(content) <= EVENT_PROPERTIES | CALENDAR_PROPERTIES | FRAMES
    calendar = icalendar.Calendar.from_ical(content)
    [event] = calendar.walk("VEVENT")
    entry = strategy.content.calendar[0]
    assert str(calendar["X-WR-CALNAME"]) == f"Editorial calendar {strategy.organisation.name}".strip()
    assert str(event["SUMMARY"]) == f"[Instagram] {entry.title}"
    assert str(event["DESCRIPTION"]).endswith("\n".join(filter(None, (entry.text, entry.link))))
    assert event["CATEGORIES"].cats == [strategy.content.pillars[0].name]


# --- CSV ------------------------------------------------------------------------------------


def test_the_generic_csv_has_iso_times_and_the_agreed_columns():
    strategy = _planned()
    rows = _rows(render_csv(strategy)[2])
    assert rows[0][:6] == ["scheduled_at", "platform", "account", "text", "link", "media_urls"]
    assert rows[0][6:] == ["title", "format", "pillar", "goal", "owner", "status"]
    assert len(rows) == len(strategy.content.calendar) + 1
    assert dt.datetime.fromisoformat(rows[1][0]) == dt.datetime(
        2026, 11, 30, 9, tzinfo=dt.datetime.fromisoformat(rows[1][0]).tzinfo
    )
    assert rows[1][0].endswith("+01:00")
    assert rows[1][2] == "'@sonnenschein"  # a handle starts with @, so it is protected


@pytest.mark.parametrize("trigger", TRIGGERS)
def test_a_cell_starting_with_a_formula_character_gets_a_quote(trigger):
    assert safe_cell(f"{trigger}HYPERLINK(1)") == f"'{trigger}HYPERLINK(1)"


def test_numbers_stay_numbers():
    assert safe_cell(-5) == -5 and safe_cell(2.5) == 2.5
    assert safe_cell("-5") == "-5" and safe_cell("+3.5") == "+3.5"
    assert _rows(write_csv([[-5, "x"]])) == [["-5", "x"]]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_no_csv_cell_a_spreadsheet_reads_can_start_a_formula(title):
    strategy = _with_title(title)
    for render in (render_csv, render_sprout):
        rows = _rows(render(strategy)[2])
        for row in rows:
            for cell in row:
                assert not cell.startswith(TRIGGERS) or NUMBER.fullmatch(cell)
    rows = _rows(render_csv(strategy)[2])
    title = strategy.content.calendar[0].title  # as stored: the model strips outer whitespace
    expected = "'" + title if title.startswith(TRIGGERS) and not NUMBER.fullmatch(title) else title
    assert rows[1][3] == expected  # RFC 4180 quoting brings commas, quotes and line breaks back


# --- schedulers -----------------------------------------------------------------------------


def test_hootsuite_makes_one_headerless_file_per_profile_in_a_zip():
    name, content_type, content = render_hootsuite(_planned())
    assert (name, content_type) == ("baeckerei-sonnenschein-hootsuite.zip", "application/zip")
    archive = zipfile.ZipFile(io.BytesIO(content))
    names = sorted(archive.namelist())
    assert names == [
        "baeckerei-sonnenschein-hootsuite-facebook.csv",
        "baeckerei-sonnenschein-hootsuite-instagram-sonnenschein.csv",
    ]
    rows = _rows(archive.read(names[1]))
    assert rows[0] == ["11/30/2026 09:00", "Handwerk: Bildbeitrag", ""]


def test_hootsuite_for_one_platform_is_a_single_csv():
    name, content_type, content = render_hootsuite(_planned(), platform="facebook")
    assert name.endswith("facebook.csv") and content_type.startswith("text/csv")
    for when, _, _ in _rows(content):
        parsed = dt.datetime.strptime(when, "%m/%d/%Y %H:%M")
        assert parsed.minute % 5 == 0


def test_hootsuite_rounds_to_five_minutes_and_keeps_times_apart():
    strategy = planning_strategy()
    strategy.content.calendar = [
        {"id": f"e{i}", "date": MONDAY, "time": dt.time(9, minute), "platform": "facebook", "title": f"t{i}"}
        for i, minute in enumerate((1, 3, 8))
    ]
    times = [row[0][-5:] for row in _rows(render_hootsuite(strategy)[2])]
    assert times == ["09:00", "09:05", "09:10"]


def test_scheduler_files_hold_at_most_350_rows():
    strategy = planning_strategy(platforms=[{"platform": "x", "posts_per_week": 14, "formats": ["text"]}])
    strategy = apply_calendar(strategy, build_calendar(strategy, MONDAY, 30))
    assert len(strategy.content.calendar) == 420
    for render in (render_hootsuite, render_sprout):
        archive = zipfile.ZipFile(io.BytesIO(render(strategy)[2]))
        sizes = [len(_rows(archive.read(n))) for n in sorted(archive.namelist())]
        header = 1 if render is render_sprout else 0
        assert sizes == [350 + header, 70 + header]


def test_sprout_has_its_headers_and_messages_ten_minutes_apart():
    strategy = planning_strategy()
    strategy.content.calendar = [
        {
            "id": f"e{i}",
            "date": MONDAY,
            "time": dt.time(9, minute),
            "platform": "facebook",
            "title": f"t{i}",
            "link": "https://example.org",
        }
        for i, minute in enumerate((0, 5, 30))
    ]
    rows = _rows(render_sprout(strategy)[2])
    assert rows[0] == ["date", "time_24hr", "message_text"]
    assert [r[1] for r in rows[1:]] == ["09:00", "09:10", "09:30"]
    assert rows[1][0] == "11/30/2026" and rows[1][2] == "t0 https://example.org"


def test_cancelled_posts_are_not_exported():
    strategy = _planned()
    strategy.content.calendar[0].status = "cancelled"
    assert len(_rows(render_csv(strategy)[2])) == len(strategy.content.calendar)


@pytest.mark.parametrize("fmt", list(EXPORTERS))
def test_every_export_follows_the_output_contract(fmt):
    filename, content_type, content = EXPORTERS[fmt](_planned(), "de")
    assert filename and content_type and isinstance(content, bytes) and content


def test_a_scheduler_export_without_posts_is_an_empty_csv():
    name, _, content = render_sprout(_planned(), platform="tiktok")
    assert name.endswith(".csv") and _rows(content) == [["date", "time_24hr", "message_text"]]
    assert render_hootsuite(_planned(), platform="tiktok")[2] == b""
