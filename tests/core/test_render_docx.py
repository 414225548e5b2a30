"""DOCX: python-docx reads it back, LibreOffice opens it, control characters cannot break it."""

from __future__ import annotations

import datetime as dt
import io
import re
import subprocess
import zipfile

import docx
import pytest
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor
from hypothesis import given, settings
from hypothesis import strategies as st
from render_fixtures import rich_strategy
from render_payloads import hostile_strategy
from render_tools import docx_to_pdf, needs_libreoffice, needs_poppler, pdf_fonts, pdf_text, squash

from socialstrategy.core.demos import grown_demo, load_demo
from socialstrategy.core.render import render
from socialstrategy.core.render.blocks import link_target
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.docx import FONT, clean

LANGUAGES = ("de", "en")
DOCUMENTS = ("strategy", "guidelines", "crisis")


def paragraphs(data: bytes) -> str:
    document = docx.Document(io.BytesIO(data))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.mark.documents
@needs_libreoffice
@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("document", DOCUMENTS)
def test_libreoffice_opens_the_docx_and_shows_every_chapter(language, document, tmp_path):
    strategy = rich_strategy(language)
    filename, content_type, data = render(strategy, language, document, "docx")
    assert filename.endswith(f"-{language}.docx")
    assert content_type == "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    text = squash(pdf_text(docx_to_pdf(data, tmp_path), tmp_path))
    for chapter in build_document(strategy, language, document).chapters:
        assert squash(chapter.title) in text


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_docx_holds_every_goal_statement(language):
    strategy = rich_strategy(language)
    text = paragraphs(render(strategy, language, "strategy", "docx")[2])
    for goal in strategy.goals:
        assert goal.statement in text


def test_the_docx_is_a4_with_charts_and_repeated_table_headers():
    data = render(rich_strategy("de"), "de", "strategy", "docx")[2]
    document = docx.Document(io.BytesIO(data))
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    assert len(document.inline_shapes) >= 4
    assert "<w:tblHeader" in document.element.xml


def test_control_characters_are_stripped_before_python_docx_sees_them():
    strategy = rich_strategy("en")
    strategy.goals[0].statement = "Grow\x00 the\x01 café\x0b\x1f reach\ufffe"
    text = paragraphs(render(strategy, "en", "strategy", "docx")[2])
    assert "Grow the café reach" in text


def test_clean_keeps_tabs_newlines_and_letters():
    assert clean("a\tb\nc\x07ä\ud800") == "a\tb\ncä"


@pytest.mark.parametrize("document", DOCUMENTS)
def test_hostile_text_is_kept_as_text(document):
    strategy = hostile_strategy(rich_strategy("en"))
    text = paragraphs(render(strategy, "en", document, "docx")[2])
    assert '=HYPERLINK("http://evil.example","x")' in text or "<script>alert(1)</script>" in text


def test_strong_text_in_a_section_becomes_a_bold_run():
    strategy = rich_strategy("en")
    strategy.guidelines.sections[0].body = "1. **Do not** answer alone."
    document = docx.Document(io.BytesIO(render(strategy, "en", "guidelines", "docx")[2]))
    item = next(p for p in document.paragraphs if p.text == "Do not answer alone.")
    assert item.style.name == "List Number"
    assert [(run.text, run.bold) for run in item.runs] == [("Do not", True), (" answer alone.", None)]


def test_every_style_uses_the_one_named_font_and_no_theme_font():
    data = render(rich_strategy("de"), "de", "strategy", "docx")[2]
    styles = docx.Document(io.BytesIO(data)).styles.element
    fonts = list(styles.iter(qn("w:rFonts")))
    assert fonts
    for element in fonts:
        assert not [name for name in element.attrib if name.lower().endswith("theme")], element.attrib
        assert element.get(qn("w:ascii")) in (FONT, "Courier")
    assert FONT == "Arial"


@pytest.mark.documents
@needs_libreoffice
@needs_poppler
def test_libreoffice_sets_the_docx_in_a_face_metric_compatible_with_arial(tmp_path):
    pdf = docx_to_pdf(render(rich_strategy("en"), "en", "crisis", "docx")[2], tmp_path)
    faces = {row[0].split("+")[-1].split("-")[0] for row in pdf_fonts(pdf, tmp_path)}
    assert faces & {"Arial", "ArialMT", "LiberationSans", "Arimo", "NimbusSans"}, faces
    assert not any(face.startswith("DejaVu") for face in faces), faces


def test_the_footer_style_sets_the_page_number_fields_small_and_muted():
    data = render(rich_strategy("en"), "en", "crisis", "docx")[2]
    footer = docx.Document(io.BytesIO(data)).sections[0].footer.paragraphs[0]
    assert footer.style.font.size == Pt(8)
    assert footer.style.font.color.rgb == RGBColor(0x6B, 0x75, 0x88)
    assert "PAGE" in footer._p.xml


def docx_parts(data: bytes) -> dict[str, str]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name).decode("utf-8", "replace") for name in archive.namelist()}


@pytest.mark.parametrize(
    ("language", "country", "tag"), [("de", "DE", "de-DE"), ("en", "DE", "en-GB"), ("en", "US", "en-US")]
)
def test_the_styles_carry_the_document_language_so_word_checks_spelling_in_it(language, country, tag):
    strategy = rich_strategy(language)
    strategy.organisation.country = country
    document = docx.Document(io.BytesIO(render(strategy, language, "guidelines", "docx")[2]))
    defaults = document.styles.element.find(qn("w:docDefaults"))
    assert [lang.get(qn("w:val")) for lang in defaults.iter(qn("w:lang"))] == [tag]
    assert document.core_properties.language == tag
    settings = document.settings.element
    assert settings.find(qn("w:proofState")) is None  # the template claims "spelling clean"
    assert settings.find(qn("w:autoHyphenation")).get(qn("w:val")) == "true"


def test_the_metadata_is_the_documents_own_not_python_docx_templates():
    strategy = rich_strategy("de")
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    data = render(strategy, "de", "strategy", "docx")[2]
    properties = docx.Document(io.BytesIO(data)).core_properties
    assert properties.title == build_document(strategy, "de").title
    assert properties.author == strategy.author
    assert "python-docx" not in properties.comments
    assert before <= properties.created.replace(tzinfo=dt.UTC) <= dt.datetime.now(dt.UTC)
    assert properties.modified == properties.created
    parts = docx_parts(data)
    assert "Microsoft" not in parts["docProps/app.xml"]
    assert "<Application>socialstrategy</Application>" in parts["docProps/app.xml"]
    assert not [name for name in parts if "thumbnail" in name]


def test_without_an_author_the_organisation_is_the_author():
    strategy = rich_strategy("en")
    strategy.author = None
    properties = docx.Document(io.BytesIO(render(strategy, "en", "crisis", "docx")[2])).core_properties
    assert properties.author == strategy.organisation.name


@pytest.mark.parametrize("document", DOCUMENTS)
def test_no_table_row_splits_across_pages_and_headers_repeat(document):
    tables = docx.Document(io.BytesIO(render(rich_strategy("de"), "de", document, "docx")[2])).tables
    assert tables
    for table in tables:
        for row in table.rows:
            properties = row._tr.trPr
            assert properties is not None and properties.find(qn("w:cantSplit")) is not None, table.cell(
                0, 0
            ).text
    headed = [table for table in tables if table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None]
    assert headed or document != "strategy"


@pytest.mark.parametrize(
    ("document", "breaks"), [("strategy", True), ("guidelines", False), ("crisis", False)]
)
def test_heading_1_starts_a_page_in_the_paper_but_not_in_the_handouts(document, breaks):
    styles = docx.Document(io.BytesIO(render(rich_strategy("en"), "en", document, "docx")[2])).styles
    assert bool(styles["Heading 1"].paragraph_format.page_break_before) is breaks


def test_every_chart_has_alternative_text():
    strategy = rich_strategy("de")
    document = docx.Document(io.BytesIO(render(strategy, "de", "strategy", "docx")[2]))
    descriptions = [shape._inline.docPr.get("descr") for shape in document.inline_shapes]
    charts = build_document(strategy, "de").charts()
    assert descriptions == [chart.description for chart in charts]
    assert all(descriptions)


def _table_words(table) -> set[str]:
    """The words of a table's cells, without web and mail addresses (they break at slashes)."""
    cells = {cell.text for row in table.rows for cell in row.cells}
    return {
        word.strip(".")
        for text in cells
        if not link_target(text) and "://" not in text
        for word in re.findall(r"[\w.]+", text)
        if len(word.strip(".")) >= 4
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_table_column_is_wider_than_its_longest_word(language):
    """At least 0.45 em per letter (Arial averages more): narrow columns broke "Ran g" and
    "Entscheid ung" in LibreOffice."""
    document = docx.Document(io.BytesIO(render(load_demo("bakery"), language, "strategy", "docx")[2]))
    for table in document.tables:
        for index, column in enumerate(table.columns):
            sizes = [
                r.font.size.pt
                for cell in column.cells
                for p in cell.paragraphs
                for r in p.runs
                if r.font.size
            ]
            size = max(sizes, default=10)
            words = set().union(*(_table_words_of_cell(cell.text) for cell in column.cells))
            longest = max(words, key=len, default="")
            needed = len(longest) * 0.45 * size / 72 * 2.54 + 0.38
            assert column.width.cm >= needed, (table.cell(0, index).text, longest, column.width.cm)


def _table_words_of_cell(text: str) -> set[str]:
    if link_target(text) or "://" in text:
        return set()
    return {word.strip(".") for word in re.findall(r"[\w.]+", text)}


@pytest.mark.documents
@needs_libreoffice
@needs_poppler
@pytest.mark.parametrize("language", LANGUAGES)
def test_libreoffice_breaks_no_table_word_without_a_hyphen(language, tmp_path):
    data = render(load_demo("bakery"), language, "strategy", "docx")[2]
    pdf = tmp_path / "layout.pdf"
    pdf.write_bytes(docx_to_pdf(data, tmp_path))
    text = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    tokens = {word.strip(".") for word in re.findall(r"[\w.]+", text)}
    hyphenated = {word.strip(".") for word in re.findall(r"([\w.]+)[-\u00ad]\s*$", text, re.MULTILINE)}
    words = set().union(*(_table_words(table) for table in docx.Document(io.BytesIO(data)).tables))
    broken = sorted(
        word
        for word in words
        if word not in tokens
        and not any(word[:i] in hyphenated and word[i:] in tokens for i in range(2, len(word)))
    )
    assert not broken


def test_name_columns_are_not_hyphenated_now_that_word_hyphenates():
    strategy = load_demo("bakery")
    document = docx.Document(io.BytesIO(render(strategy, "de", "crisis", "docx")[2]))
    table = next(
        table
        for table in document.tables
        if "Sabine Krämer" in {cell.text for cell in table.columns[1].cells}
    )
    for cell in table.columns[1].cells:
        assert cell.paragraphs[0]._p.pPr.find(qn("w:suppressAutoHyphens")) is not None


def test_each_contents_entry_takes_its_page_number_from_its_chapters_heading():
    strategy = load_demo("bakery")
    document = docx.Document(io.BytesIO(render(strategy, "en", "strategy", "docx")[2]))
    headings = [p for p in document.paragraphs if p.style.name == "Heading 1"]
    bookmarks = [p._p.find(qn("w:bookmarkStart")).get(qn("w:name")) for p in headings]
    references = [
        code.text.split()[1]
        for p in document.paragraphs
        for code in p._p.iter(qn("w:instrText"))
        if "PAGEREF" in code.text
    ]
    assert references == bookmarks
    assert len(bookmarks) == len(build_document(strategy, "en").chapters) == len(set(bookmarks))


@pytest.mark.documents
@needs_libreoffice
@needs_poppler
@pytest.mark.parametrize("document", ["strategy", "guidelines"])
def test_libreoffice_shows_the_contents_with_the_page_of_each_chapter(document, tmp_path):
    strategy = load_demo("bakery")
    data = render(strategy, "de", document, "docx")[2]
    pdf = tmp_path / "contents.pdf"
    pdf.write_bytes(docx_to_pdf(data, tmp_path))
    pages = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout.split("\f")
    content = build_document(strategy, "de", document)
    numbers = content.chapter_numbers()
    contents_page = next(
        i for i, page in enumerate(pages) if page.lstrip().startswith(content.labels["contents"])
    )
    for chapter in content.chapters:
        heading = f"{numbers[chapter.key]}  {chapter.title}".strip()
        pattern = r"^\s*" + r"\s+".join(map(re.escape, heading.split())) + r"\.*\s*(\d+)\s*$"
        entry = re.search(pattern, pages[contents_page], re.MULTILINE)
        assert entry, heading
        page = pages[int(entry.group(1)) - 1]
        assert squash(heading) in squash(page), (heading, entry.group(1))


def test_table_rows_are_written_as_xml_not_through_python_docx_s_row_api(monkeypatch):
    from docx.table import Table as DocxTable

    def refused(self):
        raise AssertionError("add_row costs most of a long table's time")

    monkeypatch.setattr(DocxTable, "add_row", refused)
    strategy = grown_demo("bakery", 3)
    data = render(strategy, "de", "strategy", "docx")[2]
    document = docx.Document(io.BytesIO(data))
    rows = sum(len(table.rows) for table in document.tables)
    assert rows > len(strategy.content.calendar)
    assert strategy.content.calendar[-1].title in paragraphs(data)


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(["a", "ä", " ", "\t", "\n", "\r", "<", "&", "\x01", '"']), max_size=12)
)
def test_a_cell_s_text_is_written_exactly_as_python_docx_writes_a_run(text):
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    from socialstrategy.core.render.docx import _run_text_xml

    ours = parse_xml(f"<w:r {nsdecls('w')}>{_run_text_xml(text)}</w:r>")
    theirs = docx.Document().add_paragraph().add_run(clean(text))._r
    assert [(e.tag, e.text, dict(e.attrib)) for e in ours] == [
        (e.tag, e.text, dict(e.attrib)) for e in theirs
    ]


def test_the_same_strategy_again_is_answered_without_writing_the_docx_again(monkeypatch):
    from socialstrategy.core.render import docx as module

    written = []
    write = module.write_docx
    monkeypatch.setattr(module, "write_docx", lambda document: written.append(document) or write(document))
    strategy = rich_strategy("en")
    first = render(strategy, "en", "crisis", "docx")[2]
    assert render(strategy, "en", "crisis", "docx")[2] == first
    assert len(written) == 1
    edited = strategy.model_copy(update={"title": "Another title"})
    render(edited, "en", "crisis", "docx")
    render(strategy, "de", "crisis", "docx")
    assert len(written) == 3
