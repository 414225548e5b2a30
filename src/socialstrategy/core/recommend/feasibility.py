"""The contributions ``feasibility`` (hours the platform needs against the team's) and ``budget_fit``."""

from __future__ import annotations

from dataclasses import dataclass

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge
from socialstrategy.core.knowledge.schema import Platform
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy
from socialstrategy.core.recommend.context import LARGE_TEAM_HOURS, Context, basis_of, num, source_ref
from socialstrategy.core.recommend.results import Contribution, Evidence, LabelRef
from socialstrategy.core.vocabulary import FORMAT_LABELS


def feasibility(platform: Platform, ctx: Context) -> Contribution:
    key = "feasibility"
    hours = ctx.team_hours
    if hours is None:
        return Contribution(key, 0, None, "strategy", Message(N_("No team hours entered yet.")))
    needed = required_hours(platform, ctx.strategy, ctx.kb)
    if needed is not None:
        return _numeric_feasibility(platform, ctx, hours, needed)
    if platform.workload is None:
        return Contribution(key, 0, None, "editorial", Message(N_("No workload assessment.")))
    w = platform.workload.rating
    value = w / 3 if hours < LARGE_TEAM_HOURS else (w + 3) / 6
    summary = Message(
        N_("{reason} Your team has {hours} h a week."),
        {"reason": platform.workload.reason, "hours": num(hours)},
    )
    text = (
        N_("fits your team's {hours} h a week")
        if value >= 0.5
        else N_("takes more effort than your team's {hours} h a week allow")
    )
    evidence = (
        Evidence(
            Message(
                N_("Workload {rating}/3 (3 = light) – {reason}"),
                {"rating": w, "reason": platform.workload.reason},
            ),
            basis_of([platform.workload]),
            value=w,
            unit="/3",
        ),
        Evidence(
            Message(N_("Team: {hours} h a week"), {"hours": num(hours)}),
            "strategy",
            value=hours,
            unit="h/week",
        ),
    )
    return Contribution(
        key,
        0,
        value,
        basis_of([platform.workload]),
        summary,
        Message(text, {"hours": num(hours)}),
        evidence,
    )


@dataclass(frozen=True)
class RequiredHours:
    """Hours a week a platform needs at its minimum sourced cadence."""

    hours: float
    posts_per_week: float
    hours_per_post: float
    format: str
    evidence: tuple[Evidence, ...]


def required_hours(platform: Platform, strategy: Strategy, kb: Knowledge) -> RequiredHours | None:
    """Minimum sourced posts per week × hours per post (the strategy's own figure first).

    None when either number is unknown: then nothing is pretended.
    """
    cadence = platform.minimum_cadence()
    fmt = platform.primary_format
    if cadence is None or cadence.min_per_week is None or fmt is None:
        return None
    own = _own_effort(strategy, platform.id, fmt)
    if own is not None:
        per_post, effort_evidence = (
            own,
            Evidence(
                Message(
                    N_("Your own figure: {hours} h per {format}"),
                    {"hours": num(own), "format": LabelRef(FORMAT_LABELS, fmt)},
                ),
                "strategy",
                value=own,
                unit="h",
            ),
        )
    else:
        figure = kb.effort_for(fmt)
        if figure is None or figure.hours is None:
            return None
        per_post = figure.hours
        effort_evidence = Evidence(
            Message(
                N_("{hours} h per {format}"),
                {"hours": num(per_post), "format": LabelRef(FORMAT_LABELS, fmt)},
            ),
            "overlay" if figure.origin == "overlay" else "data",
            value=per_post,
            unit="h",
            year=kb.figure_year(figure.year, figure.source),
            source=source_ref(kb, figure.source),
            note=figure.note,
        )
    cadence_evidence = Evidence(
        Message(
            N_("Minimum sourced cadence: {posts} posts a week ({guidance})"),
            {"posts": num(cadence.min_per_week), "guidance": cadence.guidance},
        ),
        "overlay" if cadence.origin == "overlay" else "data",
        value=cadence.min_per_week,
        unit="posts/week",
        year=kb.figure_year(cadence.year, cadence.source),
        source=source_ref(kb, cadence.source),
        note=cadence.note,
    )
    hours = cadence.min_per_week * per_post + _community_hours(strategy, platform.id)
    return RequiredHours(hours, cadence.min_per_week, per_post, fmt, (cadence_evidence, effort_evidence))


def _own_effort(strategy: Strategy, platform_id: str, fmt: str) -> float | None:
    if not strategy.resources:
        return None
    for override in strategy.resources.effort:
        if (
            override.platform == platform_id
            and override.format in (fmt, None)
            and override.hours_per_post is not None
        ):
            return override.hours_per_post
    return None


def _community_hours(strategy: Strategy, platform_id: str) -> float:
    if not strategy.resources:
        return 0.0
    return sum(
        o.community_hours_per_week or 0.0 for o in strategy.resources.effort if o.platform == platform_id
    )


def _numeric_feasibility(
    platform: Platform, ctx: Context, hours: float, needed: RequiredHours
) -> Contribution:
    ratio = needed.hours / hours if hours > 0 else float("inf")
    value = 1.0 if ratio <= 0.25 else max(0.0, 1 - (ratio - 0.25) / 0.75)
    params = {"need": num(needed.hours), "hours": num(hours)}
    summary = Message(
        N_("Needs about {need} h a week at its minimum sourced cadence; your team has {hours} h."), params
    )
    text = (
        N_("your team's {hours} h a week can carry it")
        if value >= 0.5
        else N_("needs about {need} h a week, more than your team's {hours} h can carry")
    )
    team = Evidence(
        Message(N_("Team: {hours} h a week"), {"hours": num(hours)}), "strategy", value=hours, unit="h/week"
    )
    return Contribution(
        "feasibility", 0, value, "data", summary, Message(text, params), (*needed.evidence, team)
    )


def budget_fit(platform: Platform, ctx: Context) -> Contribution:
    key = "budget_fit"
    dependence = platform.ads_dependence
    if dependence is None:
        return Contribution(key, 0, None, "editorial", Message(N_("Works without an ad budget.")))
    if ctx.ads_budget is None:
        return Contribution(key, 0, None, "strategy", Message(N_("No budget entered yet.")))
    value = 1.0 if ctx.ads_budget > 0 else 1 - dependence.rating / 3
    summary = Message(
        N_("{reason} Ad budget: {budget} a month."),
        {"reason": dependence.reason, "budget": num(ctx.ads_budget)},
    )
    text = (
        N_("your ad budget can lift its reach")
        if value >= 0.5
        else N_("needs an ad budget you have not planned")
    )
    evidence = (
        Evidence(
            Message(
                N_("Dependence on ads {rating}/3 – {reason}"),
                {"rating": dependence.rating, "reason": dependence.reason},
            ),
            basis_of([dependence]),
            value=dependence.rating,
            unit="/3",
        ),
        Evidence(
            Message(N_("Ad budget: {budget} a month"), {"budget": num(ctx.ads_budget)}),
            "strategy",
            value=ctx.ads_budget,
        ),
    )
    return Contribution(key, 0, value, basis_of([dependence]), summary, Message(text), evidence)
