"""Rules on the information step and on platform decisions (information and platforms,
steps 2 and 5 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.vocabulary import FORMAT_IDS, PLATFORM_IDS

MINIMUM_PLATFORMS_COMPARED = 3


@rule("few-platforms-compared", "platforms")
def check_platforms_compared(strategy: Strategy) -> Iterator[Finding]:
    """The information step (step 2) asks for an overview of platforms and channels before choosing."""
    if 0 < len(strategy.platforms) < MINIMUM_PLATFORMS_COMPARED:
        yield finding(
            "few-platforms-compared",
            "info",
            "platforms",
            N_("Too few platforms and channels were compared before choosing ({count})."),
            N_("Record at least {minimum} decisions, including the platforms you reject and why."),
            count=len(strategy.platforms),
            minimum=MINIMUM_PLATFORMS_COMPARED,
        )


@rule("unknown-platform", "platforms")
def check_platform_ids(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        if decision.platform not in PLATFORM_IDS:
            yield finding(
                "unknown-platform",
                "warning",
                f"platforms[{index}].platform",
                N_("“{platform}” is not a platform or channel the knowledge base knows."),
                N_("Use one of: {known}."),
                platform=decision.platform,
                known=list(PLATFORM_IDS),
            )


@rule("unknown-format", "platforms")
def check_format_ids(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        for number, name in enumerate(decision.formats):
            if name not in FORMAT_IDS:
                yield finding(
                    "unknown-format",
                    "warning",
                    f"platforms[{index}].formats[{number}]",
                    N_("“{format}” is not a known content format."),
                    N_("Use one of: {known}."),
                    format=name,
                    known=list(FORMAT_IDS),
                )
    calendar = strategy.content.calendar if strategy.content else []
    for index, entry in enumerate(calendar):
        if entry.format is not None and entry.format not in FORMAT_IDS:
            yield finding(
                "unknown-format",
                "warning",
                f"content.calendar[{index}].format",
                N_("“{format}” is not a known content format."),
                N_("Use one of: {known}."),
                format=entry.format,
                known=list(FORMAT_IDS),
            )


@rule("no-active-platform", "platforms")
def check_some_platform_active(strategy: Strategy) -> Iterator[Finding]:
    if not strategy.active_platforms():
        yield finding(
            "no-active-platform",
            "error",
            "platforms",
            N_("No platform is chosen for use or for a test."),
            N_("Decide which platforms to use; set their status to “use” or “test”."),
        )


@rule("platform-without-goal", "platforms")
def check_platforms_serve_goals(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and not decision.goals:
            yield finding(
                "platform-without-goal",
                "error",
                f"platforms[{index}].goals",
                N_("The platform {platform} is in use but serves no goal."),
                N_("Name the goals it works towards, or stop using it: every channel costs time."),
                platform=decision.platform,
            )


@rule("platform-without-audience", "platforms")
def check_platforms_reach_audiences(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and not decision.audiences:
            yield finding(
                "platform-without-audience",
                "warning",
                f"platforms[{index}].audiences",
                N_("The platform {platform} is in use but names no audience."),
                N_("Name the audiences you reach there."),
                platform=decision.platform,
            )


@rule("platform-without-rationale", "platforms")
def check_platform_rationales(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        if not (decision.rationale and decision.rationale.strip()):
            yield finding(
                "platform-without-rationale",
                "warning",
                f"platforms[{index}].rationale",
                N_("The decision about {platform} gives no reason."),
                N_("Write one or two sentences why; it makes the decision explainable later."),
                platform=decision.platform,
            )


@rule("platform-without-cadence", "platforms")
def check_platform_cadence(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and decision.posts_per_week is None:
            yield finding(
                "platform-without-cadence",
                "warning",
                f"platforms[{index}].posts_per_week",
                N_("No posting frequency is set for {platform}."),
                N_("Set posts per week; the capacity check and the editorial plan depend on it."),
                platform=decision.platform,
            )


@rule("platform-without-formats", "platforms")
def check_platform_formats(strategy: Strategy) -> Iterator[Finding]:
    for index, decision in enumerate(strategy.platforms):
        if decision.is_active and not decision.formats:
            yield finding(
                "platform-without-formats",
                "info",
                f"platforms[{index}].formats",
                N_("No content formats are chosen for {platform}."),
                N_("Choose formats (image, short video, article, …); effort depends on them."),
                platform=decision.platform,
            )
