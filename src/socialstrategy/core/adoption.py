"""Adopting what the tool proposes: recommended platforms become platform decisions.

A decision made this way is a starting point the user edits like any other: status *use*, the
recommendation's first reason as its rationale (in the strategy's language), the goals the
platform suits (an editorial fit of 2 or more), every audience, the platform's main format and
the lowest posting frequency a source recommends. Platforms that already have a decision are
left as the user set them.
"""

from __future__ import annotations

from collections.abc import Iterable

from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.core.knowledge.schema import Platform
from socialstrategy.core.model import PlatformDecision, Strategy
from socialstrategy.core.recommend import recommend

GOOD_FIT = 2
"""The editorial goal fit (0 to 3) from which an adopted platform works on a goal."""


def recommended_platforms(strategy: Strategy) -> list[str]:
    """The platforms the recommendation recommends that have no decision yet, best first."""
    decided = {p.platform for p in strategy.platforms}
    ranked = recommend(strategy).platforms
    return [s.platform for s in ranked if s.verdict == "recommended" and s.platform not in decided]


def adopt_platforms(strategy: Strategy, platforms: Iterable[str]) -> Strategy:
    """``strategy`` with a decision for each of ``platforms`` that has none yet (unknown ids and
    decided platforms are skipped), in the order given."""
    knowledge = load_knowledge()
    scores = {s.platform: s for s in recommend(strategy, knowledge).platforms}
    decided = {p.platform for p in strategy.platforms}
    added = []
    for platform in dict.fromkeys(platforms):
        card = knowledge.platforms.get(platform)
        if card is None or platform in decided or platform not in scores:
            continue
        reasons = scores[platform].reasons
        added.append(_decision(strategy, card, reasons[0].render(strategy.language) if reasons else None))
    return strategy.model_copy(update={"platforms": [*strategy.platforms, *added]})


def _decision(strategy: Strategy, card: Platform, rationale: str | None) -> PlatformDecision:
    cadence = card.minimum_cadence()
    goals = [g.id for g in strategy.goals if (fit := card.goal_fit.get(g.type)) and fit.rating >= GOOD_FIT]
    return PlatformDecision(
        platform=card.id,
        status="use",
        rationale=rationale,
        goals=goals,
        audiences=[a.id for a in strategy.audiences],
        formats=[card.primary_format] if card.primary_format else [],
        posts_per_week=cadence.min_per_week if cadence else None,
    )
