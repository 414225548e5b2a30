"""Markdown: parsed back by markdown-it-py, every user string shown as typed."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from render_fixtures import rich_strategy
from render_payloads import PAYLOADS, hostile_strategy

from socialstrategy.core.render import render
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.markdown import render as render_strategy_markdown

PARSER = MarkdownIt("commonmark").enable("table")


def inline_text(markdown: str) -> str:
    """The text a reader sees: every text and code token of the parsed document."""
    seen = []
    for token in PARSER.parse(markdown):
        for child in token.children or []:
            if child.type in ("text", "code_inline"):
                seen.append(child.content)
    return " ".join(seen)


def html_of(markdown: str) -> str:
    return PARSER.render(markdown)


@pytest.mark.parametrize("language", ("de", "en"))
@pytest.mark.parametrize("document", ("strategy", "guidelines", "crisis"))
def test_the_markdown_parses_with_a_heading_per_chapter(language, document):
    strategy = rich_strategy(language)
    filename, content_type, data = render(strategy, language, document, "md")
    assert filename.endswith(f"-{language}.md")
    assert content_type == "text/markdown; charset=utf-8"
    tokens = PARSER.parse(data.decode())
    headings = [
        tokens[index + 1].content
        for index, token in enumerate(tokens)
        if token.type == "heading_open" and token.tag == "h2"
    ]
    for chapter in build_document(strategy, language, document).chapters:
        assert any(heading.endswith(chapter.title) for heading in headings), chapter.title


def test_the_strategy_markdown_has_tables_and_every_goal():
    strategy = rich_strategy("en")
    markdown = render(strategy, "en", "strategy", "md")[2].decode()
    assert "<table>" in html_of(markdown)
    text = inline_text(markdown)
    for goal in strategy.goals:
        assert goal.statement in text


@pytest.mark.parametrize("document", ("strategy", "guidelines", "crisis"))
def test_hostile_text_never_becomes_markup(document):
    markdown = render(hostile_strategy(rich_strategy("en")), "en", document, "md")[2].decode()
    html = html_of(markdown)
    assert "<script>" not in html
    assert "<em>em</em>" not in html and "<strong>bold</strong>" not in html
    assert "<code>" not in html


def test_every_payload_is_shown_as_typed():
    markdown = render(hostile_strategy(rich_strategy("en")), "en", "strategy", "md")[2].decode()
    text = inline_text(markdown)
    for payload in PAYLOADS:
        assert payload in text, payload


def test_lines_that_look_like_lists_stay_text():
    strategy = rich_strategy("en")
    strategy.goals[0].statement = "1. not a list"
    strategy.goals[2].statement = "- not a bullet either"
    html = html_of(render(strategy, "en", "strategy", "md")[2].decode())
    assert "1. not a list</li>" in html and "<ol" not in html
    assert "- not a bullet either</li>" in html


def test_the_core_render_function_keeps_its_contract():
    name, content_type, data = render_strategy_markdown(rich_strategy("de"))
    assert name.endswith("-de.md")
    assert content_type.startswith("text/markdown")
    assert data.decode().startswith("# Social-Media-Strategie 2027")


PRINTABLE = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufffe\uffff"),
    min_size=1,
    max_size=80,
).filter(lambda text: text.strip())


@settings(max_examples=150, deadline=None)
@given(PRINTABLE)
def test_any_goal_statement_reads_back_as_typed(statement):
    strategy = rich_strategy("en")
    strategy.goals[0].statement = statement
    markdown = render(strategy, "en", "strategy", "md")[2].decode()
    # Spaces and line breaks collapse into one space; no-break spaces ("16 Std.") stay.
    assert re.sub(r"[ \t\n\r\f\v]+", " ", statement).strip() in inline_text(markdown)


def test_generated_sections_keep_numbered_lists_and_strong_text():
    strategy = rich_strategy("de")
    strategy.guidelines.sections[0].body = "1. **Nicht** allein antworten.\n2. **<b>x</b>** melden"
    html = html_of(render(strategy, "de", "guidelines", "md")[2].decode())
    assert "<ol>\n<li><strong>Nicht</strong> allein antworten.</li>" in html
    assert "<strong>&lt;b&gt;x&lt;/b&gt;</strong> melden" in html
