"""Benchmark of the strategy check; prints its figures.

    uv run python bench/bench_check.py

1. ``socialstrategy check`` on a demo strategy as a whole process (start-up, loading, checking,
   printing): median of several runs. Target: under 0.5 s.
2. ``run_checks`` in-process on a strategy with 200 goals and 2,000 calendar entries. Target:
   under 50 ms.
"""

from __future__ import annotations

import datetime as dt
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from socialstrategy.core.checks import run_checks
from socialstrategy.core.demos import demo_text, load_demo
from socialstrategy.core.fileformat import dump_strategy, loads_strategy
from socialstrategy.core.model import Strategy

PROCESS_RUNS = 15
IN_PROCESS_RUNS = 30


def main() -> None:
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    # Installed Python caches compiled modules (.pyc); some sandboxes switch that off with
    # PYTHONDONTWRITEBYTECODE, which recompiles every module on every start. Measure both.
    cached = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    uncached = cached | {"PYTHONDONTWRITEBYTECODE": "1", "PYTHONPYCACHEPREFIX": tempfile.mkdtemp()}
    with tempfile.TemporaryDirectory() as folder:
        for name in ("bakery", "sensors"):
            path = Path(folder) / f"{name}.yaml"
            path.write_text(demo_text(name), encoding="utf-8")
            for label, env in (("bytecode cached", cached), ("no bytecode cache", uncached)):
                median, best, cpu = _process_times(path, env)
                baseline, _best, _cpu = _process_times(None, env)
                print(
                    f"socialstrategy check {name}.yaml (whole process, {label}): median {median:.3f} s, "
                    f"best {best:.3f} s, CPU {cpu:.3f} s per run, {median / baseline:.1f}× "
                    f"`python -c 'import pydantic, yaml'` ({baseline:.3f} s)  [target < 0.5 s and ≤ 2.5×, "
                    f"{PROCESS_RUNS} runs]"
                )
    large = large_strategy(goals=200, entries=2000)
    assert [f for f in run_checks(large) if f.severity == "error"] == [], "the large strategy should be clean"
    median, best = _in_process_times(large)
    print(
        f"run_checks, {len(large.goals)} goals and {len(large.content.calendar)} calendar entries: "  # type: ignore[union-attr]
        f"median {median * 1000:.1f} ms, best {best * 1000:.1f} ms  [target < 50 ms, {IN_PROCESS_RUNS} runs]"
    )
    text = dump_strategy(large)
    median, _best = _timed(lambda: loads_strategy(text, "large.yaml"), 5)
    print(f"loading the same strategy from YAML ({len(text) // 1000} kB): median {median * 1000:.0f} ms")


def _process_times(path: Path | None, env: dict[str, str]) -> tuple[float, float, float]:
    """Wall-clock median and best, and the mean CPU time (user + system) of the child processes:
    on a shared machine the CPU time shows what the command costs without waiting for a core.
    Without a path, the yardstick: a Python that imports pydantic and yaml and exits."""
    command = [str(Path(sys.executable).parent / "socialstrategy"), "check", str(path)]
    if path is None:
        command = [sys.executable, "-c", "import pydantic, yaml"]
    subprocess.run(command, capture_output=True, check=False, env=env)  # warm caches, write .pyc
    times = []
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    for _ in range(PROCESS_RUNS):
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, check=False, env=env)
        times.append(time.perf_counter() - started)
        assert result.returncode == 0, result.stderr
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime) / PROCESS_RUNS
    return statistics.median(times), min(times), cpu


def _in_process_times(strategy: Strategy) -> tuple[float, float]:
    run_checks(strategy)  # imports the rule modules
    return _timed(lambda: run_checks(strategy), IN_PROCESS_RUNS)


def _timed(function: object, runs: int) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        function()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return statistics.median(times), min(times)


def large_strategy(goals: int, entries: int) -> Strategy:
    """The sensors demo grown to ``goals`` goals and ``entries`` calendar entries, all consistent."""
    data = load_demo("sensors").model_dump()
    template_goal = data["goals"][0]
    data["goals"] = [
        template_goal
        | {
            "id": f"g{index}",
            "kpis": [kpi | {"id": f"k{index}-{n}"} for n, kpi in enumerate(template_goal["kpis"])],
        }
        for index in range(goals)
    ]
    goal_ids = [goal["id"] for goal in data["goals"]]
    for decision in data["platforms"]:
        decision["goals"] = goal_ids if decision["goals"] else []
    for pillar in data["content"]["pillars"]:
        pillar["goals"] = goal_ids
    for element in ("product", "price", "place", "promotion", "people", "process", "physical_evidence"):
        data["marketing_mix"][element]["goals"] = goal_ids[:3]
    data["marketing_mix"]["events"] = []
    data["organisation"]["principles"] = [
        principle | {"goals": goal_ids[:2]} for principle in data["organisation"]["principles"]
    ]
    template_entry = data["content"]["calendar"][0] | {"event": None}
    start = dt.date(2027, 1, 4)
    data["content"]["calendar"] = [
        template_entry
        | {
            "id": f"post-{index}",
            "date": start + dt.timedelta(days=index // 3),
            "goal": goal_ids[index % goals],
        }
        for index in range(entries)
    ]
    return Strategy.model_validate(data)


if __name__ == "__main__":
    main()
