"""Benchmark of the planning core: plan + 52-week calendar for 8 platforms, 5 formats, 6 pillars
and 10 people (target < 200 ms in-process), and the optimisation alone (target < 50 ms).

Run: ``uv run python bench/bench_planning.py``. Prints the median and the worst of several runs;
the first ("cold") run is reported separately because it loads data files and holiday tables.
The verdict uses the median CPU time, which other processes on a shared machine disturb less.
"""

from __future__ import annotations

import datetime as dt
import statistics
import time
from collections.abc import Callable

from socialstrategy.core.model import Strategy
from socialstrategy.core.planning.calendar import build_calendar
from socialstrategy.core.planning.capacity import capacity
from socialstrategy.core.planning.optimise import optimise, platform_options
from socialstrategy.core.planning.plan import make_plan

PLATFORMS = ["instagram", "facebook", "linkedin", "tiktok", "youtube", "pinterest", "newsletter", "website"]
FORMATS = ["image", "carousel", "short_video", "text", "story"]
START = dt.date(2027, 1, 4)
RUNS = 15


def big_strategy() -> Strategy:
    goals = [
        {"id": f"g{i}", "type": t, "statement": f"Goal {i}", "priority": p}
        for i, (t, p) in enumerate([("awareness", "high"), ("sales", "medium"), ("recruiting", "low")])
    ]
    return Strategy.model_validate(
        {
            "language": "de",
            "organisation": {"name": "Bench GmbH", "country": "DE", "region": "DE-BY"},
            "goals": goals,
            "platforms": [
                {"platform": p, "posts_per_week": 3 + i % 4, "formats": FORMATS, "goals": [f"g{i % 3}"]}
                for i, p in enumerate(PLATFORMS)
            ],
            "resources": {
                "team": [
                    {
                        "id": f"m{i}",
                        "name": f"Member {i}",
                        "hours_per_week": 4 + i,
                        "competences": {f"platform_{PLATFORMS[i % 8]}": 3, "video": 1 + i % 5},
                    }
                    for i in range(10)
                ],
                "budget": [{"category": "agency", "monthly_amount": 500}],
            },
            "marketing_mix": {
                "events": [
                    {
                        "id": f"e{i}",
                        "date": START + dt.timedelta(days=20 * i + 3),
                        "title": f"Event {i}",
                        "goals": ["g0"],
                    }
                    for i in range(12)
                ]
            },
            "content": {
                "pillars": [{"id": f"p{i}", "name": f"Pillar {i}", "share": 10 + 5 * i} for i in range(6)]
            },
        }
    )


def measure(name: str, function: Callable[[], object], target_ms: float) -> None:
    """Wall-clock median and worst, and the median CPU time (less disturbed by a busy machine)."""
    cold_start = time.perf_counter()
    function()
    cold = (time.perf_counter() - cold_start) * 1000
    wall, cpu = [], []
    for _ in range(RUNS):
        begin, begin_cpu = time.perf_counter(), time.process_time()
        function()
        wall.append((time.perf_counter() - begin) * 1000)
        cpu.append((time.process_time() - begin_cpu) * 1000)
    median, worst, median_cpu = statistics.median(wall), max(wall), statistics.median(cpu)
    verdict = "ok" if median_cpu < target_ms else "OVER TARGET"
    print(
        f"{name:<44} cold {cold:6.1f} ms  median {median:6.1f} ms (cpu {median_cpu:6.1f})  "
        f"worst {worst:6.1f} ms  target {target_ms:.0f} ms  {verdict}"
    )


def main() -> None:
    strategy = big_strategy()
    tight = big_strategy()
    for member in tight.team():
        member.hours_per_week = 2
    load = capacity(tight)
    options = platform_options(tight)
    entries = build_calendar(strategy, START, 52)
    print(
        f"calendar: {len(entries)} posts over 52 weeks; "
        f"tight plan needs {load.required:.1f} h of {load.available:.1f} h"
    )
    measure("plan + 52-week calendar (within capacity)", lambda: make_plan(strategy, START, 52), 200)
    measure("plan + 52-week calendar (over capacity)", lambda: make_plan(tight, START, 52), 200)
    measure(
        "optimisation alone (40 options, 8 switches)",
        lambda: optimise(options, load.available, load.buyable),
        50,
    )


if __name__ == "__main__":
    main()
