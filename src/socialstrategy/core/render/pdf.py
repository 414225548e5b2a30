"""PDF through Typst: the fixed template ``template/document.typ`` fed with the document as JSON.

User text never becomes Typst source: the whole document travels as one JSON string in
``sys.inputs.data`` and the template places every string as literal text.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence

from socialstrategy.core.model import Strategy
from socialstrategy.core.render.blocks import Document, DocumentKind, Facts, Table, link_target
from socialstrategy.core.render.charts import Chart
from socialstrategy.core.render.document import build_document, document_filename
from socialstrategy.core.render.worker import WORKER, compile_template
from socialstrategy.core.review import Approval

CONTENT_TYPE = "application/pdf"
PNG_PPI = 150.0


def render_pdf(
    strategy: Strategy,
    language: str,
    document: DocumentKind = "strategy",
    *,
    working_copy: bool = False,
    approvals: Sequence[Approval] | None = None,
) -> tuple[str, str, bytes]:
    """The PDF; with ``approvals`` (a strategy under review) the strategy has a sign-off page."""
    # On the first render the worker starts up while the document is being built.
    WORKER.start()
    built = build_document(strategy, language, document, working_copy, approvals)
    pdf = compile_template("document.typ", typst_data(built))[0]
    return document_filename(strategy, language, document, "pdf"), CONTENT_TYPE, pdf


def typst_data(document: Document) -> str:
    """The JSON the template reads from ``sys.inputs.data``."""
    brand = document.brand
    data = dataclasses.asdict(dataclasses.replace(document, brand=dataclasses.replace(brand, logo=None)))
    # Typst reads the logo from the data as bytes (never a path): ``image(bytes(array))``.
    data["brand"]["logo"] = list(brand.logo.data) if brand.logo else None
    data["brand"]["logo_format"] = brand.logo.format if brand.logo else ""
    for chapter, blocks in zip(document.chapters, data["chapters"], strict=True):
        for block, block_data in zip(chapter.blocks, blocks["blocks"], strict=True):
            if isinstance(block, Table):
                block_data["links"] = [[link_target(cell) for cell in row] for row in block.rows]
                block_data["numeric"] = list(block.numeric())
            elif isinstance(block, Facts):
                block_data["links"] = [link_target(value) for _, value in block.rows]
    data["authors"] = [document.author] if document.author else []
    data["page_per_chapter"] = document.kind == "strategy"
    parts = (document.organisation, document.title, brand.prepared_by)
    data["footer"] = " · ".join(part for part in parts if part)
    return json.dumps(data, ensure_ascii=False)


def charts_to_png(charts: list[Chart]) -> list[bytes]:
    """The same SVG charts as PNG images (for DOCX), rasterised by Typst in one compile."""
    if not charts:
        return []
    data = json.dumps([chart.svg for chart in charts], ensure_ascii=False)
    return compile_template("charts.typ", data, output_format="png", ppi=PNG_PPI)
