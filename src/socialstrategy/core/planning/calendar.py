"""Editorial calendar (Redaktionsplan): turns cadences, pillars, events and holidays into dated slots.

:func:`build_calendar` is deterministic: the same strategy, start and number of weeks always give
the same slots with the same ids. Weeks run Monday to Sunday; up to five posts a week go on
working days, more spread over the whole week. No slot falls on a public holiday of the
organisation's country and state (``organisation.region`` such as ``DE-BY``). Owners are chosen by
their free hours so that nobody is planned beyond their weekly hours.

Editing functions (:func:`move_entry`, :func:`edit_entry`, :func:`add_entry`,
:func:`remove_entry`) return a new strategy and raise :class:`CalendarError` naming the field.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import math
import sys
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import holidays as holidays_lib
import holidays.registry as holidays_registry
from pydantic import ValidationError

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.i18n import number as number_text
from socialstrategy.core.knowledge.effort import EffortModel, effort_model
from socialstrategy.core.model import (
    FIRST_DAY,
    LAST_DAY,
    MAX_CALENDAR_ENTRIES,
    CalendarEntry,
    Content,
    MarketingEvent,
    Pillar,
    Strategy,
)
from socialstrategy.core.planning.capacity import Cadence, cadences
from socialstrategy.core.planning.names import FORMATS, format_label
from socialstrategy.core.planning.posts import draft_copy, draft_hashtags
from socialstrategy.core.vocabulary import platform_name

WORKDAY = (dt.time(9, 0), dt.time(17, 0))
"""The team's working day, when someone can answer comments on a fresh post. An assumption: the
model records hours per week, not when they are worked, and the knowledge base has no sourced
posting times yet; every slot can be moved."""
SAME_DAY_GAP = dt.timedelta(hours=2)
"""A platform's second post on one day comes this much after its first (wrapping within the day)."""
EVENT_LEAD_DAYS = 7
WORKING_DAYS = 5
TITLE_MAX = 300
KEPT_STATUSES = frozenset({"in_progress", "scheduled", "published"})
"""Entries in these states are never replaced by a regenerated calendar."""


@dataclass(slots=True)
class Slot:
    """A slot in the making; becomes a :class:`CalendarEntry`. Mutable while the calendar is built."""

    day: dt.date
    time: dt.time
    platform: str
    format: str
    event: str | None = None
    event_title: str | None = None
    event_role: str | None = None  # "before" or "on"
    goal: str | None = None
    pillar: str | None = None
    owner: str | None = None


class CalendarError(ValueError):
    """A calendar edit that would break the plan; ``message`` is an English source string."""

    def __init__(self, field: str, message: str, **params: object) -> None:
        self.field = field
        self.message = message
        self.params = params
        super().__init__(f"{field}: {message.format(**params)}")

    def text(self, language: str) -> str:
        params: dict[str, Any] = {
            key: number_text(value, language) if isinstance(value, int) else value
            for key, value in self.params.items()
        }
        return translate(self.message, language, **params)


# --- building -------------------------------------------------------------------------------


def first_monday(day: dt.date) -> dt.date:
    """The calendar starts on the first Monday on or after ``day``."""
    return day + dt.timedelta(days=(7 - day.weekday()) % 7)


def build_calendar(
    strategy: Strategy, start: dt.date, weeks: int, plan: list[Cadence] | None = None
) -> list[CalendarEntry]:
    """Planned posts for ``weeks`` weeks from the first Monday on or after ``start``.

    ``plan`` replaces the strategy's own cadences, e.g. with a suggested plan that fits capacity.
    Raises :class:`CalendarError` on ``start`` when the weeks do not fit the model's years.
    """
    monday, end = _planned_weeks(start, weeks)
    model = effort_model(strategy)
    plan = cadences(strategy, model) if plan is None else plan
    closed = public_holidays(strategy, monday, end)
    planned = dict.fromkeys(c.platform for c in plan if c.posts_per_week > 0)
    order = {platform: index for index, platform in enumerate(planned)}
    slots = [
        slot
        for week in range(weeks)
        for slot in _week_slots(monday + dt.timedelta(weeks=week), week, plan, closed, order)
    ]
    slots = _with_events(strategy, slots, monday, end, closed, order)
    if len(slots) > MAX_CALENDAR_ENTRIES:
        message = N_(
            "These cadences make {count} posts in {weeks} weeks, more than the {limit} a calendar holds."
            " Plan fewer weeks or fewer posts per week."
        )
        raise CalendarError("weeks", message, count=len(slots), weeks=weeks, limit=MAX_CALENDAR_ENTRIES)
    slots = sorted(slots, key=lambda s: (s.day, s.time, order.get(s.platform, 0), s.format))
    slots = _with_pillars(strategy, slots)
    slots = _with_owners(strategy, slots, model)
    return _entries(strategy, slots)


def _planned_weeks(start: dt.date, weeks: int) -> tuple[dt.date, dt.date]:
    """The first Monday and the day after the last week, when every day lies in the model's years."""
    latest = LAST_DAY - dt.timedelta(days=7 * weeks + 5)  # the first Monday is up to 6 days later
    if not FIRST_DAY <= start <= latest:
        message = N_("Choose a start between {first} and {last}.")
        raise CalendarError("start", message, first=FIRST_DAY.isoformat(), last=latest.isoformat())
    monday = first_monday(start)
    return monday, monday + dt.timedelta(weeks=weeks)


def public_holidays(
    strategy: Strategy, first: dt.date, end: dt.date, language: str = "en"
) -> dict[dt.date, str]:
    """Public holidays in ``[first, end)`` where the organisation is (country, and state if given)."""
    country, subdivision = holiday_region(strategy)
    if country is None:
        return {}
    calendar = _holiday_calendar(country, subdivision, tuple(range(first.year, end.year + 1)), language)
    return {day: name for day, name in sorted(calendar.items()) if first <= day < end}


def holiday_region(strategy: Strategy) -> tuple[str | None, str | None]:
    """(country, subdivision) from ``organisation.region`` (``DE-BY``) or ``organisation.country``."""
    org = strategy.organisation
    if org is None:
        return None, None
    region = (org.region or "").strip().upper()
    if "-" in region:
        country, subdivision = region.split("-", 1)
        if len(country) == 2 and country.isalpha() and subdivision.isalnum():
            return country, subdivision
    return org.country, None


@cache
def _holiday_calendar(
    country: str, subdivision: str | None, years: tuple[int, ...], language: str
) -> dict[dt.date, str]:
    for subdiv in (subdivision, None):
        try:
            found = _country_holidays(country, subdiv, years, language)
        except NotImplementedError:
            continue
        return {day: str(name) for day, name in found.items()}
    return {}


def _country_holidays(country: str, subdiv: str | None, years: tuple[int, ...], language: str) -> Any:
    """The holidays of one country, loading only that country's module.

    ``holidays.country_holidays`` imports the package ``holidays.countries``, whose ``__init__``
    imports all 250 country modules (about 120 ms). ``socialstrategy check`` is a new process
    every time and should start fast, so the country's own module is loaded from its file; a
    country whose module needs others (overseas territories) goes the library's usual way.
    """
    entry = next(((m, c) for m, (c, *codes) in holidays_registry.COUNTRIES.items() if country in codes), None)
    if entry is None:
        raise NotImplementedError(country)
    module_name, class_name = entry
    name = f"holidays.countries.{module_name}"
    module = sys.modules.get(name)
    if module is None:
        path = Path(holidays_lib.__file__).parent / "countries" / f"{module_name}.py"
        source = path.read_text(encoding="utf-8")
        if "from holidays.countries" in source or "from ." in source:
            return holidays_lib.country_holidays(country, subdiv=subdiv, years=years, language=language)
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except BaseException:
            del sys.modules[name]
            raise
    return getattr(module, class_name)(subdiv=subdiv, years=years, language=language)


def _week_slots(
    monday: dt.date,
    week: int,
    plan: list[Cadence],
    closed: Mapping[dt.date, str],
    order: Mapping[str, int],
) -> list[Slot]:
    slots = []
    for platform in dict.fromkeys(item.platform for item in plan):
        items = [item for item in plan if item.platform == platform and item.posts_per_week > 0]
        count = _posts_in_week(sum(item.posts_per_week for item in items), week)
        if not count:
            continue
        days = _spread(monday, count, closed)
        formats = _format_sequence(items, week, count)
        for index, (day, fmt) in enumerate(zip(days, formats, strict=True)):
            same_day = days[:index].count(day)
            slots.append(Slot(day, _time(same_day, platform, order), platform, fmt))
    return slots


def _posts_in_week(per_week: float, week: int) -> int:
    """Whole posts in week ``week`` so that the running total follows the cadence exactly."""
    return math.floor((week + 1) * per_week + 1e-9) - math.floor(week * per_week + 1e-9)


def _spread(monday: dt.date, count: int, closed: Mapping[dt.date, str]) -> list[dt.date]:
    """``count`` days of the week, evenly spread, working days first, never a holiday."""
    week = [monday + dt.timedelta(days=i) for i in range(7)]
    open_days = [day for day in week if day not in closed]
    pool = [day for day in open_days if day.weekday() < WORKING_DAYS]
    if count > len(pool):
        pool = open_days
    return [pool[(i * len(pool)) // count] for i in range(count)]


def _format_sequence(items: list[Cadence], week: int, count: int) -> list[str]:
    """Formats for the week's posts, each getting its share of the running total."""
    total = sum(item.posts_per_week for item in items)
    done = math.floor(week * total + 1e-9)
    counts = {item.format: math.floor(done * item.posts_per_week / total + 1e-9) for item in items}
    sequence = []
    for number in range(done + 1, done + count + 1):
        fmt = max(items, key=lambda item: number * item.posts_per_week / total - counts[item.format]).format
        counts[fmt] += 1
        sequence.append(fmt)
    return sequence


def _time(index: int, platform: str, order: Mapping[str, int]) -> dt.time:
    """The ``index``-th post of ``platform`` on a day: platforms start spread evenly over the
    working day (four platforms: 09:00, 11:00, 13:00, 15:00), each later post of the day
    :data:`SAME_DAY_GAP` after the one before, wrapping within the working day."""
    start = dt.datetime.combine(dt.date(2000, 1, 3), WORKDAY[0])
    length = dt.datetime.combine(start.date(), WORKDAY[1]) - start
    platforms = max(len(order), 1)
    offset = length * (order.get(platform, 0) % platforms) / platforms + SAME_DAY_GAP * index
    minutes = int(offset.total_seconds() // 60) % int(length.total_seconds() // 60)
    return (start + dt.timedelta(minutes=minutes // 15 * 15)).time()


# --- events ---------------------------------------------------------------------------------


def _with_events(
    strategy: Strategy,
    slots: list[Slot],
    monday: dt.date,
    end: dt.date,
    closed: Mapping[dt.date, str],
    order: Mapping[str, int],
) -> list[Slot]:
    """Content before and on every marketing event in range: existing slots are given over to
    the event where there are some, otherwise a slot is added."""
    events = strategy.marketing_mix.events if strategy.marketing_mix else []
    by_platform: dict[str, list[Slot]] = defaultdict(list)
    for slot in slots:
        by_platform[slot.platform].append(slot)
    added: list[Slot] = []
    for index, event in enumerate(events):
        day = _open_day_before(event.date, closed)
        if not monday <= day < end:
            continue
        for platform in _event_platforms(strategy, event, by_platform):
            before = _open_day_before(day - dt.timedelta(days=3), closed)
            roles = [("on", day)] + ([("before", before)] if before >= monday else [])
            for role, role_day in roles:
                new = _event_slot(by_platform[platform], event, index, platform, role_day, role, order)
                if new is not None:
                    by_platform[platform].append(new)
                    added.append(new)
    return slots + added


def _event_platforms(
    strategy: Strategy, event: MarketingEvent, by_platform: Mapping[str, list[Slot]]
) -> list[str]:
    """Platforms that serve one of the event's goals, else the one with the most posts."""
    active = [d for d in strategy.active_platforms() if by_platform.get(d.platform)]
    matching = [d.platform for d in active if set(d.goals) & set(event.goals)]
    if matching:
        return list(dict.fromkeys(matching))
    busiest = max(active, key=lambda d: len(by_platform[d.platform]), default=None)
    return [busiest.platform] if busiest else []


def _event_slot(
    slots: list[Slot],
    event: MarketingEvent,
    index: int,
    platform: str,
    day: dt.date,
    role: str,
    order: Mapping[str, int],
) -> Slot | None:
    """Give the latest free slot in the window over to the event, or return a new one for ``day``."""
    event_id = event.id or f"event-{index + 1}"
    goal = event.goals[0] if event.goals else None
    first = day - dt.timedelta(days=EVENT_LEAD_DAYS - 1) if role == "before" else day
    candidates = [s for s in slots if s.event is None and first <= s.day <= day]
    if candidates:
        slot = max(candidates, key=lambda s: (s.day, s.time))
        slot.event, slot.event_title, slot.event_role, slot.goal = event_id, event.title, role, goal
        return None
    used = sum(1 for s in slots if s.day == day and s.platform == platform)
    fmt = slots[0].format if slots else "image"
    return Slot(day, _time(used, platform, order), platform, fmt, event_id, event.title, role, goal)


def _open_day_before(day: dt.date, closed: Mapping[dt.date, str]) -> dt.date:
    while day in closed:
        day -= dt.timedelta(days=1)
    return day


# --- pillars, goals and owners --------------------------------------------------------------


def pillar_shares(pillars: list[Pillar]) -> dict[str, float]:
    """Each pillar's share as a fraction; pillars without a share split what the others leave."""
    given = sum(p.share for p in pillars if p.share is not None)
    missing = [p for p in pillars if p.share is None]
    rest = max(100.0 - given, 0.0) / len(missing) if missing else 0.0
    shares = {p.id: p.share if p.share is not None else rest for p in pillars}
    total = sum(shares.values())
    if total <= 0:
        return {p.id: 1 / len(pillars) for p in pillars} if pillars else {}
    return {pid: share / total for pid, share in shares.items()}


def _with_pillars(strategy: Strategy, slots: list[Slot]) -> list[Slot]:
    """Pillars in proportion to their share on every platform (largest deficit first); goals
    from the event, else the pillar and platform."""
    pillars = strategy.content.pillars if strategy.content else []
    shares = pillar_shares(pillars)
    by_id = {p.id: p for p in pillars}
    platform_goals = {d.platform: d.goals for d in strategy.active_platforms()}
    goals: dict[tuple[str | None, str], str | None] = {}  # one answer per pillar and platform
    counts: dict[tuple[str, str], int] = defaultdict(int)
    numbers: dict[str, int] = defaultdict(int)
    for slot in slots:
        numbers[slot.platform] += 1
        number = numbers[slot.platform]
        pillar = (
            max(shares, key=lambda pid: number * shares[pid] - counts[(slot.platform, pid)])
            if shares
            else None
        )
        if pillar is not None:
            counts[(slot.platform, pillar)] += 1
        slot.pillar = pillar
        if slot.goal is None:
            key = (pillar, slot.platform)
            if key not in goals:
                goals[key] = _goal(by_id.get(pillar or ""), platform_goals.get(slot.platform, []))
            slot.goal = goals[key]
    return slots


def _goal(pillar: Pillar | None, platform_goals: list[str]) -> str | None:
    """The pillar's first goal that the platform serves, else the platform's first, else the pillar's."""
    pillar_goals = pillar.goals if pillar else []
    served = set(platform_goals)
    shared = (goal for goal in pillar_goals if goal in served)
    return next(shared, None) or next(iter(platform_goals or pillar_goals), None)


def community_owners(strategy: Strategy, model: EffortModel | None = None) -> dict[str, str | None]:
    """Who answers comments and messages on each active platform (None: nobody has the hours).

    Platforms with the most community hours are given out first, each to the member rated best
    on the platform, then in community management, then with the most free hours, among those
    whose remaining hours still hold it.
    """
    model = model or effort_model(strategy)
    team = strategy.team()
    free = {member.id: member.hours_per_week for member in team}
    platforms = list(dict.fromkeys(d.platform for d in strategy.active_platforms()))
    owners: dict[str, str | None] = {}
    for platform in sorted(platforms, key=lambda p: -model.community_hours(p).value):
        hours = model.community_hours(platform).value
        fits = [m for m in team if hours > 0 and free[m.id] + 1e-9 >= hours]
        best = min(
            fits,
            key=lambda m: (
                -m.competences.get(f"platform_{platform}", 0),
                -m.competences.get("community_management", 0),
                -free[m.id],
                m.id,
            ),
            default=None,
        )
        if best is not None:
            free[best.id] -= hours
        owners[platform] = best.id if best else None
    return owners


def weekly_capacity(strategy: Strategy, model: EffortModel | None = None) -> dict[str, float]:
    """Hours per week each person has for posts, after the community work given to them."""
    model = model or effort_model(strategy)
    capacity = {member.id: member.hours_per_week for member in strategy.team()}
    for platform, owner in community_owners(strategy, model).items():
        if owner is not None:
            capacity[owner] -= model.community_hours(platform).value
    return capacity


def _with_owners(strategy: Strategy, slots: list[Slot], model: EffortModel) -> list[Slot]:
    """Each slot to someone whose free hours that week still hold it.

    Week by week the biggest posts are given out first (fewer posts are left over that way),
    each to a member rated on the platform if one has room, else to the one with the largest
    share of free hours.
    """
    capacity = weekly_capacity(strategy, model)
    skills = {m.id: m.competences for m in strategy.team()}
    hours = {id(slot): model.hours_per_post(slot.platform, slot.format).value for slot in slots}
    people = [pid for pid in capacity if capacity[pid] > 0]
    used: dict[str, float] = {}
    week = None
    for slot in sorted(slots, key=lambda s: (_monday_of(s.day), -hours[id(s)], s.day, s.time, s.platform)):
        if _monday_of(slot.day) != week:  # a new week: everyone's hours are free again
            week, used = _monday_of(slot.day), dict.fromkeys(people, 0.0)
        owner = _owner(slot, hours[id(slot)], people, capacity, used, skills)
        if owner is not None:
            used[owner] += hours[id(slot)]
        slot.owner = owner
    return slots


def _owner(
    slot: Slot,
    needed: float,
    people: list[str],
    capacity: Mapping[str, float],
    used: Mapping[str, float],
    skills: Mapping[str, Mapping[str, int]],
) -> str | None:
    """Among those whose free hours hold the slot: rated on the platform first, then the one
    with the largest share of free hours."""
    skill = f"platform_{slot.platform}"
    fits = [(pid, capacity[pid] - used[pid]) for pid in people if capacity[pid] - used[pid] + 1e-9 >= needed]
    best = min(
        fits, key=lambda fit: (skill not in skills[fit[0]], -fit[1] / capacity[fit[0]], fit[0]), default=None
    )
    return best[0] if best else None


def _monday_of(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def _entries(strategy: Strategy, slots: list[Slot]) -> list[CalendarEntry]:
    pillars = {p.id: p.name for p in (strategy.content.pillars if strategy.content else [])}
    seen: dict[tuple[dt.date, str], int] = defaultdict(int)
    entries = []
    for slot in slots:
        seen[(slot.day, slot.platform)] += 1
        entries.append(
            CalendarEntry(
                id=f"{slot.day:%Y%m%d}-{slot.platform}-{seen[(slot.day, slot.platform)]}",
                date=slot.day,
                time=slot.time,
                platform=slot.platform,
                pillar=slot.pillar,
                format=slot.format,
                goal=slot.goal,
                event=slot.event,
                title=_title(slot, pillars, strategy.language),
                owner=slot.owner,
                status="planned",
            )
        )
    return [_drafted(strategy, entry) for entry in entries]


def _drafted(strategy: Strategy, entry: CalendarEntry) -> CalendarEntry:
    """A generated post comes with drafted copy and a hashtag, a starting point to rewrite."""
    return entry.model_copy(
        update={"text": draft_copy(strategy, entry), "hashtags": draft_hashtags(strategy, entry)}
    )


def _title(slot: Slot, pillars: Mapping[str, str], language: str) -> str:
    label = format_label(slot.format, language)
    if slot.event_title is not None:
        message = (
            N_("Coming up: {event} ({format})") if slot.event_role == "before" else N_("{event} ({format})")
        )
        title = translate(message, language, event=slot.event_title, format=label)
    else:
        topic = pillars.get(slot.pillar or "") or platform_name(slot.platform, language)
        title = f"{topic}: {label}"
    return title[:TITLE_MAX]


# --- applying and editing -------------------------------------------------------------------


def apply_calendar(strategy: Strategy, entries: Iterable[CalendarEntry]) -> Strategy:
    """A copy of ``strategy`` whose calendar holds ``entries`` plus the entries people have
    already worked on (in progress, scheduled, published) or that lie outside their range."""
    new = list(entries)
    if not new:
        return strategy
    first, last = min(e.date for e in new), max(e.date for e in new)
    kept = [e for e in _calendar(strategy) if e.status in KEPT_STATUSES or not first <= e.date <= last]
    ids = {e.id for e in kept}
    return _with_calendar(strategy, sorted([*kept, *(e for e in new if e.id not in ids)], key=_sort_key))


def with_entry_ids(strategy: Strategy) -> Strategy:
    """The strategy with an id for every calendar entry that has none (older files, hand-written
    entries), so each can be moved and edited. Deterministic: the same strategy, the same ids."""
    calendar = _calendar(strategy)
    if all(entry.id for entry in calendar):
        return strategy
    taken = {entry.id for entry in calendar if entry.id}
    entries = []
    for entry in calendar:
        if not entry.id:
            number = 1
            while f"{entry.date:%Y%m%d}-{entry.platform}-{number}" in taken:
                number += 1
            new_id = f"{entry.date:%Y%m%d}-{entry.platform}-{number}"
            entry = entry.model_copy(update={"id": new_id})
            taken.add(new_id)
        entries.append(entry)
    assert strategy.content is not None
    return strategy.model_copy(update={"content": strategy.content.model_copy(update={"calendar": entries})})


def move_entry(
    strategy: Strategy,
    entry_id: str,
    day: dt.date,
    time: dt.time | None = None,
    now: dt.datetime | None = None,
) -> Strategy:
    """Move an entry to another day (and time); refused on a public holiday or beyond the owner's hours."""
    changes: dict[str, object] = {"date": day}
    if time is not None:
        changes["time"] = time
    return edit_entry(strategy, entry_id, changes, now)


def edit_entry(
    strategy: Strategy, entry_id: str, changes: Mapping[str, object], now: dt.datetime | None = None
) -> Strategy:
    """Change fields of one entry; every change is validated like a new entry. A real change
    counts up the entry's ``sequence`` and sets ``modified``, so calendar apps take it over."""
    index = _index(strategy, entry_id)
    current = _calendar(strategy)[index]
    if "id" in changes and changes["id"] != entry_id:
        raise CalendarError("id", N_("The id of an entry cannot be changed."))
    entry = _validated({**current.model_dump(), **changes})
    return _replace_at(strategy, index, revised(current, entry, now))


def with_revisions(before: Strategy, after: Strategy, now: dt.datetime | None = None) -> Strategy:
    """``after`` with every post that changed since ``before`` :func:`revised` (matched by id),
    so a save through any form keeps calendar apps in step, not only :func:`edit_entry`."""
    old = {e.id: e for e in _calendar(before) if e.id}
    calendar = _calendar(after)
    changed = [
        revised(old[e.id], e, now) if e.id in old and e.sequence == old[e.id].sequence else e
        for e in calendar
    ]
    return after if changed == calendar else _with_calendar(after, changed)


def revised(before: CalendarEntry, after: CalendarEntry, now: dt.datetime | None = None) -> CalendarEntry:
    """``after`` with the next ``sequence`` and ``modified`` = now when it differs from ``before``
    in anything but those two (RFC 5545: a calendar app updates an event whose SEQUENCE grew)."""
    stamps = {"sequence", "modified"}
    if before.model_dump(exclude=stamps) == after.model_dump(exclude=stamps):
        return after
    moment = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    return after.model_copy(update={"sequence": before.sequence + 1, "modified": moment})


def add_entry(strategy: Strategy, values: Mapping[str, object]) -> Strategy:
    """Add a new entry; its id is made from date and platform when it has none."""
    entry = _validated(dict(values))
    if entry.id is None:
        entry = entry.model_copy(update={"id": _new_id(strategy, entry)})
    elif any(e.id == entry.id for e in _calendar(strategy)):
        raise CalendarError("id", N_("An entry with the id {id} already exists."), id=entry.id)
    return _replace_at(strategy, None, entry)


def remove_entry(strategy: Strategy, entry_id: str) -> Strategy:
    index = _index(strategy, entry_id)
    calendar = _calendar(strategy)
    return _with_calendar(strategy, [*calendar[:index], *calendar[index + 1 :]])


def _validated(values: dict[str, object]) -> CalendarEntry:
    try:
        return CalendarEntry.model_validate(values)
    except ValidationError as error:
        first = error.errors()[0]
        field = ".".join(str(part) for part in first["loc"]) or "entry"
        raise CalendarError(field, N_("Invalid value: {detail}"), detail=first["msg"]) from None


def _replace_at(strategy: Strategy, index: int | None, entry: CalendarEntry) -> Strategy:
    calendar = list(_calendar(strategy))
    if index is None:
        calendar.append(entry)
    else:
        calendar[index] = entry
    _check_references(strategy, entry)
    updated = _with_calendar(strategy, sorted(calendar, key=_sort_key))
    _check_owner_hours(updated, entry)
    return updated


def _check_references(strategy: Strategy, entry: CalendarEntry) -> None:
    refs = {
        "platform": (entry.platform, {d.platform for d in strategy.platforms}),
        "pillar": (entry.pillar, {p.id for p in (strategy.content.pillars if strategy.content else [])}),
        "goal": (entry.goal, {g.id for g in strategy.goals}),
        "owner": (entry.owner, {m.id for m in strategy.team()}),
        "format": (entry.format, set(FORMATS)),
    }
    for field, (value, known) in refs.items():
        if value is not None and value not in known:
            raise CalendarError(
                field, N_("{value} is not one of this strategy's {kind} ids."), value=value, kind=field
            )
    name = public_holidays(strategy, entry.date, entry.date + dt.timedelta(days=1)).get(entry.date)
    if name is not None and entry.status != "cancelled":
        raise CalendarError(
            "date", N_("{date} is a public holiday ({holiday})."), date=entry.date.isoformat(), holiday=name
        )


def _check_owner_hours(strategy: Strategy, entry: CalendarEntry) -> None:
    if entry.owner is None or entry.status == "cancelled":
        return
    model = effort_model(strategy)
    week = _monday_of(entry.date)
    load = sum(
        model.hours_per_post(e.platform, e.format or model.default_format(e.platform)).value
        for e in _calendar(strategy)
        if e.owner == entry.owner and e.status != "cancelled" and _monday_of(e.date) == week
    )
    available = weekly_capacity(strategy, model).get(entry.owner, 0.0)
    if load > available + 1e-9:
        raise CalendarError(
            "owner",
            N_(
                "{owner} would need {load} h in the week of {week}, "
                "more than the {available} h they have for posts."
            ),
            owner=entry.owner,
            load=round(load, 1),
            week=week.isoformat(),
            available=round(available, 1),
        )


def _calendar(strategy: Strategy) -> list[CalendarEntry]:
    return strategy.content.calendar if strategy.content else []


def _with_calendar(strategy: Strategy, calendar: list[CalendarEntry]) -> Strategy:
    content = (
        strategy.content.model_copy(update={"calendar": calendar})
        if strategy.content
        else Content(calendar=calendar)
    )
    return strategy.model_copy(update={"content": content})


def _index(strategy: Strategy, entry_id: str) -> int:
    for index, entry in enumerate(_calendar(strategy)):
        if entry.id == entry_id:
            return index
    raise CalendarError("id", N_("There is no calendar entry with the id {id}."), id=entry_id)


def _new_id(strategy: Strategy, entry: CalendarEntry) -> str:
    ids = {e.id for e in _calendar(strategy)}
    number = 1
    while f"{entry.date:%Y%m%d}-{entry.platform}-{number}" in ids:
        number += 1
    return f"{entry.date:%Y%m%d}-{entry.platform}-{number}"


def _sort_key(entry: CalendarEntry) -> tuple[dt.date, dt.time, str, str]:
    return (entry.date, entry.time or dt.time(0), entry.platform, entry.id or "")
