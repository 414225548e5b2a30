"""The knowledge base: its data files, the loader's errors, the overlay and the list of gaps."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.knowledge import (
    ENV_VAR,
    FORMAT_IDS,
    PLATFORM_IDS,
    SECTOR_IDS,
    KnowledgeError,
    clear_cache,
    load_knowledge,
    loader,
)
from socialstrategy.core.knowledge.schema import parse_age_band
from socialstrategy.core.knowledge.views import comparison, platform_card, tool_list
from socialstrategy.core.model import GOAL_TYPES


@pytest.fixture(autouse=True)
def _fresh_cache(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    clear_cache()
    yield
    clear_cache()


def _overlay(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "overlay.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- package data ---------------------------------------------------------------------------


def test_it_covers_every_agreed_platform_and_owned_channel():
    assert list(load_knowledge().platforms) == list(PLATFORM_IDS)


def test_every_sector_note_names_sectors_of_the_vocabulary():
    for note in load_knowledge().sector_notes:
        assert set(note.sectors) <= {*SECTOR_IDS, "all"}, note.id


def test_every_platform_rates_every_goal_type_with_a_reason_in_both_languages():
    for platform in load_knowledge().platforms.values():
        assert set(platform.goal_fit) == set(GOAL_TYPES), platform.id
        for assessment in platform.goal_fit.values():
            assert assessment.reason.en and assessment.reason.de, platform.id


def test_every_platform_has_a_business_fit_for_b2b_and_b2c_and_a_workload():
    for platform in load_knowledge().platforms.values():
        assert {"b2b", "b2c"} <= set(platform.business_fit), platform.id
        assert platform.workload is not None, platform.id


def test_every_number_names_a_source_with_title_url_and_year():
    kb = load_knowledge()
    figures = [f for p in kb.platforms.values() for f in (*p.limits, *p.cadence, *p.benchmarks) if f.is_known]
    figures += [e for e in kb.effort if e.is_known]
    assert figures
    for figure in figures:
        assert figure.source in kb.sources
        source = kb.sources[figure.source]
        assert source.title and source.url.startswith("http")
        assert kb.figure_year(figure.year, figure.source) is not None
    for usage in kb.usage:
        assert usage.source in kb.sources and usage.year


def test_weak_and_secondary_sources_keep_their_caveats_visible():
    kb = load_knowledge()
    pew_transcription = next(s for s in kb.sources.values() if "transcribed in GitHub" in s.title)
    assert pew_transcription.caveat
    assert any(s.quality == "weak" and s.caveat for s in kb.sources.values())


def test_effort_that_no_source_measures_is_an_assumption_and_listed_as_a_gap():
    kb = load_knowledge()
    assert kb.effort_for("image").assumption
    assert any(g.area == "effort" and g.item == "image" for g in kb.gaps())
    assert not any(g.area == "effort" and g.item == "article" for g in kb.gaps())


def test_gaps_name_missing_age_bands_for_germany_and_the_usa():
    gaps = load_knowledge().gaps()
    # YouTube's 2024 figures by age come from the study's video module, a metric of their own
    # (ardzdf_video_weekly), so weekly platform use of YouTube still has no figure by age.
    youtube_de = [g for g in gaps if g.platform == "youtube" and g.item == "DE" and g.area == "usage"]
    assert youtube_de and "14-29" in youtube_de[0].detail
    whatsapp_de = [g for g in gaps if g.platform == "whatsapp" and g.item == "DE" and g.area == "usage"]
    assert whatsapp_de and "14-29" in whatsapp_de[0].detail
    assert any(g.area == "tools" and "EU hosting" in g.detail for g in gaps)


def test_a_german_age_band_is_read_from_weekly_use_and_a_us_one_from_ever_use():
    kb = load_knowledge()
    de = kb.reach("DE", "instagram", 14, 29)
    us = kb.reach("US", "instagram", 18, 29)
    assert de is not None and de.metric == "ardzdf_weekly"
    assert us is not None and us.metric == "pew_ever"


def test_the_comparison_ranks_each_metric_separately():
    data = comparison(load_knowledge(), ["DE"], (30, 49), None, "en")
    metrics = [r["metric"] for r in data["countries"][0]["rankings"]]
    assert metrics[0] == "ardzdf_weekly"
    assert len(metrics) == len(set(metrics))
    for ranking in data["countries"][0]["rankings"]:
        assert {row["rank"] for row in ranking["rows"]} == set(range(1, len(ranking["rows"]) + 1))


def test_an_age_band_ranking_leaves_out_platforms_that_only_have_a_total():
    data = comparison(load_knowledge(), ["DE"], (30, 49), None, "en")
    weekly = data["countries"][0]["rankings"][0]
    assert "linkedin" in weekly["without_figure"]
    assert "linkedin" not in [r["platform"] for r in weekly["rows"]]


def test_a_platform_card_shows_sources_and_marks_assessments_as_editorial():
    card = platform_card(load_knowledge(), "instagram", "de")
    assert card["sources"] and all(s["url"] for s in card["sources"])
    assert all(fit["basis"] == "editorial" for fit in card["goal_fit"])
    assert card["description"].startswith("Metas")


# --- loader errors --------------------------------------------------------------------------


def test_a_bad_package_file_names_the_file_and_the_entry(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(loader.DATA_DIR, data)
    card = data / "platforms" / "instagram.yaml"
    card.write_text(card.read_text().replace("awareness: {rating: 3", "awareness: {rating: 7"))
    monkeypatch.setattr(loader, "DATA_DIR", data)
    clear_cache()
    with pytest.raises(KnowledgeError) as error:
        load_knowledge()
    assert "platforms/instagram.yaml" in str(error.value)
    assert "goal_fit.awareness.rating" in str(error.value)


def test_a_usage_row_with_an_unknown_source_names_its_line(tmp_path, monkeypatch):
    data = tmp_path / "data"
    shutil.copytree(loader.DATA_DIR, data)
    usage = data / "usage.csv"
    usage.write_text(usage.read_text() + "DE,instagram,14-29,,ardzdf_weekly,77,2026,no_such_source,,\n")
    monkeypatch.setattr(loader, "DATA_DIR", data)
    clear_cache()
    with pytest.raises(KnowledgeError, match=r"usage.csv: line \d+: unknown source 'no_such_source'"):
        load_knowledge()


def test_a_figure_without_a_source_is_refused(tmp_path):
    path = _overlay(tmp_path, "platforms:\n  xing:\n    limits:\n    - {item: post_max_chars, value: 1000}\n")
    with pytest.raises(KnowledgeError, match=r"overlay\.yaml: xing\.limits\.0: .*needs a 'source'"):
        load_knowledge(path)


# --- overlay --------------------------------------------------------------------------------


OVERLAY = """
sources:
- id: coach_study_2026
  title: "Coach's own client survey 2026"
  url: "https://example.org/study"
  year: 2026
  quality: primary
usage:
- {country: DE, platform: linkedin, age_band: 30-49, metric: ardzdf_weekly, value: 21, year: 2026,
   source: coach_study_2026}
platforms:
  xing:
    goal_fit:
      recruiting: {rating: 3, reason: {en: "Our region still hires through XING."}}
"""


def test_an_overlay_adds_figures_and_marks_them(tmp_path):
    kb = load_knowledge(_overlay(tmp_path, OVERLAY))
    reach = kb.reach("DE", "linkedin", 30, 49)
    assert reach is not None and reach.share == 21
    assert reach.figures[0].origin == "overlay"
    assert kb.sources["coach_study_2026"].origin == "overlay"


def test_an_overlay_overrides_an_assessment_and_keeps_the_rest(tmp_path):
    kb = load_knowledge(_overlay(tmp_path, OVERLAY))
    xing = kb.platform("xing")
    assert xing.goal_fit["recruiting"].rating == 3
    assert xing.goal_fit["recruiting"].origin == "overlay"
    assert xing.goal_fit["awareness"].origin == "package"
    assert xing.overlaid == ["goal_fit"]
    assert xing.goal_fit["recruiting"].reason.get("de") == "Our region still hires through XING."


def test_the_overlay_is_read_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_VAR, str(_overlay(tmp_path, OVERLAY)))
    assert load_knowledge().platform("xing").goal_fit["recruiting"].origin == "overlay"


def test_an_overlay_with_aliases_is_refused(tmp_path):
    text = "sources:\n- &a {id: s1, title: t, url: 'https://x.org', year: 2020}\n- *a\n"
    with pytest.raises(KnowledgeError, match="anchors and aliases are not allowed"):
        load_knowledge(_overlay(tmp_path, text))


def test_an_overlay_with_an_unknown_section_is_refused(tmp_path):
    with pytest.raises(KnowledgeError, match=r"overlay\.yaml: platfroms: unknown section"):
        load_knowledge(_overlay(tmp_path, "platfroms: {}\n"))


def test_a_missing_overlay_file_is_one_clear_error(tmp_path):
    with pytest.raises(KnowledgeError, match="cannot read overlay file"):
        load_knowledge(tmp_path / "missing.yaml")


def test_a_huge_overlay_is_refused(tmp_path):
    path = _overlay(tmp_path, "# " + "x" * (loader.MAX_OVERLAY_BYTES + 1))
    with pytest.raises(KnowledgeError, match="larger than"):
        load_knowledge(path)


def test_loading_is_cached_until_the_overlay_changes(tmp_path):
    path = _overlay(tmp_path, OVERLAY)
    assert load_knowledge(path) is load_knowledge(path)
    first = load_knowledge(path)
    path.write_text(OVERLAY.replace("value: 21", "value: 22 "), encoding="utf-8")
    assert load_knowledge(path) is not first


# --- properties -----------------------------------------------------------------------------


@given(st.integers(0, 100), st.integers(0, 20))
def test_age_bands_parse_back_to_their_bounds(low, width):
    assert parse_age_band(f"{low}-{low + width}") == (low, low + width)
    assert parse_age_band(f"{low}+") == (low, 120)


def test_formats_named_by_platforms_are_agreed_format_ids():
    for platform in load_knowledge().platforms.values():
        assert set(platform.formats) <= set(FORMAT_IDS), platform.id


def test_tools_show_price_and_hosting_only_with_a_source():
    tools = tool_list(load_knowledge(), "de")
    assert {t["id"] for t in tools} >= {"buffer", "canva", "matomo", "brandwatch"}
    for tool in tools:
        assert (tool["price_class"] is None) == (tool["price_source"] is None)
        assert (tool["eu_hosting"] is None) == (tool["gdpr_source"] is None)
    assert [t["id"] for t in tool_list(load_knowledge(), "en", "listening")][:1] == ["hootsuite"]


def test_a_platform_is_named_once_in_the_vocabulary_not_again_in_its_data_file():
    from socialstrategy.core.knowledge import loader
    from socialstrategy.core.vocabulary import PLATFORMS

    files = sorted((loader.DATA_DIR / "platforms").glob("*.yaml"))
    assert files and not [f.name for f in files if "\nname:" in "\n" + f.read_text(encoding="utf-8")]
    assert {p.id: p.name for p in load_knowledge().platforms.values()} == PLATFORMS.labels


def test_the_owned_channels_are_named_in_german_on_the_platform_card():
    kb = load_knowledge()
    assert platform_card(kb, "google_business_profile", "de")["name"] == "Google-Unternehmensprofil"
    assert platform_card(kb, "website", "en")["name"] == "Website"


def test_a_sector_note_for_an_unknown_sector_is_refused_with_its_name():
    from pydantic import ValidationError

    from socialstrategy.core.knowledge.schema import SectorNote

    note = {
        "id": "x",
        "sectors": ["physio"],
        "countries": ["DE"],
        "title": {"en": "t"},
        "text": {"en": "t"},
        "sources": [{"title": "t", "url": "https://example.org"}],
    }
    with pytest.raises(ValidationError, match="unknown sector 'physio'"):
        SectorNote.model_validate(note)
