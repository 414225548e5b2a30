"""Rules on content pillars and the editorial calendar (content, step 10 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy

SHARE_TOLERANCE = 0.5
"""Percentage points by which pillar shares may miss 100 (rounding)."""


@rule(
    "no-pillars",
    "content",
    "warning",
    N_("There are no content pillars."),
    N_("Define three to five recurring themes that serve the goals; they keep the plan focused."),
)
def check_pillars_exist(strategy: Strategy) -> Iterator[Place]:
    if strategy.goals and not (strategy.content and strategy.content.pillars):
        yield at("content.pillars")


@rule(
    "pillar-shares-not-100",
    "content",
    "warning",
    N_("The shares of the content pillars add up to {total}%, not 100%."),
    N_("Adjust the shares so that they add up to 100%."),
)
def check_pillar_shares(strategy: Strategy) -> Iterator[Place]:
    pillars = strategy.content.pillars if strategy.content else []
    shares = [pillar.share for pillar in pillars if pillar.share is not None]
    if shares and abs(sum(shares) - 100) > SHARE_TOLERANCE:
        yield at("content.pillars", total=round(float(sum(shares)), 1))


@rule(
    "pillar-without-goal",
    "content",
    "warning",
    N_("The content pillar “{name}” serves no goal."),
    N_("Name the goals it works towards."),
)
def check_pillars_serve_goals(strategy: Strategy) -> Iterator[Place]:
    pillars = strategy.content.pillars if strategy.content else []
    for index, pillar in enumerate(pillars):
        if not pillar.goals:
            yield at(f"content.pillars[{index}].goals", name=pillar.name)


@rule(
    "goal-without-pillar",
    "goals",
    "info",
    N_("No content pillar works towards the goal “{id}”."),
    N_("Add the goal to a pillar, or plan a pillar for it."),
    waits_for="content",
)
def check_goals_have_pillars(strategy: Strategy) -> Iterator[Place]:
    pillars = strategy.content.pillars if strategy.content else []
    if not pillars:
        return
    covered = {goal for pillar in pillars for goal in pillar.goals}
    for index, goal in enumerate(strategy.goals):
        if goal.id not in covered:
            yield at(f"goals[{index}]", id=goal.id)


@rule(
    "calendar-platform-not-active",
    "content",
    "warning",
    N_("“{title}” is planned for {platform}, which the strategy does not use."),
    N_("Move the post to a platform in use, or cancel it."),
)
def check_calendar_platforms(strategy: Strategy) -> Iterator[Place]:
    inactive = {p.platform for p in strategy.platforms if not p.is_active}
    calendar = strategy.content.calendar if strategy.content else []
    for index, entry in enumerate(calendar):
        if entry.platform in inactive and entry.status != "cancelled":
            yield at(f"content.calendar[{index}].platform", title=entry.title, platform=entry.platform)


@rule(
    "calendar-format-not-chosen",
    "content",
    "info",
    N_("“{title}” is a {format} on {platform}, a format not chosen for that platform."),
    N_("Add the format to the platform decision or pick one of its formats."),
)
def check_calendar_formats(strategy: Strategy) -> Iterator[Place]:
    formats = {p.platform: set(p.formats) for p in strategy.platforms if p.formats}
    calendar = strategy.content.calendar if strategy.content else []
    for index, entry in enumerate(calendar):
        chosen = formats.get(entry.platform)
        if entry.format and chosen and entry.format not in chosen:
            yield at(
                f"content.calendar[{index}].format",
                title=entry.title,
                format=entry.format,
                platform=entry.platform,
            )


@rule(
    "calendar-empty",
    "content",
    "info",
    N_("The editorial calendar is empty."),
    N_("Plan the first weeks of posts; it shows quickly whether the plan is realistic."),
)
def check_calendar_exists(strategy: Strategy) -> Iterator[Place]:
    if strategy.active_platforms() and not (strategy.content and strategy.content.calendar):
        yield at("content.calendar")
