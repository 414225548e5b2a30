"""Rules of the planning topic: marketing events and the editorial calendar (docs/planning.md)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from socialstrategy.core.checks import Finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.calendar import public_holidays
from socialstrategy.core.planning.mix import EVENT_WINDOW_DAYS, supporting_entries


@rule("event-without-content", "marketing_mix")
def event_without_content(strategy: Strategy) -> Iterator[Finding]:
    """A marketing event with no calendar entry linked to it or planned in the two weeks before it."""
    events = strategy.marketing_mix.events if strategy.marketing_mix else []
    for index, event in enumerate(events):
        if not supporting_entries(strategy, event):
            yield Finding(
                code="event-without-content",
                severity="warning",
                path=f"marketing_mix.events[{index}]",
                message=N_("No content is planned for the event “{event}” on {date}."),
                hint=N_("Plan posts in the {days} days before the event and on its day, or link them to it."),
                step="marketing_mix",
                params={"event": event.title, "date": event.date.isoformat(), "days": EVENT_WINDOW_DAYS},
            )


@rule("calendar-entry-on-holiday", "calendar")
def calendar_entry_on_holiday(strategy: Strategy) -> Iterator[Finding]:
    """A planned post on a public holiday where the organisation is."""
    entries = strategy.content.calendar if strategy.content else []
    active = [(i, e) for i, e in enumerate(entries) if e.status not in ("cancelled", "published")]
    if not active:
        return
    first = min(e.date for _, e in active)
    closed = public_holidays(strategy, first, max(e.date for _, e in active) + dt.timedelta(days=1))
    for index, entry in active:
        if entry.date in closed:
            yield Finding(
                code="calendar-entry-on-holiday",
                severity="info",
                path=f"content.calendar[{index}]",
                message=N_("“{title}” is planned on a public holiday ({holiday}, {date})."),
                hint=N_("Move it to a working day unless the holiday is the point of the post."),
                step="calendar",
                params={"title": entry.title, "holiday": closed[entry.date], "date": entry.date.isoformat()},
            )
