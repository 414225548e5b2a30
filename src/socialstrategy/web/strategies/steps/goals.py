"""Step 3, goals & KPIs: corporate objectives and the social media goals that serve them."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    OBJECTIVES,
    Step,
    reference,
)

KPI = Collection(
    "kpis",
    v.core_text("Key figures (KPIs)"),
    _("key figure"),
    (
        Field(
            "metric",
            v.core_text("Metric"),
            required=True,
            help=_("What you count, e.g. followers or enquiries."),
        ),
        Field("platform", v.core_text("Platform"), "select", choices=v.PLATFORMS),
        Field("baseline", v.core_text("Today"), "float"),
        Field("target", v.core_text("Target"), "float"),
        Field("unit", v.core_text("Unit"), help=_("e.g. per month, %")),
        Field("due", v.core_text("By"), "date"),
        Field(
            "measure",
            v.core_text("Measured as"),
            "select",
            choices=v.METRICS,
            help=_("What the results count for this KPI, from the platforms' exports."),
        ),
        Field("per", _("Counted"), "select", choices=v.KPI_PERIODS),
        Field("since", _("Baseline date"), "date"),
    ),
    title=lambda item: str(item.get("metric", "")),
)


STEP = Step(
    "goals",
    collections=(
        Collection(
            "corporate_objectives",
            v.core_text("Corporate objectives"),
            _("corporate objective"),
            (
                reference(pgettext_lazy("example id", "more-self-payers")),
                Field("statement", v.core_text("Objective"), "textarea", required=True, wide=True),
                Field("due", v.core_text("By"), "date"),
            ),
            title=lambda item: str(item.get("statement", "")),
            id_from="statement",
            id_fallback="objective",
        ),
        Collection(
            "goals",
            v.core_text("Social media goals"),
            _("goal"),
            (
                reference(pgettext_lazy("example id", "more-course-bookings")),
                Field("type", _("Kind of goal"), "select", choices=v.GOAL_TYPES, required=True),
                Field("priority", v.core_text("Priority"), "select", choices=v.PRIORITIES),
                Field("statement", v.core_text("Goal"), "textarea", required=True, wide=True),
                Field("serves", _("Serves corporate objectives"), "multi", choices=OBJECTIVES, wide=True),
            ),
            title=lambda item: str(item.get("statement", "")),
            children=(KPI,),
            id_from="statement",
            id_fallback="goal",
        ),
    ),
)
