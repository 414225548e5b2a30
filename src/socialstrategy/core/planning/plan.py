"""The whole resource plan in one call: capacity per platform and person, competence gaps,
training plan and, when over capacity, the suggested plan. What ``socialstrategy plan`` prints
and the web steps "Resources & competences" show."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from babel.numbers import format_decimal

from socialstrategy.core.i18n import translate
from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.model import CalendarEntry, Strategy
from socialstrategy.core.planning.calendar import (
    build_calendar,
    community_owners,
    first_monday,
    weekly_capacity,
)
from socialstrategy.core.planning.capacity import Capacity, capacity
from socialstrategy.core.planning.competences import (
    Gap,
    Training,
    competence_gaps,
    competence_label,
    training_form_label,
    training_plan,
)
from socialstrategy.core.planning.names import format_label
from socialstrategy.core.vocabulary import platform_name

if TYPE_CHECKING:  # the optimiser pulls in scipy; import it only when a plan is over capacity
    from socialstrategy.core.planning.optimise import SuggestedPlan


@dataclass(frozen=True)
class PersonLoad:
    """Average hours per week one person is planned for, against their hours."""

    member: str
    name: str
    available: float
    community: float
    posts: float

    @property
    def load(self) -> float:
        return self.community + self.posts

    def as_dict(self) -> dict[str, Any]:
        return {
            "member": self.member,
            "name": self.name,
            "available": round(self.available, 2),
            "community_hours": round(self.community, 2),
            "post_hours": round(self.posts, 2),
            "load": round(self.load, 2),
        }


@dataclass(frozen=True)
class Plan:
    start: dt.date
    weeks: int
    capacity: Capacity
    people: list[PersonLoad]
    unassigned_hours: float
    """Post hours per week that no one has time for (on average over the weeks)."""
    community: dict[str, str | None]
    """Who does the community work of each platform (None: nobody has the hours)."""
    gaps: list[Gap]
    training: list[Training]
    suggestion: SuggestedPlan | None
    calendar: list[CalendarEntry]

    def as_dict(self, language: str = "en") -> dict[str, Any]:
        """Plain data for JSON and templates; labels and messages in ``language``."""
        names: dict[str | None, str] = {person.member: person.name for person in self.people}
        return {
            "start": self.start.isoformat(),
            "weeks": self.weeks,
            "capacity": self.capacity.as_dict(),
            "people": [person.as_dict() for person in self.people],
            "unassigned_hours": round(self.unassigned_hours, 2),
            "community": [
                {
                    "platform": load.platform,
                    "hours": load.community.value,
                    "owner": self.community.get(load.platform),
                    "owner_name": names.get(self.community.get(load.platform)),
                }
                for load in self.capacity.platforms
            ],
            "gaps": [
                {
                    **gap.as_dict(),
                    "label": competence_label(gap.competence, language),
                    "best_name": names.get(gap.best),
                }
                for gap in self.gaps
            ],
            "training": [
                {**_training_dict(item, language), "member_name": names.get(item.member)}
                for item in self.training
            ],
            "suggestion": _suggestion_dict(self.suggestion, language) if self.suggestion else None,
        }


def make_plan(strategy: Strategy, start: dt.date, weeks: int = 12) -> Plan:
    """Capacity, competences and, if needed, a suggestion, over ``weeks`` weeks from ``start``."""
    monday = first_monday(start)
    load = capacity(strategy)
    calendar = build_calendar(strategy, monday, weeks)
    people, unassigned = _people(strategy, calendar, weeks)
    suggestion = _suggest(strategy) if load.required > load.available + 1e-9 else None
    return Plan(
        monday,
        weeks,
        load,
        people,
        unassigned,
        community_owners(strategy),
        competence_gaps(strategy),
        training_plan(strategy, monday),
        suggestion,
        calendar,
    )


def cut_message(params: dict[str, object], message: str, language: str) -> str:
    """A cut's reason in ``language``, with platform and format names instead of ids."""
    values: dict[str, Any] = localised(params, language)
    values["platform"] = platform_name(str(params["platform"]), language)
    values["format"] = format_label(str(params["format"]), language) if params["format"] else ""
    return translate(message, language, **values)


def _people(strategy: Strategy, calendar: list[CalendarEntry], weeks: int) -> tuple[list[PersonLoad], float]:
    model = effort_model(strategy)
    for_posts = weekly_capacity(strategy, model)
    hours: dict[str | None, float] = defaultdict(float)
    for entry in calendar:
        hours[entry.owner] += model.hours_per_post(entry.platform, entry.format or "image").value
    people = [
        PersonLoad(
            m.id,
            m.name,
            m.hours_per_week,
            m.hours_per_week - for_posts[m.id],
            hours[m.id] / weeks if weeks else 0.0,
        )
        for m in strategy.team()
    ]
    return people, (hours[None] / weeks if weeks else 0.0)


def _training_dict(item: Training, language: str) -> dict[str, Any]:
    return {
        **item.as_dict(),
        "label": competence_label(item.competence, language),
        "form_label": training_form_label(item.form, language),
    }


def _suggest(strategy: Strategy) -> SuggestedPlan:
    from socialstrategy.core.planning.optimise import suggest_plan

    return suggest_plan(strategy)


def _suggestion_dict(plan: SuggestedPlan, language: str) -> dict[str, Any]:
    data = plan.as_dict()
    for cut, item in zip(plan.cuts, data["cuts"], strict=True):
        item["message"] = cut_message(cut.params, cut.message, language)
    return data


def number(value: float, language: str, pattern: str = "0.0") -> str:
    """A number as people write it in ``language`` (``2,5`` in German)."""
    return str(format_decimal(value, format=pattern, locale=language))


def localised(params: Mapping[str, object], language: str) -> dict[str, Any]:
    """``params`` with every float written for ``language``; other values unchanged."""
    return {key: number(v, language, "0.0#") if isinstance(v, float) else v for key, v in params.items()}
