"""Rules on the information step and on platform decisions (information and platforms,
steps 2 and 5 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.vocabulary import FORMAT_IDS, PLATFORM_IDS

MINIMUM_PLATFORMS_COMPARED = 3


@rule(
    "few-platforms-compared",
    "platforms",
    "info",
    N_("Too few platforms and channels were compared before choosing ({count})."),
    N_("Record at least {minimum} decisions, including the platforms you reject and why."),
)
def check_platforms_compared(strategy: Strategy) -> Iterator[Place]:
    """The information step (step 2) asks for an overview of platforms and channels before choosing."""
    if 0 < len(strategy.platforms) < MINIMUM_PLATFORMS_COMPARED:
        yield at("platforms", count=len(strategy.platforms), minimum=MINIMUM_PLATFORMS_COMPARED)


@rule(
    "unknown-platform",
    "platforms",
    "warning",
    N_("“{platform}” is not a platform or channel the knowledge base knows."),
    N_("Use one of: {known}."),
)
def check_platform_ids(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        if decision.platform not in PLATFORM_IDS:
            yield at(f"platforms[{index}].platform", platform=decision.platform, known=list(PLATFORM_IDS))


@rule(
    "unknown-format",
    "platforms",
    "warning",
    N_("“{format}” is not a known content format."),
    N_("Use one of: {known}."),
)
def check_format_ids(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        for number, name in enumerate(decision.formats):
            if name not in FORMAT_IDS:
                yield at(f"platforms[{index}].formats[{number}]", format=name, known=list(FORMAT_IDS))
    calendar = strategy.content.calendar if strategy.content else []
    for index, entry in enumerate(calendar):
        if entry.format is not None and entry.format not in FORMAT_IDS:
            yield at(f"content.calendar[{index}].format", format=entry.format, known=list(FORMAT_IDS))


@rule(
    "no-active-platform",
    "platforms",
    "error",
    N_("No platform is chosen for use or for a test."),
    N_("Decide which platforms to use; set their status to “use” or “test”."),
)
def check_some_platform_active(strategy: Strategy) -> Iterator[Place]:
    if not strategy.active_platforms():
        yield at("platforms")


@rule(
    "platform-without-goal",
    "platforms",
    "error",
    N_("The platform {platform} is in use but serves no goal."),
    N_("Name the goals it works towards, or stop using it: every channel costs time."),
)
def check_platforms_serve_goals(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and not decision.goals:
            yield at(f"platforms[{index}].goals", platform=decision.platform)


@rule(
    "platform-without-audience",
    "platforms",
    "warning",
    N_("The platform {platform} is in use but names no audience."),
    N_("Name the audiences you reach there."),
)
def check_platforms_reach_audiences(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and not decision.audiences:
            yield at(f"platforms[{index}].audiences", platform=decision.platform)


@rule(
    "platform-without-rationale",
    "platforms",
    "warning",
    N_("The decision about {platform} gives no reason."),
    N_("Write one or two sentences why; it makes the decision explainable later."),
)
def check_platform_rationales(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        if not (decision.rationale and decision.rationale.strip()):
            yield at(f"platforms[{index}].rationale", platform=decision.platform)


@rule(
    "platform-without-cadence",
    "platforms",
    "warning",
    N_("No posting frequency is set for {platform}."),
    N_("Set posts per week; the capacity check and the editorial plan depend on it."),
)
def check_platform_cadence(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and decision.posts_per_week is None:
            yield at(f"platforms[{index}].posts_per_week", platform=decision.platform)


@rule(
    "platform-without-formats",
    "platforms",
    "info",
    N_("No content formats are chosen for {platform}."),
    N_("Choose formats (image, short video, article, …); effort depends on them."),
)
def check_platform_formats(strategy: Strategy) -> Iterator[Place]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and not decision.formats:
            yield at(f"platforms[{index}].formats", platform=decision.platform)
