"""Rules of the planning topic on the editorial calendar (docs/planning.md).

The event rule ``event-without-content`` lives in ``mix.py`` and uses
:func:`socialstrategy.core.planning.mix.supporting_entries`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.calendar import public_holidays


@rule(
    "calendar-entry-on-holiday",
    "content",
    "info",
    N_("“{title}” is planned on a public holiday ({holiday}, {date})."),
    N_("Move it to a working day unless the holiday is the point of the post."),
)
def calendar_entry_on_holiday(strategy: Strategy) -> Iterator[Place]:
    """A planned post on a public holiday where the organisation is."""
    entries = strategy.content.calendar if strategy.content else []
    active = [(i, e) for i, e in enumerate(entries) if e.status not in ("cancelled", "published")]
    if not active:
        return
    first = min(e.date for _, e in active)
    end = max(e.date for _, e in active) + dt.timedelta(days=1)
    closed = public_holidays(strategy, first, end, strategy.language)
    for index, entry in active:
        if entry.date in closed:
            yield at(
                f"content.calendar[{index}]",
                title=entry.title,
                holiday=closed[entry.date],
                date=entry.date.isoformat(),
            )
