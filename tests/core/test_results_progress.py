"""Progress against the strategy's own targets: per KPI, goal and corporate objective."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from socialstrategy.core.demos import load_demo
from socialstrategy.core.model import KPI, CorporateObjective, Goal, Strategy
from socialstrategy.core.results import Fact, build_results, import_files
from socialstrategy.core.results.demo import demo_facts
from socialstrategy.core.results.facts import daily_series
from socialstrategy.core.results.mapping import measured
from socialstrategy.core.results.progress import kpi_result
from socialstrategy.core.results.report import results_csv, results_data, results_text

START, DUE = dt.date(2026, 1, 1), dt.date(2026, 12, 31)


def _kpi(**overrides) -> KPI:
    values = {"metric": "Followers", "measure": "followers", "platform": "instagram", "baseline": 100.0,
              "target": 200.0, "since": START, "due": DUE} | overrides  # fmt: skip
    return KPI(**values)


def _result(kpi: KPI, facts: list[Fact], as_of: dt.date):
    return kpi_result("g", kpi, daily_series(facts), as_of)


def _followers(day: dt.date, value: float) -> Fact:
    return Fact(day, "instagram", "followers", value)


@pytest.mark.parametrize(
    ("value", "status"), [(230.0, "achieved"), (175.0, "ahead"), (150.0, "on_track"), (120.0, "behind")]
)
def test_a_level_kpi_is_judged_against_its_straight_pace_line(value, status):
    result = _result(_kpi(), [_followers(dt.date(2026, 7, 2), value)], dt.date(2026, 7, 2))
    assert result.expected_progress == pytest.approx(0.5, abs=0.01)
    assert result.status == status


def test_a_reduction_is_progress_when_the_figure_falls():
    kpi = _kpi(
        metric="Support cases", measure="custom", id="k-cases", baseline=300.0, target=200.0, per="month"
    )
    facts = [Fact(START + dt.timedelta(days=n), "website", "k-cases", 250 / 30) for n in range(200)]
    kpi = kpi.model_copy(update={"platform": "website"})
    result = _result(kpi, facts, dt.date(2026, 7, 19))
    assert result.actual == pytest.approx(250)
    assert result.progress == pytest.approx(0.5)


def test_a_monthly_sum_needs_a_full_month_of_figures():
    kpi = _kpi(measure="reach", baseline=1000.0, target=2000.0, per="month")
    facts = [Fact(dt.date(2026, 3, 1) + dt.timedelta(days=n), "instagram", "reach", 50.0) for n in range(40)]
    assert _result(kpi, facts[:20], dt.date(2026, 3, 20)).status == "no_data"
    full = _result(kpi, facts, dt.date(2026, 4, 9))
    assert full.actual == 1500 and full.actual_date == dt.date(2026, 4, 9)


def test_followers_are_the_baseline_plus_the_new_followers_when_the_export_counts_only_those():
    kpi = _kpi(platform="youtube")
    facts = [Fact(dt.date(2026, 2, n), "youtube", "new_followers", 2.0) for n in range(1, 11)]
    assert _result(kpi, facts, dt.date(2026, 2, 10)).actual == 120


def test_it_names_what_is_missing_when_a_kpi_cannot_be_measured():
    vague = _result(KPI(metric="Average Google rating", baseline=4.4, target=4.7, due=DUE), [], DUE)
    assert vague.status == "not_measurable"
    assert "Choose the metric" in vague.notes[0].render("en")
    unsmart = _result(_kpi(target=None), [], DUE)
    assert unsmart.status == "not_measurable" and "baseline, a target and a deadline" in str(unsmart.notes[0])
    empty = _result(_kpi(), [], DUE)
    assert empty.status == "no_data" and "No figures for “Followers” (Instagram)" in str(empty.notes[0])


def test_behind_plan_says_what_is_needed_per_month_and_the_recent_trend():
    facts = [_followers(START + dt.timedelta(days=n), 100 + n * 0.05) for n in range(182)]
    result = _result(_kpi(), facts, dt.date(2026, 7, 1))
    assert result.status == "behind"
    assert result.trend_per_month == pytest.approx(1.5, abs=0.01)
    assert result.needed_per_month == pytest.approx((200 - result.actual) / 183 * 30)
    assert "per month are needed to reach the target by 2026-12-31" in result.notes[-1].render("en")
    assert "31.12.2026" in result.notes[-1].render("de")


def test_old_figures_are_a_finding():
    result = _result(_kpi(), [_followers(dt.date(2026, 3, 1), 130.0)], dt.date(2026, 5, 1))
    assert "time for a new export" in str(result.notes[-1])


def test_it_reads_the_metric_and_period_of_free_text_kpis_in_german_and_english():
    assert measured(KPI(metric="Monatliche Reichweite auf Instagram")).metric == "reach"
    assert measured(KPI(metric="Routenanfragen pro Monat")).metric == "direction_requests"
    assert measured(KPI(metric="Link clicks per week")).per == "week"
    assert measured(KPI(metric="Qualified applications for engineering roles")).metric == "applications"
    assert measured(KPI(metric="Watch time of how-to videos")) is None


def _tree() -> Strategy:
    objectives = [
        CorporateObjective(id="o1", statement="Grow"),
        CorporateObjective(id="o2", statement="Hire"),
    ]
    goals = [
        Goal(id="g1", type="awareness", statement="Known", serves=["o1"], kpis=[_kpi(id="a")]),
        Goal(
            id="g2",
            type="recruiting",
            statement="Apply",
            serves=["o1", "o2"],
            kpis=[_kpi(id="b", platform="linkedin")],
        ),
    ]
    return Strategy(corporate_objectives=objectives, goals=goals)


def test_goals_and_objectives_roll_up_along_the_goal_tree():
    facts = [
        _followers(dt.date(2026, 7, 2), 230.0),
        Fact(dt.date(2026, 7, 2), "linkedin", "followers", 110.0),
    ]
    results = build_results(_tree(), facts, dt.date(2026, 7, 2))
    assert [(g.identifier, g.status) for g in results.goals] == [("g1", "achieved"), ("g2", "behind")]
    assert [(o.identifier, o.status, o.parts) for o in results.objectives] == [
        ("o1", "behind", ("g1", "g2")),
        ("o2", "behind", ("g2",)),
    ]


def test_the_json_has_the_documented_shape():
    data = results_data(build_results(_tree(), [_followers(dt.date(2026, 7, 2), 150.0)], dt.date(2026, 7, 2)))
    assert set(data) == {"as_of", "latest_data", "kpis", "goals", "objectives"}
    documented = {"goal", "kpi", "metric", "platform", "baseline", "target", "due", "actual", "actual_date",
                  "progress", "expected_progress", "status"}  # fmt: skip
    assert documented <= set(data["kpis"][0])
    json.dumps(data)


@pytest.mark.parametrize("name", ["bakery", "practice", "sensors"])
def test_every_demo_round_trips_twelve_months_from_import_to_report(name):
    strategy = load_demo(name)
    facts = demo_facts(strategy, START)
    csv_text = "date,platform,metric,value\n" + "".join(
        f"{f.day.isoformat()},{f.platform},{f.metric},{f.value}\n" for f in facts
    )
    [imported] = import_files([("demo.csv", csv_text.encode())])
    direct, round_trip = build_results(strategy, facts, DUE), build_results(strategy, imported.facts, DUE)
    assert results_data(direct) == results_data(round_trip)
    statuses = {kpi.status for kpi in direct.kpis}
    assert "behind" in statuses and statuses & {"on_track", "ahead", "achieved"}
    assert "not_measurable" not in statuses  # the demos name what each KPI measures
    assert len(results_csv(direct).splitlines()) > 12
    assert "[" in results_text(direct, strategy.language)
