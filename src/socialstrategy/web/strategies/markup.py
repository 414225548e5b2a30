"""A small, safe subset of Markdown for generated and hand-edited text sections.

Everything is escaped first; only then are a few constructs turned into HTML: paragraphs,
``#`` headings (shown one level below the section title), ``-``/``*`` and ``1.`` lists,
``>`` quotes, ``|`` tables, ``**bold**`` and ``*italic*``. No raw HTML, no links, no images: a section is
text a coach reads aloud, and a user's text must never become markup.
"""

from __future__ import annotations

import re

from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

_BULLET = re.compile(r"^\s*[-*]\s+(.*)$")
_NUMBERED = re.compile(r"^\s*\d+[.)]\s+(.*)$")
_HEADING = re.compile(r"^(#{1,6})\s+(.*)$")
_QUOTE = re.compile(r"^\s*>\s?(.*)$")
_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*")
_ITALIC = re.compile(r"(?<![*\w])\*(?=\S)([^*]+?)(?<=\S)\*(?![*\w])")


def render_markdown(text: str | None) -> SafeString:
    """``text`` as HTML; the only tags in the result are the ones this function writes."""
    blocks: list[str] = []
    for chunk in re.split(r"\n\s*\n", (text or "").replace("\r\n", "\n").strip()):
        if chunk.strip():
            blocks.append(_block(chunk.split("\n")))
    return mark_safe("\n".join(blocks))


def _block(lines: list[str]) -> str:
    out: list[str] = []
    rows: list[str] = []  # lines of a table being read

    paragraph: list[str] = []
    kind: str | None = None  # "ul", "ol" or "blockquote" while one is open
    items: list[str] = []

    def flush() -> None:
        nonlocal kind, items, paragraph
        if paragraph:
            out.append("<p>" + " ".join(_inline(line) for line in paragraph) + "</p>")
            paragraph = []
        if kind == "blockquote":
            out.append("<blockquote><p>" + " ".join(items) + "</p></blockquote>")
        elif kind:
            out.append(f"<{kind}>" + "".join(f"<li>{item}</li>" for item in items) + f"</{kind}>")
        kind, items = None, []

    for line in lines:
        if line.strip().startswith("|"):
            if not rows:
                flush()
            rows.append(line.strip())
            continue
        if rows:
            out.append(_table(rows))
            rows = []
        heading, bullet, numbered, quote = (p.match(line) for p in (_HEADING, _BULLET, _NUMBERED, _QUOTE))
        if heading:
            flush()
            out.append(f"<h4>{_inline(heading.group(2))}</h4>")
            continue
        match, wanted = (
            (bullet, "ul")
            if bullet
            else (numbered, "ol")
            if numbered
            else (quote, "blockquote")
            if quote
            else (None, None)
        )
        if match and wanted:
            if kind != wanted or paragraph:
                flush()
            kind = wanted
            items.append(_inline(match.group(1)))
        elif kind in ("ul", "ol") and line.startswith((" ", "\t")) and items:
            items[-1] += " " + _inline(line.strip())  # a list item's continuation line
        else:
            if kind:
                flush()
            paragraph.append(line.strip())
    if rows:
        out.append(_table(rows))
    else:
        flush()
    return "\n".join(out)


_SEPARATOR = re.compile(r"^\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?$")


def _table(rows: list[str]) -> str:
    """A Markdown table: a header row, the ``|---|`` line, then the body rows."""
    cells = [[_inline(cell.strip()) for cell in row.strip("|").split("|")] for row in rows]
    if len(rows) > 1 and _SEPARATOR.match(rows[1]):
        head, body = cells[0], cells[2:]
    else:
        head, body = [], cells
    html = "<table>"
    if head:
        html += "<thead><tr>" + "".join(f'<th scope="col">{c}</th>' for c in head) + "</tr></thead>"
    html += "<tbody>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in body)
    return html + "</tbody></table>"


def _inline(text: str) -> str:
    escaped = str(escape(text))
    escaped = _BOLD.sub(r"<strong>\1</strong>", escaped)
    return _ITALIC.sub(r"<em>\1</em>", escaped)
