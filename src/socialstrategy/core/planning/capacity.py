"""Capacity: the hours the planned posts and community work need against the hours there are."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from socialstrategy.core.knowledge.effort import EffortModel, Figure, effort_model
from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.effort import formats_of, weekly_budget


@dataclass(frozen=True)
class Cadence:
    """How many posts a week of one format go out on one platform."""

    platform: str
    format: str
    posts_per_week: float


@dataclass(frozen=True)
class FormatLoad:
    format: str
    posts_per_week: float
    hours_per_post: Figure

    @property
    def hours(self) -> float:
        return self.posts_per_week * self.hours_per_post.value


@dataclass(frozen=True)
class PlatformLoad:
    platform: str
    formats: list[FormatLoad]
    community: Figure

    @property
    def post_hours(self) -> float:
        return sum(item.hours for item in self.formats)

    @property
    def hours(self) -> float:
        return self.post_hours + self.community.value

    def as_dict(self) -> dict[str, Any]:
        return {
            "platform": self.platform,
            "posts_per_week": sum(item.posts_per_week for item in self.formats),
            "post_hours": round(self.post_hours, 2),
            "community_hours": self.community.value,
            "hours": round(self.hours, 2),
            "community_source": self.community.as_dict(),
            "formats": [
                {
                    "format": item.format,
                    "posts_per_week": item.posts_per_week,
                    "hours_per_post": item.hours_per_post.value,
                    "hours": round(item.hours, 2),
                    "source": item.hours_per_post.as_dict(),
                }
                for item in self.formats
            ],
        }


@dataclass(frozen=True)
class Capacity:
    """Required against available hours per week for the whole team."""

    platforms: list[PlatformLoad]
    available: float
    """Hours per week the team has for social media."""
    buyable: float
    """Hours per week the production and agency budget could buy on top."""
    hourly_rate: Figure = field(default_factory=lambda: Figure(0.0))

    @property
    def required(self) -> float:
        return sum(load.hours for load in self.platforms)

    @property
    def community_hours(self) -> float:
        return sum(load.community.value for load in self.platforms)

    @property
    def is_over(self) -> bool:
        return self.required > self.available + self.buyable + 1e-9

    def as_dict(self) -> dict[str, Any]:
        return {
            "required": round(self.required, 2),
            "available": round(self.available, 2),
            "buyable": round(self.buyable, 2),
            "hourly_rate": self.hourly_rate.as_dict(),
            "is_over": self.is_over,
            "platforms": [load.as_dict() for load in self.platforms],
        }


def cadences(strategy: Strategy, model: EffortModel | None = None) -> list[Cadence]:
    """Posts per week per platform and format: a platform's cadence split evenly over its formats."""
    model = model or effort_model(strategy)
    result: list[Cadence] = []
    for decision in strategy.active_platforms():
        formats = formats_of(decision, model)
        per_format = (decision.posts_per_week or 0.0) / len(formats)
        result.extend(Cadence(decision.platform, fmt, per_format) for fmt in formats)
    return result


def capacity(strategy: Strategy, plan: list[Cadence] | None = None) -> Capacity:
    """Hours the plan (by default the strategy's own cadences) needs per week, per platform."""
    model = effort_model(strategy)
    plan = cadences(strategy, model) if plan is None else plan
    platforms = list(dict.fromkeys(p.platform for p in strategy.active_platforms()))
    loads = [_platform_load(model, platform, plan) for platform in platforms]
    loads = [load for load in loads if load.formats]
    rate = model.hourly_rate()
    buyable = weekly_budget(strategy) / rate.value if rate.value else 0.0
    available = sum(member.hours_per_week for member in strategy.team())
    return Capacity(loads, available, buyable, rate)


def _platform_load(model: EffortModel, platform: str, plan: list[Cadence]) -> PlatformLoad:
    formats = [
        FormatLoad(item.format, item.posts_per_week, model.hours_per_post(platform, item.format))
        for item in plan
        if item.platform == platform
    ]
    return PlatformLoad(platform, formats, model.community_hours(platform))
