"""The client copy holds no internal QA material; the coach's working copy keeps it."""

from __future__ import annotations

import re

import pytest
from render_fixtures import rich_strategy

from socialstrategy.core.demos import load_demo
from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.core.render import render
from socialstrategy.core.render.blocks import Table
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.extras import Source

CAVEAT_WORDS = re.compile(
    r"VERIFY|\bweak\b|vendor blog|not read|QUOTED|transcribed|mirror|anecdote|primary not found",
    re.IGNORECASE,
)


def _sources_table(document):
    chapter = next(c for c in document.chapters if c.key == "sources")
    return next(block for block in chapter.blocks if isinstance(block, Table))


@pytest.mark.parametrize("demo", ["bakery", "sensors"])
def test_the_client_copy_has_no_findings_appendix(demo):
    strategy = load_demo(demo)
    client = build_document(strategy, strategy.language)
    working = build_document(strategy, strategy.language, working_copy=True)
    assert "findings" not in [c.key for c in client.chapters]
    assert "findings" in [c.key for c in working.chapters]
    assert [c.key for c in working.chapters if c.key != "findings"] == [c.key for c in client.chapters]


def test_the_working_copy_says_so_on_its_title_page():
    strategy = rich_strategy("de")
    assert ("Exemplar", "Arbeitsexemplar, nicht für den Kunden") in build_document(
        strategy, "de", working_copy=True
    ).meta
    assert "Exemplar" not in dict(build_document(strategy, "de").meta)


@pytest.mark.parametrize("demo", ["bakery", "sensors"])
def test_the_client_copy_cites_no_weak_source_and_no_caveat(demo):
    strategy = load_demo(demo)
    client = _sources_table(build_document(strategy, strategy.language))
    working = _sources_table(build_document(strategy, strategy.language, working_copy=True))
    assert len(client.rows) < len(working.rows)
    text = " ".join(" ".join(row) for row in client.rows)
    assert not CAVEAT_WORDS.search(text), CAVEAT_WORDS.search(text)
    assert CAVEAT_WORDS.search(" ".join(" ".join(row) for row in working.rows))
    for _figure, title, publisher, year, url in client.rows:
        assert title and year and url.startswith("http") and publisher in url


def test_every_source_title_of_the_knowledge_base_is_clean_for_a_client():
    for source in load_knowledge().sources.values():
        cited = Source(source.title, source.url, source.year, "", source.quality, source.caveat or "")
        if not cited.is_weak():
            assert not CAVEAT_WORDS.search(cited.clean_title()), source.id
            assert cited.clean_title()


def test_a_source_is_weak_by_its_quality_in_the_data_not_by_words_in_its_title():
    # Quality is data (tests/core/test_knowledge_quality.py checks that the titles agree with it).
    assert Source("Magic Eraser blog: carousels", "https://x.example", 2026, "", "weak").is_weak()
    assert Source("Orbit Media survey (vendor blog)", "https://x.example", 2024, "").is_weak() is False


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_client_copy_shows_no_field_path_of_a_finding(fmt):
    strategy = load_demo("bakery")
    client = render(strategy, "de", "strategy", fmt)[2].decode()
    working = render(strategy, "de", "strategy", fmt, working_copy=True)[2].decode()
    assert "resources.team" not in client and "Offene Befunde" not in client
    assert "Offene Befunde" in working


@pytest.mark.parametrize("demo", ["bakery", "sensors", "practice"])
def test_no_source_the_knowledge_base_calls_weak_is_cited_in_a_client_copy(demo):
    weak = {source.url for source in load_knowledge().sources.values() if source.quality == "weak"}
    strategy = load_demo(demo)
    working = _sources_table(build_document(strategy, strategy.language, working_copy=True))
    client = _sources_table(build_document(strategy, strategy.language))
    assert weak & {row[-1] for row in working.rows}, "the demo shows no weak source to leave out"
    assert not weak & {row[-1] for row in client.rows}
