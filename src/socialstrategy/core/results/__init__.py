"""Results after launch: import what the platforms export, compare it with the strategy's own
targets, report it to the client (docs/results.md).

- :mod:`.tables` reads CSV, XLSX and ZIP files into rows; :mod:`.cells` their numbers and dates;
- :mod:`.formats` knows each export by its headers; :mod:`.imports` turns rows into facts;
- :mod:`.facts` is the measurement model; :mod:`.mapping` says what a KPI measures;
- :mod:`.progress` compares actuals with baseline, target and deadline, per KPI, goal and
  corporate objective; :mod:`.report` writes the results as JSON, CSV and text;
- :mod:`.store` keeps the command line's facts in a file beside the strategy.
"""

from __future__ import annotations

from socialstrategy.core.results.facts import Fact, ImportFailed, Problem, Recognised
from socialstrategy.core.results.imports import import_file, import_files
from socialstrategy.core.results.progress import KpiResult, Results, RollUp, build_results

__all__ = [
    "Fact",
    "ImportFailed",
    "KpiResult",
    "Problem",
    "Recognised",
    "Results",
    "RollUp",
    "build_results",
    "import_file",
    "import_files",
]
