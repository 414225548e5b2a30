"""Exports of the editorial calendar: iCalendar, a generic ISO-8601 CSV, and the bulk-import CSV
layouts of Hootsuite and Sprout Social (``/shared/formats/SCHEDULERS.md``, ``docs/planning.md``).

Every function follows the output contract ``render(strategy, language) -> (filename,
content_type, bytes)`` and exports ``strategy.content.calendar`` (cancelled entries left out).
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
from collections.abc import Callable, Iterable
from zoneinfo import ZoneInfo

import icalendar

from socialstrategy.core import filenames
from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import CalendarEntry, Strategy, plain_text
from socialstrategy.core.planning.names import format_label, status_label
from socialstrategy.core.vocabulary import platform_name

Rendered = tuple[str, str, bytes]
CSV_TYPE = "text/csv; charset=utf-8"
ZIP_TYPE = "application/zip"
ICS_TYPE = "text/calendar; charset=utf-8"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "\0")
_NUMBER = re.compile(r"^[+-]?(\d+([.,]\d+)?|[.,]\d+)$", re.ASCII)
DEFAULT_TIME = dt.time(9, 0)
POST_MINUTES = 30
"""Length of a post's event in calendar apps: long enough to see, short enough not to block the day."""
SCHEDULER_ROW_LIMIT = 350
HOOTSUITE_STEP_MINUTES = 5
SPROUT_GAP_MINUTES = 10
TIMEZONES = {"DE": "Europe/Berlin", "AT": "Europe/Vienna", "CH": "Europe/Zurich", "LI": "Europe/Vaduz"}
GENERIC_COLUMNS = (
    "scheduled_at",
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
)
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


# --- cells ----------------------------------------------------------------------------------


def safe_cell(value: object) -> object:
    """A CSV cell that spreadsheet programs show as text instead of running it as a formula.

    Numbers stay numbers; text starting with ``= + - @``, tab, CR or NUL gets a leading ``'``
    (OWASP CSV injection, ASVS 1.2.10) unless it is a plain number such as ``-5``.

    >>> safe_cell("=1+1"), safe_cell("-5"), safe_cell(3)
    ("'=1+1", '-5', 3)
    """
    if value is None:
        return ""
    if isinstance(value, bool) or not isinstance(value, int | float):
        text = str(value)
        if text.startswith(FORMULA_STARTS) and not _NUMBER.match(text):
            return "'" + text
        return text
    return value


def write_csv(rows: Iterable[Iterable[object]]) -> bytes:
    """RFC 4180 CSV (CRLF line ends, quotes where needed) in UTF-8, every cell made safe."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([safe_cell(cell) for cell in row])
    return buffer.getvalue().encode("utf-8")


# --- iCalendar ------------------------------------------------------------------------------


def render_ics(strategy: Strategy, language: str = "en") -> Rendered:
    """One VEVENT per planned post, with platform, pillar and goal in the description."""
    cal = icalendar.Calendar()
    cal.add("prodid", "-//socialstrategy//editorial calendar//EN")
    cal.add("version", "2.0")
    # An X- property is "unknown" to the library and written raw unless it is marked as text.
    cal.add("x-wr-calname", _text(_calendar_name(strategy, language)), parameters={"VALUE": "TEXT"})
    stamp = strategy.updated or dt.datetime.now(dt.UTC)
    for entry in exported_entries(strategy):
        cal.add_component(_event(strategy, entry, language, stamp))
    return f"{_slug(strategy)}-calendar.ics", ICS_TYPE, cal.to_ical()


def _event(strategy: Strategy, entry: CalendarEntry, language: str, stamp: dt.datetime) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", entry_uid(strategy, entry))
    event.add("dtstamp", stamp)
    start = scheduled_at(strategy, entry)
    start = start.astimezone(dt.UTC) if start.tzinfo else start  # UTC needs no VTIMEZONE
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=POST_MINUTES))
    event.add("summary", _text(f"[{platform_name(entry.platform, language)}] {entry.title}"))
    event.add("description", _text(_description(strategy, entry, language)))
    event.add("status", "CONFIRMED" if entry.status in ("scheduled", "published") else "TENTATIVE")
    if entry.pillar:
        event.add("categories", [plain_text(_pillar_name(strategy, entry.pillar))])
    if entry.link and _is_one_token(entry.link):
        event.add("url", entry.link)  # a link with a line break or space stays in the description only
    return event


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


def render_csv(strategy: Strategy, language: str = "en") -> Rendered:
    """The generic layout ``scheduled_at, platform, account, text, link, media_urls`` (ISO 8601),
    plus title, format, pillar, goal, owner and status for people reading it."""
    accounts = {d.platform: d.account for d in strategy.platforms}
    rows: list[list[object]] = [list(GENERIC_COLUMNS)]
    for entry in exported_entries(strategy):
        rows.append(
            [
                scheduled_at(strategy, entry).isoformat(),
                entry.platform,
                accounts.get(entry.platform) or "",
                entry.text or entry.title,
                entry.link or "",
                " ".join(entry.media),
                entry.title,
                entry.format or "",
                _pillar_name(strategy, entry.pillar) if entry.pillar else "",
                entry.goal or "",
                _owner_name(strategy, entry.owner) if entry.owner else "",
                entry.status,
            ]
        )
    return f"{_slug(strategy)}-calendar.csv", CSV_TYPE, write_csv(rows)


def render_hootsuite(strategy: Strategy, language: str = "en", platform: str | None = None) -> Rendered:
    """Hootsuite bulk composer: no header; date/time ``mm/dd/yyyy hh:mm`` (24 h, 5-minute steps),
    message, optional URL. One file per profile and at most 350 rows each; several files come
    as a zip. ``platform`` limits the export to one platform."""
    files = {
        name: write_csv(
            [_hootsuite_time(when), _message(entry, with_link=False), entry.link or ""]
            for when, entry in rows
        )
        for name, rows in _scheduler_files(strategy, "hootsuite", platform, HOOTSUITE_STEP_MINUTES)
    }
    return _one_or_zip(strategy, "hootsuite", files)


def render_sprout(strategy: Strategy, language: str = "en", platform: str | None = None) -> Rendered:
    """Sprout Social bulk scheduling: headers ``date`` (mm/dd/yyyy), ``time_24hr``, ``message_text``;
    messages at least 10 minutes apart, at most 350 per file, one file per profile."""
    files = {
        name: write_csv(
            [SPROUT_COLUMNS]
            + [[f"{when:%m/%d/%Y}", f"{when:%H:%M}", _message(entry, with_link=True)] for when, entry in rows]
        )
        for name, rows in _scheduler_files(strategy, "sprout", platform, SPROUT_GAP_MINUTES)
    }
    return _one_or_zip(strategy, "sprout", files, write_csv([SPROUT_COLUMNS]))


def _scheduler_files(
    strategy: Strategy, tool: str, platform: str | None, gap: int
) -> list[tuple[str, list[tuple[dt.datetime, CalendarEntry]]]]:
    """Per profile (platform and account): rows with times on ``gap``-minute steps, spaced at
    least ``gap`` minutes apart, in parts of at most 350 rows."""
    accounts = {d.platform: d.account for d in strategy.platforms}
    profiles: dict[str, list[CalendarEntry]] = {}
    for entry in exported_entries(strategy):
        if platform is None or entry.platform == platform:
            profiles.setdefault(entry.platform, []).append(entry)
    files = []
    for name, entries in profiles.items():
        rows = _spaced(strategy, entries, gap)
        base = "-".join(filter(None, (_slug(strategy), tool, name, _slug_text(accounts.get(name) or ""))))
        parts = [rows[i : i + SCHEDULER_ROW_LIMIT] for i in range(0, len(rows), SCHEDULER_ROW_LIMIT)]
        for number, part in enumerate(parts, start=1):
            suffix = f"-{number}" if len(parts) > 1 else ""
            files.append((f"{base}{suffix}.csv", part))
    return files


def _spaced(
    strategy: Strategy, entries: list[CalendarEntry], gap: int
) -> list[tuple[dt.datetime, CalendarEntry]]:
    """Local times rounded to ``gap`` minutes, each at least ``gap`` minutes after the one before."""
    step = dt.timedelta(minutes=gap)
    rows: list[tuple[dt.datetime, CalendarEntry]] = []
    for entry in sorted(entries, key=lambda e: (e.date, e.time or DEFAULT_TIME)):
        when = _round(dt.datetime.combine(entry.date, entry.time or DEFAULT_TIME), gap)
        if rows and when < rows[-1][0] + step:
            when = rows[-1][0] + step
        rows.append((when, entry))
    return rows


def _round(when: dt.datetime, minutes: int) -> dt.datetime:
    """To the nearest step of ``minutes`` (half a step rounds up)."""
    step = minutes * 60
    seconds = when.hour * 3600 + when.minute * 60 + when.second
    rounded = (seconds + step // 2) // step * step
    return dt.datetime.combine(when.date(), dt.time(0)) + dt.timedelta(seconds=rounded)


def _hootsuite_time(when: dt.datetime) -> str:
    return f"{when:%m/%d/%Y %H:%M}"


def _message(entry: CalendarEntry, with_link: bool) -> str:
    text = entry.text or entry.title
    return f"{text} {entry.link}" if with_link and entry.link and entry.link not in text else text


def _one_or_zip(strategy: Strategy, tool: str, files: dict[str, bytes], empty: bytes = b"") -> Rendered:
    """One file as CSV, several as a zip, none as an empty CSV (``empty``: its header)."""
    if not files:
        return f"{_slug(strategy)}-{tool}.csv", CSV_TYPE, empty
    if len(files) == 1:
        ((name, content),) = files.items()
        return name, CSV_TYPE, content
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in sorted(files.items()):
            archive.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), content)
    return f"{_slug(strategy)}-{tool}.zip", ZIP_TYPE, buffer.getvalue()


EXPORTERS: dict[str, Callable[[Strategy, str], Rendered]] = {
    "ics": render_ics,
    "csv": render_csv,
    "hootsuite": render_hootsuite,
    "sprout": render_sprout,
}
"""Export formats by the name the CLI and the web app use."""


# --- shared ---------------------------------------------------------------------------------


def exported_entries(strategy: Strategy) -> list[CalendarEntry]:
    entries = strategy.content.calendar if strategy.content else []
    active = [e for e in entries if e.status != "cancelled"]
    return sorted(active, key=lambda e: (e.date, e.time or DEFAULT_TIME, e.platform, e.id or ""))


def scheduled_at(strategy: Strategy, entry: CalendarEntry) -> dt.datetime:
    """Date and time of the post in the organisation's time zone (floating when unknown)."""
    zone = TIMEZONES.get(strategy.organisation.country or "") if strategy.organisation else None
    when = dt.datetime.combine(entry.date, entry.time or DEFAULT_TIME)
    return when.replace(tzinfo=ZoneInfo(zone)) if zone else when


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
