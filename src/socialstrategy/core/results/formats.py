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
from socialstrategy.core.results.cells import NumberStyle

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
    style: NumberStyle = "en"
    """How the numbers are written: ``de`` for the German UI's ``15.000`` and ``3,5``."""
    yearless: bool = False
    """Dates without a year (TikTok's ``January 5``): the year is that of the export."""
    titled: bool = False
    """One metric per file, named by the title line above the header (Meta's overviews)."""
    names: tuple[str, ...] = ()
    """Beginnings of the file name the format needs besides its headers (Plausible's
    archive holds a dozen tables with the same date and count columns)."""

    @property
    def headers(self) -> frozenset[str]:
        """Every header this format reads, lowercased."""
        named = {self.date, self.post, self.account, *(h for _m, hs in self.columns for h in hs)}
        return frozenset(name.lower() for name in named if name)

    def missing(self, header: list[str]) -> list[str]:
        present = {cell.lower() for cell in header}
        return [name for name in self.required if name.lower() not in present]

    def fits(self, header: list[str], file_name: str = "") -> bool:
        present = {cell.lower() for cell in header}
        if self.names and not file_name.lower().startswith(self.names):
            return False
        return not self.missing(header) and not any(name.lower() in present for name in self.forbidden)


_META_REACTIONS = ("Reactions", "Comments", "Shares")
_DOCUMENTED = "documented column names (not a file of ours)"
_GERMAN_UI = "the German UI's labels as documented in help pages (not a file of ours)"
_DE_META_REACTIONS = ("Reaktionen", "Kommentare", "Geteilte Inhalte")
_DE_IG_INTERACTIONS = ("„Gefällt mir“-Angaben", "Kommentare", "Geteilte Inhalte", "Gespeichert")
_DE_YOUTUBE: Columns = (
    ("views", ("Aufrufe",)),
    ("new_followers", ("Abonnenten",)),
    ("likes", ("Mag ich-Bewertungen",)),
    ("comments", ("Hinzugefügte Kommentare",)),
    ("shares", ("Mal geteilt",)),
)
GERMAN: tuple[ExportFormat, ...] = (
    ExportFormat(
        "meta_facebook_posts_de",
        N_("Meta Business Suite: Facebook posts (German)"),
        "facebook",
        ("Beitrags-ID", "Seiten-ID", "Veröffentlichungszeitpunkt"),
        (
            ("reach", ("Reichweite",)),
            ("views", ("Aufrufe",)),
            ("likes", ("Reaktionen",)),
            ("comments", ("Kommentare",)),
            ("shares", ("Geteilte Inhalte",)),
            ("link_clicks", ("Link-Klicks",)),
            ("engagements", _DE_META_REACTIONS),
        ),
        "Veröffentlichungszeitpunkt",
        post="Beitrags-ID",
        account="Seitenname",
        style="de",
        source=_GERMAN_UI,
    ),
    ExportFormat(
        "meta_instagram_posts_de",
        N_("Meta Business Suite: Instagram posts (German)"),
        "instagram",
        ("Beitrags-ID", "Konto-Benutzername", "Veröffentlichungszeitpunkt"),
        (
            ("reach", ("Reichweite",)),
            ("views", ("Aufrufe",)),
            ("likes", ("„Gefällt mir“-Angaben",)),
            ("comments", ("Kommentare",)),
            ("shares", ("Geteilte Inhalte",)),
            ("saves", ("Gespeichert",)),
            ("new_followers", ("Follows",)),
            ("engagements", _DE_IG_INTERACTIONS),
        ),
        "Veröffentlichungszeitpunkt",
        post="Beitrags-ID",
        account="Konto-Benutzername",
        style="de",
        source=_GERMAN_UI,
    ),
    ExportFormat(
        "youtube_videos_de",
        N_("YouTube Studio: table of videos (German)"),
        "youtube",
        ("Inhalt", "Videotitel", "Veröffentlichungszeitpunkt des Videos", "Aufrufe"),
        _DE_YOUTUBE,
        "Veröffentlichungszeitpunkt des Videos",
        post="Inhalt",
        total_row=True,
        style="de",
        source=_GERMAN_UI,
        forbidden=("Datum",),
    ),
    ExportFormat(
        "youtube_daily_de",
        N_("YouTube Studio: figures per day (German)"),
        "youtube",
        ("Datum", "Aufrufe"),
        _DE_YOUTUBE,
        "Datum",
        post="Inhalt",
        total_row=True,
        style="de",
        source=_GERMAN_UI,
        forbidden=("Beitrags-ID",),
    ),
    ExportFormat(
        "linkedin_followers_de",
        N_("LinkedIn page: new followers (German)"),
        "linkedin",
        ("Datum", "Organische Follower", "Follower gesamt"),
        (("new_followers", ("Follower gesamt",)),),
        "Datum",
        style="de",
        source=_GERMAN_UI,
    ),
    ExportFormat(
        "linkedin_visitors_de",
        N_("LinkedIn page: visitors (German)"),
        "linkedin",
        ("Datum", "Seitenaufrufe gesamt (gesamt)", "Unique Besucher gesamt (gesamt)"),
        (
            ("page_views", ("Seitenaufrufe gesamt (gesamt)",)),
            ("visitors", ("Unique Besucher gesamt (gesamt)",)),
        ),
        "Datum",
        style="de",
        source=_GERMAN_UI,
    ),
    ExportFormat(
        "linkedin_updates_de",
        N_("LinkedIn page: updates (German)"),
        "linkedin",
        ("Datum", "Impressionen (gesamt)", "Klicks (gesamt)"),
        (
            ("views", ("Impressionen (gesamt)",)),
            ("link_clicks", ("Klicks (gesamt)",)),
            ("likes", ("Reaktionen (gesamt)",)),
            ("comments", ("Kommentare (gesamt)",)),
            ("shares", ("Reposts (gesamt)", "Geteilte Inhalte (gesamt)")),
            (
                "engagements",
                (
                    "Reaktionen (gesamt)",
                    "Kommentare (gesamt)",
                    "Reposts (gesamt)",
                    "Geteilte Inhalte (gesamt)",
                ),
            ),
        ),
        "Datum",
        style="de",
        source=_GERMAN_UI,
    ),
)
TIKTOK: tuple[ExportFormat, ...] = (
    ExportFormat(
        "tiktok_overview",
        N_("TikTok Studio: overview (Overview.csv)"),
        "tiktok",
        ("Date", "Video Views", "Profile Views"),
        (
            ("views", ("Video Views",)),
            ("profile_visits", ("Profile Views",)),
            ("likes", ("Likes",)),
            ("comments", ("Comments",)),
            ("shares", ("Shares",)),
            ("engagements", ("Likes", "Comments", "Shares")),
        ),
        "Date",
        yearless=True,
        source=_DOCUMENTED,
    ),
    ExportFormat(
        "tiktok_followers",
        N_("TikTok Studio: followers (FollowerHistory.csv)"),
        "tiktok",
        ("Date", "Followers", "Difference in followers from previous day"),
        (
            ("followers", ("Followers",)),
            ("new_followers", ("Difference in followers from previous day",)),
        ),
        "Date",
        yearless=True,
        source=_DOCUMENTED,
    ),
)
WEB_ANALYTICS: tuple[ExportFormat, ...] = (
    ExportFormat(
        "plausible_visitors",
        N_("Plausible: export (imported_visitors.csv)"),
        "website",
        ("date", "visitors", "pageviews", "visits"),
        (("visitors", ("visitors",)), ("page_views", ("pageviews",))),
        "date",
        names=("imported_visitors",),
        source="Plausible's documented CSV import/export columns (not a file of ours)",
    ),
    ExportFormat(
        "matomo_visits",
        N_("Matomo: visits summary report (CSV)"),
        "website",
        ("date", "nb_visits", "nb_uniq_visitors"),
        (("visitors", ("nb_uniq_visitors",)), ("page_views", ("nb_pageviews",))),
        "date",
        source="Matomo's documented API column names (not a file of ours)",
    ),
    ExportFormat(
        "matomo_visits_translated",
        N_("Matomo: visits summary report (CSV, translated columns)"),
        "website",
        ("Date", "Visits", "Unique visitors"),
        (("visitors", ("Unique visitors",)), ("page_views", ("Pageviews",))),
        "Date",
        source="Matomo's documented report labels (not a file of ours)",
    ),
)
META_OVERVIEW = ExportFormat(
    "meta_overview",
    N_("Meta Business Suite: overview (one metric, Date and Primary)"),
    None,
    ("Date", "Primary"),
    (("", ("Primary",)),),
    "Date",
    titled=True,
    source=_DOCUMENTED,
)
OVERVIEW_PLATFORMS = (("instagram", "instagram"), ("facebook", "facebook"))
OVERVIEW_METRICS = (
    (("link clicks", "link-klicks", "linkklicks"), "link_clicks"),
    (("profile visits", "page visits", "visits", "profilaufrufe", "besuche"), "profile_visits"),
    (("reach", "reichweite"), "reach"),
    (("views", "impressions", "aufrufe", "impressionen"), "views"),
    (("interactions", "interaktionen"), "engagements"),
    (("follows", "new followers", "page likes", "neue follower", "follower"), "new_followers"),
)
"""The title line of an overview export names platform and metric, in English or German
(``Instagram reach``, ``Instagram-Reichweite``); the first keyword found wins."""


def overview_metric(title: str) -> tuple[str, str] | None:
    """``(platform, metric)`` of an overview export's title line, or ``None``."""
    text = title.lower()
    platform = next((p for word, p in OVERVIEW_PLATFORMS if word in text), None)
    metric = next((m for words, m in OVERVIEW_METRICS if any(w in text for w in words)), None)
    return (platform, metric) if platform and metric else None


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
    *GERMAN,
    *TIKTOK,
    *WEB_ANALYTICS,
    META_OVERVIEW,
)
"""Most specific first: a table is the first format whose required headers it has."""
FORMATS_BY_ID = {export.identifier: export for export in FORMATS}


def recognise(header: list[str], file_name: str = "") -> ExportFormat | None:
    """The format whose required headers ``header`` has (the one needing most, if several)
    and whose file names, if it names any, ``file_name`` begins with."""
    matching = [export for export in FORMATS if export.fits(header, file_name)]
    return max(matching, key=lambda export: len(export.required), default=None)
