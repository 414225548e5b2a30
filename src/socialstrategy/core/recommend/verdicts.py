"""Verdicts: the score thresholds (written once), the rules that cap or lift a verdict, and the
reason texts that explain it."""

from __future__ import annotations

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge.labels import CONTRIBUTION_LABELS
from socialstrategy.core.knowledge.schema import Platform
from socialstrategy.core.message import Message
from socialstrategy.core.recommend.context import NOT_IN_POPULATION_SURVEYS, Context
from socialstrategy.core.recommend.feasibility import Gate
from socialstrategy.core.recommend.results import Contribution, LabelRef, Note, Verdict

RECOMMENDED_FROM = 65.0
CONSIDER_FROM = 45.0
MIN_KNOWN_WEIGHT = 0.5
"""Below this share of known weight a platform can at most be 'consider'."""
MARGINAL_REACH = 0.25
"""Below a quarter of the leader's reach a platform is no channel for these audiences at all."""
MAIN_CHANNEL_REACH = 0.5
"""A main channel reaches at least half of what the leading platform reaches in the same band and
survey (relative reach); below it a platform is at most 'consider'."""

_NOT_LOCAL = N_(
    "Only useful for a place customers visit; the organisation step says customers neither come to the premises nor book appointments."  # noqa: E501
)
VERDICT_ORDER = {"recommended": 0, "consider": 1, "not_recommended": 2}


def verdict_for(score: float) -> Verdict:
    """The verdict a score (0-100) gives by the thresholds alone."""
    if score >= RECOMMENDED_FROM:
        return "recommended"
    return "consider" if score >= CONSIDER_FROM else "not_recommended"


def total_score(contributions: list[Contribution]) -> float:
    """The sum of the contributions' points, kept between 0 and 100."""
    return min(100.0, max(0.0, sum(c.points for c in contributions)))


def verdict_with_rules(
    platform: Platform,
    ctx: Context,
    score: float,
    contributions: list[Contribution],
    known_share: float,
    gate: Gate | None = None,
) -> tuple[Verdict, list[Note]]:
    """The verdict of the score, then the rules: a fixed verdict (home base, no place to visit),
    the cap for too little known weight, and the caps that do not depend on the weights."""
    fixed = fixed_verdict(platform, ctx)
    if fixed is not None:
        verdict, note = fixed
        shown = note is not None and (verdict == "not_recommended" or verdict != verdict_for(score))
        return verdict, [note] if note is not None and shown else []
    marginal = marginal_reach(platform, ctx, contributions)
    if marginal is not None:
        return "not_recommended", [marginal]
    verdict = verdict_for(score)
    notes: list[Note] = []
    if verdict == "recommended" and known_share < MIN_KNOWN_WEIGHT:
        verdict = "consider"
        notes.append(Note("data", Message(_TOO_LITTLE_KNOWN)))
    caps = weight_free_caps(platform, ctx, contributions, gate)
    if caps and verdict_for(score) == "recommended":  # said even when another rule capped it
        verdict = "consider"
        notes.extend(caps)
    return verdict, notes


_TOO_LITTLE_KNOWN = N_(
    "Too little is known to recommend it outright; the score rests on less than half of the weights."
)


def fixed_verdict(platform: Platform, ctx: Context) -> tuple[Verdict, Note | None] | None:
    """A verdict no weight changes: the website is the home base; a profile for a place customers
    visit is no use when they do not."""
    if platform.hub:
        note = N_("Recommended in any case: your own website is the home base every other channel links to.")
        return "recommended", Note("caution", Message(note))
    if platform.local_presence and not ctx.is_local:
        return "not_recommended", Note("caution", Message(_NOT_LOCAL))
    return None


def marginal_reach(platform: Platform, ctx: Context, contributions: list[Contribution]) -> Note | None:
    """A platform reaching under a quarter of what the leader reaches among the same people (when
    surveys describe every audience) is no channel for them: not recommended, whatever it scores."""
    reach = next(c for c in contributions if c.key == "audience_reach")
    audiences = ctx.strategy.audiences
    described = bool(audiences) and all(a.kind not in NOT_IN_POPULATION_SURVEYS for a in audiences)
    if platform.is_owned_channel or not described or reach.value is None or reach.value >= MARGINAL_REACH:
        return None
    text = N_(
        "Not a channel for your audiences: it reaches less than a quarter of what the leading platform reaches in the same age band and survey."  # noqa: E501
    )
    return Note("data", Message(text))


def weight_free_caps(
    platform: Platform, ctx: Context, contributions: list[Contribution], gate: Gate | None
) -> list[Note]:
    """The rules that keep a platform at most 'consider' whatever the weights, each as its note."""
    reach = next(c for c in contributions if c.key == "audience_reach")
    surveyed = [a for a in ctx.strategy.audiences if a.kind not in NOT_IN_POPULATION_SURVEYS]
    described = len(surveyed) == len(ctx.strategy.audiences)  # surveys say nothing of business buyers
    notes: list[Note] = []
    if surveyed and not platform.is_owned_channel and not reach.is_known:
        notes.append(
            Note("data", Message(N_("Not recommended outright because no usage data covers your audiences.")))
        )
    elif described and reach.is_known and (reach.value or 0.0) < MAIN_CHANNEL_REACH:
        text = N_(
            "Not a main channel for your audiences: it reaches less than half of what the leading platform reaches in the same age band and survey."  # noqa: E501
        )
        notes.append(Note("data", Message(text)))
    if gate is not None:
        notes.append(Note("caution", gate.note()))
    return notes


def reason(
    platform: Platform,
    verdict: Verdict,
    contributions: list[Contribution],
    ctx: Context,
    gate: Gate | None = None,
) -> Message:
    phrased = [c for c in contributions if c.phrase is not None and c.value is not None and c.weight > 0]
    strengths = sorted(
        (c for c in phrased if c.value is not None and c.value >= 0.5), key=lambda c: -c.points
    )
    weaknesses = sorted(
        (c for c in phrased if c.value is not None and c.value < 0.5),
        key=lambda c: (c.value or 0.0) - c.weight,
    )
    name = LabelRef({platform.id: platform.name}, platform.id)
    if platform.hub and not (score_verdict(contributions) == "recommended" and strengths):
        return Message(
            N_("{platform}: recommended as your home base, every other channel links here."),
            {"platform": name},
        )
    if platform.local_presence and not ctx.is_local:
        return Message(
            N_("{platform}: not recommended, it only helps a place that customers visit."), {"platform": name}
        )
    if verdict == "recommended" and len(strengths) >= 2:
        return Message(
            N_("{platform}: recommended, it {a} and {b}."),
            {"platform": name, "a": strengths[0].phrase, "b": strengths[1].phrase},
        )
    if verdict == "recommended" and strengths:
        return Message(N_("{platform}: recommended, it {a}."), {"platform": name, "a": strengths[0].phrase})
    if verdict == "consider" and strengths and gate is not None:
        return Message(
            N_("{platform}: worth considering, it {a}, but it {b}."),
            {"platform": name, "a": strengths[0].phrase, "b": gate.phrase()},
        )
    if verdict == "consider" and strengths and weaknesses:
        return Message(
            N_("{platform}: worth considering, it {a}, but it {b}."),
            {"platform": name, "a": strengths[0].phrase, "b": weaknesses[0].phrase},
        )
    if verdict == "consider" and strengths:
        return Message(
            N_("{platform}: worth considering, it {a}, but too little is known to be sure."),
            {"platform": name, "a": strengths[0].phrase},
        )
    if weaknesses:
        return Message(
            N_("{platform}: not recommended, it {a}."), {"platform": name, "a": weaknesses[0].phrase}
        )
    return Message(N_("{platform}: not enough information to judge."), {"platform": name})


def score_verdict(contributions: list[Contribution]) -> Verdict:
    """The verdict the score alone would give, before any rule caps or floors it."""
    return verdict_for(total_score(contributions))


def detail_reasons(contributions: list[Contribution]) -> tuple[Message, ...]:
    return tuple(
        Message(
            N_("{label}: {summary}"), {"label": LabelRef(CONTRIBUTION_LABELS, c.key), "summary": c.summary}
        )
        for c in contributions
        if c.is_known and c.weight > 0
    )
