"""Step 9, guidelines & crisis: spokespeople and crisis levels, with the generated texts."""

from __future__ import annotations

from typing import Any

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    PANEL_STEP,
    TEAM,
    Panel,
    Step,
    mapping,
    reference,
)


def texts_panel(document: StrategyDocument, language: str, query: Any = None) -> Panel:
    """Guidelines step: the generated guidelines and crisis playbook, each section editable in
    place, and the crisis levels with who decides, who is informed and who approves. ``query``
    may hold a refused edit: its ``errors`` by ``part:key`` and the ``draft`` to show again."""
    errors, draft = mapping(query, "errors"), mapping(query, "draft")
    guidelines = document.guidelines.sections if document.guidelines else []
    crisis = document.crisis.sections if document.crisis else []
    names = {m.id: m.name for m in document.team()}
    levels = [
        {
            **level.model_dump(),
            "responsible_name": names.get(level.responsible or "", level.responsible),
            "inform_names": [names.get(m, m) for m in level.inform],
            "approval_names": [names.get(m, m) for m in level.approval],
        }
        for level in (document.crisis.levels if document.crisis else [])
    ]
    return {
        "template": "strategies/panels/_texts.html",
        "has_texts": bool(guidelines or crisis),
        "variant": document.text_variant(),
        "language": document.language,
        "parts": [
            _part("guidelines", guidelines, errors, draft),
            _part("crisis", crisis, errors, draft),
        ],
        "levels": levels,
        "customised": sum(s.customised for s in [*guidelines, *crisis]),
    }


def _part(kind: str, sections: list[Any], errors: dict[str, Any], draft: dict[str, str]) -> Panel:
    def view(key: str, values: dict[str, Any]) -> dict[str, Any]:
        problems = errors.get(f"{kind}:{key}")
        return {**values, **(draft if problems else {}), "errors": problems or {}, "open": bool(problems)}

    return {
        "kind": kind,
        "sections": [view(s.key, s.model_dump()) for s in sections],
        "new": view("", {"key": "", "title": "", "body": "", "customised": False}),
    }


STEP = Step(
    "guidelines",
    fields=(
        Field(
            "guidelines.address",
            _("Address towards employees"),
            "select",
            choices=v.ADDRESSES,
            help=_(
                "Only in German. Empty: as the community is addressed. Regenerate the texts after"
                " changing it."
            ),
        ),
        Field("guidelines.spokespeople", v.core_text("Spokespeople"), "multi", choices=TEAM, wide=True),
    ),
    collections=(
        Collection(
            "crisis.levels",
            v.core_text("Crisis levels"),
            _("crisis level"),
            (
                reference(pgettext_lazy("example id", "crisis")),
                Field("name", v.core_text("Name"), required=True),
                Field("criteria", _("Criteria"), "lines", wide=True, help=_("One per line")),
                Field("responsible", v.core_text("Decides"), "select", choices=TEAM),
                Field("response_time_hours", _("Respond within (hours)"), "float"),
                Field("inform", v.core_text("Inform"), "multi", choices=TEAM),
                Field("approval", _("Approve statements"), "multi", choices=TEAM),
            ),
            id_from="name",
            id_fallback="level",
        ),
        Collection(
            "crisis.contacts",
            v.core_text("Crisis contacts"),
            _("contact"),
            (
                Field("role", v.core_text("Role"), required=True),
                Field("member", _("Team member"), "select", choices=TEAM),
                Field("name", v.core_text("Name")),
                Field("phone", v.core_text("Phone")),
                Field("email", v.core_text("Email")),
            ),
            title=lambda item: str(item.get("role", "")),
        ),
    ),
    panel="texts",
    build_panel=texts_panel,
    panel_query=True,
    template=PANEL_STEP,
)
