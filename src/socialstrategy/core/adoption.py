"""Adopting what the tool proposes: recommended platforms become platform decisions, and the
suggested plan that fits the team's hours becomes the platforms' cadences.

A decision made this way is a starting point the user edits like any other: status *use*, the
recommendation's first reason as its rationale (in the strategy's language), the goals the
platform suits (an editorial fit of 2 or more), every audience, the platform's main format and
the lowest posting frequency a source recommends. Platforms that already have a decision are
left as the user set them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.knowledge.schema import Platform
from socialstrategy.core.message import Message
from socialstrategy.core.model import PlatformDecision, Strategy
from socialstrategy.core.planning.effort import formats_of
from socialstrategy.core.planning.optimise import SuggestedPlan
from socialstrategy.core.recommend import recommend
from socialstrategy.core.vocabulary import FORMATS, PLATFORMS

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


@dataclass(frozen=True)
class CadenceChange:
    """How applying the suggested plan changed one platform decision."""

    platform: str
    before: float
    after: float
    """Posts per week after; 0 when the platform was set to "observe"."""
    dropped_formats: tuple[str, ...] = ()

    def message(self) -> Message:
        """What changed, for the history and the confirmation: „Instagram 3 → 2 pro Woche“."""
        platform = (
            Message(PLATFORMS.labels[self.platform]) if self.platform in PLATFORMS.labels else self.platform
        )
        if not self.after:
            return Message(N_("{platform} set to “observe”"), {"platform": platform})
        params: dict[str, object] = {"platform": platform, "before": self.before, "after": self.after}
        if not self.dropped_formats:
            return Message(N_("{platform} {before} → {after} a week"), params)
        formats = [Message(FORMATS.labels.get(f, f)) for f in self.dropped_formats]
        return Message(
            N_("{platform} {before} → {after} a week, without {formats}"), {**params, "formats": formats}
        )


def apply_suggested_plan(strategy: Strategy, plan: SuggestedPlan) -> tuple[Strategy, list[CadenceChange]]:
    """``strategy`` with the suggested plan's cadences as its platform decisions, and what changed.

    A platform keeps the formats the plan still schedules. A decision splits its posts evenly over
    its formats, so it gets the most posts a week (in quarters, at least one post every four weeks)
    that fit the hours the plan gives the platform at that split, and so the applied plan fits. A platform
    the plan drops is set to "observe", so that the decision and its reasons stay on record.
    Platforms not in use are left as they are.
    """
    model = effort_model(strategy)
    chosen: dict[str, dict[str, float]] = {}
    for cadence in plan.cadences:
        chosen.setdefault(cadence.platform, {})[cadence.format] = cadence.posts_per_week
    decisions, changes = [], []
    for decision in strategy.platforms:
        if not decision.is_active:
            decisions.append(decision)
            continue
        hours = {
            fmt: model.hours_per_post(decision.platform, fmt).value for fmt in formats_of(decision, model)
        }
        updated, change = _applied(decision, hours, chosen.get(decision.platform, {}))
        decisions.append(updated)
        if change is not None:
            changes.append(change)
    return strategy.model_copy(update={"platforms": decisions}), changes


def _applied(
    decision: PlatformDecision, hours_per_post: dict[str, float], chosen: dict[str, float]
) -> tuple[PlatformDecision, CadenceChange | None]:
    """``hours_per_post`` of each format of the decision; ``chosen``: the plan's posts per format."""
    before = decision.posts_per_week or 0.0
    formats = list(hours_per_post)
    kept = [fmt for fmt in formats if chosen.get(fmt, 0.0) > 0]
    if not kept:
        observed = decision.model_copy(update={"status": "observe"})
        return observed, CadenceChange(decision.platform, before, 0.0)
    after = _even_split_cadence({fmt: hours_per_post[fmt] for fmt in kept}, chosen)
    dropped = tuple(fmt for fmt in formats if fmt not in kept)
    if after == before and not dropped:
        return decision, None
    update: dict[str, object] = {"posts_per_week": after}
    if dropped:
        update["formats"] = kept
    return decision.model_copy(update=update), CadenceChange(decision.platform, before, after, dropped)


def _even_split_cadence(hours_per_post: dict[str, float], chosen: dict[str, float]) -> float:
    """Posts a week over these formats, split evenly, within the hours the plan gave them."""
    posts = sum(chosen[fmt] for fmt in hours_per_post)
    mean = sum(hours_per_post.values()) / len(hours_per_post)
    if not mean:
        return posts
    hours = sum(chosen[fmt] * hours_per_post[fmt] for fmt in hours_per_post)
    quarters = math.floor(min(posts, hours / mean) * QUARTERS + 1e-9)
    return max(quarters, 1) / QUARTERS


QUARTERS = 4
"""Cadences are set in quarter posts a week (one post every four weeks), as the plan counts them."""
