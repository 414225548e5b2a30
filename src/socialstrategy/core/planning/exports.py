"""Exports of the editorial calendar: iCalendar, a generic ISO-8601 CSV, and the bulk-import CSV
layouts of Hootsuite and Sprout Social (``/shared/formats/SCHEDULERS.md``, ``docs/planning.md``).

:func:`export_calendar` is the one entry point: it chooses the posts a format takes, says which
it left out and why, and writes the files. The ``render_*`` functions follow the output contract
``render(strategy, language) -> (filename, content_type, bytes)`` on top of it.

Every CSV cell goes through :func:`safe_cell` against formula injection and the ``csv`` module
for RFC 4180 quoting; every iCalendar text goes through the ``icalendar`` library's ``vText``
encoder (escaped line breaks, commas, semicolons), never through a type the library guesses.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
import zipfile
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal

import icalendar

from socialstrategy.core import filenames
from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.message import Message
from socialstrategy.core.model import CalendarEntry, Strategy, plain_text
from socialstrategy.core.planning.calendar import with_entry_ids
from socialstrategy.core.planning.names import format_label, status_label
from socialstrategy.core.planning.posts import MEDIA_PLATFORMS, PlatformName, post_message
from socialstrategy.core.planning.zones import time_zone
from socialstrategy.core.vocabulary import platform_name

Rendered = tuple[str, str, bytes]
Dialect = Literal["comma", "excel-de"]
CSV_TYPE = "text/csv; charset=utf-8"
ZIP_TYPE = "application/zip"
ICS_TYPE = "text/calendar; charset=utf-8"
FORMATS = ("ics", "csv", "hootsuite", "sprout")
SCHEDULER_FORMATS = ("hootsuite", "sprout")
DIALECTS: tuple[Dialect, ...] = ("comma", "excel-de")
DEFAULT_TIME = dt.time(9, 0)
POST_MINUTES = 30
"""Length of a post's event in calendar apps: long enough to see, short enough not to block the day."""
SCHEDULER_ROW_LIMIT = 350
HOOTSUITE_STEP_MINUTES = 5
SPROUT_GAP_MINUTES = 10
SCHEDULER_MARGIN = dt.timedelta(minutes=15)
"""Both tools refuse a post less than about 10 minutes ahead of the upload; 5 more minutes leave
time to upload the file after writing it."""
READY_STATUSES = frozenset({"ready"})
"""A scheduler file takes only posts marked ready: ideas and drafts are not for publishing, and
posts already scheduled or published would be posted twice."""
SCHEDULER_PLATFORMS = {
    "hootsuite": frozenset(
        {
            "facebook",
            "instagram",
            "linkedin",
            "x",
            "youtube",
            "tiktok",
            "pinterest",
            "threads",
            "google_business_profile",
        }
    ),
    "sprout": frozenset(
        {
            "facebook",
            "instagram",
            "linkedin",
            "x",
            "youtube",
            "tiktok",
            "pinterest",
            "threads",
            "google_business_profile",
            "reddit",
        }
    ),
}
"""The profiles each tool publishes to (docs/planning.md says what was verified where)."""
TOOL_NAMES = {"hootsuite": "Hootsuite", "sprout": "Sprout Social"}
GENERIC_COLUMNS = (
    "scheduled_at",
    "time_zone",
    "platform",
    "account",
    "text",
    "link",
    "media_urls",
    "title",
    "format",
    "pillar",
    "goal",
    "owner",
    "status",
    "platform_label",
    "format_label",
    "status_label",
    "hashtags",
    "first_comment",
    "media_alt",
)
_COLUMN_LABELS = {
    "scheduled_at": N_("Date and time"),
    "time_zone": N_("Time zone"),
    "platform": N_("Platform (code)"),
    "account": N_("Account name"),
    "text": N_("Text"),
    "link": N_("Link URL"),
    "media_urls": N_("Media"),
    "title": N_("Title"),
    "format": N_("Format (code)"),
    "pillar": N_("Content pillar"),
    "goal": N_("Goal"),
    "owner": N_("Owner"),
    "status": N_("Status (code)"),
    "platform_label": N_("Platform"),
    "format_label": N_("Format"),
    "status_label": N_("Status"),
    "hashtags": N_("Hashtags"),
    "first_comment": N_("First comment"),
    "media_alt": N_("Alt text"),
}
SPROUT_COLUMNS = ("date", "time_24hr", "message_text")

_DESCRIPTION_LABELS = {
    "platform": N_("Platform"),
    "format": N_("Format"),
    "pillar": N_("Content pillar"),
    "goal": N_("Goal"),
    "event": N_("Marketing event"),
    "owner": N_("Owner"),
    "status": N_("Status"),
}
_REASONS = {
    "cancelled": N_("cancelled"),
    "not_ready": N_("status “{status}”: only posts marked ready go to {tool}"),
    "profile": N_("{tool} does not publish to {platform}"),
    "past": N_("less than 15 minutes ahead: {tool} refuses posts in the past or due within 10 minutes"),
    "media": N_("{platform} needs an image or video, which {tool}'s bulk file cannot carry"),
    "platform": N_("not on {platform}"),
}


_REASON_SUMMARIES = {
    "cancelled": N_("cancelled"),
    "not_ready": N_("not marked ready"),
    "profile": N_("on a profile the tool does not publish to"),
    "past": N_("less than 15 minutes ahead"),
    "media": N_("need an image or video, which the file cannot carry"),
}


# --- the export -----------------------------------------------------------------------------


@dataclass(frozen=True)
class LeftOut:
    """A post an export did not take, with the reason (a code of ``_REASONS`` and its text)."""

    entry: CalendarEntry
    reason: str
    message: Message

    def text(self, language: str) -> str:
        return self.message.render(language)


@dataclass(frozen=True)
class CalendarExport:
    """What an export wrote: its files (one per profile for a scheduler), the posts in them and
    the posts it left out."""

    fmt: str
    files: dict[str, bytes]
    content_type: str
    entries: list[CalendarEntry]
    left_out: list[LeftOut] = field(default_factory=list)
    bundle_name: str = ""

    def left_out_summary(self, language: str) -> list[tuple[int, str]]:
        """How many posts were left out for each reason, most first (``platform`` not counted)."""
        counts = Counter(item.reason for item in self.left_out if item.reason != "platform")
        return [
            (count, translate(_REASON_SUMMARIES[reason], language)) for reason, count in counts.most_common()
        ]

    def rendered(self) -> Rendered:
        """One file as it is, several as a zip (``bundle_name``), none as an empty file."""
        if len(self.files) == 1:
            ((name, content),) = self.files.items()
            return name, self.content_type, content
        if not self.files:
            return f"{self.bundle_name}.{'ics' if self.fmt == 'ics' else 'csv'}", self.content_type, b""
        return f"{self.bundle_name}.zip", ZIP_TYPE, self.archive()

    def archive(self) -> bytes:
        """The files as a zip (fixed dates, so the same export gives the same bytes)."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            for name, content in sorted(self.files.items()):
                archive.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), content)
        return buffer.getvalue()


def export_calendar(
    strategy: Strategy,
    fmt: str,
    language: str = "en",
    *,
    platform: str | None = None,
    now: dt.datetime | None = None,
    dialect: Dialect = "comma",
) -> CalendarExport:
    """Export the calendar as ``fmt`` (one of :data:`FORMATS`).

    Every format leaves out cancelled posts and, with ``platform``, the other platforms. A
    scheduler format also leaves out what its tool would refuse or publish wrongly: posts not
    marked ready, profiles it does not publish to, posts less than :data:`SCHEDULER_MARGIN`
    after ``now``, and posts that need media on a platform of :data:`MEDIA_PLATFORMS`."""
    moment = now or dt.datetime.now(dt.UTC)
    strategy = with_entry_ids(strategy)  # the ids the web app gives them too: UIDs stay when posts move
    entries, left_out = _chosen(strategy, fmt, platform, moment)
    if fmt == "ics":
        files = {f"{_slug(strategy)}-calendar.ics": _ics(strategy, entries, language, moment)}
        return CalendarExport(fmt, files, ICS_TYPE, entries, left_out, f"{_slug(strategy)}-calendar")
    if fmt == "csv":
        content = _generic_csv(strategy, entries, language, dialect)
        files = {f"{_slug(strategy)}-calendar.csv": content}
        return CalendarExport(fmt, files, CSV_TYPE, entries, left_out, f"{_slug(strategy)}-calendar")
    if fmt not in SCHEDULER_FORMATS:
        raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}")
    writer = _hootsuite_file if fmt == "hootsuite" else _sprout_file
    gap = HOOTSUITE_STEP_MINUTES if fmt == "hootsuite" else SPROUT_GAP_MINUTES
    files = {name: writer(rows) for name, rows in _scheduler_files(strategy, fmt, entries, gap)}
    return CalendarExport(fmt, files, CSV_TYPE, entries, left_out, f"{_slug(strategy)}-{fmt}")


def _chosen(
    strategy: Strategy, fmt: str, platform: str | None, now: dt.datetime
) -> tuple[list[CalendarEntry], list[LeftOut]]:
    kept: list[CalendarEntry] = []
    left_out: list[LeftOut] = []
    for entry in _sorted(strategy.content.calendar if strategy.content else []):
        reason = _reason(strategy, entry, fmt, platform, now)
        if reason is None:
            kept.append(entry)
        else:
            left_out.append(_left_out(entry, reason, fmt))
    return kept, left_out


def _reason(
    strategy: Strategy, entry: CalendarEntry, fmt: str, platform: str | None, now: dt.datetime
) -> str | None:
    """Why ``entry`` stays out of the export, or None. The first reason that applies wins."""
    if platform is not None and entry.platform != platform:
        return "platform"
    if entry.status == "cancelled":
        return "cancelled"
    if fmt not in SCHEDULER_FORMATS:
        return None
    if entry.status not in READY_STATUSES:
        return "not_ready"
    if entry.platform not in SCHEDULER_PLATFORMS[fmt]:
        return "profile"
    if scheduled_at(strategy, entry) < now + SCHEDULER_MARGIN:
        return "past"
    if entry.platform in MEDIA_PLATFORMS:
        return "media"
    return None


def _left_out(entry: CalendarEntry, reason: str, fmt: str) -> LeftOut:
    params = {
        "tool": TOOL_NAMES.get(fmt, fmt),
        "platform": PlatformName(entry.platform),
        "status": StatusName(entry.status),
    }
    return LeftOut(entry, reason, Message(_REASONS[reason], params))


@dataclass(frozen=True)
class StatusName:
    code: str

    def render(self, language: str, address: object = None) -> str:
        return status_label(self.code, language)


# --- cells ----------------------------------------------------------------------------------

_ALWAYS_FORMULA = frozenset("=\t\r\n\0\uff1d")
"""A cell starting with one of these is always read as a formula (or hides the start of one)."""
_OPERATOR_STARTS = frozenset("+-@\uff0b\uff0d\uff20")
"""A cell starting with one of these is a formula only to a spreadsheet that parses it as one."""
_CALLS = frozenset("(|\uff08\uff5c")
"""What a formula needs to do harm: a function call ``(`` or a DDE link to a program ``|``."""
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)?|[.,]\d+)$", re.ASCII)


def is_formula_risk(text: str) -> bool:
    """True when a spreadsheet could run ``text`` as a formula that calls a function or a program.

    The rule (docs/planning.md, "CSV safety"): after leading spaces, a cell starting with ``=``,
    a tab, CR, LF or NUL is always a risk; one starting with ``+``, ``-`` or ``@`` only when it
    also holds ``(`` or ``|`` — without them no function and no other program can be reached, so
    handles and mentions (``@sonnenkorn.freiburg``, ``@anna danke!``) and lists (``- Brot``)
    stay as written. Full-width forms count like their ASCII twins.

    >>> is_formula_risk("=1+1"), is_formula_risk("@SUM(1+1)"), is_formula_risk("@sonnenkorn.freiburg")
    (True, True, False)
    """
    start = text.lstrip(" \u00a0\u3000")
    if not start:
        return False
    if start[0] in _ALWAYS_FORMULA:
        return True
    return start[0] in _OPERATOR_STARTS and not _CALLS.isdisjoint(start)


def safe_cell(value: object) -> object:
    """A CSV cell that spreadsheet programs show as text instead of running it as a formula.

    Numbers stay numbers; text that :func:`is_formula_risk` gets a leading ``'`` (OWASP CSV
    injection, ASVS 1.2.10), unless it is a plain number such as ``-5``.

    >>> safe_cell("=1+1"), safe_cell("-5"), safe_cell(3), safe_cell("@sonnenkorn")
    ("'=1+1", '-5', 3, '@sonnenkorn')
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        if is_formula_risk(text) and not _NUMBER.match(text):
            return "'" + text
        return text
    return value


def write_csv(rows: Iterable[Iterable[object]], dialect: Dialect = "comma") -> bytes:
    """RFC 4180 CSV (CRLF line ends, quotes where needed) in UTF-8, every cell made safe.

    ``excel-de`` is for a spreadsheet set to German: semicolons and a byte order mark, so Excel
    opens the file in columns and reads the umlauts as UTF-8."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";" if dialect == "excel-de" else ",", lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    text = buffer.getvalue()
    return ("\ufeff" + text if dialect == "excel-de" else text).encode("utf-8")


# --- iCalendar ------------------------------------------------------------------------------


def render_ics(strategy: Strategy, language: str = "en") -> Rendered:
    """One VEVENT per post, with platform, pillar and goal in the description."""
    return export_calendar(strategy, "ics", language).rendered()


def _ics(strategy: Strategy, entries: list[CalendarEntry], language: str, now: dt.datetime) -> bytes:
    cal = icalendar.Calendar()
    cal.add("prodid", "-//socialstrategy//editorial calendar//EN")
    cal.add("version", "2.0")
    # An X- property is "unknown" to the library and written raw unless it is marked as text.
    cal.add("x-wr-calname", _text(_calendar_name(strategy, language)), parameters={"VALUE": "TEXT"})
    cal.add("x-wr-timezone", _text(time_zone(strategy).key), parameters={"VALUE": "TEXT"})
    for entry in entries:
        cal.add_component(_event(strategy, entry, language, now))
    if entries:
        # The zone's rules for the years of the posts only: a VTIMEZONE from 1970 would be long.
        first, last = entries[0].date, entries[-1].date
        cal.add_missing_timezones(dt.date(first.year, 1, 1), dt.date(last.year + 1, 12, 31))
    return bytes(cal.to_ical())


def _event(strategy: Strategy, entry: CalendarEntry, language: str, now: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    changed = last_modified(strategy, entry, now)
    event.add("uid", entry_uid(strategy, entry))
    event.add("dtstamp", changed)
    event.add("last-modified", changed)
    event.add("sequence", entry.sequence)
    start = scheduled_at(strategy, entry)
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=POST_MINUTES))
    event.add("summary", _text(f"[{platform_name(entry.platform, language)}] {entry.title}"))
    event.add("description", _text(_description(strategy, entry, language)))
    event.add("status", "CONFIRMED" if entry.status in ("ready", "scheduled", "published") else "TENTATIVE")
    if entry.pillar:
        event.add("categories", [plain_text(_pillar_name(strategy, entry.pillar))])
    if entry.link and _is_one_token(entry.link):
        event.add("url", entry.link)  # a link with a line break or space stays in the description only
    return event


def last_modified(strategy: Strategy, entry: CalendarEntry, now: dt.datetime) -> dt.datetime:
    """When the post last changed, in UTC: its own stamp, else the strategy's, else ``now``."""
    moment = entry.modified or strategy.updated or now
    moment = moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)
    return moment.astimezone(dt.UTC).replace(microsecond=0)


def entry_uid(strategy: Strategy, entry: CalendarEntry) -> str:
    """A UID that stays the same across exports, so calendar apps update instead of duplicating."""
    owner = strategy.organisation.name if strategy.organisation else strategy.title
    key = entry.id or f"{entry.date}|{entry.time}|{entry.platform}|{entry.title}"
    digest = hashlib.sha256(f"{owner}|{key}".encode()).hexdigest()[:24]
    return f"{digest}@socialstrategy"


def _description(strategy: Strategy, entry: CalendarEntry, language: str) -> str:
    values = {
        "platform": platform_name(entry.platform, language),
        "format": format_label(entry.format, language) if entry.format else None,
        "pillar": _pillar_name(strategy, entry.pillar) if entry.pillar else None,
        "goal": _goal_text(strategy, entry.goal) if entry.goal else None,
        "event": _event_title(strategy, entry.event) if entry.event else None,
        "owner": _owner_name(strategy, entry.owner) if entry.owner else None,
        "status": status_label(entry.status, language),
    }
    lines = [f"{translate(_DESCRIPTION_LABELS[k], language)}: {v}" for k, v in values.items() if v]
    body = [text for text in (entry.text, entry.link) if text]
    return "\n".join(lines + (["", *body] if body else []))


def _text(text: str) -> icalendar.vText:
    """A TEXT value the library escapes (RFC 5545 3.3.11), so no text can end its content line."""
    return icalendar.vText(plain_text(text))


def _is_one_token(link: str) -> bool:
    """A URI value has no escaping at all: only a link without spaces or control characters fits."""
    return not any(char.isspace() or unicodedata.category(char)[0] == "C" for char in link)


# --- CSV ------------------------------------------------------------------------------------


def render_csv(strategy: Strategy, language: str = "en", dialect: Dialect = "comma") -> Rendered:
    """The generic layout ``scheduled_at, time_zone, platform, account, text, link, media_urls``
    (ISO 8601 with offset), then title, format, pillar, goal, owner and status codes, then the
    labels of platform, format and status in ``language``."""
    return export_calendar(strategy, "csv", language, dialect=dialect).rendered()


def render_csv_excel(strategy: Strategy, language: str = "en") -> Rendered:
    """The generic CSV for a spreadsheet set to German: semicolons, a BOM, translated headings."""
    return render_csv(strategy, language, "excel-de")


def _generic_csv(strategy: Strategy, entries: list[CalendarEntry], language: str, dialect: Dialect) -> bytes:
    accounts = {d.platform: d.account for d in strategy.platforms}
    zone = time_zone(strategy).key
    header: list[object] = list(GENERIC_COLUMNS)
    if dialect == "excel-de":
        header = [translate(_COLUMN_LABELS[column], language) for column in GENERIC_COLUMNS]
    rows: list[list[object]] = [header]
    for entry in entries:
        rows.append(
            [
                scheduled_at(strategy, entry).isoformat(),
                zone,
                entry.platform,
                accounts.get(entry.platform) or "",
                entry.text or entry.title,
                entry.link or "",
                " ".join(media.location for media in entry.media),
                entry.title,
                entry.format or "",
                _pillar_name(strategy, entry.pillar) if entry.pillar else "",
                entry.goal or "",
                _owner_name(strategy, entry.owner) if entry.owner else "",
                entry.status,
                platform_name(entry.platform, language),
                format_label(entry.format, language) if entry.format else "",
                status_label(entry.status, language),
                " ".join(f"#{tag}" for tag in entry.hashtags),
                entry.first_comment or "",
                " | ".join(media.alt or "" for media in entry.media)
                if any(m.alt for m in entry.media)
                else "",
            ]
        )
    return write_csv(rows, dialect)


# --- schedulers -----------------------------------------------------------------------------


def render_hootsuite(strategy: Strategy, language: str = "en", platform: str | None = None) -> Rendered:
    """Hootsuite bulk composer: no header; date/time ``mm/dd/yyyy hh:mm`` (24 h, 5-minute steps),
    message, optional URL. One file per profile and at most 350 rows each; several files come
    as a zip. ``platform`` limits the export to one platform."""
    return export_calendar(strategy, "hootsuite", language, platform=platform).rendered()


def render_sprout(strategy: Strategy, language: str = "en", platform: str | None = None) -> Rendered:
    """Sprout Social bulk scheduling: headers ``date`` (mm/dd/yyyy), ``time_24hr``, ``message_text``;
    messages at least 10 minutes apart, at most 350 per file, one file per profile."""
    return export_calendar(strategy, "sprout", language, platform=platform).rendered()


Rows = list[tuple[dt.datetime, CalendarEntry]]


def _hootsuite_file(rows: Rows) -> bytes:
    return write_csv(
        [f"{when:%m/%d/%Y %H:%M}", post_message(entry), entry.link or ""] for when, entry in rows
    )


def _sprout_file(rows: Rows) -> bytes:
    lines = [
        [f"{when:%m/%d/%Y}", f"{when:%H:%M}", post_message(entry, with_link=True)] for when, entry in rows
    ]
    return write_csv([SPROUT_COLUMNS, *lines])


def _scheduler_files(
    strategy: Strategy, tool: str, entries: list[CalendarEntry], gap: int
) -> list[tuple[str, Rows]]:
    """Per profile (platform and account): rows with times on ``gap``-minute steps, spaced at
    least ``gap`` minutes apart, in parts of at most 350 rows."""
    accounts = {d.platform: d.account for d in strategy.platforms}
    profiles: dict[str, list[CalendarEntry]] = {}
    for entry in entries:
        profiles.setdefault(entry.platform, []).append(entry)
    files = []
    for name, posts in profiles.items():
        rows = _spaced(strategy, posts, gap)
        base = "-".join(filter(None, (_slug(strategy), tool, name, _slug_text(accounts.get(name) or ""))))
        parts = [rows[i : i + SCHEDULER_ROW_LIMIT] for i in range(0, len(rows), SCHEDULER_ROW_LIMIT)]
        for number, part in enumerate(parts, start=1):
            suffix = f"-{number}" if len(parts) > 1 else ""
            files.append((f"{base}{suffix}.csv", part))
    return files


def _spaced(strategy: Strategy, entries: list[CalendarEntry], gap: int) -> Rows:
    """Local times rounded up to ``gap`` minutes, each at least ``gap`` minutes after the one before.

    Rounding up, never down, keeps a post that was just far enough ahead still ahead."""
    step = dt.timedelta(minutes=gap)
    rows: Rows = []
    for entry in entries:
        when = _round_up(dt.datetime.combine(entry.date, entry.time or DEFAULT_TIME), gap)
        if rows and when < rows[-1][0] + step:
            when = rows[-1][0] + step
        rows.append((when, entry))
    return rows


def _round_up(when: dt.datetime, minutes: int) -> dt.datetime:
    step = minutes * 60
    seconds = when.hour * 3600 + when.minute * 60 + when.second
    rounded = -(-seconds // step) * step
    return dt.datetime.combine(when.date(), dt.time(0)) + dt.timedelta(seconds=rounded)


EXPORTERS: dict[str, Callable[[Strategy, str], Rendered]] = {
    "ics": render_ics,
    "csv": render_csv,
    "hootsuite": render_hootsuite,
    "sprout": render_sprout,
}
"""Export formats by the name the CLI and the web app use."""


# --- shared ---------------------------------------------------------------------------------


def exported_entries(strategy: Strategy) -> list[CalendarEntry]:
    """The posts of the calendar an iCalendar or generic CSV export takes (not cancelled), in order."""
    return _sorted(
        [e for e in (strategy.content.calendar if strategy.content else []) if e.status != "cancelled"]
    )


def _sorted(entries: Iterable[CalendarEntry]) -> list[CalendarEntry]:
    return sorted(entries, key=lambda e: (e.date, e.time or DEFAULT_TIME, e.platform, e.id or ""))


def scheduled_at(strategy: Strategy, entry: CalendarEntry) -> dt.datetime:
    """Date and time of the post in the organisation's time zone (UTC when it has no country)."""
    return dt.datetime.combine(entry.date, entry.time or DEFAULT_TIME).replace(tzinfo=time_zone(strategy))


def _calendar_name(strategy: Strategy, language: str) -> str:
    name = strategy.organisation.name if strategy.organisation else strategy.title
    return translate(N_("Editorial calendar {name}"), language, name=name).strip()


def _pillar_name(strategy: Strategy, pillar: str) -> str:
    pillars = {p.id: p.name for p in (strategy.content.pillars if strategy.content else [])}
    return pillars.get(pillar, pillar)


def _goal_text(strategy: Strategy, goal: str) -> str:
    return next((g.statement for g in strategy.goals if g.id == goal), goal)


def _event_title(strategy: Strategy, event: str) -> str:
    events = strategy.marketing_mix.events if strategy.marketing_mix else []
    return next((e.title for e in events if e.id == event), event)


def _owner_name(strategy: Strategy, owner: str) -> str:
    return next((m.name for m in strategy.team() if m.id == owner), owner)


def _slug(strategy: Strategy) -> str:
    return filenames.organisation_slug(strategy)


def _slug_text(text: str) -> str:
    return "-".join(filenames.slug_words(text))[:60]
