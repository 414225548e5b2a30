"""Check rules that use the knowledge base: reach of the chosen platforms and their workload."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Finding, Place, at, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge, KnowledgeError, load_knowledge
from socialstrategy.core.model import Audience, PlatformDecision, Strategy
from socialstrategy.core.recommend import (
    BARELY_REACHES,
    DEFAULT_WEIGHTS,
    NOT_IN_POPULATION_SURVEYS,
    audience_country,
    ignored_weights,
    off_scale_weights,
    required_hours,
)


@rule("platform-barely-reaches-audience", "platforms")
def platform_barely_reaches_audience(strategy: Strategy) -> Iterator[Finding]:
    """A platform in use that reaches under 10% of an audience's age band in its country."""
    try:
        kb = load_knowledge()
    except KnowledgeError as error:
        yield finding(
            "knowledge-overlay-invalid",
            "error",
            "",
            N_("The knowledge overlay file is invalid: {error}"),
            N_("Fix the file named in SOCIALSTRATEGY_KNOWLEDGE or remove the setting."),
            error=str(error),
        )
        return
    for index, decision in enumerate(strategy.platforms):
        if not decision.is_active or decision.platform not in kb.platforms:
            continue
        if kb.platforms[decision.platform].is_owned_channel:
            continue
        for audience in _audiences_of(decision, strategy):
            reach = _reach_finding(kb, strategy, index, decision, audience)
            if reach is not None:
                yield reach


@rule(
    "cadence-exceeds-team-hours",
    "platforms",
    "warning",
    N_(
        "{platform} needs about {needed} h a week at its minimum sensible cadence "
        "(posts: {posts} × {per_post} h, plus {community} h for comments and messages), "
        "but the team has {available} h."
    ),
    N_("Plan fewer platforms, add hours, or enter your real hours per post under resources → effort."),
    waits_for="resources",
)
def cadence_exceeds_team_hours(strategy: Strategy) -> Iterator[Place]:
    """A platform whose least sensible cadence (effort model) needs more hours than the whole team has."""
    kb = _knowledge()
    team = strategy.team()
    if kb is None or not team:
        return
    available = sum(member.hours_per_week for member in team)
    for index, decision in enumerate(strategy.platforms):
        if not decision.is_active or decision.platform not in kb.platforms:
            continue
        needed = required_hours(kb.platforms[decision.platform], strategy, kb)
        if needed is None or needed.hours <= available:
            continue
        yield at(
            f"platforms[{index}]",
            platform=kb.platforms[decision.platform].name,
            needed=round(float(needed.hours), 1),
            posts=float(needed.posts_per_week),
            per_post=float(needed.hours_per_post),
            community=float(needed.community_hours),
            available=float(available),
        )


@rule(
    "unknown-recommendation-weight",
    "platforms",
    "warning",
    N_("The recommendation has no weight called “{key}”; it is ignored."),
    N_("Use one of: {known}."),
)
def unknown_recommendation_weight(strategy: Strategy) -> Iterator[Place]:
    """A weight in ``recommendation.weights`` that the scoring model does not know (it is ignored)."""
    for key in ignored_weights(strategy):
        yield at(f"recommendation.weights.{key}", key=key, known=", ".join(DEFAULT_WEIGHTS))


@rule("recommendation-weight-off-scale", "platforms")
def recommendation_weight_off_scale(strategy: Strategy) -> Iterator[Finding]:
    """A weight that is not an importance from 0 to 5 (older files had other scales): the
    recommendation refuses it rather than guess what it meant."""
    weights = strategy.recommendation.weights if strategy.recommendation else {}
    for key in off_scale_weights(strategy):
        yield finding(
            "recommendation-weight-off-scale",
            "error",
            f"recommendation.weights.{key}",
            N_(
                "The weight “{key}” is {value}; a weight is an importance from 0 (leave out) to 5 (decisive)."
            ),
            N_("Enter a number from 0 to 5; the output shows each weight as its share of 100 %."),
            key=key,
            value=float(weights[key]),
        )


def _reach_finding(
    kb: Knowledge, strategy: Strategy, index: int, decision: PlatformDecision, audience: Audience
) -> Finding | None:
    if audience.kind in NOT_IN_POPULATION_SURVEYS or (audience.age_min is None and audience.age_max is None):
        return None
    country = audience_country(audience, strategy)
    reach = kb.reach(country, decision.platform, audience.age_min, audience.age_max) if country else None
    if reach is None or reach.is_total_only or reach.share >= BARELY_REACHES:
        return None
    figure = max(reach.figures, key=lambda f: f.year)
    return finding(
        "platform-barely-reaches-audience",
        "warning",
        f"platforms[{index}]",
        N_("{platform} reaches only {share}% of “{audience}” in {country} ({metric}, {year})."),
        N_("Check whether this audience is really on {platform}, or choose a platform that reaches it."),
        platform=kb.platforms[decision.platform].name,
        share=float(round(reach.share)),
        audience=audience.name,
        country=reach.country,
        metric=kb.metrics[reach.metric].label.en,
        year=figure.year,
    )


def _audiences_of(decision: PlatformDecision, strategy: Strategy) -> list[Audience]:
    if not decision.audiences:
        return list(strategy.audiences)
    wanted = set(decision.audiences)
    return [a for a in strategy.audiences if a.id in wanted]


def _knowledge() -> Knowledge | None:
    """The knowledge base; a broken overlay must not break the whole check."""
    try:
        return load_knowledge()
    except KnowledgeError:
        return None
