"""DOCX through python-docx, for people who edit the document in Word or LibreOffice.

A4, built-in heading styles (so Word's navigation pane and table of contents work), tables with
a repeated header row, charts as PNG, page numbers in the footer. Every string passes
:func:`clean` first: python-docx refuses characters XML cannot hold.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import re
import threading
import unicodedata
from collections import OrderedDict
from collections.abc import Sequence
from contextvars import ContextVar
from typing import Any
from xml.sax.saxutils import escape

from docx import Document as new_docx
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt, RGBColor

from socialstrategy.core.branding import DEFAULT_BRAND, Brand
from socialstrategy.core.model import Strategy
from socialstrategy.core.render.blocks import (
    Block,
    BulletList,
    Chapter,
    Document,
    DocumentKind,
    Facts,
    Figure,
    Note,
    Paragraph,
    Quote,
    Span,
    Subheading,
    Table,
    link_target,
)
from socialstrategy.core.render.document import build_document, document_filename
from socialstrategy.core.render.pdf import charts_to_png

CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
FONT = "Arial"
"""The DOCX is the editable copy, so it uses a font everyone has rather than the PDF's Inter
(which Word users rarely have installed; DOCX cannot carry a fallback list, and Word embeds
only TrueType fonts). Arial comes with Windows and macOS, and fontconfig maps it to a
metric-compatible face on Linux (Liberation Sans, Arimo, or Nimbus Sans from the URW base
fonts), so Word and LibreOffice break lines and pages alike. Calibri, by contrast, becomes
DejaVu Sans in a LibreOffice without Carlito: wider, with other page breaks."""
_BRAND: ContextVar[Brand] = ContextVar("docx_brand", default=DEFAULT_BRAND)
"""The brand of the document being written (``write_docx`` sets it)."""


def _primary() -> RGBColor:
    """Headings, table headers, links: ``branding.primary_colour``, default navy."""
    return RGBColor.from_string(_BRAND.get().primary[1:])


def _accent() -> RGBColor:
    """The kicker above the title and the rule beside quotes: ``branding.accent_colour``."""
    return RGBColor.from_string(_BRAND.get().accent[1:])


def _font() -> str:
    return _BRAND.get().font or FONT


MUTED = RGBColor(0x6B, 0x75, 0x88)
TEXT_WIDTH_CM = 16.0
MAX_PICTURE_HEIGHT_CM = 22.0
TABLE_SIZES = (9.0, 8.5, 8.0, 7.5)
"""Table text in pt: 9, smaller only for a table whose words do not fit side by side."""
BOLD_FACTOR = 1.1
"""How much wider Arial Bold runs than Arial."""
CELL_PADDING_CM = 0.38 + 0.1
"""The cell's left and right margins (108 twips each, from the template's table style) and a
little room for the difference between estimated and real widths."""
MAX_WORD_SHARE = 0.3
LANGUAGE_TAGS = {"de": "de-DE", "en": "en-GB"}
"""The language Word checks spelling and hyphenates in, unless the country has its own variant."""
REGIONAL_TAGS = frozenset({"de-AT", "de-CH", "de-LI", "de-LU", "en-US", "en-IE", "en-CA", "en-AU", "en-NZ"})
HANDOUTS = frozenset({"guidelines", "crisis"})
"""Short documents for employees: chapters follow on, rather than each on a new page."""
_XML_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def render_docx(
    strategy: Strategy, language: str, document: DocumentKind = "strategy", *, working_copy: bool = False
) -> tuple[str, str, bytes]:
    """The DOCX of ``document``; the same strategy asked for again the same day (a second
    download) is answered from the last few results, as the PDF worker does."""
    request = json.dumps([language, document, working_copy, str(dt.date.today())])
    key = hashlib.sha256(f"{request}{strategy.model_dump_json()}".encode()).hexdigest()
    with _RESULTS_LOCK:
        content = _RESULTS.get(key)
        if content is not None:
            _RESULTS.move_to_end(key)
    if content is None:
        content = write_docx(build_document(strategy, language, document, working_copy))
        with _RESULTS_LOCK:
            _RESULTS[key] = content
            while len(_RESULTS) > CACHED_RESULTS:
                _RESULTS.popitem(last=False)
    return document_filename(strategy, language, document, "docx"), CONTENT_TYPE, content


CACHED_RESULTS = 4
_RESULTS: OrderedDict[str, bytes] = OrderedDict()
_RESULTS_LOCK = threading.Lock()


def write_docx(document: Document) -> bytes:
    token = _BRAND.set(document.brand)
    try:
        return _write(document)
    finally:
        _BRAND.reset(token)


def _write(document: Document) -> bytes:
    docx = new_docx()
    _set_up(docx, document)
    _title_page(docx, document)
    _contents(docx, document)
    pictures = dict(zip((c.key for c in document.charts()), charts_to_png(document.charts()), strict=True))
    numbers = document.chapter_numbers()
    for index, chapter in enumerate(document.chapters):
        _chapter(docx, index, chapter, numbers[chapter.key], pictures)
    out = io.BytesIO()
    docx.save(out)
    return out.getvalue()


def clean(text: str) -> str:
    """``text`` without the control characters and lone surrogates XML 1.0 cannot hold."""
    return _XML_INVALID.sub("", text)


def language_tag(document: Document) -> str:
    """The BCP 47 tag of ``document``: ``de-DE``, ``en-GB``, or a regional one such as ``en-US``."""
    regional = f"{document.language}-{document.country.upper()}"
    return regional if regional in REGIONAL_TAGS else LANGUAGE_TAGS.get(document.language, document.language)


def _set_up(docx: Any, document: Document) -> None:
    section = docx.sections[0]
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.5), Cm(2.3)
    section.different_first_page_header_footer = True
    styles = docx.styles
    styles["Normal"].font.name = _font()
    styles["Normal"].font.size = Pt(10)
    styles["Normal"].paragraph_format.space_after = Pt(5)
    _use_one_font(docx)
    for name, size in (("Title", 30), ("Heading 1", 20), ("Heading 2", 13)):
        style = styles[name]
        style.font.name, style.font.size, style.font.color.rgb, style.font.bold = (
            _font(),
            Pt(size),
            _primary(),
            True,
        )
    styles["Heading 1"].paragraph_format.space_after = Pt(12)
    styles["Heading 1"].paragraph_format.page_break_before = document.kind not in HANDOUTS
    if document.kind in HANDOUTS:
        styles["Heading 1"].paragraph_format.space_before = Pt(18)
    styles["Heading 2"].paragraph_format.space_before = Pt(14)
    _language(docx, language_tag(document))
    _properties(docx, document)
    _footer(docx, document)


def _properties(docx: Any, document: Document) -> None:
    """Title, author and dates of this document, not those of python-docx's template."""
    now = dt.datetime.now(dt.UTC).replace(microsecond=0, tzinfo=None)
    properties = docx.core_properties
    properties.title = clean(document.title)
    properties.subject = clean(document.kind_label)
    properties.author = clean(document.author or document.organisation)
    properties.last_modified_by = properties.author
    properties.comments = ""
    properties.language = language_tag(document)
    properties.created = properties.modified = now
    properties.revision = 1
    _application(docx, document)


def _application(docx: Any, document: Document) -> None:
    """Our own ``docProps/app.xml`` (the template's names "Microsoft Macintosh Word"), and no
    thumbnail: the template's shows an empty page."""
    package = docx.part.package
    for part in package.iter_parts():
        if str(part.partname) == "/docProps/app.xml":
            part._blob = _APP_XML.format(company=escape(clean(document.organisation))).encode()
    for r_id, relationship in list(package.rels.items()):
        if relationship.reltype.endswith("/thumbnail"):
            package.rels.pop(r_id)


_APP_XML = (
    "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>socialstrategy</Application><Company>{company}</Company></Properties>"
)


def _language(docx: Any, tag: str) -> None:
    """``tag`` as the language of every style, for spelling and hyphenation in Word.

    The template says en-US and claims its spelling was checked ("clean"), so Word would mark
    German as misspelt English, or nothing at all.
    """
    defaults = docx.styles.element.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    for language in [*defaults.iter(qn("w:lang")), *docx.styles.element.iter(qn("w:lang"))]:
        language.set(qn("w:val"), tag)
    settings = docx.settings.element
    for proof in settings.findall(qn("w:proofState")):
        settings.remove(proof)
    for theme in settings.iter(qn("w:themeFontLang")):
        theme.set(qn("w:val"), tag)
    hyphenation = OxmlElement("w:autoHyphenation")
    hyphenation.set(qn("w:val"), "true")
    settings.find(qn("w:defaultTabStop")).addnext(hyphenation)
    if tag.startswith("de"):
        for name, value in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
            for element in settings.iter(qn(name)):
                element.set(qn("w:val"), value)


def _use_one_font(docx: Any) -> None:
    """Set ``FONT`` on the defaults and every style that takes its font from the theme.

    Theme references (``w:asciiTheme`` …) win over named fonts in Word, and the template's theme
    names Calibri and Cambria, so they are removed rather than overridden.
    """
    for fonts in docx.styles.element.iter(qn("w:rFonts")):  # the defaults and every style
        themed = [name for name in fonts.attrib if name.lower().endswith("theme")]
        if fonts.get(qn("w:ascii")) not in (None, FONT, _font()) and not themed:
            continue  # a font chosen on purpose, e.g. Courier for code
        for name in themed:
            del fonts.attrib[name]
        for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
            fonts.set(qn(slot), _font())


def _footer(docx: Any, document: Document) -> None:
    paragraph = docx.sections[0].footer.paragraphs[0]
    # The style, not only the runs: LibreOffice sets a field's result in the field start's format.
    paragraph.style.font.size, paragraph.style.font.color.rgb = Pt(8), MUTED
    run = paragraph.add_run(
        clean(f"{document.organisation} · {document.title}    {document.labels['page']} ")
    )
    run.font.size, run.font.color.rgb = Pt(8), MUTED
    _field(paragraph, "PAGE", "1")
    tail = paragraph.add_run(" / ")
    tail.font.size, tail.font.color.rgb = Pt(8), MUTED
    _field(paragraph, "NUMPAGES", "1")


def _title_page(docx: Any, document: Document) -> None:
    _logo(docx, document.brand)
    kicker = docx.add_paragraph()
    run = kicker.add_run(clean(document.kind_label.upper()))
    run.bold, run.font.color.rgb, run.font.size = True, _accent(), Pt(10)
    kicker.paragraph_format.space_before = Pt(120)
    docx.add_paragraph(clean(document.title), style="Title")
    subtitle = docx.add_paragraph()
    sub = subtitle.add_run(clean(document.subtitle))
    sub.font.size, sub.font.color.rgb = Pt(15), MUTED
    subtitle.paragraph_format.space_after = Pt(60)
    _facts(docx, document.meta)


def _logo(docx: Any, brand: Brand) -> None:
    """The brand's logo at the top right of the first page: 1.8 cm high, a wide one 6 cm wide."""
    if brand.logo is None:
        return
    paragraph = docx.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    logo = brand.logo
    size = {"width": Cm(6)} if logo.width / logo.height * 1.8 > 6 else {"height": Cm(1.8)}
    shape = paragraph.add_run().add_picture(io.BytesIO(logo.data), **size)
    shape._inline.docPr.set("descr", "Logo")


def _contents(docx: Any, document: Document) -> None:
    """A table of contents whose entries link to their chapters and show their page numbers.

    Static entries, not a Word TOC field: LibreOffice keeps a TOC field's cached text as it is,
    without page numbers, until someone updates the index. Each entry's page number is a
    ``PAGEREF`` field to a bookmark on the chapter's heading instead, which LibreOffice computes
    as it lays the document out (so also in its PDF conversion) and Word when it updates the
    fields on opening.
    """
    heading = docx.add_paragraph()
    heading.paragraph_format.page_break_before = True
    heading.paragraph_format.keep_with_next = True
    heading.paragraph_format.space_after = Pt(12)
    run = heading.add_run(clean(document.labels["contents"]))
    run.bold, run.font.size, run.font.color.rgb = True, Pt(20), _primary()
    numbers = document.chapter_numbers()
    for index, chapter in enumerate(document.chapters):
        paragraph = docx.add_paragraph()
        paragraph.paragraph_format.tab_stops.add_tab_stop(
            Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS
        )
        paragraph.paragraph_format.space_after = Pt(3)
        link = OxmlElement("w:hyperlink")
        link.set(qn("w:anchor"), _bookmark(index))
        link.set(qn("w:history"), "1")
        paragraph._p.append(link)
        for text in (clean(f"{numbers[chapter.key]}  {chapter.title}".strip()), "\t"):
            link.append(paragraph.add_run(text)._r)
        _field_start(paragraph, f"PAGEREF {_bookmark(index)} \\h")
        _field_end(paragraph)
    _update_fields_on_open(docx)


def _bookmark(index: int) -> str:
    """The bookmark on the heading of chapter ``index``; Word hides names that start with "_"."""
    return f"_Toc{index + 1:06d}"


def _chapter(docx: Any, index: int, chapter: Chapter, number: str, pictures: dict[str, bytes]) -> None:
    heading = docx.add_paragraph(style="Heading 1")
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(index + 1))
    start.set(qn("w:name"), _bookmark(index))
    heading._p.append(start)
    heading.add_run(clean(f"{number}  {chapter.title}".strip()))
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(index + 1))
    heading._p.append(end)
    for block in chapter.blocks:
        _block(docx, block, pictures)


def _block(docx: Any, block: Block, pictures: dict[str, bytes]) -> None:
    if isinstance(block, Paragraph):
        _runs(docx.add_paragraph(), block.runs())
    elif isinstance(block, Subheading):
        _styled(docx, "Heading 2").add_run(clean(block.text))
    elif isinstance(block, BulletList):
        style = "List Number" if block.ordered else "List Bullet"
        numbering = _new_numbering(docx, block.start) if block.ordered else None
        for runs in block.runs():
            paragraph = _styled(docx, style)
            if numbering is not None:
                _number(paragraph, numbering)
            _runs(paragraph, runs)
    elif isinstance(block, Quote):
        _quote(docx, block)
    elif isinstance(block, Facts):
        if block.title:
            _runs(docx.add_paragraph(), (Span(block.title, strong=True),))
        if block.text:
            _runs(docx.add_paragraph(), (Span(block.text),))
        _facts(docx, block.rows)
    elif isinstance(block, Table):
        _table(docx, block)
    elif isinstance(block, Figure):
        _figure(docx, block, pictures)
    elif isinstance(block, Note):
        note = docx.add_paragraph()
        run = note.add_run(clean(block.text))
        run.italic, run.font.color.rgb = True, MUTED


def _styled(docx: Any, style: str) -> Any:
    """``docx.add_paragraph(style=style)``, without python-docx's search through every style
    for the default on each paragraph (half of a long document's time)."""
    paragraph = docx.add_paragraph()
    paragraph._p.style = docx.styles[style].style_id
    return paragraph


def _runs(paragraph: Any, runs: Sequence[Span]) -> None:
    for span in runs:
        run = _hyperlink(paragraph, span.link, span.text) if span.link else _plain(paragraph, span.text)
        run.bold = span.strong or None
        run.italic = span.emphasis or None


def _plain(paragraph: Any, text: str) -> Any:
    return paragraph.add_run(clean(text))


def _quote(docx: Any, block: Quote) -> None:
    if block.title:
        title = docx.add_paragraph()
        title.paragraph_format.keep_with_next = True
        title.paragraph_format.space_before = Pt(8)
        title.paragraph_format.space_after = Pt(2)
        title.add_run(clean(block.title)).bold = True
    paragraph = docx.add_paragraph()
    _left_rule(paragraph)  # first: w:pBdr comes before w:spacing and w:ind in w:pPr
    paragraph.paragraph_format.left_indent = Cm(0.6)
    paragraph.paragraph_format.space_before = Pt(2)
    paragraph.paragraph_format.space_after = Pt(10)
    paragraph.paragraph_format.keep_together = True
    _runs(paragraph, block.runs())


def _facts(docx: Any, rows: Sequence[tuple[str, str]]) -> None:
    table = docx.add_table(rows=0, cols=2)
    _widths(table, (1, 2.2))
    twips = [column.get(qn("w:w")) for column in table._tbl.tblGrid.gridCol_lst]
    label = f'<w:rPr><w:b/><w:color w:val="{MUTED}"/></w:rPr>'
    xml = "".join(
        _row_xml([f"<w:r>{label}{_run_text_xml(name)}</w:r>", _cell_xml(docx, value, None)], twips)
        for name, value in rows
    )
    table._tbl.extend(parse_xml(f"<w:tbl {nsdecls('w', 'r')}>{xml}</w:tbl>"))
    docx.add_paragraph()


def _table(docx: Any, block: Table) -> None:
    size, widths = table_layout(block)
    table = docx.add_table(rows=1, cols=len(block.header))
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    for cell, text in zip(table.rows[0].cells, block.header, strict=True):
        run = cell.paragraphs[0].add_run(clean(text))
        run.bold, run.font.size, run.font.color.rgb = True, Pt(size), RGBColor(0xFF, 0xFF, 0xFF)
        _shade(cell, str(_primary()))
    _repeat_header(table.rows[0])
    _widths(table, widths)
    for column in block.names:
        _no_hyphenation(table.rows[0].cells[column].paragraphs[0])
    _keep_rows_whole(table)
    twips = [cell._tc.tcPr.tcW.get(qn("w:w")) for cell in table.rows[0].cells]
    xml = "".join(
        _row_xml([_cell_xml(docx, text, size) for text in row], twips, index % 2 == 1, block.names)
        for index, row in enumerate(block.rows)
    )
    table._tbl.extend(parse_xml(f"<w:tbl {nsdecls('w', 'r')}>{xml}</w:tbl>"))
    docx.add_paragraph()


def _row_xml(
    cells: Sequence[str], twips: Sequence[str], shaded: bool = False, names: Sequence[int] = ()
) -> str:
    """One table row (that never splits across pages) as WordprocessingML, from its cells' runs,
    written directly: python-docx's ``add_row`` and cell API cost most of a long table's time
    (99 s for a strategy ×100)."""
    shade = '<w:shd w:val="clear" w:color="auto" w:fill="EEF1F6"/>' if shaded else ""
    no_hyphens = "<w:pPr><w:suppressAutoHyphens/></w:pPr>"
    xml = "".join(
        f'<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="{width}"/>{shade}</w:tcPr>'
        f"<w:p>{no_hyphens if column in names else ''}{runs}</w:p></w:tc>"
        for column, (runs, width) in enumerate(zip(cells, twips, strict=True))
    )
    return f'<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>{xml}</w:tr>'


def _cell_xml(docx: Any, text: str, size: float | None) -> str:
    """A cell's run: one that is a web or mail address links to it."""
    half_points = f'<w:sz w:val="{round(size * 2)}"/>' if size else ""
    target = link_target(text)
    if not target:
        properties = f"<w:rPr>{half_points}</w:rPr>" if half_points else ""
        return f"<w:r>{properties}{_run_text_xml(text)}</w:r>"
    from docx.opc.constants import RELATIONSHIP_TYPE

    r_id = docx.part.relate_to(clean(target), RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    style = f'<w:rPr><w:color w:val="{_primary()}"/>{half_points}<w:u w:val="single"/></w:rPr>'
    return f'<w:hyperlink r:id="{r_id}"><w:r>{style}{_run_text_xml(text)}</w:r></w:hyperlink>'


def _run_text_xml(text: str) -> str:
    """A run's content as python-docx writes it: tabs and line breaks as their own elements,
    ``xml:space="preserve"`` where the text begins or ends with white space."""
    parts = []
    for piece in re.split(r"([\t\n\r])", clean(text)):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\n", "\r"):
            parts.append("<w:br/>")
        elif piece:
            space = ' xml:space="preserve"' if piece.strip() != piece else ""
            parts.append(f"<w:t{space}>{escape(piece)}</w:t>")
    return "".join(parts)


def table_layout(block: Table) -> tuple[float, list[float]]:
    """The text size (pt) and column widths (cm) of ``block``: its relative widths, but every
    column at least as wide as its longest word, so that no word is broken in two without a
    hyphen ("Ran g"). A table whose words do not fit side by side at 9 pt is set smaller (a
    seven-column editorial plan at 8 pt); only below 7.5 pt are words broken.

    A word that cannot fit in any case (a long web address) keeps its share, at most
    ``MAX_WORD_SHARE`` of the text width; LibreOffice and Word break it at its slashes.
    """
    weights = block.widths or (1,) * len(block.header)
    columns = zip((_Bold(text) for text in block.header), *block.rows, strict=False)
    widest = [max(_longest_word_em(text) for text in column) for column in columns]
    for size in TABLE_SIZES:
        needed = [min(MAX_WORD_SHARE * TEXT_WIDTH_CM, _word_cm(em, size)) for em in widest]
        if sum(needed) <= TEXT_WIDTH_CM:
            return size, _widen(weights, needed)
    return size, [TEXT_WIDTH_CM * width / sum(needed) for width in needed]


def _widen(weights: Sequence[float], needed: Sequence[float]) -> list[float]:
    """Shares of the text width by ``weights``, with every column at least ``needed`` wide."""
    fixed: dict[int, float] = {}
    while len(fixed) < len(weights):
        free = TEXT_WIDTH_CM - sum(fixed.values())
        rest = sum(weight for index, weight in enumerate(weights) if index not in fixed)
        share = {index: free * weights[index] / rest for index in range(len(weights)) if index not in fixed}
        short = {index: needed[index] for index, width in share.items() if width < needed[index]}
        if not short:
            return [fixed.get(index) or share[index] for index in range(len(weights))]
        fixed.update(short)
    return [TEXT_WIDTH_CM * width / sum(needed) for width in needed]


class _Bold(str):
    """A header cell's text, set in bold."""


def _longest_word_em(text: str) -> float:
    """The width in thousandths of an em of the widest piece of ``text`` a line may not break
    inside. Lines break at spaces and after hyphens and slashes."""
    words = re.split(r"\s+|(?<=[-/\u2010\u2013])", text)
    factor = BOLD_FACTOR if isinstance(text, _Bold) else 1.0
    return max((sum(map(_advance, word)) for word in words), default=0.0) * factor


def _word_cm(em: float, size: float) -> float:
    """A width in thousandths of an em at ``size`` pt, in cm, plus the cell's padding."""
    return em * size / 1000 * 2.54 / 72 + CELL_PADDING_CM


@functools.lru_cache(maxsize=4096)
def _advance(character: str) -> int:
    """Arial's advance width of ``character`` in thousandths of an em (as Helvetica's)."""
    base = unicodedata.normalize("NFD", character)[:1] or character
    return next((width for width, letters in _ARIAL_WIDTHS if base in letters), 556)


_ARIAL_WIDTHS = (
    (191, "'"),
    (222, "ijl"),
    (278, " ftI.,:;!|/[]\\"),
    (333, 'r-()\u2010\u2013"'),
    (500, "cksvxyzJ"),
    (584, "+<>=~"),
    (611, "FTZß"),
    (667, "ABEKPSVXY&"),
    (722, "CDHNRUw"),
    (778, "GOQ"),
    (833, "mM"),
    (889, "%"),
    (944, "W"),
    (1015, "@"),
)


def _figure(docx: Any, block: Figure, pictures: dict[str, bytes]) -> None:
    picture = pictures.get(block.chart.key)
    if picture is None:
        return
    chart = block.chart
    if chart.height / chart.width * TEXT_WIDTH_CM > MAX_PICTURE_HEIGHT_CM:
        shape = docx.add_picture(io.BytesIO(picture), height=Cm(MAX_PICTURE_HEIGHT_CM))
    else:
        shape = docx.add_picture(io.BytesIO(picture), width=Cm(TEXT_WIDTH_CM))
    # The alternative text Word and screen readers show (Word: "Alt Text"), as in the PDF.
    shape._inline.docPr.set("descr", clean(chart.description or chart.title))
    shape._inline.docPr.set("title", clean(chart.title))
    caption = docx.add_paragraph()
    run = caption.add_run(clean(block.chart.title))
    run.font.size, run.font.color.rgb = Pt(8), MUTED


# --- Open XML details python-docx has no API for ------------------------------------------------


def _widths(table: Any, widths: Sequence[float]) -> None:
    total = sum(widths)
    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(TEXT_WIDTH_CM * width / total)
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(TEXT_WIDTH_CM * width / total)


def _hyperlink(paragraph: Any, target: str, text: str) -> Any:
    """A run inside a ``w:hyperlink`` to the external ``target`` (python-docx has no API for it)."""
    from docx.opc.constants import RELATIONSHIP_TYPE

    r_id = paragraph.part.relate_to(clean(target), RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = paragraph.add_run(clean(text))
    link.append(run._r)
    paragraph._p.append(link)
    run.font.color.rgb = _primary()
    run.font.underline = True
    return run


def _new_numbering(docx: Any, start: int) -> int:
    """A numbering instance of the ``List Number`` style that starts at ``start``.

    Word continues one numbering through the whole document; each ordered list gets its own, so
    a list restarts at its own first number (``1.``, or ``3.`` after a break).
    """
    numbering = docx.part.numbering_part.element
    style_num = docx.styles["List Number"].element.pPr.numPr.numId.val
    abstract = next(n for n in numbering.findall(qn("w:num")) if n.numId == style_num).abstractNumId.val
    num = numbering.add_num(abstract)
    override = OxmlElement("w:lvlOverride")
    override.set(qn("w:ilvl"), "0")
    start_override = OxmlElement("w:startOverride")
    start_override.set(qn("w:val"), str(start))
    override.append(start_override)
    num.append(override)
    return int(num.numId)


def _number(paragraph: Any, num_id: int) -> None:
    properties = paragraph._p.get_or_add_pPr()
    numbering = properties.get_or_add_numPr()
    numbering.get_or_add_ilvl().val = 0
    numbering.get_or_add_numId().val = num_id


def _left_rule(paragraph: Any) -> None:
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("w:val", "single"), ("w:sz", "18"), ("w:space", "8"), ("w:color", str(_accent()))):
        left.set(qn(key), value)
    borders.append(left)
    paragraph._p.get_or_add_pPr().append(borders)


def _shade(cell: Any, colour: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _no_hyphenation(paragraph: Any) -> None:
    """Names, phone numbers and addresses are not hyphenated ("Krä-mer")."""
    element = OxmlElement("w:suppressAutoHyphens")
    paragraph._p.get_or_add_pPr().insert_element_before(
        element,
        *("w:kinsoku", "w:wordWrap", "w:overflowPunct", "w:topLinePunct", "w:autoSpaceDE"),
        *("w:autoSpaceDN", "w:bidi", "w:adjustRightInd", "w:snapToGrid", "w:spacing", "w:ind"),
        *("w:contextualSpacing", "w:mirrorIndents", "w:suppressOverlap", "w:jc", "w:textDirection"),
        *("w:textAlignment", "w:textboxTightWrap", "w:outlineLvl", "w:divId", "w:cnfStyle", "w:rPr"),
        *("w:sectPr", "w:pPrChange"),
    )


def _keep_rows_whole(table: Any) -> None:
    """No row split across two pages (``w:cantSplit`` comes before ``w:tblHeader`` in w:trPr)."""
    for row in table.rows:
        properties = row._tr.get_or_add_trPr()
        keep = OxmlElement("w:cantSplit")
        keep.set(qn("w:val"), "true")
        properties.insert(0, keep)


def _repeat_header(row: Any) -> None:
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    row._tr.get_or_add_trPr().append(header)


def _field(paragraph: Any, instruction: str, placeholder: str) -> None:
    _field_start(paragraph, instruction)
    run = paragraph.add_run(placeholder)
    run.font.size, run.font.color.rgb = Pt(8), MUTED
    _field_end(paragraph)


def _field_start(paragraph: Any, instruction: str) -> None:
    run = paragraph.add_run()
    begin = OxmlElement("w:fldChar")
    begin.set(qn("w:fldCharType"), "begin")
    run._r.append(begin)
    code = OxmlElement("w:instrText")
    code.set(qn("xml:space"), "preserve")
    code.text = f" {instruction} "
    run._r.append(code)
    separate = OxmlElement("w:fldChar")
    separate.set(qn("w:fldCharType"), "separate")
    run._r.append(separate)


def _field_end(paragraph: Any) -> None:
    end = OxmlElement("w:fldChar")
    end.set(qn("w:fldCharType"), "end")
    paragraph.add_run()._r.append(end)


def _update_fields_on_open(docx: Any) -> None:
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    docx.settings.element.find(qn("w:compat")).addprevious(update)  # its place in CT_Settings
