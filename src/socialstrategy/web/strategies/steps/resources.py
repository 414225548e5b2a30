"""Step 8, resources & competences: team, budget and tools, with the capacity panel."""

from __future__ import annotations

import datetime as dt

from django.utils.translation import gettext_lazy as _

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.planning.plan import make_plan
from socialstrategy.core.render.charts import capacity_chart
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    PANEL_STEP,
    PLAN_WEEKS,
    Panel,
    Step,
    reference,
)


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
                reference(),
                Field("name", v.core_text("Name"), required=True),
                Field("role", v.core_text("Role")),
                Field("hours_per_week", _("Hours per week for social media"), "float"),
                Field(
                    "competences",
                    _("Competences (1 novice – 5 expert)"),
                    "mapping",
                    choices=v.PLATFORM_COMPETENCES,
                    wide=True,
                    help=_(
                        "One per line, e.g. copywriting: 4. Known: copywriting, photo, video, design, "
                        "community_management, analytics, advertising, law_privacy, "
                        "crisis_communication, strategy, platform_instagram …"
                    ),
                ),
                Field("email", v.core_text("Email")),
                Field("phone", v.core_text("Phone")),
            ),
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
