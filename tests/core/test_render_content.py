"""Small content errors a client would notice: doubled periods, cut summaries, broken words."""

from __future__ import annotations

import re

from socialstrategy.core.demos import load_demo
from socialstrategy.core.render.blocks import Table
from socialstrategy.core.render.chapters import section_summary
from socialstrategy.core.render.charts import _wrap, strategy_charts
from socialstrategy.core.render.document import build_document


def test_a_name_ending_in_a_period_ends_the_sentence_with_one():
    summary = build_document(load_demo("sensors"), "en").chapters[0]
    text = summary.blocks[0].text
    assert "Ridgeline Sensor Systems, Inc. It pursues" in text
    assert ".." not in text


def test_the_summary_of_a_section_that_introduces_a_list_names_every_item():
    body = (
        "Diese Regeln sind wichtig:\n\n- **Impressum.** Immer. Auch hier.\n"
        "- **Fotos.** Nur mit Einwilligung.\n- **Werbung.** Kennzeichnen."
    )
    assert section_summary(body, "de") == "Diese Regeln sind wichtig: Impressum, Fotos und Werbung."


def test_the_summary_of_a_list_of_contacts_keeps_one_contact_per_line():
    body = (
        "- Sabine Krämer, Inhaberin und Bäckermeisterin, sabine.kraemer@sonnenkorn-freiburg.example, "
        "+49 761 0000 101 – spricht für das Unternehmen\n"
        "- Lea Brandt, Café-Leitung, lea@sonnenkorn.example – Beiträge"
    )
    assert section_summary(body, "de") == (
        "• Sabine Krämer, Inhaberin und Bäckermeisterin\n• Lea Brandt, Café-Leitung, lea@sonnenkorn.example"
    )


def test_no_guidelines_summary_of_a_demo_is_cut_mid_list():
    for demo in ("bakery", "sensors", "practice"):
        strategy = load_demo(demo)
        chapter = next(
            c for c in build_document(strategy, strategy.language).chapters if c.key == "guidelines"
        )
        table = next(block for block in chapter.blocks if isinstance(block, Table))
        for title, summary in table.rows:
            assert not re.search(r": \w+\.$", summary), (demo, title, summary)
            assert "**" not in summary and "|" not in summary


def test_a_word_too_long_for_a_chart_label_breaks_with_a_hyphen():
    assert _wrap("Passung zum Geschäftsmodell", 63, 9, 4) == ["Passung zum", "Geschäftsmo-", "dell"]
    svg = strategy_charts(load_demo("bakery"), "de")["recommendation-matrix"].svg
    assert ">Geschäftsmo-<" in svg and ">Geschäftsmod<" not in svg
