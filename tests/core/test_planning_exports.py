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
    export_calendar,
    is_formula_risk,
    render_csv,
    render_csv_excel,
    render_ics,
    safe_cell,
    write_csv,
)

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
        "LAST-MODIFIED",
        "SEQUENCE",
        "DTSTART",
        "DTEND",
        "SUMMARY",
        "DESCRIPTION",
        "STATUS",
        "CATEGORIES",
    }
    assert str(event["SUMMARY"]).startswith("[Instagram] ")


EVENT_PROPERTIES = {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY", "DESCRIPTION", "STATUS", "CATEGORIES"}
EVENT_PROPERTIES |= {"URL", "LAST-MODIFIED", "SEQUENCE"}
CALENDAR_PROPERTIES = {"PRODID", "VERSION", "X-WR-CALNAME", "X-WR-TIMEZONE"}
CALENDAR_PROPERTIES |= {"TZID", "COMMENT", "TZNAME", "TZOFFSETFROM", "TZOFFSETTO", "RDATE"}
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


def test_the_generic_csv_has_iso_times_with_offset_and_the_agreed_columns():
    strategy = _planned()
    rows = _rows(render_csv(strategy)[2])
    assert rows[0][:7] == ["scheduled_at", "time_zone", "platform", "account", "text", "link", "media_urls"]
    assert rows[0][7:13] == ["title", "format", "pillar", "goal", "owner", "status"]
    assert rows[0][13:] == [
        "platform_label",
        "format_label",
        "status_label",
        "hashtags",
        "first_comment",
        "media_alt",
    ]
    assert len(rows) == len(strategy.content.calendar) + 1
    assert dt.datetime.fromisoformat(rows[1][0]) == dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC)
    assert rows[1][0].endswith("+01:00") and rows[1][1] == "Europe/Berlin"
    assert rows[1][3] == "@sonnenschein"  # a handle is no formula: it stays as written


def test_the_generic_csv_gives_codes_and_labels_in_the_documents_language():
    strategy = _planned()
    strategy.content.calendar[0].platform = "google_business_profile"
    row = _rows(render_csv(strategy, "de")[2])[1]
    assert (row[2], row[12]) == ("google_business_profile", "planned")
    assert (row[13], row[15]) == ("Google-Unternehmensprofil", "geplant")


def test_the_csv_for_german_excel_has_a_bom_semicolons_and_german_headings():
    name, _, content = render_csv_excel(_planned(), "de")
    assert content.startswith("\ufeff".encode()) and name.endswith(".csv")
    rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"), newline=""), delimiter=";"))
    assert rows[0][:3] == ["Datum und Uhrzeit", "Zeitzone", "Plattform (Code)"]
    assert len({len(row) for row in rows}) == 1 and len(rows[0]) == 19


def test_numbers_stay_numbers():
    assert safe_cell(-5) == -5 and safe_cell(2.5) == 2.5
    assert safe_cell("-5") == "-5" and safe_cell("+3.5") == "+3.5"
    assert _rows(write_csv([[-5, "x"]])) == [["-5", "x"]]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_no_csv_cell_a_spreadsheet_reads_can_start_a_harmful_formula(title):
    strategy = _with_title(title)
    strategy.content.calendar[0].status = "ready"
    strategy.content.calendar[0].platform = "facebook"
    export = export_calendar(strategy, "sprout", now=NOW)
    for content in (render_csv(strategy)[2], *export.files.values()):
        for row in _rows(content):
            for cell in row:
                assert not is_formula_risk(cell) or NUMBER.fullmatch(cell)
    title = strategy.content.calendar[0].title  # as stored: the model strips outer whitespace
    expected = "'" + title if is_formula_risk(title) and not NUMBER.fullmatch(title) else title
    assert _rows(render_csv(strategy)[2])[1][4] == expected  # RFC 4180 quoting brings it all back


# --- schedulers -----------------------------------------------------------------------------

NOW = dt.datetime(2026, 11, 1, tzinfo=dt.UTC)


def _ready(*platforms, minutes=(0,), **values):
    strategy = planning_strategy()
    strategy.content.calendar = [
        {
            "id": f"{platform}-{i}",
            "date": MONDAY,
            "time": dt.time(9, minute),
            "platform": platform,
            "title": f"{platform} {i}",
            "text": f"Copy {i}",
            "status": "ready",
            **values,
        }
        for platform in platforms
        for i, minute in enumerate(minutes)
    ]
    return Strategy.model_validate(strategy.model_dump())


def test_hootsuite_makes_one_headerless_file_per_profile_with_the_real_copy():
    export = export_calendar(_ready("facebook", "linkedin"), "hootsuite", now=NOW)
    assert sorted(export.files) == [
        "baeckerei-sonnenschein-hootsuite-facebook.csv",
        "baeckerei-sonnenschein-hootsuite-linkedin.csv",
    ]
    assert _rows(export.files["baeckerei-sonnenschein-hootsuite-facebook.csv"]) == [
        ["11/30/2026 09:00", "Copy 0", ""]
    ]
    name, content_type, content = export.rendered()
    assert (name, content_type) == ("baeckerei-sonnenschein-hootsuite.zip", "application/zip")
    assert sorted(zipfile.ZipFile(io.BytesIO(content)).namelist()) == sorted(export.files)


def test_hootsuite_for_one_platform_is_a_single_csv():
    export = export_calendar(_ready("facebook", "linkedin"), "hootsuite", platform="facebook", now=NOW)
    name, content_type, _ = export.rendered()
    assert name.endswith("facebook.csv") and content_type.startswith("text/csv")
    assert [e.platform for e in export.entries] == ["facebook"]


def test_scheduler_times_round_up_and_keep_apart():
    strategy = _ready("facebook", minutes=(1, 3, 8))
    hootsuite = export_calendar(strategy, "hootsuite", now=NOW).files.popitem()[1]
    assert [row[0][-5:] for row in _rows(hootsuite)] == ["09:05", "09:10", "09:15"]
    sprout = export_calendar(strategy, "sprout", now=NOW).files.popitem()[1]
    assert [row[1] for row in _rows(sprout)[1:]] == ["09:10", "09:20", "09:30"]


def test_scheduler_files_hold_at_most_350_rows():
    strategy = planning_strategy(platforms=[{"platform": "x", "posts_per_week": 14, "formats": ["text"]}])
    strategy = apply_calendar(strategy, build_calendar(strategy, MONDAY, 30))
    for entry in strategy.content.calendar:
        entry.status = "ready"
    assert len(strategy.content.calendar) == 420
    for fmt, header in (("hootsuite", 0), ("sprout", 1)):
        files = export_calendar(strategy, fmt, now=NOW).files
        assert [len(_rows(files[n])) for n in sorted(files)] == [350 + header, 70 + header]


def test_sprout_has_its_headers_and_the_link_in_the_message():
    strategy = _ready("facebook", minutes=(0, 5, 30), link="https://example.org")
    rows = _rows(export_calendar(strategy, "sprout", now=NOW).files.popitem()[1])
    assert rows[0] == ["date", "time_24hr", "message_text"]
    assert [r[1] for r in rows[1:]] == ["09:00", "09:10", "09:30"]
    assert rows[1][0] == "11/30/2026" and rows[1][2] == "Copy 0 https://example.org"


@pytest.mark.parametrize(
    ("values", "platform", "reason"),
    [
        ({"status": "planned"}, "facebook", "not_ready"),
        ({"status": "idea"}, "facebook", "not_ready"),
        ({"status": "scheduled"}, "facebook", "not_ready"),
        ({"status": "cancelled"}, "facebook", "cancelled"),
        ({}, "website", "profile"),
        ({}, "newsletter", "profile"),
        ({}, "instagram", "media"),
        ({}, "tiktok", "media"),
        ({}, "youtube", "media"),
    ],
)
def test_a_scheduler_leaves_out_what_it_would_refuse_and_says_why(values, platform, reason):
    for fmt in ("hootsuite", "sprout"):
        export = export_calendar(_ready(platform, **values), fmt, now=NOW)
        assert export.files == {} and [item.reason for item in export.left_out] == [reason]
        assert export.left_out[0].text("de")


def test_hootsuite_leaves_out_reddit():
    export = export_calendar(_ready("reddit"), "hootsuite", "de", now=NOW)
    assert export.left_out[0].text("de") == "Hootsuite veröffentlicht nicht auf Reddit"


def test_a_scheduler_leaves_out_posts_less_than_its_margin_ahead():
    strategy = _ready("facebook", minutes=(0, 30))
    nine = dt.datetime(2026, 11, 30, 8, tzinfo=dt.UTC)  # 09:00 in Munich
    export = export_calendar(strategy, "sprout", "en", now=nine)
    assert [e.id for e in export.entries] == ["facebook-1"]  # 09:30 is 30 minutes ahead
    assert [item.reason for item in export.left_out] == ["past"]
    assert "less than 15 minutes ahead" in export.left_out[0].text("en")
    later = export_calendar(strategy, "sprout", now=nine + dt.timedelta(minutes=16))
    assert later.entries == []


def test_cancelled_posts_are_not_exported():
    strategy = _planned()
    strategy.content.calendar[0].status = "cancelled"
    assert len(_rows(render_csv(strategy)[2])) == len(strategy.content.calendar)
    assert [item.reason for item in export_calendar(strategy, "ics").left_out] == ["cancelled"]


@pytest.mark.parametrize("fmt", list(EXPORTERS))
def test_every_export_follows_the_output_contract(fmt):
    filename, content_type, content = EXPORTERS[fmt](_planned(), "de")
    assert filename and content_type and isinstance(content, bytes)


def test_a_scheduler_export_without_posts_is_an_empty_file():
    export = export_calendar(_planned(), "sprout", platform="tiktok", now=NOW)
    assert export.files == {} and export.rendered()[0].endswith(".csv")
