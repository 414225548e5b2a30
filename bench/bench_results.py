"""Results: importing a 1,000,000-row generic CSV (beside Python's csv module reading the same
file) and the report for three years of daily figures of 30 KPIs.

    uv run python bench/bench_results.py
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import time

from socialstrategy.core.model import KPI, Goal, Strategy
from socialstrategy.core.results import Fact, build_results, import_files

START = dt.date(2026, 1, 1)


def _generic(rows: int) -> bytes:
    lines = ["date,platform,metric,value"]
    lines += [f"{START + dt.timedelta(days=n % 1000)},instagram,reach,{n % 977}" for n in range(rows)]
    return ("\n".join(lines) + "\n").encode()


def _seconds(work: object) -> float:
    started = time.perf_counter()
    work()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    data = _generic(1_000_000)
    plain = _seconds(lambda: sum(1 for _ in csv.reader(io.StringIO(data.decode()))))
    ours = _seconds(lambda: import_files([("big.csv", data)]))
    print(f"generic CSV, 1,000,000 rows: import {ours:.2f} s; csv.reader alone {plain:.2f} s")
    kpis = [KPI(id=f"k{n}", metric="Reach", measure="reach", per="month", platform=f"p{n}", baseline=100,
                target=400, since=START, due=dt.date(2028, 12, 31)) for n in range(30)]  # fmt: skip
    strategy = Strategy(goals=[Goal(id="g", type="awareness", statement="x", kpis=kpis)])
    facts = [
        Fact(START + dt.timedelta(days=d), f"p{n}", "reach", 10.0) for n in range(30) for d in range(1095)
    ]
    report = min(_seconds(lambda: build_results(strategy, facts, dt.date(2028, 12, 31))) for _ in range(5))
    print(f"report, 30 KPIs x 3 years of daily figures ({len(facts):,} facts): {report * 1000:.0f} ms")


if __name__ == "__main__":
    main()
