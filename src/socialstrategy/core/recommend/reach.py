"""The contribution ``audience_reach``: the share of each audience the platform reaches (data)."""

from __future__ import annotations

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge
from socialstrategy.core.knowledge.base import AudienceReach
from socialstrategy.core.knowledge.schema import Platform
from socialstrategy.core.message import Message
from socialstrategy.core.model import Audience
from socialstrategy.core.recommend.context import (
    NOT_IN_POPULATION_SURVEYS,
    Context,
    audience_country,
    band,
    flat,
    pct,
    source_ref,
)
from socialstrategy.core.recommend.results import Basis, Contribution, Evidence, LabelRef


def audience_reach(platform: Platform, ctx: Context) -> Contribution:
    key = "audience_reach"
    if platform.local_presence and ctx.is_local:
        return _local_reach(platform)
    if platform.is_owned_channel:
        return Contribution(
            key,
            0,
            None,
            "data",
            Message(
                N_(
                    "Own channels have no survey reach; their reach comes from your other channels and from search."  # noqa: E501
                )
            ),
        )
    if not ctx.strategy.audiences:
        return Contribution(key, 0, None, "data", Message(N_("No audiences defined yet.")))
    audiences = [a for a in ctx.strategy.audiences if a.kind not in NOT_IN_POPULATION_SURVEYS]
    if not audiences:
        text = N_(
            "Population surveys do not describe these audiences; their fit is judged under audience fit."
        )
        return Contribution(key, 0, None, "data", Message(text))
    found = [
        (a, r)
        for a in audiences
        if (r := ctx.kb.reach(audience_country(a, ctx.strategy) or "", platform.id, a.age_min, a.age_max))
    ]
    if not found:
        return Contribution(
            key,
            0,
            None,
            "data",
            Message(N_("No usage survey figures for your audiences' countries and ages.")),
        )
    relative = [_relative_reach(ctx, a, r) for a, r in found]
    value = sum(share for share, _ in relative) / len(relative)
    best, worst = max(found, key=lambda ar: ar[1].share), min(found, key=lambda ar: ar[1].share)
    evidence = tuple(e for audience, reach in found for e in _reach_evidence(ctx.kb, audience, reach))
    evidence += tuple(
        _leader_evidence(ctx.kb, a, r, leader) for (a, r), (_, leader) in zip(found, relative, strict=True)
    )
    summary = _reach_message(best[0], best[1], ctx.kb)
    phrase = _reach_phrase(best if value >= 0.5 else worst, ctx.kb, positive=value >= 0.5)
    basis: Basis = "overlay" if any(f.origin == "overlay" for _, r in found for f in r.figures) else "data"
    return Contribution(key, 0, value, basis, summary, phrase, evidence)


def _local_reach(platform: Platform) -> Contribution:
    """A business that customers visit is found where people search nearby: no survey measures
    that, so it is an editorial assessment, and it is full."""
    text = N_(
        "Customers come to your premises or book appointments: people looking for a business nearby search Google and Maps, and find its profile first (editorial assessment)."  # noqa: E501
    )
    evidence = (Evidence(Message(text), "editorial", value=1.0),)
    phrase = Message(N_("is what people nearby find first when they search Google and Maps"))
    return Contribution("audience_reach", 0, 1.0, "editorial", Message(text), phrase, evidence)


def _relative_reach(ctx: Context, audience: Audience, reach: AudienceReach) -> tuple[float, AudienceReach]:
    """The platform's share of the audience against the leader's: the platform that reaches the
    most of the same age band in the same survey. A platform known there only by its figure for
    the whole population is held against the same leader (its note says the band is missing)."""
    leader = leading_reach(ctx, audience) or leading_reach(ctx, audience, total_only=True) or reach
    share = min(1.0, reach.share / leader.share) if leader.share > 0 else 0.0
    return (share if leader.share >= reach.share else 1.0), leader


def leading_reach(ctx: Context, audience: Audience, total_only: bool = False) -> AudienceReach | None:
    """The platform reaching the most of ``audience``'s age band in its country's survey (or, with
    ``total_only``, of the whole population in that survey). Cached per strategy."""
    key = (audience.id, total_only)
    if key not in ctx.leaders:
        country = audience_country(audience, ctx.strategy) or ""
        ages = (None, None) if total_only else (audience.age_min, audience.age_max)
        reaches = [
            r
            for p in ctx.kb.platforms.values()
            if not p.is_owned_channel
            and (r := ctx.kb.reach(country, p.id, *ages)) is not None
            and (total_only or not r.is_total_only)
        ]
        ctx.leaders[key] = max(reaches, key=lambda r: (r.share, r.platform)) if reaches else None
    return ctx.leaders[key]


def _leader_evidence(
    kb: Knowledge, audience: Audience, reach: AudienceReach, leader: AudienceReach
) -> Evidence:
    params = {
        "audience": audience.name,
        "leader": LabelRef({leader.platform: kb.platforms[leader.platform].name}, leader.platform),
        "share": pct(leader.share),
        "relative": pct(100 * reach.share / leader.share if leader.share else 0.0),
    }
    if leader.platform == reach.platform:
        text = N_("“{audience}”: no platform reaches more of this band in the same survey.")
    else:
        text = N_(
            "“{audience}”: {relative}% of what {leader} reaches in the same band and survey ({share}%)."
        )
    return Evidence(
        Message(text, params), "data", value=round(reach.share / leader.share, 3) if leader.share else 0.0
    )


def _reach_message(audience: Audience, reach: AudienceReach, kb: Knowledge) -> Message:
    return Message(
        N_("{share}% of “{audience}” in {country} ({metric})"),
        {
            "share": pct(reach.share),
            "audience": audience.name,
            "country": reach.country,
            "metric": flat(kb.metrics[reach.metric].label),
        },
    )


def _reach_phrase(pair: tuple[Audience, AudienceReach], kb: Knowledge, positive: bool) -> Message:
    audience, reach = pair
    params = {
        "share": pct(reach.share),
        "audience": audience.name,
        "metric": flat(kb.metrics[reach.metric].label),
    }
    if positive:
        return Message(N_("reaches {share}% of “{audience}” ({metric})"), params)
    return Message(N_("reaches only {share}% of “{audience}” ({metric})"), params)


def _reach_evidence(kb: Knowledge, audience: Audience, reach: AudienceReach) -> list[Evidence]:
    return [
        Evidence(
            Message(
                N_("“{audience}”: {value}% of {band} in {country} ({metric}, {year})"),
                {
                    "audience": audience.name,
                    "value": pct(f.value),
                    "band": band(f.age_band),
                    "country": f.country,
                    "metric": flat(kb.metrics[f.metric].label),
                    "year": f.year,
                },
            ),
            "overlay" if f.origin == "overlay" else "data",
            value=f.value,
            unit="%",
            year=f.year,
            source=source_ref(kb, f.source),
            note=f.note,
        )
        for f in reach.figures
    ]
