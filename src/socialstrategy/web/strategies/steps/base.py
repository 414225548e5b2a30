"""What every web step is made of: the :class:`Step` record (its form, its panel, its template)
and the pieces several steps' forms and panels share (choices from the strategy itself, the
reference field, dates).

Identifier, label, question and completeness come from the process registry
(:mod:`socialstrategy.core.process`); a web step adds only what the workshop page needs.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.utils import formats
from django.utils.functional import Promise
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from socialstrategy.core import process
from socialstrategy.core.model import ACTIVE_STATUSES
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.vocabulary import PLATFORMS, core_text

Panel = dict[str, Any]
PanelBuilder = Callable[..., Panel]


@dataclass(frozen=True)
class Step:
    """One page of the workshop: the registry's step with its form, panel and template.

    ``panel`` names the extra partial (knowledge base, recommendation, ...) and ``build_panel``
    returns its data; ``panel_query`` says the builder takes the request's parameters too."""

    identifier: str
    fields: tuple[Field, ...] = ()
    collections: tuple[Collection, ...] = ()
    panel: str | None = None
    build_panel: PanelBuilder | None = None
    panel_query: bool = False
    template: str = "strategies/step.html"
    check: Callable[[dict[str, Any]], dict[str, str]] | None = None
    """Errors (by field name) that need several fields together, checked before saving."""
    settings: str | Promise | None = None
    """When set, the step's fields are settings of its panel: the panel comes first and the form
    is folded away below it (``<details>``, so it works without JavaScript) under this summary."""

    @property
    def process(self) -> process.Step:
        return process.STEPS_BY_ID[self.identifier]

    @property
    def label(self) -> str | Promise:
        """The registry's label in the reader's language (lazy, so notes keep the message id)."""
        return core_text(self.process.label)

    @property
    def question(self) -> str | Promise:
        return core_text(self.process.question)

    @property
    def number(self) -> int:
        return self.process.number

    def is_completed(self, document: StrategyDocument) -> bool:
        return self.process.is_completed(document)

    def all_collections(self) -> Iterator[Collection]:
        yield from _walk(self.collections)


def _walk(collections: tuple[Collection, ...]) -> Iterator[Collection]:
    for collection in collections:
        yield collection
        yield from _walk(collection.children)


PANEL_STEP = "strategies/step_panels.html"
"""Steps whose panel has its own actions (edit a section, move an entry, ...)."""


# --- choices that come from the strategy itself ----------------------------------------------------


def _items(path: str, label: str = "name") -> Callable[[dict[str, Any]], list[tuple[str, str]]]:
    def choices(document: dict[str, Any]) -> list[tuple[str, str]]:
        node: Any = document
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return [
            (item["id"], short(item.get(label) or item["id"]))
            for item in node or []
            if isinstance(item, dict) and item.get("id")
        ]

    return choices


def dated(item: dict[str, Any], text: str) -> str:
    """``2027-07-10`` and a title as the reader's language writes dates: ``10.07.2027 · Sommerfest``."""
    try:
        day = formats.date_format(dt.date.fromisoformat(str(item.get("date", ""))), "SHORT_DATE_FORMAT")
    except ValueError:
        day = str(item.get("date", ""))
    return f"{day} · {item.get(text, '')}"


def short(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


def active_platforms(document: dict[str, Any]) -> list[tuple[str, str | Promise]]:
    """The platforms a draft of the strategy uses or tests, in the order of the platform list."""
    active = {
        p.get("platform")
        for p in document.get("platforms") or []
        if isinstance(p, dict) and p.get("status", "use") in ACTIVE_STATUSES
    }
    return [(code, label) for code, label in PLATFORMS if code in active]


OBJECTIVES = _items("corporate_objectives", "statement")
GOALS = _items("goals", "statement")
AUDIENCES = _items("audiences")
TEAM = _items("resources.team")
PILLARS = _items("content.pillars")
EVENTS = _items("marketing_mix.events", "title")

ID_HELP = _(
    "Made from the name when left empty, and kept when the name changes: other entries refer "
    "to this one by it. Letters, digits and hyphens, e.g. {example}"
)


def reference(example: str | Promise) -> Field:
    """The item's id, folded away: made from its name on the first save (``Collection.id_from``)."""
    return Field("id", _("Reference"), help=format_lazy(ID_HELP, example=example), advanced=True)


# --- what several panels need ----------------------------------------------------------------------

PLAN_WEEKS = 12


def mapping(query: Any, key: str) -> dict[str, Any]:
    """A structured value a view put into the query (messages, a draft); never a URL's text."""
    value = (query or {}).get(key)
    return value if isinstance(value, dict) else {}


def parse_date(text: object) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(text)) if text else None
    except ValueError:
        return None
