"""Markdown: the same document as the PDF, as plain CommonMark with GitHub-style tables.

Follows the output contract ``render(strategy, language, document) -> (filename, content_type,
bytes)``. User text is escaped, so that a goal reading ``<script>`` or ``# Title`` shows as
typed and never becomes markup; multi-line text keeps its paragraphs and lists. Charts are left
out (Markdown has no safe way to embed them); their text alternative stands in their place.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from socialstrategy.core.model import Strategy
from socialstrategy.core.render import blocks
from socialstrategy.core.render.blocks import DocumentKind
from socialstrategy.core.render.document import build_document, document_filename

CONTENT_TYPE = "text/markdown; charset=utf-8"

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!&])")
_BREAKABLE = re.compile(r"[ \t\r\n\f\v]+")
_BLOCK_START = re.compile(r"^(\s*)([-+*]|\d+[.)])(\s)")


def render_markdown(
    strategy: Strategy, language: str, document: DocumentKind = "strategy", *, working_copy: bool = False
) -> tuple[str, str, bytes]:
    """Render ``document`` of ``strategy`` as Markdown in ``language``."""
    content = build_document(strategy, language, document, working_copy)
    return (
        document_filename(strategy, language, document, "md"),
        CONTENT_TYPE,
        write_markdown(content).encode(),
    )


def render(strategy: Strategy, language: str | None = None) -> tuple[str, str, bytes]:
    """The strategy document in ``language`` (default: the strategy's own)."""
    return render_markdown(strategy, language or strategy.language)


def write_markdown(document: blocks.Document) -> str:
    numbers = document.chapter_numbers()
    lines = [*_title(document), *_contents(document, numbers)]
    for chapter in document.chapters:
        lines += _chapter(chapter, numbers[chapter.key])
    return "\n".join(lines).rstrip() + "\n"


def _title(document: blocks.Document) -> Iterator[str]:
    yield "# " + escape(document.title)
    yield ""
    if document.subtitle:
        yield "**" + escape(document.subtitle) + "**"
        yield ""
    yield from (f"- **{escape(label)}:** {escape(value)}" for label, value in document.meta)
    yield ""


def _contents(document: blocks.Document, numbers: dict[str, str]) -> Iterator[str]:
    yield "## " + escape(document.labels["contents"])
    yield ""
    for chapter in document.chapters:
        number = numbers[chapter.key] if chapter.appendix else ""
        yield f"- [{escape(_numbered(number, chapter.title))}](#{_anchor(number, chapter.title)})"
    yield ""


def _chapter(chapter: blocks.Chapter, number: str) -> Iterator[str]:
    # Appendices keep their letter; chapter numbers are left to the PDF and DOCX.
    yield "## " + escape(_numbered(number if chapter.appendix else "", chapter.title))
    yield ""
    for block in chapter.blocks:
        yield from _block(block)


def _block(block: blocks.Block) -> Iterator[str]:
    if isinstance(block, blocks.Paragraph):
        yield _rich_line(block.runs())
        yield ""
    elif isinstance(block, blocks.Subheading):
        yield "### " + escape(block.text)
        yield ""
    elif isinstance(block, blocks.BulletList):
        for number, runs in enumerate(block.runs(), block.start):
            yield f"{number}. {_rich_line(runs)}" if block.ordered else f"- {_rich_line(runs)}"
        yield ""
    elif isinstance(block, blocks.Quote):
        if block.title:
            yield "**" + escape(block.title) + "**"
            yield ""
        yield "> " + _rich_line(block.runs())
        yield ""
    elif isinstance(block, blocks.Facts):
        if block.title:
            yield from ("**" + escape(block.title) + "**", "")
        if block.text:
            yield from (_line(block.text), "")
        yield from (f"- **{escape(label)}:** {_cell(value)}" for label, value in block.rows)
        yield ""
    elif isinstance(block, blocks.Table):
        yield from _table(block.header, block.rows)
    elif isinstance(block, blocks.Figure):
        yield f"*{escape(block.chart.title)}: {escape(block.chart.description)}*"
        yield ""
    elif isinstance(block, blocks.Note):
        yield f"*{_line(block.text)}*"
        yield ""


def _numbered(number: str, title: str) -> str:
    return f"{number} {title}".strip()


def _anchor(number: str, title: str) -> str:
    """GitHub's heading anchor: lower case, punctuation dropped, spaces as hyphens."""
    text = _numbered(number, title).lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


# --- Markdown helpers -------------------------------------------------------------------------


def escape(text: str | None) -> str:
    """Backslash-escape characters that would make markup of one line of user text.

    >>> print(escape("<b>*hi*</b>"))
    \\<b\\>\\*hi\\*\\</b\\>
    """
    if not text:
        return ""
    return _INLINE_SPECIAL.sub(r"\\\1", _one_line(text))


def _rich_line(runs: Sequence[blocks.Span]) -> str:
    """Runs of user text with strong, emphasised or linked parts; only the markers we add are markup."""
    if len(runs) == 1 and runs[0] == blocks.Span(runs[0].text):
        return _line(runs[0].text)
    parts = [_space_around(_run(span), span.text) for span in runs]
    return _line_start(_one_line("".join(parts)))


def _one_line(text: str) -> str:
    """Runs of spaces and line breaks as one space; no-break spaces (before "Std.", "%") stay."""
    return _BREAKABLE.sub(" ", text).strip()


def _run(span: blocks.Span) -> str:
    return span.dressed(escape(span.text), "*{}*", "**{}**", _link)


def _link(target: str, text: str) -> str:
    return f"[{text}](<{_address(target)}>)"


def _cell(text: str) -> str:
    """A cell or fact; one that is a web or mail address becomes a link to it."""
    target = blocks.link_target(text)
    return f"[{escape(text)}](<{_address(target)}>)" if target else _line(text)


def _address(target: str) -> str:
    """A link address inside ``<…>``: nothing in it can end the link or start markup."""
    return target.replace("<", "%3C").replace(">", "%3E").replace("\\", "%5C")


def _space_around(part: str, text: str) -> str:
    """Keep the spaces at the ends of a run outside the ``**`` markers (escape() drops them)."""
    return (" " if text[:1].isspace() else "") + part + (" " if text[-1:].isspace() else "")


def _line_start(line: str) -> str:
    """A line that must not start a list, quote or heading (its text is already escaped)."""
    match = _BLOCK_START.match(line)
    if match:
        indent, marker, space = match.groups()
        return f"{indent}{marker[:-1]}\\{marker[-1]}{space}{line[match.end() :]}"
    return _literal_line(line)


def _line(text: str) -> str:
    """One line of user text that cannot start a list, a quote, a rule or a heading underline."""
    line = escape(text)
    match = _BLOCK_START.match(line)
    if match:
        indent, marker, space = match.groups()
        marker = marker[:-1] + "\\" + marker[-1]
        return f"{indent}{marker}{space}{line[match.end() :]}"
    return _literal_line(line)


def _literal_line(line: str) -> str:
    """A line of - + = would turn into a rule or the underline of a heading."""
    return "\\" + line if line[:1] in ("-", "+", "=") else line


def _table(headers: Sequence[str], rows: Iterable[Sequence[str | None]]) -> Iterator[str]:
    yield "| " + " | ".join(escape(h) for h in headers) + " |"
    yield "|" + "|".join("---" for _ in headers) + "|"
    for row in rows:
        yield "| " + " | ".join(_table_cell(cell) for cell in row) + " |"
    yield ""


def _table_cell(cell: str | None) -> str:
    target = blocks.link_target(cell or "")
    return f"[{escape(cell)}](<{_address(target)}>)" if target else escape(cell) or " "
