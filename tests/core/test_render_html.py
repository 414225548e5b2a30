"""HTML: a standalone page where every user string is escaped."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from render_fixtures import rich_strategy
from render_payloads import PAYLOADS, hostile_strategy

from socialstrategy.core.render import render
from socialstrategy.core.render.document import build_document


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parse(data: bytes) -> Collector:
    collector = Collector()
    collector.feed(data.decode())
    return collector


@pytest.mark.parametrize("language", ("de", "en"))
@pytest.mark.parametrize("document", ("strategy", "guidelines", "crisis"))
def test_the_html_has_every_chapter_title(language, document):
    strategy = rich_strategy(language)
    filename, content_type, data = render(strategy, language, document, "html")
    assert filename.endswith(".html")
    assert content_type.startswith("text/html")
    text = "".join(parse(data).text)
    for chapter in build_document(strategy, language, document).chapters:
        assert chapter.title in text


@pytest.mark.parametrize("document", ("strategy", "guidelines", "crisis"))
def test_hostile_text_is_escaped(document):
    data = render(hostile_strategy(rich_strategy("en")), "en", document, "html")[2]
    page = parse(data)
    assert "script" not in page.tags
    assert "<script>alert(1)</script>" in "".join(page.text)


def test_every_payload_is_shown_as_text_in_the_strategy():
    text = "".join(parse(render(hostile_strategy(rich_strategy("en")), "en", "strategy", "html")[2]).text)
    for payload in PAYLOADS:
        assert payload in text


@settings(max_examples=150, deadline=None)
@given(st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=80))
def test_any_goal_statement_is_escaped_and_reads_back(statement):
    strategy = rich_strategy("en")
    strategy.goals[0].statement = statement
    page = parse(render(strategy, "en", "strategy", "html")[2])
    assert "script" not in page.tags
    assert statement in "".join(page.text)


def test_strong_text_in_a_section_is_escaped_inside_strong():
    strategy = rich_strategy("en")
    strategy.guidelines.sections[0].body = "**<script>alert(1)</script>** and more"
    data = render(strategy, "en", "guidelines", "html")[2].decode()
    assert "<strong>&lt;script&gt;alert(1)&lt;/script&gt;</strong> and more" in data
