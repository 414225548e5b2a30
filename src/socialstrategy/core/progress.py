"""How far a strategy has come: the step it has reached, the findings that wait for a later
step, and which steps are complete.

A finding belongs to the step that edits its field (``Finding.step``); some are about the input
of a later step too (``Finding.waits_for``: a KPI on a platform nobody has decided about yet).
Until the strategy reaches that step, such a finding is *later*: shown as a note of what is
coming, never as an error, and not counted. A step is reached when it or a step after it holds
input, or when the user is on it. A step is complete when its own input is complete and none of
its current findings is an error; review is complete when every other step is and nothing at
all is an error. Web, CLI and documents count alike by using this module.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from socialstrategy.core.checks import Finding
from socialstrategy.core.model import Strategy
from socialstrategy.core.process import REVIEW, STEPS, STEPS_BY_ID, Step, StepId, step_for_path


@dataclass(frozen=True)
class StepProgress:
    step: Step
    is_completed: bool
    issues: int
    """Errors and warnings to fix now: the number the step list, the check panel and the
    overview show."""
    later: int
    """Findings that wait for a step not reached yet."""


def steps_with_input(strategy: Strategy) -> set[StepId]:
    """The steps whose fields hold anything the user entered (defaults do not count)."""
    document = strategy.model_dump(mode="json", exclude_defaults=True, exclude_none=True)
    steps = {step_for_path(path) for path in _leaves(document, "")}
    return {step.identifier for step in steps if step is not REVIEW}


def reached_step(strategy: Strategy, current: StepId | None = None) -> Step:
    """The furthest step that holds input, or ``current`` (where the user is) when it is further."""
    started = steps_with_input(strategy)
    furthest = max((step.number for step in STEPS if step.identifier in started), default=1)
    if current in STEPS_BY_ID:
        furthest = max(furthest, STEPS_BY_ID[current].number)
    return STEPS[furthest - 1]


def is_later(finding: Finding, reached: Step) -> bool:
    """Whether ``finding`` is about a step after ``reached``: its own, or the one it waits for."""
    about = STEPS_BY_ID.get(finding.waits_for or finding.step)
    return about is not None and about.number > reached.number


def step_progress(
    strategy: Strategy, findings: Iterable[Finding], current: StepId | None = None
) -> list[StepProgress]:
    """Every step with whether it is complete and how many findings it has now and later."""
    reached = reached_step(strategy, current)
    by_step: dict[StepId, list[Finding]] = {step.identifier: [] for step in STEPS}
    for item in findings:
        by_step.setdefault(item.step or REVIEW.identifier, []).append(item)
    rows = [_row(step, strategy, by_step[step.identifier], reached) for step in STEPS if step is not REVIEW]
    review = _row(REVIEW, strategy, by_step[REVIEW.identifier], reached)
    return [*rows, _review(review, rows, [f for items in by_step.values() for f in items], reached)]


def _row(step: Step, strategy: Strategy, findings: list[Finding], reached: Step) -> StepProgress:
    now = [f for f in findings if not is_later(f, reached)]
    errors = any(f.severity == "error" for f in now)
    return StepProgress(
        step,
        is_completed=step.is_completed(strategy) and not errors,
        issues=sum(1 for f in now if f.severity != "info"),
        later=len(findings) - len(now),
    )


def _review(
    review: StepProgress, rows: list[StepProgress], every: list[Finding], reached: Step
) -> StepProgress:
    errors = any(f.severity == "error" and not is_later(f, reached) for f in every)
    done = all(row.is_completed for row in rows) and not errors
    return StepProgress(review.step, done, review.issues, review.later)


def _leaves(node: Any, path: str) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            yield from _leaves(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _leaves(value, f"{path}[{index}]")
    elif node not in ("", None):
        yield path
