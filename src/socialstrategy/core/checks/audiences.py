"""Rules on audiences (target groups) and whether the chosen platforms reach them
(audiences, step 4 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy

MINIMUM_PLATFORM_AGE = 13
"""The minimum age in the terms of Facebook, Instagram, TikTok, Snapchat, YouTube and X."""

_PEOPLE = frozenset({"consumers", "candidates", "members", "citizens", "donors"})


@rule(
    "no-audiences",
    "audiences",
    "error",
    N_("The strategy names no audiences."),
    N_("Describe whom social media should reach: customers, buyers, candidates, …"),
)
def check_audiences_exist(strategy: Strategy) -> Iterator[Place]:
    if not strategy.audiences:
        yield at("audiences")


@rule(
    "audience-not-addressed",
    "audiences",
    "error",
    N_("No platform in use reaches the audience “{name}”."),
    N_("Add the audience to a platform you use or test, or drop it from the strategy."),
    waits_for="platforms",
)
def check_audiences_addressed(strategy: Strategy) -> Iterator[Place]:
    active = strategy.active_platforms()
    if not active:
        return
    reached = {audience for decision in active for audience in decision.audiences}
    for index, audience in enumerate(strategy.audiences):
        if audience.id not in reached:
            yield at(f"audiences[{index}]", name=audience.name, id=audience.id)


@rule(
    "audience-age-range",
    "audiences",
    "warning",
    N_("The audience “{name}” starts at age {age}, below the minimum age of {minimum} on most platforms."),
    N_("Address children through their parents, or raise the lower age limit."),
)
def check_audience_ages(strategy: Strategy) -> Iterator[Place]:
    for index, audience in enumerate(strategy.audiences):
        if audience.age_min is not None and audience.age_min < MINIMUM_PLATFORM_AGE:
            yield at(
                f"audiences[{index}].age_min",
                name=audience.name,
                age=audience.age_min,
                minimum=MINIMUM_PLATFORM_AGE,
            )


@rule(
    "audience-without-age",
    "audiences",
    "info",
    N_("The audience “{name}” has no age range."),
    N_("Platform use differs strongly by age; an age range makes the platform comparison meaningful."),
)
def check_audience_has_ages(strategy: Strategy) -> Iterator[Place]:
    for index, audience in enumerate(strategy.audiences):
        if audience.kind in _PEOPLE and audience.age_min is None and audience.age_max is None:
            yield at(f"audiences[{index}]", name=audience.name)


@rule(
    "audience-without-roles",
    "audiences",
    "info",
    N_("The business audience “{name}” names no job roles."),
    N_("Name the roles in the buying centre (e.g. plant engineer, purchasing manager)."),
)
def check_business_roles(strategy: Strategy) -> Iterator[Place]:
    for index, audience in enumerate(strategy.audiences):
        if audience.kind == "business_buyers" and not audience.roles:
            yield at(f"audiences[{index}].roles", name=audience.name)
