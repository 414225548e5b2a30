"""The contributions ``feasibility`` (hours the platform needs against the team's) and ``budget_fit``."""

from __future__ import annotations

from dataclasses import dataclass

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge
from socialstrategy.core.knowledge.effort import Figure, effort_model
from socialstrategy.core.knowledge.schema import Cadence, Platform
from socialstrategy.core.message import Message, Quantity
from socialstrategy.core.model import Strategy
from socialstrategy.core.recommend.context import LARGE_TEAM_HOURS, Context, basis_of, num, source_ref
from socialstrategy.core.recommend.results import Basis, Contribution, DataText, Evidence, LabelRef
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
    """Hours a week a platform needs at its minimum sourced cadence, comments included."""

    hours: float
    posts_per_week: float
    hours_per_post: float
    community_hours: float
    format: str
    evidence: tuple[Evidence, ...]
    assumed: bool
    """True when a figure is an assumption of the effort model, not a source or the user's own."""


def required_hours(platform: Platform, strategy: Strategy, kb: Knowledge) -> RequiredHours | None:
    """The hours a week at the platform's least sensible cadence: posts per week × hours per post
    of its main format, plus the hours for comments and messages.

    The cadence is the most lenient one a source that is not weak gives, else the effort model's
    least sensible cadence (below it, dropping the platform is better than posting too rarely);
    every figure comes from the one effort model, the strategy's own figures first. None only for
    a platform without a main format.
    """
    fmt = platform.primary_format
    if fmt is None:
        return None
    model = effort_model(strategy, kb)
    cadence = kb.scoring_cadence(platform)
    per_post = model.hours_per_post(platform.id, fmt)
    community = model.community_hours(platform.id)
    if cadence is not None and cadence.min_per_week is not None:
        posts, posts_evidence, posts_assumed = cadence.min_per_week, _cadence_evidence(cadence, kb), False
    else:
        least = model.min_posts_per_week(platform.id)
        text = Message(N_("Least sensible cadence: {posts} per week"), {"posts": num(least.value)})
        posts, posts_evidence, posts_assumed = (
            least.value,
            _effort_evidence(least, text, kb, "posts/week"),
            least.assumption,
        )
    evidence = (
        posts_evidence,
        _effort_evidence(per_post, Message(N_("{hours} per {format}"), _per_format(per_post, fmt)), kb),
        _effort_evidence(
            community, Message(N_("{hours} a week for comments and messages"), _hours(community)), kb
        ),
    )
    hours = posts * per_post.value + community.value
    assumed = posts_assumed or per_post.assumption or community.assumption
    return RequiredHours(hours, posts, per_post.value, community.value, fmt, evidence, assumed)


def _cadence_evidence(cadence: Cadence, kb: Knowledge) -> Evidence:
    return Evidence(
        Message(
            N_("Minimum sourced cadence: {posts} posts a week ({guidance})"),
            {"posts": num(cadence.min_per_week or 0.0), "guidance": DataText(cadence.guidance)},
        ),
        "overlay" if cadence.origin == "overlay" else "data",
        value=cadence.min_per_week,
        unit="posts/week",
        year=kb.figure_year(cadence.year, cadence.source),
        source=source_ref(kb, cadence.source),
        note=cadence.note,
    )


def _effort_evidence(figure: Figure, text: Message, kb: Knowledge, unit: str = "h") -> Evidence:
    """Evidence for a figure of the effort model: the user's own, an assumption, or sourced."""
    if figure.is_own:
        return Evidence(Message(_OWN[text.template], text.params), "strategy", value=figure.value, unit=unit)
    source = source_ref(kb, figure.source)
    basis: Basis = "overlay" if figure.origin == "overlay" else "editorial" if figure.assumption else "data"
    return Evidence(
        text, basis, value=figure.value, unit=unit, year=figure.year, source=source, note=figure.note
    )


_OWN = {
    "Least sensible cadence: {posts} per week": N_("Your own figure: {posts} per week"),
    "{hours} per {format}": N_("Your own figure: {hours} per {format}"),
    "{hours} a week for comments and messages": N_(
        "Your own figure: {hours} a week for comments and messages"
    ),
}


def _per_format(figure: Figure, fmt: str) -> dict[str, object]:
    return {"hours": Quantity(num(figure.value), "hours"), "format": LabelRef(FORMAT_LABELS, fmt)}


def _hours(figure: Figure) -> dict[str, object]:
    return {"hours": Quantity(num(figure.value), "hours")}


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
    basis: Basis = "editorial" if needed.assumed else "data"
    return Contribution(
        "feasibility", 0, value, basis, summary, Message(text, params), (*needed.evidence, team)
    )


@dataclass(frozen=True)
class Gate:
    """Why a platform is at most "consider": the team cannot carry its least sensible cadence."""

    needed: float
    """Hours a week at the least sensible cadence (posts × hours per post + community hours)."""
    posts_per_week: float
    team_hours: float
    by_workload: bool
    """True when the hours fit but the editorial workload rating says it is beyond a small team."""

    def note(self) -> Message:
        params = {"need": num(self.needed), "hours": num(self.team_hours), "posts": num(self.posts_per_week)}
        if self.by_workload:
            text = N_(
                "At most worth considering: its workload is too heavy for a team of {hours} h a week; even at its least sensible cadence ({posts} per week) it needs about {need} h a week."  # noqa: E501
            )
        else:
            text = N_(
                "At most worth considering: even at its least sensible cadence ({posts} per week) it needs about {need} h a week, more than your team's {hours} h."  # noqa: E501
            )
        return Message(text, params)

    def phrase(self) -> Message:
        return Message(
            N_("needs about {need} h a week even at its least sensible cadence (your team has {hours} h)"),
            {"need": num(self.needed), "hours": num(self.team_hours)},
        )


def feasibility_gate(platform: Platform, ctx: Context) -> Gate | None:
    """The gate of the least sensible cadence: ``None`` when the team carries it.

    A platform is gated when the hours it needs at its least sensible cadence (:func:`required_hours`) are
    more than the team's hours, or all of them while its editorial workload rating is the heaviest
    (0): then nothing else could be done beside it."""
    hours = ctx.team_hours
    if hours is None or platform.hub:
        return None
    needed = required_hours(platform, ctx.strategy, ctx.kb)
    if needed is None:
        return None
    heaviest = platform.workload is not None and platform.workload.rating == 0
    if needed.hours > hours or (heaviest and needed.hours >= hours):
        return Gate(needed.hours, needed.posts_per_week, hours, by_workload=needed.hours <= hours)
    return None


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
