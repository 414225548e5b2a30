"""Source quality as data: primary, secondary, weak; a weak source never carries a score and is
never evidence in a client document, and the knowledge card names every source's quality."""

from __future__ import annotations

import re

import pytest

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.core.knowledge.views import platform_card
from socialstrategy.core.render.markdown import render_markdown

WEAK_WORDS = re.compile(r"\bmirror\b|vendor'?s? blog|\banecdote\b|\bweak\b", re.IGNORECASE)


def test_a_source_that_calls_itself_a_mirror_or_a_vendor_blog_is_weak_in_the_data():
    kb = load_knowledge()
    misfiled = [
        s.id
        for s in kb.sources.values()
        if WEAK_WORDS.search(f"{s.title} {s.caveat or ''}") and s.quality != "weak"
    ]
    assert misfiled == []


def test_no_reach_figure_rests_on_a_weak_source():
    kb = load_knowledge()
    for country in kb.reach_metrics:
        for platform in kb.platforms:
            bands = kb.band_figures(country, kb.reach_metrics[country], platform)
            assert not [f for f in bands.values() if kb.is_weak(f.source)], (country, platform)


def test_a_posting_frequency_from_a_weak_source_is_not_the_recommendations_cadence():
    kb = load_knowledge()
    instagram = kb.platforms["instagram"]
    assert instagram.minimum_cadence() is not None  # Hootsuite's blog via a mirror copy: weak
    assert kb.scoring_cadence(instagram) is None


@pytest.mark.parametrize("name", list_demos())
def test_a_client_document_cites_no_weak_source(name):
    kb = load_knowledge()
    text = render_markdown(load_demo(name), "de")[2].decode()
    cited = [s.id for s in kb.sources.values() if s.quality == "weak" and s.url in text]
    assert cited == []


def test_the_knowledge_card_names_the_quality_of_each_source():
    card = platform_card(load_knowledge(), "instagram", "de")
    qualities = {s["quality"]: s["quality_label"] for s in card["sources"]}
    assert qualities["weak"] == "schwache Quelle" and qualities["secondary"] == "Sekundärquelle"
    assert all(f["quality_label"] for f in card["cadence"] if f["source"])
