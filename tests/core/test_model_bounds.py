"""Values far beyond any real strategy are refused where they enter, naming the field, so that no
page or export downstream meets a number or date it cannot write (issue #15, defects 4 and 6)."""

from __future__ import annotations

import json

import pytest

from socialstrategy.core.demos import load_demo
from socialstrategy.core.fileformat import StrategyFileError, dump_strategy, loads_strategy


def _bakery() -> dict:
    return json.loads(dump_strategy(load_demo("bakery"), "json"))


def _refused(data: dict) -> list[str]:
    with pytest.raises(StrategyFileError) as error:
        loads_strategy(json.dumps(data), "bakery.json", "json")
    return [problem.path for problem in error.value.problems]


def test_a_kpi_target_of_1e26_is_refused_naming_the_kpi():
    data = _bakery()
    data["goals"][0]["kpis"][0]["target"] = 1e26
    assert _refused(data) == ["goals[0].kpis[0].target"]


def test_ten_to_the_twentieth_employees_are_refused_naming_the_field():
    data = _bakery()
    data["organisation"]["employees"] = 10**20
    assert _refused(data) == ["organisation.employees"]


def test_a_response_time_of_1e308_hours_is_refused():
    data = _bakery()
    data["community"]["response_time_hours"] = 1e308
    assert _refused(data) == ["community.response_time_hours"]


def test_a_budget_of_1e308_a_month_is_refused():
    data = _bakery()
    data["resources"]["budget"][0]["monthly_amount"] = 1e308
    assert _refused(data) == ["resources.budget[0].monthly_amount"]


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_a_kpi_due_in_the_year_1_or_9999_is_refused(day):
    data = _bakery()
    data["goals"][0]["kpis"][0]["due"] = day
    assert _refused(data) == ["goals[0].kpis[0].due"]


def test_a_date_at_the_bounds_is_accepted():
    data = _bakery()
    data["goals"][0]["kpis"][0]["due"] = "2200-12-31"
    assert loads_strategy(json.dumps(data), "bakery.json", "json").goals[0].kpis[0].due.year == 2200


def test_a_json_file_with_a_5000_digit_number_gets_a_message_with_its_line():
    data = _bakery()
    data["organisation"]["employees"] = 0
    body = json.dumps(data, indent=1).replace('"employees": 0', '"employees": ' + "9" * 5000)
    with pytest.raises(StrategyFileError) as error:
        loads_strategy(body, "big.json", "json")
    (problem,) = error.value.problems
    assert "more than 30 digits" in problem.message and problem.line is not None


def test_a_yaml_file_with_a_5000_digit_number_gets_the_same_message_with_its_line():
    body = "schema_version: 1\norganisation:\n  name: Big\n  employees: " + "9" * 5000 + "\n"
    with pytest.raises(StrategyFileError) as error:
        loads_strategy(body, "big.yaml", "yaml")
    (problem,) = error.value.problems
    assert (problem.line, problem.text("de")) == (4, "kein gültiges YAML: eine Zahl mit mehr als 30 Stellen")
    assert loads_strategy("organisation: {name: A, employees: 1_000}\n").organisation.employees == 1000
