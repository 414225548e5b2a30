"""Step 3, goals & KPIs: corporate objectives and the social media goals that serve them."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    OBJECTIVES,
    Step,
    reference,
)

KPI = Collection(
    "kpis",
    _("Key figures (KPIs)"),
    _("key figure"),
    (
        Field("metric", _("Metric"), required=True, help=_("What you count, e.g. followers or enquiries.")),
        Field("platform", _("Platform"), "select", choices=v.PLATFORMS),
        Field("baseline", _("Today"), "float"),
        Field("target", _("Target"), "float"),
        Field("unit", _("Unit"), help=_("e.g. per month, %")),
        Field("due", _("By"), "date"),
    ),
    title=lambda item: str(item.get("metric", "")),
)


STEP = Step(
    "goals",
    collections=(
        Collection(
            "corporate_objectives",
            _("Corporate objectives"),
            _("corporate objective"),
            (
                reference(),
                Field("statement", _("Objective"), "textarea", required=True, wide=True),
                Field("due", _("By"), "date"),
            ),
            title=lambda item: str(item.get("statement", "")),
        ),
        Collection(
            "goals",
            _("Social media goals"),
            _("goal"),
            (
                reference(),
                Field("type", _("Kind of goal"), "select", choices=v.GOAL_TYPES, required=True),
                Field("priority", _("Priority"), "select", choices=v.PRIORITIES),
                Field("statement", _("Goal"), "textarea", required=True, wide=True),
                Field("serves", _("Serves corporate objectives"), "multi", choices=OBJECTIVES, wide=True),
            ),
            title=lambda item: str(item.get("statement", "")),
            children=(KPI,),
        ),
    ),
)
