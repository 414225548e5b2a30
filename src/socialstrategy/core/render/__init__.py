"""Documents and exports of a strategy.

Every format follows one contract (as pretix's exporters do)::

    render(strategy, language, document="strategy", *, working_copy=False)
        -> (filename, content_type, bytes)

:data:`RENDERERS` maps a file extension to its renderer, so the CLI and the web app pick one
by extension. Renderers are imported on first use: the web app does not pay for python-docx
until someone downloads a DOCX.
"""

from __future__ import annotations

from importlib import import_module
from typing import Protocol

from socialstrategy.core.model import Strategy
from socialstrategy.core.render.blocks import DOCUMENT_KINDS, DocumentKind

__all__ = ["DOCUMENT_KINDS", "FORMATS", "RENDERERS", "DocumentKind", "Renderer", "render", "renderer_for"]


class Renderer(Protocol):
    def __call__(
        self,
        strategy: Strategy,
        language: str,
        document: DocumentKind = "strategy",
        *,
        working_copy: bool = False,
    ) -> tuple[str, str, bytes]: ...


RENDERERS: dict[str, str] = {
    "pdf": "socialstrategy.core.render.pdf:render_pdf",
    "docx": "socialstrategy.core.render.docx:render_docx",
    "html": "socialstrategy.core.render.html:render_html",
    "md": "socialstrategy.core.render.markdown:render_markdown",
}
"""File extension → ``module:function`` of its renderer."""

FORMATS: tuple[str, ...] = tuple(RENDERERS)


class UnknownFormat(ValueError):
    pass


def renderer_for(extension: str) -> Renderer:
    """The renderer for a file extension such as ``pdf`` or ``.docx`` (case-insensitive)."""
    key = extension.lower().lstrip(".")
    if key not in RENDERERS:
        raise UnknownFormat(f"unknown format {extension!r}; choose one of {', '.join(FORMATS)}")
    module, function = RENDERERS[key].split(":")
    renderer: Renderer = getattr(import_module(module), function)
    return renderer


def render(
    strategy: Strategy,
    language: str,
    document: DocumentKind = "strategy",
    format: str = "pdf",
    *,
    working_copy: bool = False,
) -> tuple[str, str, bytes]:
    """Render ``document`` of ``strategy`` in ``language`` as ``format``.

    The client copy by default; ``working_copy`` keeps the open findings and every source.
    """
    if document not in DOCUMENT_KINDS:
        raise ValueError(f"unknown document {document!r}; choose one of {', '.join(DOCUMENT_KINDS)}")
    return renderer_for(format)(strategy, language, document, working_copy=working_copy)
