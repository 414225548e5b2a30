"""Scoring one platform: its contributions weighted into a score, a verdict, reasons and notes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from socialstrategy.core.knowledge.schema import Platform
from socialstrategy.core.recommend.context import Context
from socialstrategy.core.recommend.feasibility import budget_fit, feasibility, feasibility_gate
from socialstrategy.core.recommend.fits import audience_fit, business_model_fit, goal_fit
from socialstrategy.core.recommend.notes import data_notes, legal_notes
from socialstrategy.core.recommend.reach import audience_reach
from socialstrategy.core.recommend.results import Contribution, PlatformScore
from socialstrategy.core.recommend.verdicts import (
    detail_reasons,
    fixed_verdict,
    marginal_reach,
    reason,
    total_score,
    verdict_with_rules,
    weight_free_caps,
)


def score_platform(platform: Platform, ctx: Context, weights: Mapping[str, float]) -> PlatformScore:
    raw = [
        audience_reach(platform, ctx),
        goal_fit(platform, ctx),
        audience_fit(platform, ctx),
        business_model_fit(platform, ctx),
        feasibility(platform, ctx),
        budget_fit(platform, ctx),
    ]
    contributions = _weighted(raw, weights)
    known_weight = sum(weights[c.key] for c in contributions if c.is_known)
    total_weight = sum(weights.values())
    score = total_score(contributions)
    notes = [*data_notes(platform, ctx, contributions), *legal_notes(platform, ctx)]
    gate = feasibility_gate(platform, ctx)
    verdict, caps = verdict_with_rules(platform, ctx, score, contributions, known_weight / total_weight, gate)
    notes.extend(caps)
    fixed = fixed_verdict(platform, ctx)
    reasons = (reason(platform, verdict, contributions, ctx, gate), *detail_reasons(contributions))
    return PlatformScore(
        platform.id,
        platform.name,
        score,
        verdict,
        tuple(contributions),
        reasons,
        tuple(notes),
        overlaid=tuple(platform.overlaid),
        fixed=fixed[0]
        if fixed
        else "not_recommended"
        if marginal_reach(platform, ctx, contributions)
        else None,
        capped=bool(weight_free_caps(platform, ctx, contributions, gate)),
    )


def _weighted(raw: list[Contribution], weights: Mapping[str, float]) -> list[Contribution]:
    known = sum(weights[c.key] for c in raw if c.is_known and weights[c.key] > 0)
    total = sum(weights.values())
    result = []
    for c in raw:
        weight = weights[c.key]
        points = 100 * weight * c.value / known if c.value is not None and known > 0 else 0.0
        result.append(replace(c, weight=weight, points=points, share=100 * weight / total))
    return result


def with_rank(score: PlatformScore, rank: int) -> PlatformScore:
    return replace(score, rank=rank)
