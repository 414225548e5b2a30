"""Rules on resources: people, hours, capacity, budget and tools (resources, step 8 of the process).

The capacity rules compare the work the platform decisions ask for with the hours the team has,
using the one effort model (``core/knowledge/effort.py`` over ``core/knowledge/data/effort.yaml``,
every figure with its source or marked as an assumption; ``docs/planning.md``). A strategy overrides it in
``resources.effort``.
"""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.capacity import capacity
from socialstrategy.core.vocabulary import COMPETENCE_IDS

TIGHT_CAPACITY = 0.9
"""Above this share of the team's hours, sickness or holidays already break the plan."""


def team_hours(strategy: Strategy) -> float:
    """Hours per week the team has for social media."""
    return sum(member.hours_per_week for member in strategy.team())


def weekly_demand(strategy: Strategy) -> dict[str, float]:
    """Estimated hours per week by platform, for the platforms in use or test."""
    return {load.platform: load.hours for load in capacity(strategy).platforms}


@rule(
    "no-team-hours",
    "resources",
    "error",
    N_("Nobody has hours for social media."),
    N_("Add the people who will do the work and the hours per week they really have for it."),
)
def check_team_hours(strategy: Strategy) -> Iterator[Place]:
    if team_hours(strategy) <= 0:
        yield at("resources.team")


@rule(
    "capacity-exceeded",
    "resources",
    "error",
    N_("The plan needs about {demand} hours a week, but the team has {capacity}."),
    N_(
        "Post less often, choose formats that take less time, drop a platform or find more hours. "
        "Effort per post is explained in the documentation of this check."
    ),
)
def check_capacity(strategy: Strategy) -> Iterator[Place]:
    capacity, demand = team_hours(strategy), sum(weekly_demand(strategy).values())
    if capacity > 0 and demand > capacity:
        yield at("resources.team", demand=round(demand, 1), capacity=round(capacity, 1))


@rule(
    "capacity-tight",
    "resources",
    "info",
    N_("The plan uses {share}% of the team's hours; there is little room for holidays or sick days."),
    N_("Keep some hours in reserve, or plan posts that can be prepared in advance."),
)
def check_capacity_margin(strategy: Strategy) -> Iterator[Place]:
    capacity, demand = team_hours(strategy), sum(weekly_demand(strategy).values())
    if capacity > 0 and TIGHT_CAPACITY * capacity < demand <= capacity:
        yield at("resources.team", share=round(100 * demand / capacity))


@rule(
    "unknown-competence",
    "resources",
    "warning",
    N_("“{competence}” is not a known competence."),
    N_(
        "Use one of the competences of the workshop, "
        "e.g. copywriting, video, community_management "
        "or platform_instagram."
    ),
)
def check_competence_ids(strategy: Strategy) -> Iterator[Place]:
    for index, member in enumerate(strategy.team()):
        for name in member.competences:
            if name not in COMPETENCE_IDS:
                yield at(f"resources.team[{index}].competences.{name}", competence=name)


@rule(
    "no-budget",
    "resources",
    "warning",
    N_("No budget is planned."),
    N_("Even a small budget for ads, tools or training should be written down; enter 0 if there is none."),
)
def check_budget(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.resources and strategy.resources.budget):
        yield at("resources.budget")


@rule(
    "mixed-currencies",
    "resources",
    "warning",
    N_("The budget mixes currencies ({currencies}), so it cannot be added up."),
    N_("Enter all budget lines in one currency."),
)
def check_currencies(strategy: Strategy) -> Iterator[Place]:
    budget = strategy.resources.budget if strategy.resources else []
    currencies = sorted({line.currency for line in budget})
    if len(currencies) > 1:
        yield at("resources.budget", currencies=currencies)


@rule(
    "no-tools",
    "resources",
    "info",
    N_("No tools are listed for planning, publishing or answering."),
    N_("Note which tools the team uses, even if they are free."),
)
def check_tools(strategy: Strategy) -> Iterator[Place]:
    if strategy.active_platforms() and not (strategy.resources and strategy.resources.tools):
        yield at("resources.tools")
