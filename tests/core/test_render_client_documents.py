"""Every demo, every document, every format, as the reader sees it: no raw Markdown, no QA material.

The text is taken the way a reader gets it: Markdown parsed and rendered by markdown-it-py, HTML
without its tags, DOCX through python-docx (paragraphs and tables), PDF through pdftotext.
"""

from __future__ import annotations

import io
import re
from html.parser import HTMLParser

import pytest
from docx import Document as read_docx
from markdown_it import MarkdownIt
from render_tools import needs_poppler, pdf_text

from socialstrategy.core.checks import registered_codes
from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.render import DOCUMENT_KINDS, FORMATS, render

RAW_MARKDOWN = re.compile(r"\|\s*-{3,}\s*\||\*\*|\\>|^\s*>\s|(?<=\s)>\s|^\s*#{1,6}\s", re.MULTILINE)
FIELD_PATH = re.compile(
    r"\b(?:organisation|corporate_objectives|goals|audiences|platforms|community|marketing_mix|resources"
    r"|guidelines|crisis|content|recommendation)(?:\[\d+\])?\.[a-z_]+"
)
CAVEATS = re.compile(
    r"VERIFY|vendor blog|itself not read|not read directly|as QUOTED|transcribed|mirror copy"
)
ENGLISH_IN_GERMAN = re.compile(
    r"\b(?:weak|secondary|primary source|mirror|anecdote|not a study)\b", re.IGNORECASE
)
CODES = re.compile(
    r"\b(?:" + "|".join(re.escape(code) for code in registered_codes() if "-" in code) + r")\b"
)


class _Text(HTMLParser):
    """The text of an HTML page outside ``<style>`` and the charts' SVG."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: object) -> None:
        self.skip += tag in ("style", "svg")
        if tag in ("p", "li", "td", "th", "h1", "h2", "dd", "dt", "blockquote", "tr", "br"):
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        self.skip -= tag in ("style", "svg")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.parts.append(data)


def html_text(html: str) -> str:
    parser = _Text()
    parser.feed(html)
    return "".join(parser.parts)


def docx_text(data: bytes) -> str:
    document = read_docx(io.BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        lines += [cell.text for row in table.rows for cell in row.cells]
    return "\n".join(lines)


def reader_text(data: bytes, fmt: str, tmp_path) -> str:
    if fmt == "md":
        return html_text(MarkdownIt("commonmark").enable("table").render(data.decode()))
    if fmt == "html":
        return html_text(data.decode())
    if fmt == "docx":
        return docx_text(data)
    return pdf_text(data, tmp_path)


CASES = [(demo, kind, fmt) for demo in list_demos() for kind in DOCUMENT_KINDS for fmt in FORMATS]


@needs_poppler
@pytest.mark.parametrize(("demo", "kind", "fmt"), CASES)
def test_a_client_document_shows_no_markup_and_no_internal_material(demo, kind, fmt, tmp_path):
    strategy = load_demo(demo)
    text = reader_text(render(strategy, strategy.language, kind, fmt)[2], fmt, tmp_path)
    assert text.strip()
    for name, pattern in (("raw Markdown", RAW_MARKDOWN), ("field path", FIELD_PATH), ("check code", CODES)):
        found = pattern.search(text)
        assert found is None, (
            f"{name} in {demo} {kind}.{fmt}: …{text[max(0, found.start() - 60) : found.end() + 60]}…"
        )
    found = CAVEATS.search(text)
    assert found is None, f"source caveat in {demo} {kind}.{fmt}: {found.group()}"
    if strategy.language == "de":
        found = ENGLISH_IN_GERMAN.search(text)
        assert found is None, f"English caveat word in {demo} {kind}.{fmt}: {found.group()}"


@needs_poppler
@pytest.mark.parametrize("fmt", FORMATS)
def test_only_the_working_copy_of_a_strategy_with_findings_shows_their_field_paths(fmt, tmp_path):
    strategy = load_demo("bakery")
    strategy.goals[0].serves = []
    client = reader_text(render(strategy, "de", "strategy", fmt)[2], fmt, tmp_path)
    working = reader_text(render(strategy, "de", "strategy", fmt, working_copy=True)[2], fmt, tmp_path)
    assert FIELD_PATH.search(working.replace("\xad", "")), "the check would not see a field path"
    assert CAVEATS.search(" ".join(working.split())), "the check would not see a caveat"
    assert not FIELD_PATH.search(client) and not CAVEATS.search(client)


@needs_poppler
@pytest.mark.parametrize("demo", list_demos())
def test_no_page_of_a_demo_pdf_is_empty(demo, tmp_path):
    strategy = load_demo(demo)
    for kind in DOCUMENT_KINDS:
        pages = pdf_text(render(strategy, strategy.language, kind, "pdf")[2], tmp_path).split("\f")[:-1]
        empty = [number for number, page in enumerate(pages, 1) if len(page.split()) < 12]
        assert not empty, f"{demo} {kind}: pages {empty} are (nearly) empty"


@pytest.mark.parametrize("language", ["de", "en"])
def test_the_html_has_the_document_s_language_and_a_viewport(language):
    strategy = load_demo("sensors")
    html = render(strategy, language, "strategy", "html")[2].decode()
    assert f'<html lang="{language}">' in html
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in html
    assert '<a href="https://' in html
