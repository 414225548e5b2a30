"""Importing the platforms' exports: each recognised by its headers, bad input named by file,
line and column, nothing half imported."""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from results_exports import (
    BUSINESS_PROFILE,
    FACEBOOK_POSTS,
    GENERIC,
    INSTAGRAM_POSTS,
    LINKEDIN_FOLLOWERS,
    LINKEDIN_UPDATES,
    LINKEDIN_VISITORS,
    PERIOD,
    YOUTUBE_CHART,
    YOUTUBE_TOTALS,
    YOUTUBE_VIDEOS,
    workbook,
    zipped,
)

from socialstrategy.core.results import Fact, ImportFailed, import_files
from socialstrategy.core.results.cells import CellError, day, number
from socialstrategy.core.results.facts import daily_series
from socialstrategy.core.vocabulary import METRIC_IDS, PLATFORM_IDS


def _one(name: str, text: str | bytes, period: tuple[dt.date, dt.date] | None = None):
    data = text.encode("utf-8") if isinstance(text, str) else text
    [result] = import_files([(name, data)], period)
    return result


def _values(result) -> dict[str, float]:
    totals: dict[str, float] = {}
    for fact in result.facts:
        totals[fact.metric] = totals.get(fact.metric, 0) + fact.value
    return totals


@pytest.mark.parametrize(
    ("name", "text", "export", "platform"),
    [
        ("posts.csv", INSTAGRAM_POSTS, "meta_instagram_posts", "instagram"),
        ("posts.csv", FACEBOOK_POSTS, "meta_facebook_posts", "facebook"),
        ("Totals.csv", YOUTUBE_TOTALS, "youtube_daily", "youtube"),
        ("Chart data.csv", YOUTUBE_CHART, "youtube_daily", "youtube"),
        ("Table data.csv", YOUTUBE_VIDEOS, "youtube_videos", "youtube"),
        ("followers.csv", LINKEDIN_FOLLOWERS, "linkedin_followers", "linkedin"),
        ("visitors.csv", LINKEDIN_VISITORS, "linkedin_visitors", "linkedin"),
        ("content.csv", LINKEDIN_UPDATES, "linkedin_updates", "linkedin"),
        ("gbp.csv", BUSINESS_PROFILE, "google_business_profile", "google_business_profile"),
        ("mine.csv", GENERIC, "generic", "website"),
    ],
)
def test_it_recognises_each_export_by_its_headers(name, text, export, platform):
    result = _one(name, text, PERIOD)
    assert result.format == export
    assert result.platforms() == [platform]
    assert result.facts


def test_it_reads_metas_quirks_quoted_thousands_multiline_captions_and_us_dates():
    result = _one("posts.csv", INSTAGRAM_POSTS)
    assert _values(result)["views"] == 15_900
    assert result.first == dt.date(2026, 9, 15)
    assert result.account == "baeckerei.sonne"
    assert _values(result)["engagements"] == 410 + 120 + 20 + 55 + 40 + 3 + 2 + 5


def test_it_reads_the_instagram_overview_encoding_utf16_with_a_sep_line():
    data = ("sep=,\n" + INSTAGRAM_POSTS).encode("utf-16")
    assert data.startswith(codecs.BOM_UTF16_LE)
    assert _one("posts.csv", data).format == "meta_instagram_posts"


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1252"])
def test_it_reads_every_encoding_the_exports_use(encoding):
    text = "date;platform;metric;value\n2026-09-01;website;visitors;1.234,5\n"
    result = _one("ä.csv", text.encode(encoding))
    assert result.facts == (Fact(dt.date(2026, 9, 1), "website", "visitors", 1234.5),)


def test_it_skips_youtubes_total_row():
    assert _values(_one("Totals.csv", YOUTUBE_TOTALS))["views"] == 30
    assert _values(_one("Table data.csv", YOUTUBE_VIDEOS))["new_followers"] == 7


def test_it_skips_the_business_profiles_row_of_descriptions_and_spreads_the_period_evenly():
    result = _one("gbp.csv", BUSINESS_PROFILE, PERIOD)
    assert _values(result) == pytest.approx(
        {"views": 200, "calls": 30, "direction_requests": 60, "website_clicks": 90}
    )
    assert len({fact.day for fact in result.facts}) == 30


def test_it_asks_for_the_period_of_an_export_without_dates():
    with pytest.raises(ImportFailed) as failed:
        import_files([("gbp.csv", BUSINESS_PROFILE.encode())])
    assert "give the period" in str(failed.value)


def test_it_reads_linkedins_reposts_as_shares():
    assert _values(_one("content.csv", LINKEDIN_UPDATES))["shares"] == 2


def test_a_youtube_archive_imports_every_table_and_never_counts_a_day_twice():
    data = zipped(
        {"Totals.csv": YOUTUBE_TOTALS, "Chart data.csv": YOUTUBE_CHART, "Table data.csv": YOUTUBE_VIDEOS}
    )
    results = import_files([("youtube.zip", data)])
    assert [r.format for r in results] == ["youtube_daily", "youtube_daily", "youtube_videos"]
    views = daily_series(f for r in results for f in r.facts)[("youtube", "views")]
    assert views[dt.date(2026, 9, 1)] == 10  # the channel's own figure, not 10 + the videos' 4 + 6


def test_it_notes_the_files_of_an_archive_it_does_not_know():
    data = zipped({"Totals.csv": YOUTUBE_TOTALS, "Cities.csv": "City,Views\nBerlin,3\n"})
    [result] = import_files([("youtube.zip", data)])
    assert "Cities.csv: not an export we know" in result.notes[-1].render("en")


def test_it_reads_an_xlsx_workbook_and_refuses_its_formulas():
    rows = [["Date", "Organic followers", "Total followers"], ["09/01/2026", "3", "3"]]
    assert _values(_one("followers.xlsx", workbook(rows)))["new_followers"] == 3
    with pytest.raises(ImportFailed) as failed:
        import_files([("followers.xlsx", workbook(rows, formula_at=(2, 2)))])
    assert failed.value.problems[0].line == 2
    assert failed.value.problems[0].column == "Total followers"


def test_an_unknown_file_names_the_formats_it_was_compared_with_and_the_headers_they_lacked():
    with pytest.raises(ImportFailed) as failed:
        import_files([("x.csv", b"City,Views\nBerlin,3\n")])
    text = failed.value.problems[0].render("en")
    assert "Meta Business Suite: Instagram posts (lacks Post ID, Account username, Publish time)" in text
    assert "YouTube Studio: figures per day (Table data, Chart data, Totals) (lacks Date)" in text


def test_a_partly_broken_file_imports_nothing_and_names_line_and_column():
    broken = GENERIC + "2026-09-03,website,visitors,NaN\n"
    with pytest.raises(ImportFailed) as failed:
        import_files([("good.csv", GENERIC.encode()), ("mine.csv", broken.encode())])
    [problem] = failed.value.problems
    assert (problem.file, problem.line, problem.column) == ("mine.csv", 4, "value")
    assert problem.render("en") == "mine.csv:4: value: not a number: NaN"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("=HYPERLINK(1)", "a formula"), ("1e400", "not a number"), ("9999999999999", "too large")],
)
def test_it_refuses_formulas_huge_numbers_and_nan(cell, expected):
    with pytest.raises(CellError, match=expected):
        number(cell)


def test_it_refuses_dates_without_a_year():
    with pytest.raises(CellError, match="not a date"):
        day("Sep 15")


def test_it_refuses_a_zip_bomb():
    bomb = zipped({"Totals.csv": "Date,Views\n" + "2026-09-01,1\n" * 2_000_000})
    with pytest.raises(ImportFailed, match="too much data"):
        import_files([("bomb.zip", bomb)])


# --- properties ----------------------------------------------------------------------------------

_rows = st.lists(
    st.tuples(
        st.dates(dt.date(2000, 1, 1), dt.date(2200, 12, 31)),
        st.sampled_from(PLATFORM_IDS),
        st.sampled_from(METRIC_IDS),
        st.integers(-(10**12), 10**12) | st.floats(-1e9, 1e9, allow_nan=False).map(lambda v: round(v, 3)),
    ),
    min_size=1,
    max_size=30,
)


def _generic_csv(rows, delimiter: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(["date", "platform", "metric", "value"])
    for when, platform, metric, value in rows:
        text = repr(float(value)) if isinstance(value, float) else str(value)
        writer.writerow(
            [when.isoformat(), platform, metric, text.replace(".", ",") if delimiter == ";" else text]
        )
    return out.getvalue()


@settings(max_examples=60, deadline=None)
@given(_rows, st.sampled_from([",", ";"]), st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_a_generic_csv_imports_every_row_as_written(rows, delimiter, encoding):
    result = _one("g.csv", _generic_csv(rows, delimiter).encode(encoding))
    assert [(f.day, f.platform, f.metric, f.value) for f in result.facts] == [
        (when, platform, metric, float(value)) for when, platform, metric, value in rows
    ]


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 10**12))
def test_thousands_separators_read_back_as_the_number(value):
    assert number(f"{value:,}") == value
    assert number(f"{value:,}".replace(",", "."), "de") == value


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=400) | st.text(max_size=200).map(str.encode))
def test_any_bytes_either_import_or_fail_with_problems_never_with_a_crash(data):
    try:
        import_files([("f.csv", b"date,platform,metric,value\n" + data)])
    except ImportFailed as failed:
        assert failed.problems and all(p.render("de") for p in failed.problems)


@settings(max_examples=40, deadline=None)
@given(_rows, st.data())
def test_one_bad_row_anywhere_fails_the_whole_file_at_its_line(rows, data):
    lines = _generic_csv(rows, ",").splitlines()
    position = data.draw(st.integers(1, len(lines) - 1))
    when, platform, metric, _value = rows[position - 1]
    lines[position] = f"{when.isoformat()},{platform},{metric},12abc"
    with pytest.raises(ImportFailed) as failed:
        _one("g.csv", "\n".join(lines) + "\n")
    assert [(p.line, p.column) for p in failed.value.problems] == [(position + 1, "value")]
