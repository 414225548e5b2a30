"""Switched to German, the workshop shows no English the core or the data provides (#4).

Every step page, every panel view, the knowledge pages and the charts of both demo strategies
are rendered in German; their visible text (and the texts read aloud: titles, labels, alt
texts) must contain neither raw identifiers such as ``caption_max_chars`` nor words that never
occur in German UI text. What users typed, URLs, the titles of sources (a source keeps its own
title) and proper names are taken out first.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from typing import Any

import pytest

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.web.strategies.steps import STEPS
from socialstrategy.web.strategies.store import create_strategy

IDENTIFIER = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+\b")
"""A code as the data and the model spell it (``caption_max_chars``, ``food_hospitality``)."""
ENGLISH_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.])")
"""``0.47`` where German writes ``0,47``; not German thousands (``2.200``) or dates (``12.01.2027``)."""

ENGLISH = [
    "the",
    "and",
    "of",
    "with",
    "per piece",
    "or",
    "to",
    "is",
    "no",
    "not",
    "from",
    "only",
    "at least",
    "at most",
    "per week",
    "per day",
    "unknown",
    "Source",
    "source",
    "sources",
    "hours",
    "hour",
    "minutes",
    "seconds",
    "characters",
    "year on year",
    "approx.",
    "newest",
    "total",
    "everyone",
    "Week",
    "weeks",
    "month",
    "months",
    "Monday",
    "January",
    "figure",
    "figures",
    "limits",
    "price",
    "women",
    "men",
    "members",
    "followers",
    "posts",
    "days",
    "strategy",
    "copywriting",
    "photo",
    "advertising",
    "analytics",
    "video",
]
"""English words (matched case-sensitively as whole words) that do not occur in proper German
UI text. Loanwords German uses (Posts, Stories, Reels, Community, Engagement) are
not listed."""

PROPER_NAMES = ("Rival IQ", "Socialinsider", "Emplifi", "Hootsuite", "Sprout Social", "Buffer")


class _VisibleText(HTMLParser):
    """The German text a reader sees or hears: text nodes outside scripts and styles, and the
    attributes read aloud or shown on hover. Text in an element marked as another language
    (``lang="en"`` around a strategy's own English texts or a quoted English source) is left
    out: it is declared, not leaked. Each text node is one part; "\\n" parts end a line."""

    SPOKEN = ("title", "aria-label", "alt", "placeholder")
    HIDDEN = ("script", "style", "template", "textarea")  # a textarea holds what the user typed
    VOID = ("br", "hr", "img", "input", "meta", "link", "source", "wbr", "col", "area")
    BLOCK = ("br", "p", "li", "td", "th", "div", "dt", "dd", "h1", "h2", "h3", "h4", "tr", "option")

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._open: list[tuple[str, bool]] = [("", True)]  # (tag, shown)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        lang = values.get("lang")
        shown = self._open[-1][1] and tag not in self.HIDDEN and (lang is None or lang.startswith("de"))
        if tag in self.BLOCK:
            self.parts.append("\n")
        if shown:
            self.parts += [value for name, value in attrs if name in self.SPOKEN and value]
        if tag not in self.VOID:
            self._open.append((tag, shown))

    def handle_endtag(self, tag: str) -> None:
        if any(name == tag for name, _ in self._open[1:]):
            while self._open.pop()[0] != tag:
                pass
        self.parts.append("\n" if tag in self.BLOCK else " ")

    def handle_data(self, data: str) -> None:
        if self._open[-1][1]:
            self.parts.append(data)


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list | tuple):
        return [s for v in value for s in _strings(v)]
    return []


def _not_ours(document: Any) -> tuple[str, list[str]]:
    """Text on the pages that is not the interface's: what the user typed (the whole strategy
    document, generated texts included, is written in the document's language), the titles of
    sources and the names of platforms, tools and benchmark providers. Returns all of it as one
    text (to recognise shortened pieces) and the pieces to cut out of longer lines."""
    kb = load_knowledge()
    typed = [_squeeze(s) for s in _strings(document.model_dump(mode="json"))]
    typed = [s for s in typed if not re.fullmatch(r"[a-z0-9_]+", s)]  # codes are shown as labels
    titles = [s.title for s in kb.sources.values()]
    titles += [legal.title for note in kb.sector_notes for legal in note.sources]
    names = [p.name for p in kb.platforms.values()] + [t.name for t in kb.tools.values()]
    names += [p.name for p in kb.providers.values()] + list(PROPER_NAMES)
    pieces = sorted({s for s in [*typed, *titles, *names] if len(s) >= 4}, key=len, reverse=True)
    return "\n".join([*typed, *titles]), pieces


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def _without_theirs(node: str, corpus: str, pieces: list[str]) -> str:
    """A text node without user text, source titles and names (whole or shortened with …)."""
    exact = set(pieces)
    node = _squeeze(re.sub(r"https?://\S+", " ", node))
    kept = []
    for chunk in re.split(r"(?<=…)", node):  # lists of shortened texts: "First…, Second…"
        chunk = chunk.strip(" ,")
        for start in [0, *(m.end() for m in re.finditer(r": | · ", chunk))]:
            core = chunk[start:].removesuffix("…").strip()
            if core in exact or (len(core) >= 12 and core in corpus):  # "Bearbeiten: 12.01.2027 · Title…"
                chunk = chunk[:start]
                break
        for piece in pieces:
            if piece in chunk:
                chunk = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", chunk)
        kept.append(chunk)
    return f" {' '.join(kept)} "


def english_fragments(html: str, theirs: tuple[str, list[str]] = ("", [])) -> list[str]:
    corpus, pieces = theirs
    parser = _VisibleText()
    parser.feed(html)
    text = "".join(_without_theirs(part, corpus, pieces) if part != "\n" else part for part in parser.parts)
    found = []
    for line in text.splitlines():
        line = _squeeze(line)
        if not line:
            continue
        hits = [m.group() for m in IDENTIFIER.finditer(line)]
        hits += [m.group() for m in ENGLISH_DECIMAL.finditer(line)]
        hits += [word for word in ENGLISH if re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", line)]
        if hits:
            found.append(f"{sorted(set(hits))}: {line[:160]}")
    return found


@pytest.fixture(params=list_demos())
def demo(request, personas):
    document = load_demo(request.param)
    return create_strategy(personas["home"], document, personas["users"]["alice"], "Demo")


@pytest.fixture
def german(bob):
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    return bob


def _pages(strategy: Any) -> list[str]:
    """Every page and panel view of a strategy (the calendar at its first planned week)."""
    pk, document = strategy.pk, strategy.load()
    pages = [f"/s/{pk}/"] + [f"/s/{pk}/step/{step.identifier}/" for step in STEPS]
    calendar = document.content.calendar if document.content else []
    if calendar:
        first = min(e.date for e in calendar).isoformat()
        pages += [f"/s/{pk}/step/content/?view={v}&from={first}" for v in ("week", "month")]
    pages += [f"/s/{pk}/platforms/{p}/" for p in load_knowledge().platforms]
    pages += [f"/s/{pk}/tools/", f"/s/{pk}/tools/?category=analytics"]
    pages += [f"/s/{pk}/chart/capacity.svg", f"/s/{pk}/chart/pillars.svg"]
    return pages


def test_the_german_workshop_shows_no_english_from_the_core_or_the_data(german, demo):
    not_ours = _not_ours(demo.load())
    problems = []
    for url in _pages(demo):
        response = german.get(url)
        if url.endswith(".svg") and response.status_code == 404:
            continue  # a chart the strategy has no data for
        assert response.status_code == 200, url
        problems += [f"{url}: {line}" for line in english_fragments(response.content.decode(), not_ours)]
    assert not problems, f"{len(problems)} lines with English:\n" + "\n".join(problems)


def test_the_detector_finds_an_identifier_and_english_words():
    html = "<p>caption_max_chars: 0.47 characters</p><p title='Source unknown'>Hallo</p>"
    found = english_fragments(html)
    assert any("caption_max_chars" in line and "characters" in line and "0.47" in line for line in found)
    assert any("Source" in line and "unknown" in line for line in found)


def test_the_detector_leaves_user_text_source_titles_and_urls_alone():
    html = (
        "<p>Our bakery and the café</p><p>https://example.org/the_page</p><p>Zahlen der Quelle</p>"
        "<p>Am 12.01.2027: 0,47 %</p><p lang='en'>The source says</p><textarea>a_b</textarea>"
    )
    assert english_fragments(html, ("Our bakery and the café is open", ["Zahlen der Quelle"])) == []
