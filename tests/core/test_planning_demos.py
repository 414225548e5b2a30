import datetime as dt

import icalendar
import pytest

from socialstrategy.core.checks import run_checks
from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.planning.calendar import apply_calendar, build_calendar, community_owners
from socialstrategy.core.planning.exports import EXPORTERS, SCHEDULER_FORMATS, render_ics
from socialstrategy.core.planning.plan import make_plan

START = dt.date(2027, 1, 4)


@pytest.mark.parametrize("name", list_demos())
def test_the_demo_fits_its_team_with_every_post_and_community_task_owned(name):
    plan = make_plan(load_demo(name), START, 12)
    assert not plan.capacity.is_over and plan.suggestion is None
    assert plan.unassigned_hours == 0
    assert None not in plan.community.values()
    for person in plan.people:
        assert person.load <= person.available + 1e-9


@pytest.mark.parametrize("name", list_demos())
def test_a_generated_year_of_the_demo_supports_its_events_and_exports(name):
    strategy = load_demo(name)
    strategy = apply_calendar(strategy, build_calendar(strategy, START, 52))
    codes = {f.code for f in run_checks(strategy)}
    assert "event-without-content" not in codes
    assert "calendar-entry-on-holiday" not in codes
    events = icalendar.Calendar.from_ical(render_ics(strategy, strategy.language)[2]).walk("VEVENT")
    assert len(events) == len([e for e in strategy.content.calendar if e.status != "cancelled"])
    for fmt, render in EXPORTERS.items():
        content = render(strategy, strategy.language)[2]
        assert content or fmt in SCHEDULER_FORMATS  # a generated calendar holds no ready post


def test_the_bakery_community_work_goes_to_people_rated_on_the_platform():
    owners = community_owners(load_demo("bakery"))
    assert owners["instagram"] == "lea" and owners["tiktok"] == "tim" and owners["facebook"] == "sabine"
