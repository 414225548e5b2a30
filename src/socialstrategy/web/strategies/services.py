"""The web app's calls into the core: checks, file format, demos, panels and document renderers.

Topics that are optional at run time (knowledge base, planning, texts, documents) are looked up
by name, so a step shows its extra panel or a download only when that part of the core exists.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import yaml
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from pydantic import ValidationError

from socialstrategy.core.checks import SEVERITY_ORDER, Finding
from socialstrategy.core.model import Strategy as StrategyDocument

Renderer = Callable[[StrategyDocument, str], tuple[str, str, bytes]]


def run_checks(document: StrategyDocument) -> list[Finding]:
    from socialstrategy.core import checks

    core_run = getattr(checks, "run_checks", None)
    findings = core_run(document) if core_run else [f for r in checks.RULES for f in r.function(document)]
    return sorted(findings, key=lambda f: SEVERITY_ORDER.get(f.severity, 9))


# --- file format ----------------------------------------------------------------------------------


class UploadProblem(Exception):
    """An uploaded file is not a valid strategy: ``errors`` lists (where, what) pairs."""

    def __init__(self, errors: list[tuple[str, str]]):
        super().__init__("; ".join(f"{where}: {what}" for where, what in errors))
        self.errors = errors


def load_upload(filename: str, data: bytes) -> StrategyDocument:
    fileformat = _optional("socialstrategy.core.fileformat")
    if fileformat is not None:
        try:
            return fileformat.loads(data.decode("utf-8"), _format_of(filename))
        except UnicodeDecodeError:
            raise UploadProblem([("file", str(_("The file is not UTF-8 text.")))]) from None
        except fileformat.FileFormatError as error:
            raise UploadProblem(_problems(error)) from None
    return _load_plain(filename, data)


def _problems(error: Any) -> list[tuple[str, str]]:
    problems = getattr(error, "problems", None) or getattr(error, "errors", None)
    if problems:
        return [
            (str(getattr(p, "path", "") or getattr(p, "location", "")), str(getattr(p, "message", p)))
            for p in problems
        ]
    return [("file", str(error))]


def _format_of(filename: str) -> str:
    return "json" if filename.lower().endswith(".json") else "yaml"


def _load_plain(filename: str, data: bytes) -> StrategyDocument:
    try:
        text = data.decode("utf-8")
        raw = json.loads(text) if _format_of(filename) == "json" else yaml.safe_load(text)
    except (UnicodeDecodeError, ValueError, yaml.YAMLError) as error:
        raise UploadProblem([("file", str(error))]) from None
    if not isinstance(raw, dict):
        raise UploadProblem([("file", str(_("The file does not contain a strategy.")))])
    try:
        return StrategyDocument.model_validate(raw)
    except ValidationError as error:
        raise UploadProblem(
            [
                (".".join(str(p) for p in e["loc"]) or "file", e["msg"])
                for e in error.errors(include_url=False)
            ]
        ) from None


# --- downloads ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Export:
    key: str
    label: str | Promise
    description: str | Promise
    render: Renderer


def _render_yaml(document: StrategyDocument, language: str) -> tuple[str, str, bytes]:
    fileformat = _optional("socialstrategy.core.fileformat")
    text = fileformat.dumps(document, "yaml") if fileformat else _plain_yaml(document)
    return "strategy.yaml", "application/yaml; charset=utf-8", text.encode("utf-8")


def _render_json(document: StrategyDocument, language: str) -> tuple[str, str, bytes]:
    fileformat = _optional("socialstrategy.core.fileformat")
    text = (
        fileformat.dumps(document, "json")
        if fileformat
        else document.model_dump_json(indent=2, exclude_none=True)
    )
    return "strategy.json", "application/json", text.encode("utf-8")


def _plain_yaml(document: StrategyDocument) -> str:
    data = document.model_dump(mode="json", exclude_none=True)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


def exports() -> list[Export]:
    """Every download this installation offers, in the order they are shown."""
    found = [
        Export("yaml", "YAML", _("The strategy file, to edit or import again."), _render_yaml),
        Export("json", "JSON", _("The same data for other programs."), _render_json),
    ]
    for key, label, description, module in _DOCUMENTS:
        render = getattr(_optional(module), "render", None)
        if render is not None:
            found.append(Export(key, label, description, render))
    return found


_DOCUMENTS: tuple[tuple[str, str | Promise, str | Promise, str], ...] = (
    ("md", "Markdown", _("The strategy as a readable text document."), "socialstrategy.core.render.markdown"),
    ("pdf", "PDF", _("The strategy document to hand over."), "socialstrategy.core.render.pdf"),
    ("docx", "Word (DOCX)", _("The strategy document to edit in Word."), "socialstrategy.core.render.docx"),
    (
        "ics",
        "iCalendar",
        _("The editorial calendar for your calendar app."),
        "socialstrategy.core.render.ics",
    ),
    (
        "csv",
        "CSV",
        _("The editorial calendar for a spreadsheet or scheduler."),
        "socialstrategy.core.render.csv",
    ),
)


def get_export(key: str) -> Export | None:
    return next((e for e in exports() if e.key == key), None)


# --- panels from other topics ---------------------------------------------------------------------


def panel(name: str | None, document: StrategyDocument, language: str) -> dict[str, Any] | None:
    """Context for a step's extra panel, or None when that part of the core is not installed."""
    builder = _PANELS.get(name or "")
    if builder is None:
        return None
    try:
        return builder(document, language)
    except ImportError:
        return None


_PANELS: dict[str, Callable[[StrategyDocument, str], dict[str, Any] | None]] = {}


def _optional(module: str) -> Any:
    try:
        return importlib.import_module(module)
    except ImportError:
        return None
