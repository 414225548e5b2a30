"""Benchmark: loading the knowledge base and recommending for a large strategy.

Targets (issue 19): load < 50 ms; recommend for 10 audiences and 9 goals over every platform,
sensitivity of the top three included, < 20 ms, in-process.
Run: uv run python bench/bench_recommend.py
"""

from __future__ import annotations

import statistics
import time

from socialstrategy.core.knowledge import clear_cache, load_knowledge
from socialstrategy.core.model import GOAL_TYPES, Strategy
from socialstrategy.core.recommend import recommend, sensitivity

KINDS = ["consumers", "business_buyers", "candidates", "members", "citizens"]
COUNTRIES = ["DE", "US", "AT", "CH", "DE"]


def large_strategy() -> Strategy:
    return Strategy.model_validate(
        {
            "language": "de",
            "organisation": {"name": "Big GmbH", "country": "DE", "city": "Köln", "business_model": "b2b2c"},
            "goals": [{"id": f"g{i}", "type": t, "statement": t} for i, t in enumerate(GOAL_TYPES)],
            "audiences": [
                {
                    "id": f"a{i}",
                    "name": f"Audience {i}",
                    "kind": KINDS[i % 5],
                    "age_min": 14 + 5 * i,
                    "age_max": 30 + 5 * i,
                    "region": COUNTRIES[i % 5],
                }
                for i in range(10)
            ],
            "resources": {
                "team": [{"id": "a", "name": "A", "hours_per_week": 20}],
                "budget": [{"category": "ads", "monthly_amount": 300}],
            },
        }
    )


def measure(function, repeat: int) -> list[float]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    def cold_load() -> None:
        clear_cache()
        load_knowledge()

    loads = measure(cold_load, 20)
    strategy = large_strategy()
    kb = load_knowledge()
    assert len(strategy.audiences) == 10 and len(strategy.goals) == 9
    runs = measure(lambda: recommend(strategy, kb), 50)
    result = recommend(strategy, kb)
    alone = measure(lambda: sensitivity(result.platforms, result.weights), 50)
    with_json = measure(lambda: recommend(strategy, kb).as_dict("de"), 20)
    print(f"load knowledge base (cold, no overlay): {_stats(loads)} (target < 50 ms)")
    platforms = len(kb.platforms)
    print(
        f"recommend 10 audiences x 9 goals x {platforms} platforms, with sensitivity: {_stats(runs)} "
        "(target < 20 ms)"
    )
    print(f"  of which sensitivity of the top three: {_stats(alone)}")
    print(f"recommend + render JSON in German: median {statistics.median(with_json):.1f} ms")


def _stats(times: list[float]) -> str:
    return f"median {statistics.median(times):.1f} ms, max {max(times):.1f} ms"


if __name__ == "__main__":
    main()
