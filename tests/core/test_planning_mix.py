import datetime as dt

from planning_strategies import planning_strategy

from socialstrategy.core.checks import run_rule
from socialstrategy.core.checks.mix import check_events_have_content
from socialstrategy.core.checks.planning_rules import calendar_entry_on_holiday
from socialstrategy.core.planning.calendar import apply_calendar, build_calendar
from socialstrategy.core.planning.mix import mix_matrix


def test_the_matrix_marks_which_goal_works_on_which_of_the_four_ps():
    matrix = mix_matrix(planning_strategy())
    assert matrix.elements == ["product", "price", "place", "promotion"]
    assert matrix.cells["g-awareness"]["product"] is True
    assert matrix.cells["g-recruiting"]["product"] is False
    assert matrix.uncovered_goals() == ["g-recruiting"]
    assert matrix.unused_elements() == ["price", "place", "promotion"]


def test_the_matrix_shows_seven_ps_once_people_process_or_physical_evidence_is_filled():
    strategy = planning_strategy(marketing_mix={"people": {"goals": ["g-recruiting"]}})
    matrix = mix_matrix(strategy)
    assert len(matrix.elements) == 7
    assert matrix.as_dict()["uncovered_goals"] == ["g-awareness"]


def _with_calendar(entries):
    strategy = planning_strategy()
    strategy.content.calendar = entries
    return strategy


LATER = {"date": dt.date(2026, 12, 20), "platform": "facebook", "title": "After the sale"}


def test_an_event_in_the_calendar_period_without_content_around_it_is_a_finding():
    earlier = {"date": dt.date(2026, 11, 1), "platform": "facebook", "title": "Autumn"}
    [finding] = run_rule(check_events_have_content, _with_calendar([earlier, LATER]))
    assert finding.code == "event-without-content"
    assert finding.path == "marketing_mix.events[0]"
    assert "Stollen sale" in finding.as_dict("en")["message"]


def test_a_post_in_the_two_weeks_before_the_event_supports_it():
    entry = {"date": dt.date(2026, 12, 1), "platform": "instagram", "title": "Stollen is coming"}
    assert run_rule(check_events_have_content, _with_calendar([entry, LATER])) == []


def test_a_post_linked_to_the_event_supports_it_even_when_earlier():
    entry = {
        "date": dt.date(2026, 10, 1),
        "platform": "instagram",
        "title": "Save the date",
        "event": "e-stollen",
    }
    assert run_rule(check_events_have_content, _with_calendar([entry, LATER])) == []


def test_a_post_long_before_or_cancelled_does_not_count():
    early = {"date": dt.date(2026, 11, 20), "platform": "instagram", "title": "Too early for the window"}
    cancelled = {"date": dt.date(2026, 12, 9), "platform": "instagram", "title": "x", "status": "cancelled"}
    assert len(run_rule(check_events_have_content, _with_calendar([early, cancelled, LATER]))) == 1


def test_a_generated_calendar_supports_every_event_in_its_period():
    strategy = planning_strategy()
    strategy = apply_calendar(strategy, build_calendar(strategy, dt.date(2026, 11, 30), 6))
    assert run_rule(check_events_have_content, strategy) == []


def test_a_post_on_a_bavarian_public_holiday_is_reported():
    entry = {"date": dt.date(2027, 1, 6), "platform": "instagram", "title": "Epiphany post"}
    [finding] = run_rule(calendar_entry_on_holiday, _with_calendar([entry]))
    assert finding.path == "content.calendar[0]"
    assert finding.code == "calendar-entry-on-holiday"
