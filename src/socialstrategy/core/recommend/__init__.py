"""Platform recommendation: an explainable decision matrix over every platform and owned channel.

Each platform's score (0-100) is a weighted mean of named contributions, each between 0 and 1:

* ``audience_reach`` (data): the share of each audience's age band the platform reaches in the
  audience's country, from that country's main usage survey, scaled by the metric's
  ``full_reach_at``;
* ``goal_fit``, ``audience_fit``, ``business_model_fit`` (editorial assessments with reasons);
* ``feasibility``: the hours the platform's minimum sourced cadence needs against the team's hours,
  or the editorial workload rating when no sourced hours exist;
* ``budget_fit``: whether a platform that depends on ads meets an ad budget.

A contribution without data is *unknown*: it is left out and the weights of the known ones are
rescaled, and the output says what is missing. See ``docs/scoring.md``.

One topic per module: ``results`` (result types), ``weights`` (defaults, aliases, validation,
``--weights`` parsing), ``context`` (what scoring knows of a strategy), ``reach``, ``fits`` and
``feasibility`` (the contributions), ``verdicts`` (thresholds, rules, reasons), ``notes``, and
``scoring`` (one platform's score).
"""

from __future__ import annotations

from collections.abc import Mapping

from socialstrategy.core.knowledge import Knowledge, load_knowledge
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy
from socialstrategy.core.recommend.context import (
    BARELY_REACHES,
    LARGE_TEAM_HOURS,
    NON_LOCAL_SECTORS,
    NOT_IN_POPULATION_SURVEYS,
    PRIORITY_WEIGHT,
    Context,
    audience_country,
)
from socialstrategy.core.recommend.feasibility import RequiredHours, required_hours
from socialstrategy.core.recommend.results import (
    Basis,
    Contribution,
    DataText,
    Evidence,
    LabelRef,
    Note,
    PlatformScore,
    Recommendation,
    SourceRef,
    Verdict,
    contribution_label,
)
from socialstrategy.core.recommend.scoring import score_platform, with_rank
from socialstrategy.core.recommend.sensitivity import Shift, sensitivity
from socialstrategy.core.recommend.verdicts import (
    CONSIDER_FROM,
    MIN_KNOWN_WEIGHT,
    RECOMMENDED_FROM,
    VERDICT_ORDER,
    score_verdict,
)
from socialstrategy.core.recommend.weights import (
    DEFAULT_WEIGHTS,
    WEIGHT_ALIASES,
    WeightError,
    WeightShare,
    effective_weights,
    ignored_weights,
    off_scale_weights,
    parse_weights,
    resolve_weights,
    weight_shares,
)

__all__ = [
    "BARELY_REACHES",
    "CONSIDER_FROM",
    "DEFAULT_WEIGHTS",
    "LARGE_TEAM_HOURS",
    "MIN_KNOWN_WEIGHT",
    "NON_LOCAL_SECTORS",
    "NOT_IN_POPULATION_SURVEYS",
    "PRIORITY_WEIGHT",
    "RECOMMENDED_FROM",
    "WEIGHT_ALIASES",
    "Basis",
    "Contribution",
    "DataText",
    "Evidence",
    "LabelRef",
    "Message",
    "Note",
    "PlatformScore",
    "Recommendation",
    "RequiredHours",
    "Shift",
    "SourceRef",
    "Verdict",
    "WeightError",
    "WeightShare",
    "audience_country",
    "contribution_label",
    "effective_weights",
    "ignored_weights",
    "off_scale_weights",
    "parse_weights",
    "recommend",
    "required_hours",
    "resolve_weights",
    "score_verdict",
    "sensitivity",
    "weight_shares",
]


def recommend(
    strategy: Strategy, knowledge: Knowledge | None = None, weights: Mapping[str, float] | None = None
) -> Recommendation:
    """Score every platform and owned channel for ``strategy`` and rank them.

    ``weights`` override ``strategy.recommendation.weights``, which override the defaults.
    """
    kb = knowledge or load_knowledge()
    chosen = resolve_weights(strategy, weights)
    context = Context.build(strategy, kb)
    scores = [score_platform(platform, context, chosen) for platform in kb.platforms.values()]
    ranked = sorted(scores, key=lambda s: (VERDICT_ORDER[s.verdict], -s.score, s.platform))
    numbered = tuple(with_rank(score, rank) for rank, score in enumerate(ranked, start=1))
    return Recommendation(numbered, chosen, strategy.text_variant(), sensitivity(numbered, chosen))
