"""Step 1, organisation & corporate strategy: who the company is and what it stands for."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    GOALS,
    Step,
    reference,
    short,
)


def _guideline_keys(document: dict[str, Any]) -> list[tuple[str, str]]:
    sections = (document.get("guidelines") or {}).get("sections") or []
    return [(s["key"], short(s.get("title") or s["key"])) for s in sections]


STEP = Step(
    "organisation",
    fields=(
        Field("title", _("Title of this strategy"), wide=True),
        Field("organisation.name", v.core_text("Organisation"), required=True),
        Field("organisation.industry", v.core_text("Industry")),
        Field("organisation.city", _("City")),
        Field(
            "organisation.customers_visit",
            _("Customers come to our premises or book appointments"),
            "bool",
            help=_("A shop, café, practice or workshop: then your Google Business Profile comes first."),
        ),
        Field("organisation.employees", v.core_text("Employees"), "int"),
        Field("organisation.website", v.core_text("Website")),
        Field("language", _("Document language"), "select", choices=v.LANGUAGES),
        Field("organisation.mission", v.core_text("Mission"), "textarea", wide=True),
        Field(
            "organisation.corporate_strategy",
            v.core_text("Corporate strategy"),
            "textarea",
            wide=True,
            help=_("The company's strategy in a few sentences: what social media must serve."),
        ),
    ),
    collections=(
        Collection(
            "organisation.principles",
            v.core_text("Corporate principles"),
            _("principle"),
            (
                reference(pgettext_lazy("example id", "honest-advice")),
                Field("statement", v.core_text("Principle"), "textarea", required=True, wide=True),
                Field(
                    "tone",
                    _("Tone that expresses it"),
                    "tags",
                    help=_("Comma-separated, e.g. warm, honest"),
                ),
                Field("goals", _("Goals that serve it"), "multi", choices=GOALS),
                Field("guideline_sections", _("Guideline sections"), "multi", choices=_guideline_keys),
            ),
            title=lambda item: str(item.get("statement", "")),
            id_from="statement",
            id_fallback="principle",
        ),
    ),
)
