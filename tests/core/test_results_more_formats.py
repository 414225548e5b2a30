"""More platform exports (#16): Meta, YouTube and LinkedIn with the headers of their German UI,
TikTok Studio's ZIP, LinkedIn's old .xls, Meta's overview exports, Plausible's visitors file
and Matomo's CSV report. The
fixtures are built from the documented headers and quirks (docs/results.md), not real files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import results_exports as exports

from socialstrategy.core.results.imports import import_file

FIXTURES = Path(__file__).parent / "fixtures"


def _facts(name: str, data: bytes) -> dict[tuple[str, dt.date, str], float]:
    return {(r.format, f.day, f.metric): f.value for r in import_file(name, data) for f in r.facts}


@pytest.mark.parametrize(
    ("name", "text", "expected_format"),
    [
        ("facebook.csv", exports.FACEBOOK_POSTS_DE, "meta_facebook_posts_de"),
        ("instagram.csv", exports.INSTAGRAM_POSTS_DE, "meta_instagram_posts_de"),
        ("Totals.csv", exports.YOUTUBE_TOTALS_DE, "youtube_daily_de"),
        ("Table data.csv", exports.YOUTUBE_VIDEOS_DE, "youtube_videos_de"),
        ("followers.csv", exports.LINKEDIN_FOLLOWERS_DE, "linkedin_followers_de"),
        ("updates.csv", exports.LINKEDIN_UPDATES_DE, "linkedin_updates_de"),
        ("visits.csv", exports.MATOMO_VISITS, "matomo_visits"),
        ("imported_visitors.csv", exports.PLAUSIBLE_VISITORS, "plausible_visitors"),
    ],
)
def test_an_export_with_its_known_headers_is_recognised_and_gives_facts(name, text, expected_format):
    results = import_file(name, text.encode("utf-8"))
    assert [r.format for r in results] == [expected_format]
    assert results[0].facts, "recognised, but nothing read"


def test_german_thousands_in_a_german_meta_export_are_read_as_thousands():
    facts = _facts("instagram.csv", exports.INSTAGRAM_POSTS_DE.encode("utf-8"))
    assert facts[("meta_instagram_posts_de", dt.date(2026, 9, 15), "views")] == 15_000
    assert facts[("meta_instagram_posts_de", dt.date(2026, 9, 15), "reach")] == 9_800


def test_tiktok_dates_without_a_year_take_it_from_the_day_the_archive_was_made():
    facts = _facts("TikTok.zip", exports.tiktok_archive())
    assert facts[("tiktok_overview", dt.date(2026, 12, 30), "views")] == 120
    assert facts[("tiktok_overview", dt.date(2027, 1, 1), "views")] == 200
    assert facts[("tiktok_followers", dt.date(2027, 1, 1), "followers")] == 1207
    assert ("tiktok_overview", dt.date(2026, 12, 31), "profile_visits") not in facts, "undefined is unknown"


def test_linkedin_s_old_excel_file_is_read():
    facts = _facts("followers.xls", (FIXTURES / "linkedin_followers.xls").read_bytes())
    assert facts[("linkedin_followers", dt.date(2026, 9, 1), "new_followers")] == 3


def test_meta_s_overview_in_utf_16_with_a_sep_line_and_a_title_line_is_read():
    data = "\ufeff".encode("utf-16-le") + exports.INSTAGRAM_REACH_OVERVIEW.encode("utf-16-le")
    facts = _facts("Reichweite.csv", data)
    assert facts == {("meta_overview", dt.date(2026, 9, 1), "reach"): 1200}
