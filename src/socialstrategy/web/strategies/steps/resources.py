"""Step 8, resources & competences: team, budget and tools, with the capacity panel."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.planning.competences import scale as competence_scale
from socialstrategy.core.planning.plan import make_plan
from socialstrategy.core.render.charts import capacity_chart
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    PANEL_STEP,
    PLAN_WEEKS,
    Panel,
    Step,
    active_platforms,
    reference,
)

PLATFORM_PREFIX = "platform_"


def _competence_keys(document: dict[str, Any]) -> list[tuple[str, str | Promise]]:
    """The general competences, then the know-how of each platform the strategy uses or tests."""
    active = {code for code, _label in active_platforms(document)}
    return [
        (code, label)
        for code, label in v.PLATFORM_COMPETENCES
        if not code.startswith(PLATFORM_PREFIX) or code[len(PLATFORM_PREFIX) :] in active
    ]


def _competence_levels(document: dict[str, Any]) -> list[tuple[str, str]]:
    """The levels 1 to 5 with their names (``4 – Advanced``), in the reader's language."""
    return [(str(level), f"{level} – {text.partition(':')[0]}") for level, text in _scale().items()]


def _scale_note(document: dict[str, Any]) -> str:
    """What each level means, where the levels are chosen."""
    return " · ".join(f"{level} {text}" for level, text in _scale().items())


def _scale() -> dict[int, str]:
    return competence_scale((get_language() or "en")[:2])


def _effort_platforms(document: dict[str, Any]) -> list[tuple[str, str | Promise]]:
    """The platforms in use first (their effort is what the plan counts), then the others."""
    active = active_platforms(document)
    return [*active, *(choice for choice in v.PLATFORMS if choice not in active)]


def _effort_title(item: dict[str, Any]) -> str:
    names = [v.label(v.PLATFORMS, item.get("platform")), v.label(v.FORMATS, item.get("format"))]
    return " · ".join(name for name in names if name)


def capacity_panel(document: StrategyDocument, language: str) -> Panel:
    """Resources step: required against available hours (chart), the load of each person, the
    competence gaps with a training plan and, when over capacity, the plan that fits."""
    plan = make_plan(document, dt.date.today(), PLAN_WEEKS).as_dict(language)
    data = plan["capacity"]
    required, available = data["required"], data["available"]
    data["share"] = min(100, round(100 * required / available)) if available else 100
    chart = capacity_chart(document, language)
    return {
        "template": "strategies/panels/_capacity.html",
        **data,
        "chart": chart,
        "people": [{**p, "over": p["load"] > p["available"] + 1e-9} for p in plan["people"]],
        "unassigned_hours": plan["unassigned_hours"],
        "gaps": plan["gaps"],
        "training": plan["training"],
        "suggestion": plan["suggestion"],
        "weeks": PLAN_WEEKS,
    }


STEP = Step(
    "resources",
    collections=(
        Collection(
            "resources.team",
            v.core_text("Team"),
            _("team member"),
            (
                reference(pgettext_lazy("example id", "anna-berg")),
                Field("name", v.core_text("Name"), required=True),
                Field("role", v.core_text("Role")),
                Field("hours_per_week", _("Hours per week for social media"), "float"),
                Field(
                    "competences",
                    v.core_text("Competences"),
                    "mapping",
                    choices=_competence_keys,
                    levels=_competence_levels,
                    wide=True,
                    note=_scale_note,
                    help=_("Leave a competence at “—” when the person does not have it."),
                ),
                Field("email", v.core_text("Email")),
                Field("phone", v.core_text("Phone")),
            ),
            id_from="name",
            id_fallback="member",
        ),
        Collection(
            "resources.budget",
            _("Budget"),
            _("budget line"),
            (
                Field(
                    "category", v.core_text("Category"), "select", choices=v.BUDGET_CATEGORIES, required=True
                ),
                Field("monthly_amount", _("Per month"), "float", required=True),
                Field("currency", _("Currency")),
                Field("note", v.core_text("Note")),
            ),
            title=lambda item: v.label(v.BUDGET_CATEGORIES, item.get("category")),
        ),
        Collection(
            "resources.effort",
            _("Effort"),
            _("effort figure"),
            (
                Field(
                    "platform", v.core_text("Platform"), "select", choices=_effort_platforms, required=True
                ),
                Field(
                    "format",
                    v.core_text("Format"),
                    "select",
                    choices=v.FORMATS,
                    help=_("Empty: every format"),
                ),
                Field("hours_per_post", _("Hours per post"), "float", minimum=0),
                Field("community_hours_per_week", _("Community hours per week"), "float", minimum=0),
                Field("note", v.core_text("Note")),
            ),
            title=_effort_title,
            help=_(
                "Your own figures replace the estimates in the capacity check and the recommendation: "
                "the hours one post takes on a platform (for one format or all), and the hours per "
                "week for answering its community."
            ),
        ),
        Collection(
            "resources.tools",
            v.core_text("Tools"),
            _("tool"),
            (
                Field("name", v.core_text("Name"), required=True),
                Field("purpose", v.core_text("Purpose")),
                Field("monthly_cost", v.core_text("Cost per month"), "float"),
            ),
        ),
    ),
    panel="capacity",
    build_panel=capacity_panel,
    template=PANEL_STEP,
)
