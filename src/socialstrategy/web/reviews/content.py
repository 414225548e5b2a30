"""What a reviewer reads for each item: the client copy's chapters of a step or document, or
a post's details, built by the core's renderers (nothing typed reaches the page unescaped)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

from socialstrategy.core.model import CalendarEntry
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.html import chapter_fragment
from socialstrategy.core.review import ReviewItem


@dataclass(frozen=True)
class ItemContent:
    item: ReviewItem
    html: SafeString
    post: CalendarEntry | None = None


def item_contents(document: StrategyDocument, items: list[ReviewItem], language: str) -> list[ItemContent]:
    """Each item with what it says, in ``language``."""
    by_step = _step_fragments(document, language) if any(i.kind == "step" for i in items) else {}
    posts = {entry.id: entry for entry in document.content.calendar} if document.content else {}
    contents = []
    for item in items:
        if item.kind == "post":
            contents.append(ItemContent(item, mark_safe(""), posts.get(item.post_id)))
        elif item.kind == "document":
            contents.append(ItemContent(item, _document_fragment(document, item.key, language)))
        else:
            label = item.label.render(language)
            parts = [_titled(title, html, label) for title, html in by_step.get(item.key, [])]
            contents.append(ItemContent(item, mark_safe("\n".join(parts))))
    return contents


def _titled(title: str, html: str, label: str) -> str:
    """A chapter under its title, unless the title only repeats the item's."""
    return html if title == label else f"<h3>{escape(title)}</h3>\n{html}"


def _step_fragments(document: StrategyDocument, language: str) -> dict[str, list[tuple[str, str]]]:
    fragments: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for chapter in build_document(document, language, "strategy").chapters:
        if chapter.step:
            fragments[chapter.step].append((chapter.title, chapter_fragment(chapter)))
    return fragments


def _document_fragment(document: StrategyDocument, kind: str, language: str) -> SafeString:
    chapters = build_document(document, language, kind).chapters  # type: ignore[arg-type]
    body = "\n".join(f"<h3>{escape(c.title)}</h3>\n{chapter_fragment(c)}" for c in chapters)
    return mark_safe(body)  # the core's writer escapes every text
