"""What the documents take from the other topics' modules, when those are installed.

The knowledge base, the recommendation, the planners and the check are built in parallel with
the documents. Each function here imports its source lazily and answers "nothing" when it is
missing, so the documents render what the strategy holds and gain chapters as modules land.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from socialstrategy.core.model import Strategy


@dataclass(frozen=True)
class Source:
    """Where a figure in the document comes from."""

    title: str
    url: str
    year: int | str | None
    used_for: str


def reach_by_age(strategy: Strategy) -> dict[str, dict[str, float | None]]:
    """Percent of each age group using each active platform, when the knowledge base knows it."""
    return {}


def capacity(strategy: Strategy) -> tuple[float, float] | None:
    """Hours per week the platform decisions require and the team has; ``None`` without a plan."""
    demand = weekly_demand(strategy)
    if demand is None or not demand:
        return None
    return sum(demand.values()), sum(member.hours_per_week for member in strategy.team())


def weekly_demand(strategy: Strategy) -> dict[str, float] | None:
    """Estimated hours per week by active platform, from the effort model of the capacity check."""
    try:
        from socialstrategy.core.checks.resources import weekly_demand as demand
    except ImportError:
        return None
    return demand(strategy)


def findings(strategy: Strategy) -> list[Any] | None:
    """The open findings of the strategy check, or ``None`` when the check is not installed."""
    try:
        from socialstrategy.core.checks import run_checks  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return None
    return list(run_checks(strategy))


def sources(strategy: Strategy) -> list[Source]:
    """Sources of every external figure the document shows."""
    return []


@dataclass(frozen=True)
class TrainingNeed:
    """A competence someone must build up: from ``current`` to ``needed`` (1–5)."""

    competence: str
    who: str
    current: int
    needed: int


def training_plan(strategy: Strategy) -> list[TrainingNeed] | None:
    """Competence gaps from the planning module, or ``None`` when it is not installed."""
    return None
