"""Memory of the warm Typst worker over many edited compiles; prints its figures.

    uv run python bench/bench_worker.py [--factor 30] [--compiles 20]

Renders the bakery demo grown ``--factor`` times (``grown_demo``) as PDF ``--compiles`` times,
each time with an edited goal statement (as after a save in the workbench, so Typst lays the
document out again), in one process whose worker stays warm, as in the web server. After every
compile it prints the time, the child's process id, its resident memory now and its peak
(``VmRSS``/``VmHWM`` from /proc), and the peak over all children at the end. Goal (issue 20):
every compile succeeds and the worker's peak stays below 500 MB at ×30 after 20 compiles.
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from socialstrategy.core.demos import grown_demo
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import render
from socialstrategy.core.render.worker import WORKER, CompileError


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--factor", type=int, default=30, help="Size of the strategy: the bakery demo × N.")
    parser.add_argument("--compiles", type=int, default=20, help="Edited compiles in a row.")
    args = parser.parse_args()
    strategy = grown_demo("bakery", args.factor)
    peak, failures, pids = 0, 0, set()
    print(f"bakery ×{args.factor}, {args.compiles} edited compiles in one warm worker")
    print(f"{'#':>3}{'seconds':>9}{'pid':>9}{'RSS MB':>8}{'peak MB':>9}")
    for revision in range(1, args.compiles + 1):
        started = time.perf_counter()
        try:
            render(edited(strategy, revision), "de", "strategy", "pdf")
            outcome = ""
        except CompileError as error:
            failures, outcome = failures + 1, f"  failed: {error}"
        seconds = time.perf_counter() - started
        pid = WORKER.pid
        rss, hwm = _memory(pid) if pid else (0, 0)
        if pid:
            pids.add(pid)
        peak = max(peak, hwm, WORKER.peak_bytes // 2**20)
        print(f"{revision:>3}{seconds:>9.2f}{pid or '-':>9}{rss:>8}{hwm:>9}{outcome}")
    print(f"failures: {failures} of {args.compiles}; workers: {len(pids)}; peak of a worker: {peak} MB")


def edited(strategy: Strategy, revision: int) -> Strategy:
    """The strategy with its first goal statement changed, as after an edit in the workbench."""
    goal = strategy.goals[0].model_copy(update={"statement": f"{strategy.goals[0].statement} ({revision})"})
    return strategy.model_copy(update={"goals": [goal, *strategy.goals[1:]]})


def _memory(pid: int) -> tuple[int, int]:
    """Resident and peak resident memory of process ``pid`` in MB."""
    fields = dict(
        line.split(":", 1) for line in Path(f"/proc/{pid}/status").read_text().splitlines() if ":" in line
    )
    return int(fields["VmRSS"].split()[0]) // 1024, int(fields["VmHWM"].split()[0]) // 1024


if __name__ == "__main__":
    main()
