"""Rules that prepare the results after launch (goals, step 3 of the process): a KPI must name,
in a form the results import understands, what it measures (docs/results.md)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.results.mapping import measured


@rule(
    "kpi-not-measurable",
    "goals",
    "info",
    N_("The results cannot measure the KPI “{metric}” of goal “{id}” yet."),
    N_(
        "Choose what it is measured as (followers, reach, calls, …), or a custom"
        " metric whose figures you enter by hand; a custom metric needs an id."
    ),
)
def check_kpis_are_measurable(strategy: Strategy) -> Iterator[Place]:
    for index, goal in enumerate(strategy.goals):
        for number, kpi in enumerate(goal.kpis):
            if measured(kpi) is None:
                yield at(f"goals[{index}].kpis[{number}].measure", id=goal.id, metric=kpi.metric)
