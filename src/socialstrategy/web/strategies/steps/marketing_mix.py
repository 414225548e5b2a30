"""Step 7, marketing mix: what social media does for product, price, place and promotion."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.planning.mix import mix_matrix, supporting_entries
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    GOALS,
    PANEL_STEP,
    Panel,
    Step,
    dated,
    reference,
)

MIX_FIELDS = tuple(
    field
    for code, label in v.MIX_ELEMENTS
    for field in (
        Field(f"marketing_mix.{code}.current_state", v.core_text("Today"), "textarea", group=label),
        Field(
            f"marketing_mix.{code}.social_role", v.core_text("Role of social media"), "textarea", group=label
        ),
        Field(f"marketing_mix.{code}.goals", _("Goals working on it"), "multi", choices=GOALS, group=label),
    )
)


def mix_panel(document: StrategyDocument, language: str) -> Panel:
    """Marketing-mix step: which goal works on which P, and the content around each event."""
    matrix = mix_matrix(document).as_dict()
    statements = {g.id: g.statement for g in document.goals}
    events = document.marketing_mix.events if document.marketing_mix else []
    return {
        "template": "strategies/panels/_mix.html",
        "elements": [(code, v.label(v.MIX_ELEMENTS, code)) for code in matrix["elements"]],
        "rows": [
            {
                "goal": goal,
                "statement": statements.get(goal, goal),
                "cells": [matrix["cells"][goal][code] for code in matrix["elements"]],
                "uncovered": goal in matrix["uncovered_goals"],
            }
            for goal in matrix["goals"]
        ],
        "unused": [v.label(v.MIX_ELEMENTS, code) for code in matrix["unused_elements"]],
        "events": [
            {"event": event, "entries": len(supporting_entries(document, event))}
            for event in sorted(events, key=lambda e: e.date)
        ],
    }


STEP = Step(
    "marketing_mix",
    fields=MIX_FIELDS,
    collections=(
        Collection(
            "marketing_mix.events",
            v.core_text("Marketing events"),
            _("marketing event"),
            (
                reference(pgettext_lazy("example id", "summer-festival")),
                Field("title", v.core_text("Title"), required=True),
                Field("kind", v.core_text("Kind"), "select", choices=v.EVENT_KINDS),
                Field("date", v.core_text("Date"), "date", required=True),
                Field("end", v.core_text("Until"), "date"),
                Field("goals", v.core_text("Goals"), "multi", choices=GOALS),
            ),
            title=lambda item: dated(item, "title"),
            id_from="title",
            id_fallback="event",
        ),
    ),
    panel="mix",
    build_panel=mix_panel,
    template=PANEL_STEP,
)
