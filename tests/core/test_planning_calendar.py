import datetime as dt
import math
from collections import Counter, defaultdict

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from planning_strategies import MONDAY, planning_strategy

from socialstrategy.core.demos import grown_demo
from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.planning import calendar
from socialstrategy.core.planning.calendar import (
    CalendarError,
    add_entry,
    apply_calendar,
    build_calendar,
    edit_entry,
    first_monday,
    move_entry,
    public_holidays,
    remove_entry,
    weekly_capacity,
)
from socialstrategy.core.planning.capacity import Cadence

PLATFORMS = ["instagram", "facebook", "linkedin", "tiktok", "youtube", "newsletter"]
FORMATS = ["text", "image", "carousel", "short_video", "video", "story"]
REGIONS = ["DE-BY", "DE-NW", "DE-BE", "DE-SN", "AT-9", "CH-ZH", None]


@st.composite
def strategies(draw):
    platforms = draw(st.lists(st.sampled_from(PLATFORMS), min_size=1, max_size=4, unique=True))
    decisions = [
        {
            "platform": p,
            "posts_per_week": draw(st.integers(0, 40)) / 4,
            "formats": draw(st.lists(st.sampled_from(FORMATS), max_size=3, unique=True)),
            "goals": draw(
                st.lists(st.sampled_from(["g-awareness", "g-recruiting"]), max_size=2, unique=True)
            ),
        }
        for p in platforms
    ]
    team = [
        {
            "id": f"m{i}",
            "name": f"M{i}",
            "hours_per_week": draw(st.integers(0, 30)),
            "competences": {f"platform_{platforms[0]}": 3} if i == 0 else {},
        }
        for i in range(draw(st.integers(0, 4)))
    ]
    region = draw(st.sampled_from(REGIONS))
    events = [
        {
            "id": f"e{i}",
            "date": MONDAY + dt.timedelta(days=draw(st.integers(0, 100))),
            "title": f"Event {i}",
            "goals": draw(st.lists(st.sampled_from(["g-awareness", "g-recruiting"]), max_size=1)),
        }
        for i in range(draw(st.integers(0, 3)))
    ]
    pillars = [
        {"id": f"p{i}", "name": f"P{i}", "share": draw(st.one_of(st.none(), st.integers(0, 100)))}
        for i in range(draw(st.integers(0, 4)))
    ]
    return planning_strategy(
        organisation={"name": "Test", "country": (region or "DE")[:2], "region": region},
        platforms=decisions,
        resources={"team": team},
        marketing_mix={"events": events},
        content={"pillars": pillars},
    )


starts = st.dates(dt.date(2025, 1, 1), dt.date(2030, 12, 31))
weeks = st.integers(1, 16)
common = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@common
@given(strategies(), starts, weeks)
def test_every_platform_gets_its_cadence_week_by_week(strategy, start, n_weeks):
    entries = build_calendar(strategy, start, n_weeks)
    monday = first_monday(start)
    posts = Counter(((e.date - monday).days // 7, e.platform) for e in entries)
    events = len(strategy.marketing_mix.events)
    for d in strategy.active_platforms():
        cadence = d.posts_per_week or 0
        for week in range(n_weeks):
            expected = math.floor((week + 1) * cadence + 1e-9) - math.floor(week * cadence + 1e-9)
            # events take over regular posts where there are some and add one where there are none
            assert expected <= posts[(week, d.platform)] <= expected + 2 * events


@common
@given(strategies(), starts, weeks)
def test_without_events_the_cadence_is_met_exactly(strategy, start, n_weeks):
    strategy.marketing_mix.events = []
    entries = build_calendar(strategy, start, n_weeks)
    for d in strategy.active_platforms():
        expected = math.floor(n_weeks * (d.posts_per_week or 0) + 1e-9)
        assert sum(e.platform == d.platform for e in entries) == expected


@common
@given(strategies(), starts, weeks)
def test_nobody_is_planned_beyond_their_weekly_hours(strategy, start, n_weeks):
    model = effort_model(strategy)
    capacity = weekly_capacity(strategy, model)
    load = defaultdict(float)
    for e in build_calendar(strategy, start, n_weeks):
        if e.owner:
            load[(e.owner, e.date - dt.timedelta(days=e.date.weekday()))] += model.hours_per_post(
                e.platform, e.format
            ).value
    for (owner, _), hours in load.items():
        assert hours <= capacity[owner] + 1e-9
        assert capacity[owner] <= next(m.hours_per_week for m in strategy.team() if m.id == owner)


@common
@given(strategies(), starts, weeks)
def test_no_slot_falls_on_a_public_holiday(strategy, start, n_weeks):
    entries = build_calendar(strategy, start, n_weeks)
    closed = public_holidays(strategy, start, start + dt.timedelta(weeks=n_weeks + 1))
    assert not [e for e in entries if e.date in closed]


@common
@given(strategies(), starts, weeks)
def test_the_calendar_is_deterministic_and_valid(strategy, start, n_weeks):
    first = build_calendar(strategy, start, n_weeks)
    assert first == build_calendar(strategy, start, n_weeks)
    assert len({e.id for e in first}) == len(first)
    assert all(e.date.weekday() == 0 for e in first[:1]) or not first or first[0].date >= start
    pillars = {p.id for p in strategy.content.pillars}
    assert all((e.pillar in pillars) if pillars else e.pillar is None for e in first)


def test_pillars_get_posts_in_proportion_to_their_share():
    entries = build_calendar(planning_strategy(), MONDAY, 16)
    counts = Counter(e.pillar for e in entries if e.platform == "instagram")
    assert counts["p-craft"] == pytest.approx(counts["p-team"] * 2, abs=1)
    assert counts["p-team"] == pytest.approx(counts["p-offers"], abs=1)


def test_bavaria_gets_no_post_on_epiphany_but_berlin_does():
    bavaria = build_calendar(planning_strategy(), dt.date(2027, 1, 4), 1)
    assert dt.date(2027, 1, 6) not in {e.date for e in bavaria}
    berlin = planning_strategy(organisation={"name": "B", "country": "DE", "region": "DE-BE"})
    plan = [Cadence("instagram", "image", 5)]
    assert dt.date(2027, 1, 6) in {e.date for e in build_calendar(berlin, dt.date(2027, 1, 4), 1, plan)}


def test_an_event_gets_a_post_before_it_and_one_on_its_day():
    entries = build_calendar(planning_strategy(), MONDAY, 3)
    stollen = [e for e in entries if e.event == "e-stollen"]
    assert sorted(e.date for e in stollen)[-1] == dt.date(2026, 12, 10)
    assert any(e.date < dt.date(2026, 12, 10) for e in stollen)
    assert all(e.goal == "g-awareness" and e.platform == "instagram" for e in stollen)


def test_the_calendar_starts_on_the_first_monday():
    entries = build_calendar(planning_strategy(), dt.date(2026, 11, 26), 1)
    assert entries[0].date == dt.date(2026, 11, 30)


def test_a_suggested_plan_replaces_the_cadences():
    entries = build_calendar(planning_strategy(), MONDAY, 4, [Cadence("facebook", "image", 1)])
    assert {e.platform for e in entries} == {"facebook"}
    assert len([e for e in entries if e.event is None]) == 3  # one of four went to the Stollen sale


# --- editing --------------------------------------------------------------------------------


def _planned():
    strategy = planning_strategy()
    return apply_calendar(strategy, build_calendar(strategy, MONDAY, 2))


def test_moving_an_entry_changes_its_date_and_time_and_keeps_the_rest():
    strategy = _planned()
    entry = strategy.content.calendar[0]
    moved = move_entry(strategy, entry.id, dt.date(2026, 12, 2), dt.time(15, 30))
    after = next(e for e in moved.content.calendar if e.id == entry.id)
    assert (after.date, after.time, after.title) == (dt.date(2026, 12, 2), dt.time(15, 30), entry.title)
    assert strategy.content.calendar[0].date == entry.date  # the original is untouched


def test_an_entry_cannot_be_moved_onto_a_public_holiday():
    strategy = _planned()
    with pytest.raises(CalendarError) as error:
        move_entry(strategy, strategy.content.calendar[0].id, dt.date(2026, 12, 25))
    assert error.value.field == "date"
    assert "Weihnachtstag" in error.value.text("de") or "Christmas" in error.value.text("en")


def test_an_edit_is_refused_when_it_names_an_unknown_owner_pillar_or_format():
    strategy = _planned()
    entry_id = strategy.content.calendar[0].id
    for field, value in (("owner", "nobody"), ("pillar", "p-none"), ("format", "hologram"), ("goal", "g-x")):
        with pytest.raises(CalendarError) as error:
            edit_entry(strategy, entry_id, {field: value})
        assert error.value.field == field


def test_an_edit_is_refused_when_the_owner_would_work_beyond_their_hours():
    strategy = _planned()
    week = [e for e in strategy.content.calendar if e.date < dt.date(2026, 12, 7)]
    for entry in week:
        strategy = edit_entry(strategy, entry.id, {"owner": "ben"}) if entry.owner == "ben" else strategy
    with pytest.raises(CalendarError) as error:
        for entry in week:
            strategy = edit_entry(strategy, entry.id, {"owner": "ben"})
    assert error.value.field == "owner"


def test_an_invalid_value_names_the_field():
    strategy = _planned()
    with pytest.raises(CalendarError) as error:
        edit_entry(strategy, strategy.content.calendar[0].id, {"status": "lost"})
    assert error.value.field == "status"


def test_entries_can_be_added_and_removed():
    strategy = _planned()
    added = add_entry(strategy, {"date": "2026-12-02", "platform": "facebook", "title": "Extra"})
    new = [e for e in added.content.calendar if e.title == "Extra"]
    assert len(new) == 1 and new[0].id.startswith("20261202-facebook")
    assert len(remove_entry(added, new[0].id).content.calendar) == len(strategy.content.calendar)
    with pytest.raises(CalendarError):
        remove_entry(strategy, "missing")


def test_regenerating_keeps_entries_people_have_worked_on():
    strategy = _planned()
    first = strategy.content.calendar[0]
    strategy = edit_entry(strategy, first.id, {"status": "published", "title": "Done"})
    again = apply_calendar(strategy, build_calendar(strategy, MONDAY, 2))
    assert [e.title for e in again.content.calendar if e.id == first.id] == ["Done"]
    assert len(again.content.calendar) == len(strategy.content.calendar)


def test_the_month_view_has_whole_weeks_with_holidays_and_entries():
    from socialstrategy.core.planning.views import calendar_weeks

    strategy = _planned()
    weeks = calendar_weeks(strategy, dt.date(2026, 12, 1), dt.date(2026, 12, 31), "de")
    assert weeks[0]["monday"] == "2026-11-30" and len(weeks) == 5
    days = {day["date"]: day for week in weeks for day in week["days"]}
    assert days["2026-12-25"]["holiday"] == "Erster Weihnachtstag"
    assert days["2026-11-30"]["in_range"] is False
    first = days["2026-12-01"]["entries"][0]
    assert first["platform_name"] == "Instagram" and first["status_label"] == "geplant"
    assert sum(len(day["entries"]) for day in days.values()) == len(strategy.content.calendar)


@pytest.mark.parametrize("start", [dt.date(9999, 12, 1), dt.date(2200, 12, 1), dt.date(1, 1, 1)])
def test_a_calendar_whose_weeks_leave_the_model_years_is_refused_naming_the_start(start):
    with pytest.raises(CalendarError) as refused:
        build_calendar(planning_strategy(), start, 4)
    assert refused.value.field == "start"
    assert refused.value.text("de") == "Bitte einen Beginn zwischen 1900-01-01 und 2200-11-28 wählen."


def test_the_last_start_the_model_years_allow_still_plans_every_week():
    entries = build_calendar(planning_strategy(), dt.date(2200, 11, 28), 4)
    assert entries and max(entry.date for entry in entries) <= dt.date(2200, 12, 31)


def test_each_pillar_s_goal_is_looked_up_once_per_platform_however_many_weeks(monkeypatch):
    strategy = grown_demo("bakery", 3)
    calls = []
    goal = calendar._goal
    monkeypatch.setattr(calendar, "_goal", lambda *args: calls.append(args) or goal(*args))
    entries = build_calendar(strategy, MONDAY, 52)
    pillars = len(strategy.content.pillars)
    platforms = len(strategy.active_platforms())
    assert len(entries) > pillars * platforms
    assert len(calls) <= pillars * platforms
    assert all(entry.goal for entry in entries)


def test_generated_posts_are_spread_over_the_working_day_not_minutes_apart():
    from socialstrategy.core.demos import load_demo

    strategy = load_demo("bakery")
    entries = build_calendar(strategy, dt.date(2027, 3, 1), 2)
    times = {entry.platform: entry.time for entry in entries}
    assert sorted(times.values()) == [dt.time(9), dt.time(11), dt.time(13), dt.time(15)]
    assert all(dt.time(9) <= entry.time < dt.time(17) for entry in entries)


def _busy_bakery():
    """The bakery posting a hundred times a week on each of its platforms."""
    from socialstrategy.core.demos import load_demo

    bakery = load_demo("bakery")
    busy = [d.model_copy(update={"posts_per_week": 100.0}) for d in bakery.platforms if d.status == "use"]
    return bakery.model_copy(update={"platforms": busy})


def test_a_calendar_that_would_hold_more_posts_than_any_team_carries_is_refused_naming_the_weeks():
    import pytest

    from socialstrategy.core.model import MAX_CALENDAR_ENTRIES
    from socialstrategy.core.planning.calendar import CalendarError, build_calendar

    with pytest.raises(CalendarError) as refused:
        build_calendar(_busy_bakery(), dt.date(2027, 1, 4), 104)
    assert refused.value.field == "weeks"
    text = refused.value.text("de")
    assert "mehr als die 5.000, die ein Redaktionsplan fasst" in text and "Beiträge in 104 Wochen" in text
    assert MAX_CALENDAR_ENTRIES == 5_000
    assert len(build_calendar(_busy_bakery(), dt.date(2027, 1, 4), 4)) <= MAX_CALENDAR_ENTRIES


def test_a_file_with_more_posts_than_a_calendar_holds_is_refused_at_the_calendar():
    import pytest
    from pydantic import ValidationError

    from socialstrategy.core.demos import load_demo
    from socialstrategy.core.model import MAX_CALENDAR_ENTRIES, Strategy

    data = load_demo("bakery").model_dump()
    entry = data["content"]["calendar"][0]
    data["content"]["calendar"] = [entry | {"id": f"p{n}"} for n in range(MAX_CALENDAR_ENTRIES + 1)]
    with pytest.raises(ValidationError) as refused:
        Strategy.model_validate(data)
    assert [error["loc"] for error in refused.value.errors()] == [("content", "calendar")]
