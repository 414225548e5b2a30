"""Step 2, information: sector, business model and country, with the knowledge base's platforms
at a glance."""

from __future__ import annotations

from django.utils.translation import gettext_lazy as _

from socialstrategy.core.knowledge import load_knowledge, views
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Field
from socialstrategy.web.strategies.steps.base import (
    Panel,
    Step,
)


def knowledge_panel(document: StrategyDocument, language: str) -> Panel:
    """Information step: the platforms at a glance, and usage in the organisation's country."""
    kb = load_knowledge()
    country = document.organisation.country if document.organisation else None
    rankings = []
    if country:
        comparison = views.comparison(kb, [country], _age_band(document), None, language)
        rankings = [r for c in comparison["countries"] for r in c["rankings"]][:2]
    return {
        "template": "strategies/panels/_knowledge.html",
        "platforms": views.overview(kb, language),
        "country": country,
        "rankings": rankings,
    }


def _age_band(document: StrategyDocument) -> tuple[int, int] | None:
    ages = [
        (a.age_min, a.age_max) for a in document.audiences if a.age_min is not None and a.age_max is not None
    ]
    if not ages:
        return None
    return min(low for low, _high in ages), max(high for _low, high in ages)


STEP = Step(
    "information",
    fields=(
        Field("organisation.sector", _("Sector"), "select", choices=v.SECTORS),
        Field(
            "organisation.business_model", v.core_text("Business model"), "select", choices=v.BUSINESS_MODELS
        ),
        Field("organisation.country", _("Country"), help=_("Two letters, e.g. DE")),
        Field("organisation.region", v.core_text("Region"), help=_("e.g. DE-BY or a local area")),
    ),
    panel="knowledge",
    build_panel=knowledge_panel,
)
