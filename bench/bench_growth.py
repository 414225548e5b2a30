"""Growth bench: how each command's cost grows with the size of the strategy; prints its figures.

    uv run python bench/bench_growth.py [--factors 1,10,30] [--runs 3]

Builds the bakery demo ×1, ×10 and ×30 (``grown_demo``: goals, audiences and team copied N
times, 14 × N calendar entries), writes each as YAML and runs every command on it as a whole
process (``check``, ``recommend``, ``plan``, ``plan --weeks 104``, ``render`` to Markdown, PDF and
DOCX). For each it prints

- ``work``: the command's own time, measured inside the process after the CLI is imported
  (lazy imports, loading, the work, printing; for PDF the compiler worker's start too), the
  median of ``--runs`` runs;
- ``process``: the whole process by wall clock (start-up included), median;
- ``peak``: the largest resident memory of the process and its children (the PDF worker), MB;
- and, per command, ``×30/×1``: the ratio of the work times. Linear growth is a ratio of at
  most 35 for 30 times the work (issue 20).

The children run with bytecode caching on (``PYTHONDONTWRITEBYTECODE`` removed), as an installed
package does. At these sizes start-up hides the work, so a second table times the core steps in
this process, without start-up: loading YAML and JSON, the check, the recommendation, the plan
for 260 weeks, the goal-tree chart and the three renders. It gives CPU time, which other
processes on a shared machine disturb less than wall-clock time, repeating a short step until
it has run for 50 ms; the PDF is timed by the wall clock instead (its work is done in the warm
worker process), and PDF and DOCX are rendered from an edited strategy every time, so no cached
result is counted.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from socialstrategy.core.demos import grown_demo
from socialstrategy.core.fileformat import save_strategy
from socialstrategy.core.model import Strategy

COMMANDS: dict[str, list[str]] = {
    "check": ["check", "{file}"],
    "recommend": ["recommend", "{file}"],
    "plan": ["plan", "{file}", "--start", "2027-01-04"],
    "plan 104 weeks": ["plan", "{file}", "--start", "2027-01-04", "--weeks", "104"],
    "render md": ["render", "{file}", "-o", "{out}.md", "--force"],
    "render pdf": ["render", "{file}", "-o", "{out}.pdf", "--force"],
    "render docx": ["render", "{file}", "-o", "{out}.docx", "--force"],
}

CHILD = """
import json, sys, time
started = time.perf_counter()
from socialstrategy.cli import main
imported = time.perf_counter()
try:
    main(sys.argv[2:], prog_name="socialstrategy")
except SystemExit as exit:
    code = exit.code
else:
    code = 0
with open(sys.argv[1], "w") as timing:
    json.dump({"work": time.perf_counter() - imported, "code": code}, timing)
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factors", default="1,10,30", help="Sizes to build, comma-separated.")
    parser.add_argument("--runs", type=int, default=3, help="Runs per command and size.")
    parser.add_argument("--only", default=None, help="Commands to run, comma-separated (default: all).")
    args = parser.parse_args()
    factors = [int(part) for part in args.factors.split(",")]
    names = args.only.split(",") if args.only else list(COMMANDS)
    print(f"Python {sys.version.split()[0]}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    with tempfile.TemporaryDirectory() as folder:
        files = {factor: _write(Path(folder), factor) for factor in factors}
        for factor, file in files.items():
            print(f"×{factor}: {file.stat().st_size // 1000} kB of YAML")
        print(f"{'command':<16}{'size':>6}{'work s':>10}{'process s':>11}{'peak MB':>9}")
        for name in names:
            works = [_report(name, factor, files[factor], Path(folder), args.runs) for factor in factors]
            _ratio(name, factors, works)
    _in_process(factors, args.runs)


def _ratio(name: str, factors: list[int], times: list[float]) -> None:
    if len(times) > 1:
        print(f"{name:<16}{'×' + str(factors[-1]) + '/×' + str(factors[0]):>6}{times[-1] / times[0]:>10.1f}")


def _in_process(factors: list[int], runs: int) -> None:
    import datetime as dt

    from socialstrategy.core.checks import run_checks
    from socialstrategy.core.fileformat import dump_strategy, loads_strategy
    from socialstrategy.core.knowledge import load_knowledge
    from socialstrategy.core.planning.plan import make_plan
    from socialstrategy.core.recommend import recommend
    from socialstrategy.core.render import render
    from socialstrategy.core.render.charts import goal_tree_chart

    knowledge = load_knowledge()
    strategies = {factor: grown_demo("bakery", factor) for factor in factors}
    texts = {
        factor: {fmt: dump_strategy(strategies[factor], fmt) for fmt in ("yaml", "json")}
        for factor in factors
    }
    steps: dict[str, Callable[[int], object]] = {
        "load yaml": lambda n: loads_strategy(texts[n]["yaml"], "x.yaml", "yaml"),
        "load json": lambda n: loads_strategy(texts[n]["json"], "x.json", "json"),
        "check": lambda n: run_checks(strategies[n]),
        "recommend": lambda n: recommend(strategies[n], knowledge),
        "plan 260 weeks": lambda n: make_plan(strategies[n], dt.date(2027, 1, 4), 260),
        "goal-tree chart": lambda n: goal_tree_chart(strategies[n], "de"),
        "render md": lambda n: render(strategies[n], "de", "strategy", "md"),
        "render pdf warm": lambda n: render(_edited(strategies[n]), "de", "strategy", "pdf"),
        "render docx": lambda n: render(_edited(strategies[n]), "de", "strategy", "docx"),
    }
    print(f"\nin this process, median of {runs} runs after one warm-up (CPU s; PDF: wall-clock s):")
    print(f"{'step':<16}{'size':>6}{'time s':>10}")
    for name, step in steps.items():
        clock = time.perf_counter if "pdf" in name else time.process_time
        times = []
        for factor in factors:
            step(factor)
            times.append(statistics.median(_timed(step, factor, clock) for _ in range(runs)))
            print(f"{name:<16}{'×' + str(factor):>6}{times[-1]:>10.4f}")
        _ratio(name, factors, times)


def _timed(step: Callable[[int], object], factor: int, clock: Callable[[], float]) -> float:
    """The time of one call, from as many calls as fill 50 ms."""
    calls, started = 0, clock()
    while (spent := clock() - started) < 0.05 or not calls:
        step(factor)
        calls += 1
    return spent / calls


_revision = 0


def _edited(strategy: Strategy) -> Strategy:
    """The strategy with a changed title, so the warm worker lays it out again."""
    global _revision
    _revision += 1
    return strategy.model_copy(update={"title": f"{strategy.title} ({_revision})"})


def _write(folder: Path, factor: int) -> Path:
    path = folder / f"bakery-x{factor}.yaml"
    save_strategy(grown_demo("bakery", factor), path)
    return path


def _report(name: str, factor: int, file: Path, folder: Path, runs: int) -> float:
    arguments = [part.format(file=file, out=folder / f"out-x{factor}") for part in COMMANDS[name]]
    results = [_run(arguments, folder) for _ in range(runs)]
    failed = [code for _work, _wall, _peak, code in results if code not in (0, 1)]
    work = statistics.median(result[0] for result in results)
    wall = statistics.median(result[1] for result in results)
    peak = max(result[2] for result in results)
    note = f"  exit {failed[0]}" if failed else ""
    print(f"{name:<16}{'×' + str(factor):>6}{work:>10.3f}{wall:>11.3f}{peak:>9.0f}{note}")
    return work


def _run(arguments: list[str], folder: Path) -> tuple[float, float, float, int]:
    """Work time, wall time, peak resident MB (the process and the children it waited for), exit."""
    timing = folder / "timing.json"
    timing.unlink(missing_ok=True)
    started = time.perf_counter()
    environment = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(timing), *arguments],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    assert process.stderr is not None
    error = process.stderr.read()
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    if not timing.exists():
        print(error.decode(errors="replace")[-600:], file=sys.stderr)
        return float("nan"), wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status)
    result = json.loads(timing.read_text())
    return result["work"], wall, usage.ru_maxrss / 1024, int(result["code"] or 0)


if __name__ == "__main__":
    main()
