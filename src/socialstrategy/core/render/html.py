"""HTML: one self-contained page (styles and SVG charts inline), every user string escaped.

The chart SVGs are produced by :mod:`charts`, which escapes user text itself; everything else
passes :func:`html.escape` here. No template engine is needed for this little markup, and no
string from the strategy is ever inserted unescaped.
"""

from __future__ import annotations

import base64
from html import escape

from socialstrategy.core.branding import ACCENT, HIGHLIGHT, PRIMARY, Brand
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import blocks
from socialstrategy.core.render.blocks import DocumentKind
from socialstrategy.core.render.document import build_document, document_filename

CONTENT_TYPE = "text/html; charset=utf-8"

STYLE = """
@page { size: A4; margin: 22mm 22mm 22mm 22mm; }
body { font-family: Inter, "Helvetica Neue", Arial, sans-serif; color: #1B2436; font-size: 10pt;
  line-height: 1.45; max-width: 48rem; margin: 0 auto; padding: 0 1rem; }
header.title { background: #233D63; color: #fff; padding: 3rem 2rem 2rem; margin: 0 -1rem 2rem; }
header.title .kind { color: #17A398; font-weight: 600; letter-spacing: .05em; text-transform: uppercase; }
header.title h1 { font-size: 2.4rem; margin: .6rem 0; color: #fff; }
header.title .subtitle { color: #C9D3E6; font-size: 1.2rem; }
h1, h2 { color: #233D63; hyphens: manual; }
section.chapter { break-before: page; }
section.chapter > h1 { font-size: 1.7rem; }
.number { color: #17A398; display: block; font-size: .9rem; }
table { border-collapse: collapse; width: 100%; margin: .6rem 0 1.2rem; font-size: .85rem; }
th { background: #233D63; color: #fff; text-align: left; padding: .35rem .45rem; }
td { padding: .35rem .45rem; vertical-align: top; white-space: pre-line; }
th.num, td.num { text-align: right; }
tbody tr:nth-child(even) td { background: #EEF1F6; }
thead { display: table-header-group; }
dl.facts { display: grid; grid-template-columns: 38% 1fr; margin: .6rem 0 1.2rem; }
dl.facts dt, dl.facts dd { margin: 0; padding: .3rem 0; border-bottom: 1px solid #D5DAE3; }
dl.facts dt { color: #6B7588; font-weight: 600; }
section.card { border: 1px solid #D5DAE3; border-radius: 4px; padding: .2rem .8rem; margin: .8rem 0;
  break-inside: avoid; }
section.card h3 { color: #233D63; margin: .5rem 0 .3rem; }
figure { margin: 1rem 0; } figure svg { width: 100%; height: auto; }
figcaption { color: #6B7588; font-size: .8rem; }
blockquote { margin: .4rem 0 1.2rem; padding: .5rem .8rem; border-left: 3px solid #17A398;
  background: #EEF1F6; }
blockquote p { margin: 0; }
figure.quote { margin: 1rem 0 0; break-inside: avoid; }
figure.quote figcaption { color: #1B2436; font-weight: 600; font-size: inherit; }
a { color: #233D63; overflow-wrap: anywhere; }
p.note { color: #6B7588; font-style: italic; border-left: 2px solid #17A398; padding-left: .6rem; }
nav.contents ol { list-style: none; padding: 0; }
header.title img.logo { float: right; max-height: 3.5rem; max-width: 12rem; background: #fff; padding: .4rem;
  border-radius: 3px; }
"""


def render_html(
    strategy: Strategy, language: str, document: DocumentKind = "strategy", *, working_copy: bool = False
) -> tuple[str, str, bytes]:
    content = build_document(strategy, language, document, working_copy)
    return document_filename(strategy, language, document, "html"), CONTENT_TYPE, write_html(content).encode()


def write_html(document: blocks.Document) -> str:
    numbers = document.chapter_numbers()
    parts = [
        f'<!DOCTYPE html>\n<html lang="{escape(document.language)}">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(document.title)}</title>\n<style>{branded_style(document.brand)}</style>\n</head>\n<body>",
        _title(document),
        _contents(document, numbers),
        *(_chapter(chapter, numbers[chapter.key]) for chapter in document.chapters),
        "</body>\n</html>\n",
    ]
    return "\n".join(parts)


def branded_style(brand: Brand) -> str:
    """The style sheet in the brand's colours and font (both checked by ``core.branding``: a
    colour is ``#RRGGBB`` and a font name only letters, digits, spaces and hyphens)."""
    style = STYLE
    for default, colour in ((PRIMARY, brand.primary), (ACCENT, brand.accent), (HIGHLIGHT, brand.highlight)):
        style = style.replace(default, colour)
    if brand.font:
        style = style.replace("font-family: Inter,", f'font-family: "{brand.font}", Inter,', 1)
    return style


def _logo(brand: Brand) -> str:
    if brand.logo is None:
        return ""
    mime = "png" if brand.logo.format == "png" else "jpeg"
    source = f"data:image/{mime};base64,{base64.b64encode(brand.logo.data).decode('ascii')}"
    return f'<img class="logo" src="{source}" alt="Logo">'


def _title(document: blocks.Document) -> str:
    meta = "".join(f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in document.meta)
    return (
        f'<header class="title">{_logo(document.brand)}<div class="kind">{escape(document.kind_label)}</div>'
        f"<h1>{escape(document.title)}</h1>"
        f'<div class="subtitle">{escape(document.subtitle)}</div></header>'
        f'<dl class="facts">{meta}</dl>'
    )


def _contents(document: blocks.Document, numbers: dict[str, str]) -> str:
    items = "".join(
        f'<li><a href="#{escape(c.key)}">{escape((numbers[c.key] + "  " + c.title).strip())}</a></li>'
        for c in document.chapters
    )
    return f'<nav class="contents"><h2>{escape(document.labels["contents"])}</h2><ol>{items}</ol></nav>'


def _chapter(chapter: blocks.Chapter, number: str) -> str:
    head = f'<span class="number">{escape(number)}</span>' if number else ""
    body = "\n".join(_block(block) for block in chapter.blocks)
    heading = f"<h1>{head}{escape(chapter.title)}</h1>"
    return f'<section class="chapter" id="{escape(chapter.key)}">\n{heading}\n{body}\n</section>'


def _block(block: blocks.Block) -> str:
    if isinstance(block, blocks.Paragraph):
        return f"<p>{_runs(block.runs())}</p>"
    if isinstance(block, blocks.Subheading):
        return f"<h2>{escape(block.text)}</h2>"
    if isinstance(block, blocks.BulletList):
        tag = "ol" if block.ordered else "ul"
        start = f' start="{block.start}"' if block.ordered and block.start != 1 else ""
        items = "".join(f"<li>{_runs(runs)}</li>" for runs in block.runs())
        return f"<{tag}{start}>{items}</{tag}>"
    if isinstance(block, blocks.Quote):
        quote = f"<blockquote><p>{_runs(block.runs())}</p></blockquote>"
        if not block.title:
            return quote
        return f'<figure class="quote"><figcaption>{escape(block.title)}</figcaption>{quote}</figure>'
    if isinstance(block, blocks.Facts):
        rows = "".join(f"<dt>{escape(label)}</dt><dd>{_cell(value)}</dd>" for label, value in block.rows)
        facts = f'<dl class="facts">{rows}</dl>'
        if not block.title:
            return facts
        text = f"<p>{escape(block.text)}</p>" if block.text else ""
        return f'<section class="card"><h3>{escape(block.title)}</h3>{text}{facts}</section>'
    if isinstance(block, blocks.Table):
        return _table(block)
    if isinstance(block, blocks.Figure):
        chart = block.chart
        return f"<figure>{chart.svg}<figcaption>{escape(chart.title)}</figcaption></figure>"
    if isinstance(block, blocks.Note):
        return f'<p class="note">{escape(block.text)}</p>'
    raise TypeError(f"unknown block {block!r}")


def _runs(runs: tuple[blocks.Span, ...]) -> str:
    return "".join(_run(span) for span in runs)


def _run(span: blocks.Span) -> str:
    return span.dressed(escape(span.text), "<em>{}</em>", "<strong>{}</strong>", _link)


def _cell(text: str) -> str:
    """A cell or fact; one that is a web or mail address links to it."""
    target = blocks.link_target(text)
    return _link(target, escape(text)) if target else escape(text)


def _link(target: str, html: str) -> str:
    return f'<a href="{escape(target)}">{html}</a>'


def _table(block: blocks.Table) -> str:
    numeric = block.numeric()

    def tag(name: str, column: int) -> str:
        return f'<{name} class="num">' if column in numeric else f"<{name}>"

    head = "".join(f"{tag('th', i)}{escape(cell)}</th>" for i, cell in enumerate(block.header))
    rows = "".join(
        "<tr>" + "".join(f"{tag('td', i)}{_cell(cell)}</td>" for i, cell in enumerate(row)) + "</tr>"
        for row in block.rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>"


def chapter_fragment(chapter: blocks.Chapter) -> str:
    """A chapter's blocks as an HTML fragment for a web page (the reviewer's view), without its
    charts: their SVG carries inline styles that the site's Content-Security-Policy refuses.
    Tables sit in a box that scrolls sideways on a narrow screen and takes keyboard focus."""
    return "\n".join(
        f'<div class="table-scroll" tabindex="0">{_block(block)}</div>'
        if isinstance(block, blocks.Table)
        else _block(block)
        for block in chapter.blocks
        if not isinstance(block, blocks.Figure)
    )
