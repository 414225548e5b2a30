"""The web app's calls into the core: checks, file format, demos, panels and document renderers.

Topics that are optional at run time (knowledge base, planning, texts, documents) are looked up
by name, so a step shows its extra panel or a download only when that part of the core exists.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from django.utils.functional import Promise
from django.utils.translation import get_language
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
    fmt: Literal["yaml", "json"] = "json" if filename.lower().endswith(".json") else "yaml"
    try:
        return fileformat.loads_strategy(data, filename or "upload", fmt)
    except fileformat.StrategyFileError as error:
        raise UploadProblem([_where(p) for p in error.problems]) from None


def _where(problem: fileformat.Problem) -> tuple[str, str]:
    line = _("line %(line)s") % {"line": problem.line} if problem.line else ""
    where = ", ".join(part for part in (problem.path, str(line)) if part) or problem.file
    return where, problem.text(get_language() or "en")


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
    found += _documents() or _markdown_only()
    for key, label, description, module, function in _CALENDAR:
        if _has_module(module):
            found.append(Export(key, label, description, _lazy(module, function)))
    return found


def _documents() -> list[Export]:
    """The documents topic's renderers (``core.render.RENDERERS``): each format, each document."""
    render = _optional(_RENDER) if _has_module(_RENDER) else None
    registry = getattr(render, "RENDERERS", None)
    if not registry:
        return []
    found = []
    for kind in getattr(render, "DOCUMENT_KINDS", ("strategy",)):
        for ext in ("pdf", "docx", "md", "html"):
            if ext in registry and (ext in ("pdf", "docx") or kind == "strategy"):
                module, function = registry[ext].split(":")
                key = ext if kind == "strategy" else f"{kind}-{ext}"
                label = f"{_DOCUMENT_LABELS.get(kind, kind)} ({_FORMAT_LABELS[ext]})"
                found.append(Export(key, label, _DOCUMENT_HELP.get(kind, ""), _lazy(module, function, kind)))
    return found


def _markdown_only() -> list[Export]:
    module = f"{_RENDER}.markdown"
    if not _has_module(module):
        return []
    description = _("The strategy as a readable text document.")
    return [Export("md", "Markdown", description, _lazy(module, "render"))]


def _lazy(module: str, function: str, kind: str | None = None) -> Renderer:
    """Import the renderer only when someone downloads (python-docx and Typst are heavy)."""

    def render(document: StrategyDocument, language: str) -> tuple[str, str, bytes]:
        renderer = getattr(importlib.import_module(module), function)
        result: tuple[str, str, bytes] = (
            renderer(document, language, kind) if kind else renderer(document, language)
        )
        return result

    return render


def _has_module(name: str) -> bool:
    try:
        return importlib.util.find_spec(name) is not None
    except ModuleNotFoundError:
        return False


_RENDER = "socialstrategy.core.render"
_PLANNING = "socialstrategy.core.planning.exports"
_FORMAT_LABELS = {"pdf": "PDF", "docx": "Word", "md": "Markdown", "html": "HTML"}
_DOCUMENT_LABELS: dict[str, str | Promise] = {
    "strategy": _("Strategy"),
    "guidelines": _("Employee guidelines"),
    "crisis": _("Crisis playbook"),
}
_DOCUMENT_HELP: dict[str, str | Promise] = {
    "strategy": _("The strategy document to hand over."),
    "guidelines": _("The social media guidelines for the team."),
    "crisis": _("The escalation levels, contacts and statements for a crisis."),
}
_CALENDAR: tuple[tuple[str, str | Promise, str | Promise, str, str], ...] = (
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


def get_export(key: str) -> Export | None:
    return next((e for e in exports() if e.key == key), None)


# --- panels from other topics ---------------------------------------------------------------------


def panel(
    name: str | None, document: StrategyDocument, language: str, query: Any = None
) -> dict[str, Any] | None:
    """Context for a step's extra panel, or None when that part of the core is not installed.
    ``query`` (the request's parameters) reaches only the panels that depend on it."""
    from socialstrategy.web.strategies.panels import QUERY_PANELS

    builder = _panels().get(name or "")
    if builder is None:
        return None
    try:
        if name in QUERY_PANELS:
            return builder(document, language, query)  # type: ignore[call-arg]
        return builder(document, language)
    except ImportError:
        return None
    except ValueError as error:  # e.g. invalid recommendation weights: say so instead of failing
        return {"template": "strategies/panels/_problem.html", "message": str(error)}


def _panels() -> Mapping[str, Callable[[StrategyDocument, str], dict[str, Any] | None]]:
    from socialstrategy.web.strategies.panels import PANELS

    return PANELS


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None
