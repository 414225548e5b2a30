"""The weights of the recommendation: one scale of importance (0–5), the defaults on it, accepted
aliases, the user's choice validated, and the shares of 100 % every output shows.

A weight says how much a contribution matters: 0 leaves it out, 5 makes it decisive. Only the
ratios between the six importances matter, so every output shows them as shares of 100 %.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge.labels import CONTRIBUTION_LABELS
from socialstrategy.core.message import Address, Message
from socialstrategy.core.model import IMPORTANCE_MAX, Strategy

DEFAULT_WEIGHTS: dict[str, float] = {
    "audience_reach": 5,
    "goal_fit": 5,
    "audience_fit": 3,
    "business_model_fit": 2,
    "feasibility": 3,
    "budget_fit": 1,
}
"""The importance (0–5) of each contribution when the strategy does not set it."""
WEIGHT_ALIASES: dict[str, str] = {"effort": "feasibility", "reach": "audience_reach"}
"""Other names accepted for weights (the demos say ``effort``)."""


class WeightError(ValueError):
    """Weights are invalid; the message names the offending key, ``field`` its path in the
    strategy when the strategy holds it (None for a weight given on the command line)."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


@dataclass(frozen=True)
class WeightShare:
    """One contribution's importance (0–5) and its share of all importances, in whole percent."""

    key: str
    importance: float
    share: int

    def text(self, language: str, address: Address | None = None) -> str:
        """ "Audience reach 26 % (importance 5)"."""
        return Message(
            N_("{label} {share}\u00a0% (importance {importance})"),
            {
                "label": Message(CONTRIBUTION_LABELS[self.key]),
                "share": self.share,
                "importance": float(self.importance),
            },
        ).render(language, address)

    def as_dict(self, language: str, address: Address | None = None) -> dict[str, object]:
        label = Message(CONTRIBUTION_LABELS[self.key]).render(language, address)
        return {"key": self.key, "label": label, "importance": self.importance, "share": self.share}


def resolve_weights(strategy: Strategy, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Defaults, then the strategy's weights, then ``overrides``; validated.

    Unknown keys in ``overrides`` (the user typed them) are errors; unknown keys in the strategy
    are skipped, reported by :func:`ignored_weights` and by the check ``unknown-recommendation-weight``.
    """
    weights = dict(DEFAULT_WEIGHTS)
    for key in off_scale_weights(strategy):
        value = strategy.recommendation.weights[key] if strategy.recommendation else 0.0
        raise WeightError(
            f"recommendation.weights.{key} is {value:g}: {_SCALE}", f"recommendation.weights.{key}"
        )
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
        if not 0 <= value <= IMPORTANCE_MAX:
            raise WeightError(f"weight '{key}' is {value:g}: {_SCALE}")
        weights[key] = value
    if sum(weights.values()) <= 0:
        raise WeightError("at least one weight must be greater than zero")
    return weights


_SCALE = "give an importance from 0 (leave out) to 5 (decisive)"


def off_scale_weights(strategy: Strategy) -> list[str]:
    """Known weight keys in the strategy whose value is not an importance from 0 to 5."""
    given = strategy.recommendation.weights if strategy.recommendation else {}
    return [
        k
        for k, v in given.items()
        if WEIGHT_ALIASES.get(k, k) in DEFAULT_WEIGHTS and not 0 <= v <= IMPORTANCE_MAX
    ]


def weight_shares(weights: Mapping[str, float]) -> list[WeightShare]:
    """Each weight with its share of the total in whole percent; the shares add up to 100.

    >>> [s.share for s in weight_shares({"goal_fit": 1, "audience_reach": 1, "budget_fit": 1})]
    [33, 33, 34]
    """
    total = sum(weights.values())
    exact = {k: 100 * v / total if total > 0 else 0.0 for k, v in weights.items()}
    shares = {k: int(v) for k, v in exact.items()}
    missing = 100 - sum(shares.values()) if total > 0 else 0
    # largest remainder first; among equal remainders the later key, so that ties read 33, 33, 34
    by_remainder = sorted(exact, key=lambda k: (exact[k] - shares[k], list(exact).index(k)), reverse=True)
    for key in by_remainder[:missing]:
        shares[key] += 1
    return [WeightShare(k, weights[k], shares[k]) for k in weights]


def ignored_weights(strategy: Strategy) -> list[str]:
    """Weight keys in the strategy that the scoring model does not know."""
    given = strategy.recommendation.weights if strategy.recommendation else {}
    return [k for k in given if WEIGHT_ALIASES.get(k, k) not in DEFAULT_WEIGHTS]


def parse_weights(text: str) -> dict[str, float]:
    """``'goal_fit=4,audience_reach=3'`` → ``{'goal_fit': 4.0, 'audience_reach': 3.0}``."""
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
