"""Text fields as document blocks, parsed by markdown-it-py.

The generated guideline and crisis sections (and a coach's edits of them) are Markdown:
paragraphs, lists that may start at any number, tables, ``>`` quotes, headings, strong and
emphasised text and links. :func:`text_blocks` turns them into the block model, so that no writer
ever sees a Markdown marker and every format lays out the same table, quote or list.

Every other text field (a mission, the netiquette) is plain text: only paragraphs and lists are
read there, and ``**`` or ``|`` stay the characters the user typed.

Raw HTML and images are never interpreted; a link keeps its address only when it is
``http``, ``https`` or ``mailto``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from socialstrategy.core.render.blocks import (
    Block,
    BulletList,
    Paragraph,
    Quote,
    Span,
    Subheading,
    Table,
    link_target,
    safe_link,
)

_BULLET_CHAR = re.compile(r"^(\s*)•(\s)", re.MULTILINE)
_URL = re.compile(
    r"https?://[^\s<>\"“”„]*[^\s<>\"“”„.,;:!?)\]»’']"
    r"|(?<![\w.+-])[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
_SPACES = re.compile(r"[ \t\n\r\f\v]+")
"""Runs of white space, but not the no-break spaces inside a phone number."""
_NAME_WORDS = 3
"""A table column whose cells have at most this many words holds names, handles or numbers."""


def text_blocks(text: str, markup: bool = False) -> list[Block]:
    """The blocks of ``text``: Markdown when ``markup``, else only paragraphs and lists.

    >>> text_blocks("3. three\\n4. four")[0].start
    3
    """
    root = SyntaxTreeNode(_parser(markup).parse(_BULLET_CHAR.sub(r"\1-\2", text or "")))
    return _titled_quotes(list(_blocks(root.children)))


def plain_text(text: str, markup: bool = True) -> str:
    """``text`` without its Markdown: the words of every block, one block per line."""
    return "\n".join(_block_text(block) for block in text_blocks(text, markup))


@cache
def _parser(markup: bool) -> MarkdownIt:
    if not markup:
        return MarkdownIt("zero").enable("list")
    off = ["image", "html_inline", "html_block", "reference"]
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable(off)


def _blocks(nodes: list[SyntaxTreeNode]) -> Iterator[Block]:
    for node in nodes:
        if node.type == "paragraph":
            yield _paragraph(_spans(node))
        elif node.type == "heading":
            yield Subheading(_text(_spans(node)))
        elif node.type in ("bullet_list", "ordered_list"):
            yield _list(node)
        elif node.type == "blockquote":
            yield from _quote(node)
        elif node.type == "table":
            yield _table(node)
        elif node.type in ("fence", "code_block"):
            yield from (_paragraph((Span(line),)) for line in node.content.splitlines() if line.strip())


def _titled_quotes(blocks: list[Block]) -> list[Block]:
    """A line of only strong text right before a quote is the quote's title (``**Data breach**``
    then ``> We are investigating …``): the two stay together on one page."""
    result: list[Block] = []
    for block in blocks:
        previous = result[-1] if result else None
        if isinstance(block, Quote) and isinstance(previous, Paragraph) and _is_title(previous):
            result[-1] = replace(block, title=previous.text)
        else:
            result.append(block)
    return result


def _is_title(paragraph: Paragraph) -> bool:
    runs = paragraph.runs()
    return len(runs) == 1 and runs[0].strong and len(paragraph.text) <= 120


def _paragraph(spans: tuple[Span, ...]) -> Paragraph:
    text = _text(spans)
    return Paragraph(text, spans if any(s.strong or s.emphasis or s.link for s in spans) else ())


def _list(node: SyntaxTreeNode) -> BulletList:
    items = [_item_spans(item) for item in node.children]
    # A nested list's items follow their parent item: the document model has one level of list.
    flat = [spans for item in items for spans in item]
    start = int(node.attrs.get("start", 1)) if node.type == "ordered_list" else 1
    rich = any(s.strong or s.emphasis or s.link for spans in flat for s in spans)
    return BulletList(
        tuple(_text(spans) for spans in flat),
        node.type == "ordered_list",
        tuple(flat) if rich else (),
        start=start,
    )


def _item_spans(item: SyntaxTreeNode) -> list[tuple[Span, ...]]:
    own: list[Span] = []
    nested: list[tuple[Span, ...]] = []
    for child in item.children:
        if child.type in ("bullet_list", "ordered_list"):
            nested += [spans for grandchild in child.children for spans in _item_spans(grandchild)]
        else:
            if own:
                own.append(Span(" "))
            own += _spans(child)
    return [_merge(own), *nested] if own else nested


def _quote(node: SyntaxTreeNode) -> Iterator[Quote]:
    for child in node.children:
        if child.type == "blockquote":
            yield from _quote(child)
            continue
        spans = _spans(child) if child.type != "bullet_list" else tuple(_all_spans(child))
        text = _text(spans)
        if text:
            yield Quote(text, spans if any(s.strong or s.emphasis or s.link for s in spans) else ())


def _all_spans(node: SyntaxTreeNode) -> Iterator[Span]:
    for item in node.children:
        for spans in _item_spans(item):
            yield Span("– ")
            yield from spans
            yield Span(" ")


def _table(node: SyntaxTreeNode) -> Table:
    rows = [
        tuple(_text(_spans(cell)) for cell in row.children) for part in node.children for row in part.children
    ]
    header, body = rows[0], rows[1:]
    width = len(header)
    body = [(*row, *("",) * (width - len(row)))[:width] for row in body]
    names = tuple(
        index
        for index in range(width)
        if body and all(len(row[index].split()) <= _NAME_WORDS for row in body)
    )
    return Table(header, tuple(body), names=names)


def _spans(node: SyntaxTreeNode) -> tuple[Span, ...]:
    """The inline runs of a paragraph, heading or cell, with their strong/emphasis/link."""
    spans: list[Span] = []
    for child in node.children:
        if child.type == "inline":
            spans += _inline(child.children, Span(""))
        else:
            if spans:
                spans.append(Span(" "))
            spans += _spans(child)
    return _merge(spans)


def _inline(nodes: list[SyntaxTreeNode], style: Span) -> list[Span]:
    spans: list[Span] = []
    for node in nodes:
        if node.type in ("text", "code_inline"):
            spans += _linked(style._replace(text=node.content))
        elif node.type in ("softbreak", "hardbreak"):
            spans.append(style._replace(text=" "))
        elif node.type == "strong":
            spans += _inline(node.children, style._replace(strong=True))
        elif node.type == "em":
            spans += _inline(node.children, style._replace(emphasis=True))
        elif node.type == "link":
            href = safe_link(str(node.attrs.get("href", "")))
            spans += _inline(node.children, style._replace(link=href or style.link))
        else:
            spans += _inline(node.children, style)
    return spans


_PHONE = re.compile(r"\+\d{1,3}(?: \d{2,5}){2,4}")


def _linked(span: Span) -> list[Span]:
    """A run with its bare web and e-mail addresses as links (``https://…``, ``info@…``)."""
    # A phone number is never broken across lines.
    span = span._replace(text=_PHONE.sub(lambda m: m.group().replace(" ", "\u00a0"), span.text))
    if span.link:
        return [span]
    spans, position = [], 0
    for match in _URL.finditer(span.text):
        spans.append(span._replace(text=span.text[position : match.start()]))
        spans.append(span._replace(text=match.group(), link=link_target(match.group())))
        position = match.end()
    spans.append(span._replace(text=span.text[position:]))
    return [s for s in spans if s.text]


def _merge(spans: list[Span]) -> tuple[Span, ...]:
    """Neighbouring runs of the same style as one run, and no run of only outer whitespace."""
    merged: list[Span] = []
    for span in spans:
        if merged and merged[-1][1:] == span[1:]:
            merged[-1] = merged[-1]._replace(text=merged[-1].text + span.text)
        else:
            merged.append(span)
    merged = [s._replace(text=_SPACES.sub(" ", s.text)) for s in merged if s.text]
    if merged:
        merged[0] = merged[0]._replace(text=merged[0].text.lstrip())
        merged[-1] = merged[-1]._replace(text=merged[-1].text.rstrip())
    return tuple(s for s in merged if s.text)


def _text(spans: tuple[Span, ...]) -> str:
    return "".join(span.text for span in spans)


def _block_text(block: Block) -> str:
    if isinstance(block, BulletList):
        return " ".join(block.items)
    if isinstance(block, Table):
        return " ".join(" ".join(row) for row in (block.header, *block.rows))
    return getattr(block, "text", "")
