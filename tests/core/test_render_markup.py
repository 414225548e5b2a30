"""Markdown in text sections becomes document blocks: tables, quotes, numbered lists, spans, links."""

from __future__ import annotations

import io
import zipfile

import pytest
from render_fixtures import rich_strategy

from socialstrategy.core.render import render
from socialstrategy.core.render.blocks import (
    BulletList,
    Paragraph,
    Quote,
    Span,
    Subheading,
    Table,
    link_target,
)
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.markup import plain_text, text_blocks

SECTION = """Offiziell sprechen nur Anna und Ben.

| Kanal | Account | Wer postet |
|---|---|---|
| Instagram | @backstube | Anna **Kramer** |
| TikTok | – | Ben |

**Viele Beschwerden**
> Wir haben eure Nachrichten gelesen und melden uns bis [Uhrzeit].

3. Drittens
4. Viertens, siehe [die Website](https://example.org/a) oder https://example.org/b.

### Danach

Bitte *sofort* melden.
"""


def test_a_section_s_markdown_becomes_tables_quotes_lists_and_spans():
    blocks = text_blocks(SECTION, markup=True)
    kinds = [type(block) for block in blocks]
    assert kinds == [Paragraph, Table, Quote, BulletList, Subheading, Paragraph]
    table = blocks[1]
    assert table.header == ("Kanal", "Account", "Wer postet")
    assert table.rows == (("Instagram", "@backstube", "Anna Kramer"), ("TikTok", "–", "Ben"))
    assert table.names == (0, 1, 2)
    quote = blocks[2]
    assert quote.title == "Viele Beschwerden"
    assert quote.text == "Wir haben eure Nachrichten gelesen und melden uns bis [Uhrzeit]."
    numbered = blocks[3]
    assert numbered.ordered and numbered.start == 3
    assert Span("die Website", link="https://example.org/a") in numbered.runs()[1]
    assert Span("https://example.org/b", link="https://example.org/b") in numbered.runs()[1]
    assert numbered.items[1].endswith("https://example.org/b.")
    assert blocks[4].text == "Danach"
    assert Span("sofort", emphasis=True) in blocks[5].runs()


def test_a_strong_line_before_a_quote_is_only_its_title_when_it_is_alone():
    blocks = text_blocks("Ein **wichtiger** Satz.\n> Zitat\n\n**Titel**\n\n> Zitat", markup=True)
    assert [type(block) for block in blocks] == [Paragraph, Quote, Quote]
    assert blocks[1].title == "" and blocks[2].title == "Titel"


def test_a_phone_number_in_a_section_never_breaks():
    (paragraph,) = text_blocks("Ruf an: +49 761 0000 101 oder schreib.", markup=True)
    assert "+49\u00a0761\u00a00000\u00a0101 oder" in paragraph.text


def test_plain_fields_read_only_paragraphs_and_lists():
    blocks = text_blocks("Wir **backen**.\n\n| a | b |\n|---|---|\n\n• eins\n• zwei\n\n2. zwei\n3. drei")
    assert blocks[0] == Paragraph("Wir **backen**.")
    assert isinstance(blocks[1], Paragraph) and "|---|" in blocks[1].text
    assert blocks[2] == BulletList(("eins", "zwei"))
    assert blocks[3] == BulletList(("zwei", "drei"), ordered=True, start=2)


@pytest.mark.parametrize(
    "href", ["javascript:alert(1)", "file:///etc/passwd", "data:text/html,x", "vbscript:x", "/relative"]
)
def test_only_web_and_mail_links_keep_their_address(href):
    (paragraph,) = text_blocks(f"[klick]({href})", markup=True)
    assert "klick" in paragraph.text
    assert not any(span.link for span in paragraph.runs())


def test_an_address_in_a_cell_is_a_link_and_other_text_is_not():
    assert link_target(" https://example.org/x?a=1 ") == "https://example.org/x?a=1"
    assert link_target("presse@example.org") == "mailto:presse@example.org"
    assert link_target("see https://example.org") == ""
    assert link_target("javascript:alert(1)") == ""
    assert link_target("@sonnenkorn.freiburg") == ""


def test_a_bare_e_mail_address_in_a_section_is_a_mail_link():
    (paragraph,) = text_blocks("Schreib an presse@sonnenkorn.example, nicht an @sonnenkorn.", markup=True)
    assert Span("presse@sonnenkorn.example", link="mailto:presse@sonnenkorn.example") in paragraph.runs()
    assert paragraph.text == "Schreib an presse@sonnenkorn.example, nicht an @sonnenkorn."


def test_plain_text_of_a_section_has_no_markers():
    assert plain_text("- **Impressum.** Jedes Profil.\n- **Fotos.** Nur mit Einwilligung.") == (
        "Impressum. Jedes Profil. Fotos. Nur mit Einwilligung."
    )


def _section_strategy(language: str = "de"):
    strategy = rich_strategy(language)
    strategy.guidelines.sections[0].body = SECTION
    return strategy


def _docx_xml(data: bytes, part: str = "document") -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return archive.read(f"word/{part}.xml").decode()


def test_every_writer_lays_out_the_quote_the_table_and_the_list_start():
    strategy = _section_strategy()
    html = render(strategy, "de", "guidelines", "html")[2].decode()
    assert "<figcaption>Viele Beschwerden</figcaption><blockquote><p>Wir haben eure Nachrichten" in html
    assert '<ol start="3">' in html
    assert "<th>Wer postet</th>" in html
    assert '<a href="https://example.org/a">die Website</a>' in html
    assert "<em>sofort</em>" in html
    markdown = render(strategy, "de", "guidelines", "md")[2].decode()
    assert "**Viele Beschwerden**\n\n> Wir haben eure Nachrichten" in markdown
    assert "3. Drittens\n4. Viertens" in markdown
    assert "| Instagram | @backstube | Anna Kramer |" in markdown
    assert "[die Website](<https://example.org/a>)" in markdown
    docx = render(strategy, "de", "guidelines", "docx")[2]
    assert '<w:startOverride w:val="3"/>' in _docx_xml(docx, "numbering")
    xml = _docx_xml(docx)
    assert "<w:hyperlink" in xml and "Wer postet" in xml and "|" not in xml


def test_the_document_model_of_a_section_reaches_the_typst_data():
    from socialstrategy.core.render.pdf import typst_data

    data = typst_data(build_document(_section_strategy(), "de", "guidelines"))
    assert '"type": "quote"' in data and '"start": 3' in data


def test_the_pdf_links_every_address():
    pdf = render(_section_strategy(), "de", "guidelines", "pdf")[2]
    assert b"/URI(https://example.org/a)" in pdf and b"/URI(https://example.org/b)" in pdf
    strategy_pdf = render(rich_strategy("de"), "de", "strategy", "pdf")[2]
    assert b"/URI(https://sonnenkorn.example)" in strategy_pdf
