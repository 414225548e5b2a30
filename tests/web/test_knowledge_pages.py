"""Browsing the knowledge base from the information step: platform cards, tools, gaps (#3)."""

from __future__ import annotations

from django.utils.html import escape

from socialstrategy.core.knowledge import load_knowledge


def test_the_overview_links_each_platform_to_its_card(bob, personas):
    strategy = personas["strategy"]
    page = bob.get(f"/s/{strategy.pk}/step/information/").content.decode()
    assert f'href="/s/{strategy.pk}/platforms/instagram/"' in page
    assert f'href="/s/{strategy.pk}/tools/"' in page


def test_a_platform_card_shows_a_sourced_figure_with_its_url_and_year(bob, personas):
    limit = next(f for f in load_knowledge().platform("instagram").limits if f.source)
    source = load_knowledge().sources[limit.source]
    page = bob.get(f"/s/{personas['strategy'].pk}/platforms/instagram/").content.decode()
    assert f'href="{source.url}"' in page
    assert escape(source.title[:40]) in page
    assert str(load_knowledge().figure_year(limit.year, limit.source)) in page


def test_an_unknown_value_reads_as_unknown_and_the_gap_is_listed(bob, personas):
    kb = load_knowledge()
    gap = next(g for g in kb.gaps() if g.platform == "xing" and g.area == "limits")
    page = bob.get(f"/s/{personas['strategy'].pk}/platforms/xing/").content.decode()
    assert "unknown" in page
    assert gap.detail in page


def test_an_unknown_platform_is_not_found(bob, personas):
    assert bob.get(f"/s/{personas['strategy'].pk}/platforms/myspace/").status_code == 404


def test_the_tools_list_says_what_each_does_and_what_is_unknown(bob, personas):
    page = bob.get(f"/s/{personas['strategy'].pk}/tools/").content.decode()
    assert "Buffer" in page and "https://support.buffer.com/" in page
    assert "EU hosting unknown" in page
    assert "no sourced hours per piece" in page


def test_the_tools_can_be_narrowed_to_one_category(bob, personas):
    page = bob.get(f"/s/{personas['strategy'].pk}/tools/", {"category": "design"}).content.decode()
    assert "Buffer" not in page
    assert bob.get(f"/s/{personas['strategy'].pk}/tools/", {"category": "nope"}).status_code == 404


def test_another_workspaces_strategy_has_no_knowledge_pages(bob, personas):
    foreign = personas["foreign"].pk
    assert bob.get(f"/s/{foreign}/platforms/instagram/").status_code == 404
    assert bob.get(f"/s/{foreign}/tools/").status_code == 404


def test_the_knowledge_pages_speak_german(bob, personas):
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    tools = bob.get(f"/s/{personas['strategy'].pk}/tools/").content.decode()
    card = bob.get(f"/s/{personas['strategy'].pk}/platforms/xing/").content.decode()
    assert "Hosting in der EU unbekannt" in tools and "Aufwand pro Beitrag" in tools
    assert "Was nicht bekannt ist" in card and "unbekannt" in card


def test_a_tool_with_sourced_eu_hosting_says_so(bob, personas):
    tools = load_knowledge().tools
    page = bob.get(f"/s/{personas['strategy'].pk}/tools/", {"category": "analytics"}).content.decode()
    plausible = page[page.index(f">{tools['plausible'].name}<") :].split("</tr>")[0]
    matomo = page[page.index(f">{tools['matomo'].name}<") :].split("</tr>")[0]
    assert "EU hosting<br>" in plausible and "EU hosting unknown" not in plausible
    assert "EU hosting on request" in matomo


def test_a_german_platform_card_names_its_limits_and_marks_english_caveats(bob, personas):
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    card = bob.get(f"/s/{personas['strategy'].pk}/platforms/instagram/").content.decode()
    assert "Maximale Länge einer Bildunterschrift: 2.200 Zeichen" in card
    assert "caption_max_chars" not in card
    assert "Grenzen eines Veröffentlichungs-Tools" in card  # a source's caveat, translated
