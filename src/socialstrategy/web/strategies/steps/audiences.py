"""Step 4, audiences: whom the strategy wants to reach."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    Step,
    reference,
)

STEP = Step(
    "audiences",
    collections=(
        Collection(
            "audiences",
            v.core_text("Audiences"),
            _("audience"),
            (
                reference(pgettext_lazy("example id", "young-families")),
                Field("name", v.core_text("Name"), required=True),
                Field("kind", v.core_text("Kind"), "select", choices=v.AUDIENCE_KINDS),
                Field("age_min", _("Age from"), "int"),
                Field("age_max", _("Age to"), "int"),
                Field("region", v.core_text("Region")),
                Field("roles", _("Job roles"), "tags", help=_("For business buyers; comma-separated")),
                Field("description", v.core_text("Description"), "textarea", wide=True),
            ),
            id_from="name",
            id_fallback="audience",
        ),
    ),
)
