"""Planning's use of the effort model: which formats a platform decision produces and the money
a week that buys production hours. The effort model itself lives in the knowledge base
(:mod:`socialstrategy.core.knowledge.effort`)."""

from __future__ import annotations

from socialstrategy.core.knowledge.effort import EffortModel
from socialstrategy.core.model import PlatformDecision, Strategy

WEEKS_PER_MONTH = 52 / 12
BOUGHT_HOURS_CATEGORIES = ("production", "agency")


def formats_of(decision: PlatformDecision, model: EffortModel) -> list[str]:
    """The formats a platform decision uses, or the platform's usual one when it names none."""
    return list(dict.fromkeys(decision.formats)) or [model.default_format(decision.platform)]


def weekly_budget(strategy: Strategy, currency: str = "EUR") -> float:
    """Money per week that can buy production hours (budget lines production and agency)."""
    lines = strategy.resources.budget if strategy.resources else []
    monthly = sum(
        line.monthly_amount
        for line in lines
        if line.category in BOUGHT_HOURS_CATEGORIES and line.currency == currency
    )
    return monthly / WEEKS_PER_MONTH
