"""The building blocks of a document: plain text, tables, lists and charts.

Writers for every format lay these out; none of them interprets the text as markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from socialstrategy.core.process import StepId
from socialstrategy.core.render.charts import Chart

DocumentKind = Literal["strategy", "guidelines", "crisis"]
DOCUMENT_KINDS: tuple[DocumentKind, ...] = ("strategy", "guidelines", "crisis")
UNNUMBERED = frozenset({"summary", "intro"})


Span = tuple[str, bool]
"""A run of text and whether it is strong (``**bold**`` in a generated text section)."""


@dataclass(frozen=True)
class Paragraph:
    text: str
    spans: tuple[Span, ...] = ()
    """The same text in runs, when it has strong parts; writers prefer it to ``text``."""
    type: str = "paragraph"

    def runs(self) -> tuple[Span, ...]:
        return self.spans or ((self.text, False),)


@dataclass(frozen=True)
class Subheading:
    text: str
    type: str = "subheading"


@dataclass(frozen=True)
class BulletList:
    items: tuple[str, ...]
    ordered: bool = False
    item_spans: tuple[tuple[Span, ...], ...] = ()
    """The items in runs, when some have strong parts; writers prefer it to ``items``."""
    type: str = "bullets"

    def runs(self) -> tuple[tuple[Span, ...], ...]:
        return self.item_spans or tuple(((item, False),) for item in self.items)


@dataclass(frozen=True)
class Facts:
    """Label/value pairs, laid out as a two-column table without a header."""

    rows: tuple[tuple[str, str], ...]
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


@dataclass(frozen=True)
class Figure:
    chart: Chart
    type: str = "figure"


@dataclass(frozen=True)
class Note:
    """A muted remark, e.g. that a section is not filled in yet."""

    text: str
    type: str = "note"


Block = Paragraph | Subheading | BulletList | Facts | Table | Figure | Note


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
