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
from socialstrategy.core.recommend.results import Basis, Contribution, Evidence


def audience_reach(platform: Platform, ctx: Context) -> Contribution:
    key = "audience_reach"
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
    scaled = [_scaled_reach(ctx.kb, r) for _, r in found]
    value = sum(scaled) / len(scaled)
    best, worst = max(found, key=lambda ar: ar[1].share), min(found, key=lambda ar: ar[1].share)
    evidence = tuple(e for audience, reach in found for e in _reach_evidence(ctx.kb, audience, reach))
    summary = _reach_message(best[0], best[1], ctx.kb)
    phrase = _reach_phrase(best if value >= 0.5 else worst, ctx.kb, positive=value >= 0.5)
    basis: Basis = "overlay" if any(f.origin == "overlay" for _, r in found for f in r.figures) else "data"
    return Contribution(key, 0, value, basis, summary, phrase, evidence)


def _scaled_reach(kb: Knowledge, reach: AudienceReach) -> float:
    full = kb.metrics[reach.metric].full_reach_at or 100.0
    return min(1.0, reach.share / full)


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
