"""What the documents show from the knowledge base, the recommendation and the planners."""

from __future__ import annotations

from socialstrategy.core.demos import load_demo
from socialstrategy.core.render import extras
from socialstrategy.core.render.blocks import Figure, Table
from socialstrategy.core.render.document import build_document


def chapter(document, key):
    return next(c for c in document.chapters if c.key == key)


def charts_of(document):
    return {chart.key for chart in document.charts()}


def test_the_capacity_chapter_compares_required_and_available_hours():
    document = build_document(load_demo("sensors"), "en")
    capacity = chapter(document, "capacity")
    assert "capacity" in charts_of(document)
    assert any(isinstance(block, Table) and "Hours per week" in block.header for block in capacity.blocks)


def test_the_reach_chart_shows_the_chosen_platforms_with_its_sources():
    strategy = load_demo("bakery")
    document = build_document(strategy, "de")
    assert "reach-by-age" in charts_of(document)
    reach = extras.reach_by_age(strategy)
    assert set(reach) <= {d.platform for d in strategy.active_platforms()}
    sources = chapter(document, "sources").blocks[0]
    assert isinstance(sources, Table)
    urls = {row[-1] for row in sources.rows}
    assert all(url.startswith(("http://", "https://")) for url in urls)
    assert len(urls) >= 1


def test_the_platform_chapter_shows_the_recommendation_matrix():
    strategy = load_demo("sensors")
    strategy.recommendation = None
    document = build_document(strategy, "en")
    platforms = chapter(document, "platforms")
    assert "recommendation-matrix" in charts_of(document)
    matrix = [b for b in platforms.blocks if isinstance(b, Table) and "Score" in b.header]
    assert matrix and {"LinkedIn"} <= {row[1] for row in matrix[0].rows}
    assert any(isinstance(b, Figure) for b in platforms.blocks)


def test_the_resources_chapter_has_a_training_plan():
    document = build_document(load_demo("bakery"), "de")
    resources = chapter(document, "resources")
    assert "Weiterbildungsplan" in str(resources.blocks)


def test_every_source_has_a_title_an_address_and_a_use():
    strategy = load_demo("bakery")
    strategy.recommendation = None
    for source in extras.sources(strategy, "en"):
        assert source.title and source.url.startswith("http") and source.used_for
