"""The knowledge base speaks German: every code it shows has a label, every text of its data
files a German translation, and gaps and numbers read as German writes them (#4)."""

from __future__ import annotations

import re

from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.core.knowledge.labels import BENCHMARK_LABELS, LIMIT_LABELS, data_text, has_translation
from socialstrategy.core.knowledge.views import gap_rows, platform_card, source_dict


def _data_texts() -> set[str]:
    """The English texts of the data files that the platform cards and the check show."""
    kb = load_knowledge()
    texts: set[str] = set()
    for p in kb.platforms.values():
        for figure in (*p.limits, *p.cadence, *p.benchmarks):
            texts.update(t for t in (figure.unit, figure.text, figure.note) if t)
        texts.update(c.guidance for c in p.cadence)
    texts.update(u.group for u in kb.usage if u.group)
    texts.update(s.caveat for s in kb.sources.values() if s.caveat)
    texts.update(e.note.strip() for e in kb.effort if e.note)
    texts.update(_effort_notes(kb.effort_defaults))
    return texts


def _effort_notes(defaults) -> set[str]:
    estimates = [defaults.community_default, defaults.external_hourly_rate]
    for platform in defaults.platforms.values():
        estimates += [platform.community_hours_per_week, platform.min_posts_per_week]
    return {e.note.strip() for e in estimates if e is not None and e.note}


def test_every_limit_and_benchmark_of_the_data_has_a_label():
    kb = load_knowledge()
    assert {f.item for p in kb.platforms.values() for f in p.limits} <= set(LIMIT_LABELS)
    assert {b.metric for p in kb.platforms.values() for b in p.benchmarks} <= set(BENCHMARK_LABELS)


def test_every_text_of_the_data_files_has_a_german_translation():
    texts = _data_texts()
    assert len(texts) > 100, "the scan found too few texts to be looking in the right place"
    missing = sorted(t for t in texts if not has_translation(t, "de"))
    assert not missing, "Add these to core/locale/de/LC_MESSAGES/knowledge_data.po:\n" + "\n".join(missing)


def test_a_german_platform_card_names_limits_and_writes_german_numbers():
    card = platform_card(load_knowledge(), "instagram", "de")
    caption = next(f for f in card["limits"] if f["name"] == "caption_max_chars")
    assert caption["text"] == "Maximale Länge einer Bildunterschrift: 2.200 Zeichen"
    engagement = card["benchmarks"][0]["figures"][0]
    assert engagement["text"].startswith("Interaktionsrate: 0,47 % ")
    assert not [f["text"] for f in card["limits"] if re.search(r"[a-z]+_[a-z_]+", f["text"])]


def test_the_english_card_keeps_its_wording():
    card = platform_card(load_knowledge(), "instagram", "en")
    caption = next(f for f in card["limits"] if f["name"] == "caption_max_chars")
    assert caption["text"] == "Maximum length of a caption: 2,200 characters"
    assert caption["unit"] == "characters"


def test_the_note_on_an_assumed_effort_figure_reads_german_in_a_german_recommendation():
    from socialstrategy.core.demos import load_demo
    from socialstrategy.core.recommend import recommend

    result = recommend(load_demo("bakery"), load_knowledge())
    evidence = [
        e for r in result.as_dict("de")["platforms"] for c in r["contributions"] for e in c["evidence"]
    ]
    notes = {e["note"] for e in evidence if e["note"]}
    assert "Kommentare und Direktnachrichten; Storys laden zum Antworten ein. Schätzung." in notes
    assert not [n for n in notes if "Estimate" in n]


def test_a_source_caveat_is_translated_and_says_when_it_is_not():
    kb = load_knowledge()
    source = next(s for s in kb.sources.values() if s.caveat)
    german = source_dict(kb, source.id, "de")
    assert german["caveat"] == data_text(source.caveat, "de") != source.caveat
    assert german["caveat_language"] == "de"
    assert not has_translation("A caveat an overlay brought along.", "de")


def test_gaps_read_in_german_and_name_tools_and_formats():
    kb = load_knowledge()
    rows = gap_rows(kb, kb.gaps(), "de")
    assert len(rows) == len(kb.gaps())
    details = " ".join(row["detail"] for row in rows)
    assert "unknown" not in details and " no " not in details and "figure" not in details
    assert any(row["detail"] == "Preisklasse unbekannt" for row in rows)
    tool_rows = [row for row in rows if row["area"] == "tools"]
    assert all(row["item_label"] == kb.tools[row["item"]].name for row in tool_rows)
    usage = next(row for row in rows if "Gesamtbevölkerung" in row["detail"])
    assert re.search(r"Gesamtbevölkerung \d+(,\d+)?\u202f% \(\d{4}\)", usage["detail"])


def test_the_english_gap_detail_stays_for_the_cli_and_its_json():
    gap = next(g for g in load_knowledge().gaps() if g.area == "tools")
    assert gap.detail in ("price class unknown", "GDPR / EU hosting unknown")
    assert gap.as_dict("de")["detail"] in ("Preisklasse unbekannt", "DSGVO / Hosting in der EU unbekannt")
