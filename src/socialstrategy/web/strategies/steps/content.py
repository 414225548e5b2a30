"""Step 10, content pillars & calendar: topics and the editorial calendar."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.planning.calendar import with_entry_ids
from socialstrategy.core.planning.views import CALENDAR_VIEWS, calendar_span, calendar_weeks
from socialstrategy.web.strategies import services
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    EVENTS,
    GOALS,
    PANEL_STEP,
    PILLARS,
    PLAN_WEEKS,
    TEAM,
    Panel,
    Step,
    active_platforms,
    dated,
    mapping,
    parse_date,
    reference,
)


def _active_platforms(document: dict[str, Any]) -> list[tuple[str, str | Promise]]:
    return active_platforms(document) or list(v.PLATFORMS)


def calendar_panel(document: StrategyDocument, language: str, query: Any = None) -> Panel:
    """Content step: the editorial calendar as a week (with a form per entry to move and edit
    it) or a month; ``query`` holds ``view`` (week or month) and ``from`` (a date in it)."""
    query = query or {}
    view = query.get("view") if query.get("view") in CALENDAR_VIEWS else "week"
    anchor_day = parse_date(query.get("from")) or _next_planned(document)
    first, last, previous, following = calendar_span(view, anchor_day)
    weeks = calendar_weeks(with_entry_ids(document), first, last, language)
    for week in weeks:
        week["first_day"] = dt.date.fromisoformat(week["monday"])
        for day in week["days"]:
            day["day"] = dt.date.fromisoformat(day["date"])
    return {
        "template": "strategies/panels/_calendar.html",
        "view": view,
        "first": first,
        "last": last,
        "previous": previous,
        "following": following,
        "today": dt.date.today(),
        "weeks": weeks,
        "count": sum(len(d["entries"]) for w in weeks for d in w["days"] if d["in_range"]),
        "total": len(document.content.calendar) if document.content else 0,
        "errors": mapping(query, "errors"),
        "open_entry": query.get("open_entry"),
        "confirm": mapping(query, "confirm"),
        "generate_weeks": query.get("weeks") or PLAN_WEEKS,
        "generate_start": parse_date(query.get("start")) or _next_monday(),
        "choices": _entry_choices(document),
        "downloads": _calendar_downloads(),
        "uploads": scheduler_readiness(document, language),
    }


CALENDAR_EXPORTS = ("ics", "csv", "csv-excel", "hootsuite", "sprout")


def scheduler_readiness(document: StrategyDocument, language: str) -> list[dict[str, Any]]:
    """For each scheduler: how many posts its file takes now, and why the others stay out."""
    from socialstrategy.core.planning.exports import SCHEDULER_FORMATS, TOOL_NAMES, export_calendar

    found = []
    for fmt in SCHEDULER_FORMATS:
        export = export_calendar(document, fmt, language)
        found.append(
            {
                "tool": TOOL_NAMES[fmt],
                "count": len(export.entries),
                "left_out": export.left_out_summary(language),
            }
        )
    return found


def _calendar_downloads() -> list[Any]:
    return [export for export in services.exports() if export.key in CALENDAR_EXPORTS]


def _next_monday() -> dt.date:
    today = dt.date.today()
    return today + dt.timedelta(days=(7 - today.weekday()) % 7)


def _next_planned(document: StrategyDocument) -> dt.date:
    entries = sorted(e.date for e in (document.content.calendar if document.content else []))
    today = dt.date.today()
    return next((d for d in entries if d >= today), entries[-1] if entries else today)


def _entry_choices(document: StrategyDocument) -> dict[str, list[tuple[str, str | Promise]]]:
    return {
        "format": list(v.FORMATS),
        "pillar": [(p.id, p.name) for p in (document.content.pillars if document.content else [])],
        "owner": [(m.id, m.name) for m in document.team()],
        "status": list(v.CALENDAR_STATUSES),
    }


STEP = Step(
    "content",
    collections=(
        Collection(
            "content.pillars",
            v.core_text("Content pillars"),
            _("content pillar"),
            (
                reference(pgettext_lazy("example id", "behind-the-scenes")),
                Field("name", v.core_text("Name"), required=True),
                Field("share", _("Share of posts (%)"), "float"),
                Field("description", v.core_text("Description"), "textarea", wide=True),
                Field("goals", v.core_text("Goals"), "multi", choices=GOALS),
            ),
            id_from="name",
            id_fallback="pillar",
        ),
        Collection(
            "content.calendar",
            v.core_text("Editorial calendar"),
            _("post"),
            (
                Field("title", v.core_text("Title"), required=True, wide=True),
                Field("date", v.core_text("Date"), "date", required=True),
                Field("time", _("Time"), "time"),
                Field(
                    "platform", v.core_text("Platform"), "select", choices=_active_platforms, required=True
                ),
                Field("format", v.core_text("Format"), "select", choices=v.FORMATS),
                Field("pillar", v.core_text("Content pillar"), "select", choices=PILLARS),
                Field("goal", v.core_text("Goal"), "select", choices=GOALS),
                Field("event", v.core_text("Event"), "select", choices=EVENTS),
                Field("owner", _("Responsible"), "select", choices=TEAM),
                Field("status", v.core_text("Status"), "select", choices=v.CALENDAR_STATUSES),
                Field(
                    "text", _("Copy"), "textarea", wide=True, help=_("What the post says on this platform.")
                ),
                Field("link", v.core_text("Link URL")),
                Field(
                    "media",
                    _("Images and videos"),
                    "media",
                    wide=True,
                    help=_("One per line: URL or file name, then | and the alt text."),
                ),
                Field("hashtags", v.core_text("Hashtags"), "tags", help=_("Separated by commas, without #.")),
                Field("first_comment", v.core_text("First comment"), "textarea", wide=True),
            ),
            title=lambda item: dated(item, "title"),
        ),
    ),
    panel="calendar",
    build_panel=calendar_panel,
    panel_query=True,
    template=PANEL_STEP,
)
