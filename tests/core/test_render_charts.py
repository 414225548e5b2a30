"""Charts: well-formed SVG with every user string escaped, and PNG for DOCX."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from hypothesis import given, settings
from hypothesis import strategies as st
from render_fixtures import rich_strategy
from render_payloads import hostile_strategy

from socialstrategy.core.demos import grown_demo
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import charts
from socialstrategy.core.render.charts import (
    goal_tree_chart,
    kpi_targets_chart,
    pillar_shares_chart,
    platform_matrix_chart,
    strategy_charts,
)
from socialstrategy.core.render.pdf import charts_to_png

SVG = "{http://www.w3.org/2000/svg}"


def texts(svg: str) -> list[str]:
    return [element.text or "" for element in ET.fromstring(svg).iter(f"{SVG}text")]


def test_a_rich_strategy_has_the_charts_it_has_data_for():
    charts = strategy_charts(rich_strategy("de"), "de")
    assert {"goal-tree", "kpi-targets", "platform-matrix", "pillar-shares"} <= set(charts)


def test_an_empty_strategy_has_no_charts():
    assert strategy_charts(Strategy(), "en") == {}


def test_every_chart_is_well_formed_svg_with_a_translated_title():
    for chart in strategy_charts(rich_strategy("de"), "de").values():
        root = ET.fromstring(chart.svg)
        assert root.tag == f"{SVG}svg"
        assert root.find(f"{SVG}title").text == chart.title
    assert strategy_charts(rich_strategy("de"), "de")["goal-tree"].title == "Zielbaum"


def test_the_goal_tree_shows_objectives_and_goals():
    strategy = rich_strategy("en")
    shown = " ".join(texts(goal_tree_chart(strategy, "en").svg))
    for word in ("zweite", "Auszubildende", "Stammkundschaft"):
        assert word in shown


def test_hostile_text_in_charts_stays_text():
    strategy = hostile_strategy(rich_strategy("en"))
    for chart in strategy_charts(strategy, "en").values():
        root = ET.fromstring(chart.svg)
        assert {element.tag for element in root.iter()} <= {
            f"{SVG}{tag}" for tag in ("svg", "title", "desc", "text", "rect", "path", "circle")
        }
        assert "<script" not in chart.svg
    shown = texts(platform_matrix_chart(strategy, "en").svg)
    assert any("<script>" in text or "#read" in text or "@r" in text for text in shown)


@settings(max_examples=60, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_goal_statement_gives_well_formed_svg(statement):
    strategy = rich_strategy("en")
    strategy.goals[0].statement = statement
    for make in (goal_tree_chart, platform_matrix_chart, kpi_targets_chart, pillar_shares_chart):
        chart = make(strategy, "en")
        ET.fromstring(chart.svg)


def test_charts_become_one_png_each():
    charts = list(strategy_charts(rich_strategy("de"), "de").values())
    pngs = charts_to_png(charts)
    assert len(pngs) == len(charts)
    assert all(png.startswith(b"\x89PNG\r\n\x1a\n") for png in pngs)


def test_the_goal_tree_lays_out_each_box_once_however_many_links(monkeypatch):
    strategy = grown_demo("bakery", 10)
    links = sum(len(goal.serves) for goal in strategy.goals)
    boxes = len(strategy.goals) + len(strategy.corporate_objectives)
    calls = []
    wrap = charts._wrap
    monkeypatch.setattr(charts, "_wrap", lambda *args: calls.append(args) or wrap(*args))
    goal_tree_chart(strategy, "de")
    assert links > boxes
    assert len(calls) <= 3 * boxes  # to stack the boxes, to find their middles, to draw them


def test_each_link_of_the_goal_tree_joins_the_middles_of_its_two_boxes():
    strategy = grown_demo("bakery", 3)
    root = ET.fromstring(goal_tree_chart(strategy, "de").svg)
    middles = {float(rect.get("y")) + float(rect.get("height")) // 2 for rect in root.iter(f"{SVG}rect")}
    paths = [path.get("d") for path in root.iter(f"{SVG}path")]
    assert len(paths) == sum(len(goal.serves) for goal in strategy.goals)
    for d in paths:
        start, end = d.split(" C")[0], d.split(" ")[-1]
        assert float(start.split(",")[1]) in middles and float(end.split(",")[1]) in middles
