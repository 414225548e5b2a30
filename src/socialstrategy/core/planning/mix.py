"""Marketing mix: which goals work on which of the 4 (or 7) Ps, and which events content supports."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from socialstrategy.core.model import (
    MIX_ELEMENTS_4P,
    MIX_ELEMENTS_7P,
    CalendarEntry,
    MarketingEvent,
    MixElementName,
    Strategy,
)

EVENT_WINDOW_DAYS = 14
"""Content up to this many days before an event (and on its day) counts as supporting it."""


@dataclass(frozen=True)
class MixMatrix:
    """Goals × Ps: ``cells[goal][element]`` is True when the element names the goal."""

    goals: list[str]
    elements: list[MixElementName]
    cells: dict[str, dict[MixElementName, bool]]

    def uncovered_goals(self) -> list[str]:
        """Goals that no element of the mix works on."""
        return [goal for goal in self.goals if not any(self.cells[goal].values())]

    def unused_elements(self) -> list[str]:
        """Elements that no goal of the strategy works on."""
        return [el for el in self.elements if not any(self.cells[goal][el] for goal in self.goals)]

    def as_dict(self) -> dict[str, Any]:
        return {
            "goals": self.goals,
            "elements": list(self.elements),
            "cells": self.cells,
            "uncovered_goals": self.uncovered_goals(),
            "unused_elements": self.unused_elements(),
        }


def mix_matrix(strategy: Strategy) -> MixMatrix:
    """The coverage matrix of the strategy's goals against the marketing mix.

    Shows the 7 Ps as soon as one of people, process or physical evidence is filled in,
    otherwise the classic 4 Ps.
    """
    mix = strategy.marketing_mix
    filled = mix.elements() if mix else {}
    uses_7p = any(name not in MIX_ELEMENTS_4P for name in filled)
    elements = list(MIX_ELEMENTS_7P if uses_7p else MIX_ELEMENTS_4P)
    goals = [goal.id for goal in strategy.goals]
    cells = {goal: {el: el in filled and goal in filled[el].goals for el in elements} for goal in goals}
    return MixMatrix(goals, elements, cells)


def event_window(event: MarketingEvent) -> tuple[dt.date, dt.date]:
    """The days whose content supports ``event``: two weeks before it up to its last day."""
    return event.date - dt.timedelta(days=EVENT_WINDOW_DAYS), event.end or event.date


def supporting_entries(strategy: Strategy, event: MarketingEvent) -> list[CalendarEntry]:
    """Calendar entries linked to the event or planned in its window (cancelled ones do not count)."""
    entries = strategy.content.calendar if strategy.content else []
    first, last = event_window(event)
    return [
        entry
        for entry in entries
        if entry.status != "cancelled"
        and ((event.id is not None and entry.event == event.id) or first <= entry.date <= last)
    ]
