"""The building blocks of a document: plain text, tables, lists, quotes and charts.

Writers for every format lay these out; none of them interprets the text as markup. Markdown in
the text fields is read once, by :mod:`markup`, into these blocks.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from socialstrategy.core.branding import DEFAULT_BRAND, Brand
from socialstrategy.core.process import StepId
from socialstrategy.core.render.charts import Chart

DocumentKind = Literal["strategy", "guidelines", "crisis", "poster"]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = ("strategy", "guidelines", "crisis", "poster")
"""``poster``: one A4 page for the wall, „Wenn es brennt“: whom to call, the escalation levels."""
UNNUMBERED = frozenset({"summary", "intro", "first-call"})


class Span(NamedTuple):
    """A run of text: strong, emphasised and/or a link to ``link`` (an http(s) or mailto address)."""

    text: str
    strong: bool = False
    emphasis: bool = False
    link: str = ""

    def dressed(self, text: str, emphasis: str, strong: str, link: Callable[[str, str], str]) -> str:
        """``text`` (this span's, escaped by the writer) in a writer's markup.

        ``emphasis`` and ``strong`` are patterns such as ``"*{}*"``; ``link(address, text)`` makes
        the link.

        >>> Span("Brot", strong=True).dressed("Brot", "*{}*", "**{}**", lambda a, t: f"[{t}]({a})")
        '**Brot**'
        """
        if self.emphasis:
            text = emphasis.format(text)
        if self.strong:
            text = strong.format(text)
        return link(self.link, text) if self.link else text


_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"]+$")
_MAIL_ADDRESS = re.compile(r"^[^\s@<>\"():;,]+@[^\s@<>\"():;,]+\.[A-Za-z]{2,}$")
_SAFE_SCHEMES = ("http://", "https://", "mailto:")


def link_target(text: str) -> str:
    """The address a link to ``text`` goes to, or ``""`` when ``text`` is no web or mail address.

    Writers link every table cell and fact that is one address, so that every URL in a document
    is clickable; only http(s) and mailto are ever linked.

    >>> link_target("https://example.org/a"), link_target("info@example.org"), link_target("a b")
    ('https://example.org/a', 'mailto:info@example.org', '')
    """
    value = text.strip()
    if _WEB_ADDRESS.match(value):
        return value
    if _MAIL_ADDRESS.match(value):
        return "mailto:" + value
    if value.lower().startswith("mailto:") and _MAIL_ADDRESS.match(value[7:]):
        return value
    return ""


def safe_link(address: str) -> str:
    """``address`` when it is an http(s) or mailto link, else ``""``."""
    value = address.strip()
    return value if value.lower().startswith(_SAFE_SCHEMES) and not any(c.isspace() for c in value) else ""


@dataclass(frozen=True)
class Paragraph:
    text: str
    spans: tuple[Span, ...] = ()
    """The same text in runs, when it has strong, emphasised or linked parts; writers prefer it."""
    type: str = "paragraph"

    def runs(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text),)


@dataclass(frozen=True)
class Subheading:
    text: str
    type: str = "subheading"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    ordered: bool = False
    item_spans: tuple[tuple[Span, ...], ...] = ()
    """The items in runs, when some have strong, emphasised or linked parts; writers prefer it."""
    start: int = 1
    """The number of the first item of an ordered list (``3.`` continues a list after a break)."""
    type: str = "bullets"

    def runs(self) -> tuple[tuple[Span, ...], ...]:
        return self.item_spans or tuple((Span(item),) for item in self.items)


@dataclass(frozen=True)
class Quote:
    """Quoted text set off from the rest, e.g. a holding statement to post as it stands."""

    text: str
    spans: tuple[Span, ...] = ()
    title: str = ""
    """A short line that introduces the quote (``Data breach``), kept on the quote's page."""
    type: str = "quote"

    def runs(self) -> tuple[Span, ...]:
        return self.spans or (Span(self.text),)


@dataclass(frozen=True)
class Facts:
    """Label/value pairs, laid out as a two-column table without a header."""

    rows: tuple[tuple[str, str], ...]
    title: str = ""
    """With a title (and ``text``), the facts are a card kept on one page: a persona."""
    text: str = ""
    type: str = "facts"


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    widths: tuple[float, ...] = ()
    names: tuple[int, ...] = ()
    """Columns of names (people, platforms), phone numbers or e-mail addresses: not hyphenated
    ("Krä-mer", "Insta-gram") unless a single word is wider than the column."""
    type: str = "table"

    def numeric(self) -> tuple[int, ...]:
        """Columns of figures (``250 EUR``, ``40 %``, ``1.200 → 3.000 Follower``): right-aligned,
        so that units and places line up. Dates and empty cells do not decide.

        >>> Table(("Item", "Amount"), (("Ads", "250 EUR"), ("Total", "–"))).numeric()
        (1,)
        """
        return tuple(
            column
            for column in range(len(self.header))
            if column not in self.names
            and _figures_only([row[column] for row in self.rows if column < len(row)])
        )


_FIGURE = re.compile(
    r"^[?+\-–−]?\d[\d.,\u00a0 ]*[%€$]?(?:[\s\u00a0]+[^\W\d_][\w.-]{0,14}){0,4}(?:\s?→\s?.*)?$"
)
_DATE = re.compile(r"^(?:\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2})")
_NEUTRAL = frozenset({"", "–", "-", "…", "?"})


def _figures_only(cells: list[str]) -> bool:
    values = [cell.strip() for cell in cells if cell.strip() not in _NEUTRAL]
    if not values or any(_DATE.match(value) for value in values):
        return False
    return all(_FIGURE.match(value) and len(value) <= 40 for value in values)


@dataclass(frozen=True)
class Figure:
    chart: Chart
    type: str = "figure"


@dataclass(frozen=True)
class Note:
    """A muted remark, e.g. that a section is not filled in yet."""

    text: str
    type: str = "note"


Block = Paragraph | Subheading | BulletList | Quote | Facts | Table | Figure | Note


@dataclass(frozen=True)
class Chapter:
    key: str
    title: str
    blocks: tuple[Block, ...]
    appendix: bool = False
    # The step of the process (``core.process``) whose answers the chapter shows, if any.
    step: StepId | None = None


@dataclass(frozen=True)
class Document:
    kind: DocumentKind
    language: str
    title: str
    subtitle: str
    organisation: str
    author: str
    kind_label: str
    meta: tuple[tuple[str, str], ...]
    chapters: tuple[Chapter, ...]
    labels: dict[str, str] = field(default_factory=dict)
    country: str = ""
    """The organisation's ISO country code (``DE``, ``US``), for a regional language tag."""
    brand: Brand = DEFAULT_BRAND
    """Logo, colours and font of ``Strategy.branding`` (charts are already in its colours)."""

    def charts(self) -> list[Chart]:
        return [
            block.chart for chapter in self.chapters for block in chapter.blocks if isinstance(block, Figure)
        ]

    def chapter_numbers(self) -> dict[str, str]:
        """``1``, ``2`` … for chapters, ``Appendix A`` … for appendices, nothing for the intro."""
        numbers, main, extra = {}, 0, 0
        for chapter in self.chapters:
            if chapter.appendix:
                numbers[chapter.key] = f"{self.labels.get('appendix', 'Appendix')} {chr(ord('A') + extra)}"
                extra += 1
            elif chapter.key in UNNUMBERED:
                numbers[chapter.key] = ""
            else:
                main += 1
                numbers[chapter.key] = str(main)
        return numbers
