"""The web app's calls into the core: checks, file format and document renderers.

The renderers are imported only when someone downloads (python-docx and Typst are heavy); the
steps' extra panels are built by the steps themselves (:func:`steps.build_panel`).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from django.utils.functional import Promise
from django.utils.translation import get_language, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from socialstrategy.core import checks, fileformat, render
from socialstrategy.core.checks import Finding
from socialstrategy.core.filenames import file_name
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies import vocabulary as v


class Renderer(Protocol):
    def __call__(
        self, document: StrategyDocument, language: str, *, working_copy: bool = False
    ) -> tuple[str, str, bytes]: ...


def run_checks(document: StrategyDocument) -> list[Finding]:
    """The core's strategy check (findings sorted by severity, then path)."""
    return checks.run_checks(document)


# --- file format ----------------------------------------------------------------------------------


class UploadProblem(Exception):
    """An uploaded file is not a valid strategy: ``errors`` lists (where, what) pairs, at most
    ``fileformat.MAX_PROBLEMS``; ``more`` says how many were left out (or is None)."""

    def __init__(self, errors: list[tuple[str, str]], more: str | None = None):
        super().__init__("; ".join(f"{where}: {what}" for where, what in errors))
        self.errors = errors
        self.more = more


def load_upload(filename: str, data: bytes) -> StrategyDocument:
    """Parse and validate an uploaded strategy file (YAML without aliases, or JSON)."""
    fmt: Literal["yaml", "json"] = "json" if filename.lower().endswith(".json") else "yaml"
    try:
        return fileformat.loads_strategy(data, filename or "upload", fmt)
    except fileformat.StrategyFileError as error:
        more = error.more_text(get_language() or "en")
        raise UploadProblem([_where(p) for p in error.problems], more) from None


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
    has_working_copy: bool = False
    """The strategy paper also comes as the coach's working copy (``?copy=working``)."""


def _render_yaml(
    document: StrategyDocument, language: str, *, working_copy: bool = False
) -> tuple[str, str, bytes]:
    text = fileformat.dump_strategy(document, "yaml")
    return (
        file_name(document, None, extension="yaml"),
        "application/yaml; charset=utf-8",
        text.encode("utf-8"),
    )


def _render_json(
    document: StrategyDocument, language: str, *, working_copy: bool = False
) -> tuple[str, str, bytes]:
    text = fileformat.dump_strategy(document, "json")
    return file_name(document, None, extension="json"), "application/json", text.encode("utf-8")


def exports() -> list[Export]:
    """Every download this installation offers, in the order they are shown."""
    found = [
        Export("yaml", "YAML", _("The strategy file, to edit or import again."), _render_yaml),
        Export("json", "JSON", _("The same data for other programs."), _render_json),
    ]
    found += _documents()
    for key, label, description, module, function in _CALENDAR:
        found.append(Export(key, label, description, _lazy(module, function)))
    return found


def _documents() -> list[Export]:
    """The documents topic's renderers (``core.render.RENDERERS``): each format, each document."""
    found = []
    for kind in render.DOCUMENT_KINDS:
        for ext in ("pdf", "docx", "md", "html"):
            if ext in render.RENDERERS and (ext in ("pdf", "docx") or kind == "strategy"):
                module, function = render.RENDERERS[ext].split(":")
                key = ext if kind == "strategy" else f"{kind}-{ext}"
                label = f"{_DOCUMENT_LABELS.get(kind, kind)} ({_FORMAT_LABELS[ext]})"
                renderer = _lazy(module, function, kind)
                found.append(Export(key, label, _DOCUMENT_HELP.get(kind, ""), renderer, kind == "strategy"))
    return found


def _lazy(module: str, function: str, kind: str | None = None) -> Renderer:
    """Import the renderer only when someone downloads (python-docx and Typst are heavy)."""

    def render(
        document: StrategyDocument, language: str, *, working_copy: bool = False, **options: Any
    ) -> tuple[str, str, bytes]:
        renderer = getattr(importlib.import_module(module), function)
        result: tuple[str, str, bytes] = (
            renderer(document, language, kind, working_copy=working_copy, **options)
            if kind
            else renderer(document, language)
        )
        return result

    return render


_PLANNING = "socialstrategy.core.planning.exports"
_FORMAT_LABELS = {"pdf": "PDF", "docx": "Word", "md": "Markdown", "html": "HTML"}
_DOCUMENT_LABELS: dict[str, str | Promise] = {
    "strategy": pgettext_lazy("strategy document", "Strategy"),
    "guidelines": _("Employee guidelines"),
    "crisis": v.core_text("Crisis playbook"),
    "poster": v.core_text("When things catch fire"),
}
_DOCUMENT_HELP: dict[str, str | Promise] = {
    "strategy": _("The strategy document to hand over."),
    "guidelines": _("The social media guidelines for the team."),
    "crisis": _("The escalation levels, contacts and statements for a crisis."),
    "poster": _("One A4 page for the wall: the crisis phone, the contacts and the escalation levels."),
}
_CALENDAR: tuple[tuple[str, str | Promise, str | Promise, str, str], ...] = (
    ("ics", "iCalendar", _("The editorial calendar for your calendar app."), _PLANNING, "render_ics"),
    ("csv", "CSV", _("The editorial calendar for a spreadsheet or scheduler."), _PLANNING, "render_csv"),
    (
        "csv-excel",
        "CSV (Excel)",
        _("The editorial calendar for Excel set to German: semicolons, German headings."),
        _PLANNING,
        "render_csv_excel",
    ),
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
