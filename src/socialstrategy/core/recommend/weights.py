"""The weights of the recommendation: defaults, accepted aliases, and the user's choice validated."""

from __future__ import annotations

from collections.abc import Mapping

from socialstrategy.core.model import Strategy

DEFAULT_WEIGHTS: dict[str, float] = {
    "audience_reach": 0.28,
    "goal_fit": 0.28,
    "audience_fit": 0.14,
    "business_model_fit": 0.10,
    "feasibility": 0.15,
    "budget_fit": 0.05,
}
WEIGHT_ALIASES: dict[str, str] = {"effort": "feasibility", "reach": "audience_reach"}
"""Other names accepted for weights (the demos say ``effort``)."""


class WeightError(ValueError):
    """Weights given by the user are invalid; the message names the offending key."""


def resolve_weights(strategy: Strategy, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Defaults, then the strategy's weights, then ``overrides``; validated.

    Unknown keys in ``overrides`` (the user typed them) are errors; unknown keys in the strategy
    are skipped, reported by :func:`ignored_weights` and by the check ``unknown-recommendation-weight``.
    """
    weights = dict(DEFAULT_WEIGHTS)
    strategy_weights = strategy.recommendation.weights if strategy.recommendation else {}
    weights.update(
        {
            WEIGHT_ALIASES.get(k, k): v
            for k, v in strategy_weights.items()
            if k not in ignored_weights(strategy)
        }
    )
    for key, value in (overrides or {}).items():
        key = WEIGHT_ALIASES.get(key, key)
        if key not in DEFAULT_WEIGHTS:
            raise WeightError(f"unknown weight '{key}'; known: {', '.join(DEFAULT_WEIGHTS)}")
        weights[key] = value
    for key, value in weights.items():
        if value < 0:
            raise WeightError(f"weight '{key}' must not be negative")
    if sum(weights.values()) <= 0:
        raise WeightError("at least one weight must be greater than zero")
    return weights


def ignored_weights(strategy: Strategy) -> list[str]:
    """Weight keys in the strategy that the scoring model does not know."""
    given = strategy.recommendation.weights if strategy.recommendation else {}
    return [k for k in given if WEIGHT_ALIASES.get(k, k) not in DEFAULT_WEIGHTS]


def parse_weights(text: str) -> dict[str, float]:
    """``'goal_fit=0.4,audience_reach=0.3'`` → ``{'goal_fit': 0.4, 'audience_reach': 0.3}``."""
    weights: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep:
            raise WeightError(f"'{part}' is not of the form key=value")
        try:
            weights[key.strip()] = float(value)
        except ValueError:
            raise WeightError(f"weight '{key.strip()}' is not a number: '{value}'") from None
    return weights


def effective_weights(weights: Mapping[str, object]) -> dict[str, float]:
    """The defaults, overridden by the known numeric entries of ``weights`` (aliases such as
    ``effort`` too); unknown keys and values that are not numbers are skipped, not raised."""
    result = dict(DEFAULT_WEIGHTS)
    for key, value in weights.items():
        known = WEIGHT_ALIASES.get(key, key)
        if known in result and isinstance(value, int | float):
            result[known] = float(value)
    return result
