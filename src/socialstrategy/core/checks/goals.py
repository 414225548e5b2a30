"""Rules on social media goals and their KPIs (goals, step 3 of the process).

A goal must serve a corporate objective (the source text's central rule) and be measurable: each
KPI needs a target and a deadline (SMART).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy


@rule(
    "no-goals",
    "goals",
    "error",
    N_("The strategy has no social media goals yet."),
    N_("What should social media achieve: attention, customers, insights, sales, applicants, …?"),
)
def check_goals_exist(strategy: Strategy) -> Iterator[Place]:
    if not strategy.goals:
        yield at("goals")


@rule(
    "goal-without-objective",
    "goals",
    "error",
    N_("The goal “{id}” serves no corporate objective."),
    N_(
        "Name the corporate objective it supports, or drop the goal: a social media goal "
        "without a business purpose leads to activity without results."
    ),
)
def check_goals_serve_objectives(strategy: Strategy) -> Iterator[Place]:
    """The source text's central rule: every goal relates to the corporate objectives."""
    for index, goal in enumerate(strategy.goals):
        if not goal.serves:
            yield at(f"goals[{index}].serves", id=goal.id)


@rule(
    "goal-without-kpi",
    "goals",
    "warning",
    N_("The goal “{id}” has no KPI, so nobody will know whether it was reached."),
    N_("Add a key figure with baseline, target and deadline, e.g. followers, enquiries or applications."),
)
def check_goals_have_kpis(strategy: Strategy) -> Iterator[Place]:
    for index, goal in enumerate(strategy.goals):
        if not goal.kpis:
            yield at(f"goals[{index}].kpis", id=goal.id)


@rule(
    "kpi-without-target",
    "goals",
    "error",
    N_("The KPI “{metric}” of goal “{id}” has no target value."),
    N_("State the value to reach; without it the KPI cannot tell success from failure."),
)
def check_kpi_targets(strategy: Strategy) -> Iterator[Place]:
    for index, goal in enumerate(strategy.goals):
        for number, kpi in enumerate(goal.kpis):
            if kpi.target is None:
                yield at(f"goals[{index}].kpis[{number}].target", id=goal.id, metric=kpi.metric)


@rule(
    "kpi-without-deadline",
    "goals",
    "error",
    N_("The KPI “{metric}” of goal “{id}” has no deadline."),
    N_("Add the date by which the target should be reached."),
)
def check_kpi_deadlines(strategy: Strategy) -> Iterator[Place]:
    for index, goal in enumerate(strategy.goals):
        for number, kpi in enumerate(goal.kpis):
            if kpi.due is None:
                yield at(f"goals[{index}].kpis[{number}].due", id=goal.id, metric=kpi.metric)


@rule(
    "kpi-without-baseline",
    "goals",
    "info",
    N_("The KPI “{metric}” of goal “{id}” has no baseline."),
    N_("Note today's value (0 for a new channel) so progress can be measured."),
)
def check_kpi_baselines(strategy: Strategy) -> Iterator[Place]:
    for index, goal in enumerate(strategy.goals):
        for number, kpi in enumerate(goal.kpis):
            if kpi.baseline is None and kpi.target is not None:
                yield at(f"goals[{index}].kpis[{number}].baseline", id=goal.id, metric=kpi.metric)


@rule(
    "kpi-target-equals-baseline",
    "goals",
    "warning",
    N_("The KPI “{metric}” of goal “{id}” aims at the value it already has."),
    N_("Set a target that describes a change, or say why holding the level is the goal."),
)
def check_kpi_ambition(strategy: Strategy) -> Iterator[Place]:
    for index, goal in enumerate(strategy.goals):
        for number, kpi in enumerate(goal.kpis):
            if kpi.target is not None and kpi.target == kpi.baseline:
                yield at(f"goals[{index}].kpis[{number}].target", id=goal.id, metric=kpi.metric)


@rule(
    "kpi-due-after-objective",
    "goals",
    "warning",
    N_("The KPI “{metric}” is due on {due}, after the corporate objectives of goal “{id}” ({latest})."),
    N_("Bring the deadline forward so that the result can still help the business objective."),
)
def check_kpi_due_within_objectives(strategy: Strategy) -> Iterator[Place]:
    """A KPI that is due after every objective it serves arrives too late to help."""
    due_by_objective = {o.id: o.due for o in strategy.corporate_objectives if o.due}
    for index, goal in enumerate(strategy.goals):
        latest = _latest([due_by_objective[o] for o in goal.serves if o in due_by_objective])
        for number, kpi in enumerate(goal.kpis):
            if latest and kpi.due and kpi.due > latest:
                yield at(
                    f"goals[{index}].kpis[{number}].due",
                    id=goal.id,
                    metric=kpi.metric,
                    due=kpi.due.isoformat(),
                    latest=latest.isoformat(),
                )


@rule(
    "kpi-platform-not-active",
    "goals",
    "warning",
    N_("The KPI “{metric}” is measured on {platform}, which the strategy does not use."),
    N_("Measure it on a platform in use, or change the platform decision to use or test."),
    waits_for="platforms",
)
def check_kpi_platforms(strategy: Strategy) -> Iterator[Place]:
    inactive = {p.platform for p in strategy.platforms if not p.is_active}
    for index, goal in enumerate(strategy.goals):
        for number, kpi in enumerate(goal.kpis):
            if kpi.platform in inactive:
                yield at(f"goals[{index}].kpis[{number}].platform", metric=kpi.metric, platform=kpi.platform)


@rule(
    "goal-without-platform",
    "goals",
    "warning",
    N_("No platform in use works towards the goal “{id}”."),
    N_("Add the goal to a platform decision, or reconsider whether the goal belongs to this strategy."),
    waits_for="platforms",
)
def check_goals_have_platforms(strategy: Strategy) -> Iterator[Place]:
    pursued = {goal for decision in strategy.active_platforms() for goal in decision.goals}
    if not strategy.active_platforms():
        return
    for index, goal in enumerate(strategy.goals):
        if goal.id not in pursued:
            yield at(f"goals[{index}]", id=goal.id)


def _latest(dates: list[dt.date]) -> dt.date | None:
    return max(dates) if dates else None
