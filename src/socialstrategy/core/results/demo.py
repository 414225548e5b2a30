"""Twelve months of made-up figures for a strategy's KPIs: for the demos, the tests and trying
out the results page without a client's data. Deterministic: the same strategy and start give
the same figures. Some KPIs move faster than their pace line, some slower, so that every status
shows up.
"""

from __future__ import annotations

import datetime as dt
import random

from socialstrategy.core.model import Strategy
from socialstrategy.core.results.facts import Fact
from socialstrategy.core.results.mapping import PERIOD_DAYS, measured

_PACES = (1.3, 0.95, 0.5)
"""How fast each KPI in turn moves, as a share of its pace line's speed."""


def demo_facts(strategy: Strategy, start: dt.date, days: int = 365, seed: int = 16) -> list[Fact]:
    """Daily facts from ``start`` for every measurable KPI of ``strategy`` with a platform."""
    rng = random.Random(seed)
    facts: list[Fact] = []
    kpis = [kpi for goal in strategy.goals for kpi in goal.kpis if kpi.baseline is not None]
    measurable = [(kpi, m) for kpi in kpis if (m := measured(kpi)) and kpi.target is not None and kpi.due]
    for number, (kpi, measure) in enumerate(measurable):
        assert kpi.baseline is not None and kpi.target is not None and kpi.due is not None
        platform = measure.platform or "website"
        pace = _PACES[number % len(_PACES)]
        span = max((kpi.due - start).days, 1)
        for offset in range(days):
            share = min(pace * offset / span, 1.2)
            level = kpi.baseline + share * (kpi.target - kpi.baseline)
            value = level if measure.combine != "sum" else level / _period_days(measure.per, span)
            noisy = max(value * rng.uniform(0.9, 1.1), 0.0)
            facts.append(Fact(start + dt.timedelta(days=offset), platform, measure.metric, round(noisy, 1)))
    return facts


def _period_days(per: str, span: int) -> int:
    return span if per == "total" else PERIOD_DAYS[per]
