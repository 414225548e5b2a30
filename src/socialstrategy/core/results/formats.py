"""The export formats the results import understands, each recognised by its header row.

A format names the headers it needs (``required``), the column its dates are in, and which
columns become which canonical metric; a metric read from several columns is their sum (Google
Business Profile's views are its four search and maps columns; engagements are reactions,
comments, shares and saves). Headers are compared case-insensitively and never by position;
the header row may follow title lines. ``source`` says where each header set was taken from:
docs/results.md lists them, and which are not verified against a real file.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialstrategy.core.i18n import N_

Columns = tuple[tuple[str, tuple[str, ...]], ...]
"""``(metric, headers)``: the metric's value is the sum of the headers present in the file."""


@dataclass(frozen=True)
class ExportFormat:
    identifier: str
    label: str
    platform: str | None
    required: tuple[str, ...]
    columns: Columns
    date: str | None
    post: str | None = None
    account: str | None = None
    total_row: bool = False
    """The first data row is a total of the others (YouTube Studio) and is skipped."""
    description_row: bool = False
    """The row after the header may describe the columns in words (Google Business Profile)."""
    source: str = ""
    forbidden: tuple[str, ...] = ()
    """Headers that mean another format (a video table with a ``Date`` column is per day)."""

    @property
    def headers(self) -> frozenset[str]:
        """Every header this format reads, lowercased."""
        named = {self.date, self.post, self.account, *(h for _m, hs in self.columns for h in hs)}
        return frozenset(name.lower() for name in named if name)

    def missing(self, header: list[str]) -> list[str]:
        present = {cell.lower() for cell in header}
        return [name for name in self.required if name.lower() not in present]

    def fits(self, header: list[str]) -> bool:
        present = {cell.lower() for cell in header}
        return not self.missing(header) and not any(name.lower() in present for name in self.forbidden)


_META_REACTIONS = ("Reactions", "Comments", "Shares")
_IG_INTERACTIONS = ("Likes", "Comments", "Shares", "Saves")

GENERIC = ExportFormat(
    "generic",
    N_("Generic CSV (date, platform, metric, value)"),
    None,
    ("date", "platform", "metric", "value"),
    (),
    "date",
    post="post",
    source="this project's own format",
)
FORMATS: tuple[ExportFormat, ...] = (
    GENERIC,
    ExportFormat(
        "meta_facebook_posts",
        N_("Meta Business Suite: Facebook posts"),
        "facebook",
        ("Post ID", "Page ID", "Publish time"),
        (
            ("reach", ("Reach",)),
            ("views", ("Views",)),
            ("likes", ("Reactions",)),
            ("comments", ("Comments",)),
            ("shares", ("Shares",)),
            ("link_clicks", ("Link clicks",)),
            ("engagements", _META_REACTIONS),
        ),
        "Publish time",
        post="Post ID",
        account="Page name",
        source="headers of public importers' test fixtures (not a file of ours)",
    ),
    ExportFormat(
        "meta_instagram_posts",
        N_("Meta Business Suite: Instagram posts"),
        "instagram",
        ("Post ID", "Account username", "Publish time"),
        (
            ("reach", ("Reach",)),
            ("views", ("Views",)),
            ("likes", ("Likes",)),
            ("comments", ("Comments",)),
            ("shares", ("Shares",)),
            ("saves", ("Saves",)),
            ("new_followers", ("Follows",)),
            ("engagements", _IG_INTERACTIONS),
        ),
        "Publish time",
        post="Post ID",
        account="Account username",
        source="headers of public importers' test fixtures (not a file of ours)",
    ),
    ExportFormat(
        "youtube_videos",
        N_("YouTube Studio: table of videos"),
        "youtube",
        ("Content", "Video title", "Video publish time", "Views"),
        (
            ("views", ("Views",)),
            ("new_followers", ("Subscribers",)),
            ("likes", ("Likes",)),
            ("comments", ("Comments added",)),
            ("shares", ("Shares",)),
        ),
        "Video publish time",
        post="Content",
        total_row=True,
        source="headers of public YouTube Studio importers (not a file of ours)",
        forbidden=("Date",),
    ),
    ExportFormat(
        "youtube_daily",
        N_("YouTube Studio: figures per day (Table data, Chart data, Totals)"),
        "youtube",
        ("Date", "Views"),
        (
            ("views", ("Views",)),
            ("new_followers", ("Subscribers",)),
            ("likes", ("Likes",)),
            ("comments", ("Comments added",)),
            ("shares", ("Shares",)),
        ),
        "Date",
        post="Content",
        total_row=True,
        source="headers of public YouTube Studio importers (not a file of ours)",
    ),
    ExportFormat(
        "linkedin_followers",
        N_("LinkedIn page: new followers"),
        "linkedin",
        ("Date", "Organic followers", "Total followers"),
        (("new_followers", ("Total followers",)),),
        "Date",
        source="headers of public LinkedIn importers (not a file of ours); English UI only",
    ),
    ExportFormat(
        "linkedin_visitors",
        N_("LinkedIn page: visitors"),
        "linkedin",
        ("Date", "Total page views (total)", "Total unique visitors (total)"),
        (
            ("page_views", ("Total page views (total)",)),
            ("visitors", ("Total unique visitors (total)",)),
        ),
        "Date",
        source="headers of public LinkedIn importers (not a file of ours); English UI only",
    ),
    ExportFormat(
        "linkedin_updates",
        N_("LinkedIn page: updates (content)"),
        "linkedin",
        ("Date", "Impressions (total)", "Clicks (total)"),
        (
            ("views", ("Impressions (total)",)),
            ("link_clicks", ("Clicks (total)",)),
            ("likes", ("Reactions (total)",)),
            ("comments", ("Comments (total)",)),
            ("shares", ("Shares (total)", "Reposts (total)")),
            ("engagements", ("Reactions (total)", "Comments (total)", "Shares (total)", "Reposts (total)")),
        ),
        "Date",
        source="headers of public LinkedIn importers (not a file of ours); English UI only",
    ),
    ExportFormat(
        "google_business_profile",
        N_("Google Business Profile: performance"),
        "google_business_profile",
        ("Business name", "Calls", "Directions", "Website clicks"),
        (
            (
                "views",
                (
                    "Google Search - Mobile",
                    "Google Search - Desktop",
                    "Google Maps - Mobile",
                    "Google Maps - Desktop",
                ),
            ),
            ("calls", ("Calls",)),
            ("direction_requests", ("Directions",)),
            ("website_clicks", ("Website clicks",)),
        ),
        None,
        post="Business name",
        description_row=True,
        source="headers of public Business Profile importers (not a file of ours)",
    ),
)
"""Most specific first: a table is the first format whose required headers it has."""
FORMATS_BY_ID = {export.identifier: export for export in FORMATS}


def recognise(header: list[str]) -> ExportFormat | None:
    """The format whose required headers ``header`` has (the one needing most, if several)."""
    matching = [export for export in FORMATS if export.fits(header)]
    return max(matching, key=lambda export: len(export.required), default=None)
