"""Data for showing the editorial calendar as weeks or a month (web app, documents).

Plain dicts with labels in the reader's language, so templates only lay them out.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.model import FIRST_DAY, LAST_DAY, CalendarEntry, Strategy
from socialstrategy.core.planning.calendar import public_holidays
from socialstrategy.core.planning.names import format_label, status_label
from socialstrategy.core.vocabulary import platform_name

CALENDAR_VIEWS = ("week", "month")


def calendar_span(view: str, day: dt.date) -> tuple[dt.date, dt.date, dt.date, dt.date]:
    """The week (Monday to Sunday) or month around ``day``: its first and last day, and the first
    day of the span before and after it. A day outside the model's years (a hand-made address) is
    moved to the nearest day inside them, so that no arithmetic here or later leaves the calendar.

    >>> calendar_span("month", dt.date(2027, 1, 31))[1:]
    (datetime.date(2027, 1, 31), datetime.date(2026, 12, 1), datetime.date(2027, 2, 1))
    >>> calendar_span("week", dt.date(9999, 12, 31))[:2]
    (datetime.date(2200, 12, 29), datetime.date(2201, 1, 4))
    """
    day = min(max(day, FIRST_DAY), LAST_DAY)
    if view == "month":
        first = day.replace(day=1)
        last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
        return first, last, (first - dt.timedelta(days=1)).replace(day=1), last + dt.timedelta(days=1)
    first = day - dt.timedelta(days=day.weekday())
    return first, first + dt.timedelta(days=6), first - dt.timedelta(weeks=1), first + dt.timedelta(weeks=1)


def calendar_weeks(
    strategy: Strategy, first: dt.date, last: dt.date, language: str = "en"
) -> list[dict[str, Any]]:
    """Monday-to-Sunday weeks covering ``first`` to ``last``, each day with its holiday (or None),
    whether it is inside the range, and its entries in time order.

    A month view is ``calendar_weeks(s, date(2027, 3, 1), date(2027, 3, 31), "de")``.
    """
    monday = first - dt.timedelta(days=first.weekday())
    sunday = last + dt.timedelta(days=6 - last.weekday())
    closed = public_holidays(strategy, monday, sunday + dt.timedelta(days=1), language)
    by_day: dict[dt.date, list[CalendarEntry]] = {}
    for entry in strategy.content.calendar if strategy.content else []:
        if monday <= entry.date <= sunday:
            by_day.setdefault(entry.date, []).append(entry)
    names = _names(strategy)
    weeks = []
    for start in range(0, (sunday - monday).days + 1, 7):
        days = [monday + dt.timedelta(days=start + offset) for offset in range(7)]
        weeks.append(
            {
                "monday": days[0].isoformat(),
                "iso_week": days[0].isocalendar().week,
                "days": [
                    _day(day, first, last, closed, by_day.get(day, []), names, language) for day in days
                ],
            }
        )
    return weeks


def entry_view(strategy: Strategy, entry: CalendarEntry, language: str = "en") -> dict[str, Any]:
    """One entry with display labels and its effort in hours."""
    return _entry(entry, _names(strategy), language, effort_model(strategy).hours_per_post)


def _day(
    day: dt.date,
    first: dt.date,
    last: dt.date,
    closed: dict[dt.date, str],
    entries: list[CalendarEntry],
    names: dict[str, dict[str, str]],
    language: str,
) -> dict[str, Any]:
    return {
        "date": day.isoformat(),
        "in_range": first <= day <= last,
        "holiday": closed.get(day),
        "entries": [
            _entry(e, names, language)
            for e in sorted(entries, key=lambda e: (e.time or dt.time(0), e.platform, e.id or ""))
        ],
    }


def _entry(
    entry: CalendarEntry, names: dict[str, dict[str, str]], language: str, hours: Any = None
) -> dict[str, Any]:
    data = entry.model_dump(mode="json")
    data.update(
        platform_name=platform_name(entry.platform, language),
        format_label=format_label(entry.format, language) if entry.format else "",
        pillar_name=names["pillars"].get(entry.pillar or "", entry.pillar),
        goal_text=names["goals"].get(entry.goal or "", entry.goal),
        owner_name=names["team"].get(entry.owner or "", entry.owner),
        status_label=status_label(entry.status, language),
    )
    if hours is not None:
        data["hours"] = hours(entry.platform, entry.format or "image").value
    return data


def _names(strategy: Strategy) -> dict[str, dict[str, str]]:
    return {
        "pillars": {p.id: p.name for p in (strategy.content.pillars if strategy.content else [])},
        "goals": {g.id: g.statement for g in strategy.goals},
        "team": {m.id: m.name for m in strategy.team()},
    }
