"""The best feasible plan when the strategy asks for more hours than there are.

A small mixed-integer programme solved with scipy's ``milp`` (HiGHS); ``docs/planning.md``
writes it out. In short: choose posts per platform and format, at most as many as planned, to
maximise goal-weighted value within the team's hours plus the hours the budget can buy. A
platform is either on (with at least its minimum sensible cadence and its community hours) or
dropped altogether.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import Bounds, LinearConstraint, milp

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.capacity import Cadence, cadences, capacity

PERIOD_WEEKS = 4
"""Posts are counted per four weeks, so that a cadence of 0.25 or 0.5 a week is a whole number."""
PRIORITY_WEIGHTS = {"high": 3.0, "medium": 2.0, "low": 1.0}
_EPSILON = 1e-6  # makes the solver prefer the team's own hours over bought ones

REASON_DROPPED = N_(
    "{platform} dropped: its minimum of {min_posts} posts a week plus {community_hours} h of "
    "community management do not fit in the hours together with what was kept."
)
REASON_REDUCED = N_(
    "{format} on {platform} reduced from {planned} to {chosen} a week to fit the hours: at "
    "{hours_per_post} h per post it brings {value_per_hour} value points per hour."
)


@dataclass(frozen=True)
class Option:
    """One platform and format the optimiser may schedule, with its planned cadence."""

    platform: str
    format: str
    planned: float
    hours_per_post: float
    value_per_post: float

    @property
    def value_per_hour(self) -> float:
        return self.value_per_post / self.hours_per_post if self.hours_per_post else math.inf


@dataclass(frozen=True)
class PlatformOption:
    platform: str
    community_hours: float
    min_posts_per_week: float
    options: list[Option]


@dataclass(frozen=True)
class Cut:
    """What the suggested plan schedules less of than planned, and why (a code plus params)."""

    platform: str
    format: str
    planned: float
    chosen: float
    reason: str
    message: str
    params: dict[str, object]

    def as_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "format": self.format,
            "planned": self.planned,
            "chosen": self.chosen,
            "reason": self.reason,
            "message": self.message,
            "params": self.params,
        }


@dataclass(frozen=True)
class SuggestedPlan:
    cadences: list[Cadence]
    hours: float
    """Hours per week the suggested plan needs, community management included."""
    bought_hours: float
    value: float
    cuts: list[Cut]

    def as_dict(self) -> dict[str, Any]:
        return {
            "cadences": [
                {"platform": c.platform, "format": c.format, "posts_per_week": c.posts_per_week}
                for c in self.cadences
            ],
            "hours": round(self.hours, 2),
            "bought_hours": round(self.bought_hours, 2),
            "value": round(self.value, 2),
            "cuts": [cut.as_dict() for cut in self.cuts],
        }


class InfeasiblePlan(ValueError):
    """The solver found no plan; with every platform allowed to drop, this means bad input."""


def optimise(platforms: list[PlatformOption], hours: float, buyable_hours: float = 0.0) -> SuggestedPlan:
    """Choose posts per platform and format to maximise value within ``hours`` (+ ``buyable_hours``).

    Variables, in this order: posts per four weeks for every option (integer), one on/off
    switch per platform (binary), bought hours per week (continuous, at most ``buyable_hours``).
    """
    options = [opt for platform in platforms for opt in platform.options]
    if not options:
        return SuggestedPlan([], hours=0.0, bought_hours=0.0, value=0.0, cuts=[])
    n_x, n_y = len(options), len(platforms)
    upper_x = [math.floor(opt.planned * PERIOD_WEEKS + 1e-9) for opt in options]
    cost = np.concatenate(
        [[-opt.value_per_post / PERIOD_WEEKS for opt in options], np.zeros(n_y), [_EPSILON]]
    )
    constraints = [_hours_row(platforms, options, hours)]
    constraints += _platform_rows(platforms, options, upper_x)
    result = milp(
        cost,
        constraints=constraints,
        integrality=np.concatenate([np.ones(n_x + n_y), [0]]),
        bounds=Bounds(np.zeros(n_x + n_y + 1), np.array([*upper_x, *[1] * n_y, max(buyable_hours, 0.0)])),
    )
    if result.x is None:
        raise InfeasiblePlan(result.message)
    return _suggested_plan(platforms, options, result.x, upper_x)


def suggest_plan(strategy: Strategy) -> SuggestedPlan:
    """The best plan for the strategy's own cadences, team hours and budget."""
    load = capacity(strategy)
    return optimise(platform_options(strategy), load.available, load.buyable)


def platform_options(strategy: Strategy) -> list[PlatformOption]:
    """The optimiser's input from the strategy: effort figures, minimum cadences, goal values."""
    model = effort_model(strategy)
    by_platform: dict[str, list[Cadence]] = {}
    for cadence in cadences(strategy, model):
        by_platform.setdefault(cadence.platform, []).append(cadence)
    result = []
    for platform, items in by_platform.items():
        value = goal_value(strategy, platform)
        options = [
            Option(
                platform, c.format, c.posts_per_week, model.hours_per_post(platform, c.format).value, value
            )
            for c in items
        ]
        community = model.community_hours(platform).value
        result.append(PlatformOption(platform, community, model.min_posts_per_week(platform).value, options))
    return result


def goal_value(strategy: Strategy, platform: str) -> float:
    """Value of one post on ``platform``: the summed priority weights of the goals it serves (≥ 1)."""
    priorities = {goal.id: goal.priority for goal in strategy.goals}
    goals = [d.goals for d in strategy.active_platforms() if d.platform == platform]
    weights = [PRIORITY_WEIGHTS[priorities[g]] for ids in goals for g in ids if g in priorities]
    return sum(weights) or 1.0


def _hours_row(platforms: list[PlatformOption], options: list[Option], hours: float) -> LinearConstraint:
    """Post hours + community hours of the platforms kept - bought hours <= team hours."""
    row = [opt.hours_per_post / PERIOD_WEEKS for opt in options]
    row += [platform.community_hours for platform in platforms] + [-1.0]
    return LinearConstraint(np.array([row]), -np.inf, hours)


def _platform_rows(
    platforms: list[PlatformOption], options: list[Option], upper_x: list[int]
) -> list[LinearConstraint]:
    """Per platform: no posts when off; when on, at least the minimum cadence (or all it planned)."""
    n_x, n_y = len(options), len(platforms)
    rows_max, rows_min = [], []
    for index, platform in enumerate(platforms):
        members = [i for i, opt in enumerate(options) if opt.platform == platform.platform]
        planned = sum(upper_x[i] for i in members)
        floor = min(math.ceil(platform.min_posts_per_week * PERIOD_WEEKS - 1e-9), planned)
        row = np.zeros(n_x + n_y + 1)
        row[members] = 1.0
        rows_max.append(_with(row, n_x + index, -float(planned)))
        rows_min.append(_with(row, n_x + index, -float(floor)))
    return [
        LinearConstraint(np.array(rows_max), -np.inf, 0.0),
        LinearConstraint(np.array(rows_min), 0.0, np.inf),
    ]


def _with(row: Any, index: int, value: float) -> Any:
    copy = row.copy()
    copy[index] = value
    return copy


def _suggested_plan(
    platforms: list[PlatformOption], options: list[Option], x: Any, upper_x: list[int]
) -> SuggestedPlan:
    counts = [round(float(v)) for v in x[: len(options)]]
    kept = {p.platform for i, p in enumerate(platforms) if round(float(x[len(options) + i])) == 1}
    chosen = [
        Cadence(opt.platform, opt.format, count / PERIOD_WEEKS)
        for opt, count in zip(options, counts, strict=True)
        if count > 0
    ]
    post_hours = sum(
        opt.hours_per_post * count / PERIOD_WEEKS for opt, count in zip(options, counts, strict=True)
    )
    community = sum(p.community_hours for p in platforms if p.platform in kept)
    value = sum(opt.value_per_post * count / PERIOD_WEEKS for opt, count in zip(options, counts, strict=True))
    cuts = _cuts(platforms, options, counts, upper_x, kept)
    return SuggestedPlan(chosen, post_hours + community, float(x[-1]), value, cuts)


def _cuts(
    platforms: list[PlatformOption],
    options: list[Option],
    counts: list[int],
    upper_x: list[int],
    kept: set[str],
) -> list[Cut]:
    """One cut per dropped platform (format ``""``) and one per reduced format of a kept one."""
    cuts = [_dropped(p) for p in platforms if p.platform not in kept and any(o.planned for o in p.options)]
    by_platform = {p.platform: p for p in platforms}
    for opt, count, upper in zip(options, counts, upper_x, strict=True):
        if opt.platform in kept and count < upper:
            params = _params(by_platform[opt.platform], opt.format, opt.planned, count / PERIOD_WEEKS)
            params.update(hours_per_post=opt.hours_per_post, value_per_hour=round(opt.value_per_hour, 2))
            cuts.append(
                Cut(
                    opt.platform,
                    opt.format,
                    opt.planned,
                    count / PERIOD_WEEKS,
                    "reduced",
                    REASON_REDUCED,
                    params,
                )
            )
    return cuts


def _dropped(platform: PlatformOption) -> Cut:
    planned = sum(o.planned for o in platform.options)
    params = _params(platform, "", planned, 0.0)
    return Cut(platform.platform, "", planned, 0.0, "platform_dropped", REASON_DROPPED, params)


def _params(platform: PlatformOption, format_id: str, planned: float, chosen: float) -> dict[str, object]:
    return {
        "platform": platform.platform,
        "format": format_id,
        "planned": planned,
        "chosen": chosen,
        "min_posts": platform.min_posts_per_week,
        "community_hours": platform.community_hours,
    }
