"""The web app's calls into the core: checks, file format, demos, panels and document renderers.

Topics that are optional at run time (knowledge base, planning, texts, documents) are looked up
by name, so a step shows its extra panel or a download only when that part of the core exists.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from socialstrategy.core import checks, fileformat
from socialstrategy.core.checks import Finding
from socialstrategy.core.model import Strategy as StrategyDocument

Renderer = Callable[[StrategyDocument, str], tuple[str, str, bytes]]


def run_checks(document: StrategyDocument) -> list[Finding]:
    """The core's strategy check (findings sorted by severity, then path)."""
    return checks.run_checks(document)


# --- file format ----------------------------------------------------------------------------------


class UploadProblem(Exception):
    """An uploaded file is not a valid strategy: ``errors`` lists (where, what) pairs."""

    def __init__(self, errors: list[tuple[str, str]]):
        super().__init__("; ".join(f"{where}: {what}" for where, what in errors))
        self.errors = errors


def load_upload(filename: str, data: bytes) -> StrategyDocument:
    """Parse and validate an uploaded strategy file (YAML without aliases, or JSON)."""
    fmt = "json" if filename.lower().endswith(".json") else "yaml"
    try:
        return fileformat.loads_strategy(data, filename or "upload", fmt)
    except fileformat.StrategyFileError as error:
        raise UploadProblem([_where(p) for p in error.problems]) from None


def _where(problem: fileformat.Problem) -> tuple[str, str]:
    line = _("line %(line)s") % {"line": problem.line} if problem.line else ""
    where = ", ".join(part for part in (problem.path, str(line)) if part) or problem.file
    return where, problem.message


# --- downloads ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    key: str
    label: str | Promise
    description: str | Promise
    render: Renderer


def _render_yaml(document: StrategyDocument, language: str) -> tuple[str, str, bytes]:
    text = fileformat.dump_strategy(document, "yaml")
    return "strategy.yaml", "application/yaml; charset=utf-8", text.encode("utf-8")


def _render_json(document: StrategyDocument, language: str) -> tuple[str, str, bytes]:
    text = fileformat.dump_strategy(document, "json")
    return "strategy.json", "application/json", text.encode("utf-8")


def exports() -> list[Export]:
    """Every download this installation offers, in the order they are shown."""
    found = [
        Export("yaml", "YAML", _("The strategy file, to edit or import again."), _render_yaml),
        Export("json", "JSON", _("The same data for other programs."), _render_json),
    ]
    for key, label, description, module, function in _DOCUMENTS:
        render = getattr(_optional(module), function, None)
        if render is not None:
            found.append(Export(key, label, description, render))
    return found


_RENDER = "socialstrategy.core.render"
_PLANNING = "socialstrategy.core.planning.exports"
_DOCUMENTS: tuple[tuple[str, str | Promise, str | Promise, str, str], ...] = (
    ("pdf", "PDF", _("The strategy document to hand over."), f"{_RENDER}.pdf", "render"),
    ("docx", "Word (DOCX)", _("The strategy document to edit in Word."), f"{_RENDER}.docx", "render"),
    ("md", "Markdown", _("The strategy as a readable text document."), f"{_RENDER}.markdown", "render"),
    ("ics", "iCalendar", _("The editorial calendar for your calendar app."), _PLANNING, "render_ics"),
    ("csv", "CSV", _("The editorial calendar for a spreadsheet or scheduler."), _PLANNING, "render_csv"),
    (
        "hootsuite",
        "Hootsuite",
        _("The editorial calendar as Hootsuite bulk upload."),
        _PLANNING,
        "render_hootsuite",
    ),
    (
        "sprout",
        "Sprout Social",
        _("The editorial calendar as Sprout Social bulk upload."),
        _PLANNING,
        "render_sprout",
    ),
)
"""Downloads from other topics, offered when their module is installed (the output contract)."""


def get_export(key: str) -> Export | None:
    return next((e for e in exports() if e.key == key), None)


# --- panels from other topics ---------------------------------------------------------------------


def panel(name: str | None, document: StrategyDocument, language: str) -> dict[str, Any] | None:
    """Context for a step's extra panel, or None when that part of the core is not installed."""
    builder = _panels().get(name or "")
    if builder is None:
        return None
    try:
        return builder(document, language)
    except ImportError:
        return None


def _panels() -> dict[str, Callable[[StrategyDocument, str], dict[str, Any] | None]]:
    from socialstrategy.web.strategies.panels import PANELS

    return PANELS


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None
