"""The guided workshop flow: one module per step of the process, in the registry's order.

Each module (named by the step's id in :mod:`socialstrategy.core.process`) holds that step's
form (fields and repeating collections), its extra panel and its template; identifier, label,
question and completeness come from the registry.
"""

from __future__ import annotations

from typing import Any

from socialstrategy.core import process
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies.steps import (
    audiences,
    community,
    content,
    goals,
    guidelines,
    information,
    marketing_mix,
    organisation,
    platforms,
    resources,
    review,
)
from socialstrategy.web.strategies.steps.base import PANEL_STEP, Panel, Step

__all__ = ["PANEL_STEP", "STEPS", "STEPS_BY_ID", "Step", "build_panel", "get_step", "neighbours"]

_MODULES = (
    organisation,
    information,
    goals,
    audiences,
    platforms,
    community,
    marketing_mix,
    resources,
    guidelines,
    content,
    review,
)
_BY_ID: dict[str, Step] = {module.STEP.identifier: module.STEP for module in _MODULES}

STEPS: tuple[Step, ...] = tuple(_BY_ID[identifier] for identifier in process.STEP_IDS)
STEPS_BY_ID: dict[str, Step] = {step.identifier: step for step in STEPS}


def get_step(identifier: str) -> Step | None:
    return STEPS_BY_ID.get(identifier)


def neighbours(step: Step) -> tuple[Step | None, Step | None]:
    """The steps before and after ``step``."""
    before, after = process.neighbours(step.process)
    return (
        STEPS_BY_ID[before.identifier] if before else None,
        STEPS_BY_ID[after.identifier] if after else None,
    )


def build_panel(
    step: Step | None, document: StrategyDocument, language: str, query: Any = None
) -> Panel | None:
    """Context for ``step``'s extra panel, or None when it has none. ``query`` (the request's
    parameters) reaches only the panels that depend on it."""
    if step is None or step.build_panel is None:
        return None
    try:
        if step.panel_query:
            return step.build_panel(document, language, query)
        return step.build_panel(document, language)
    except ValueError as error:  # e.g. invalid recommendation weights: say so instead of failing
        return {"template": "strategies/panels/_problem.html", "message": str(error)}
