"""Long lists a page at a time: the workspace's strategies (with a search) and the history."""

from __future__ import annotations

import re

from django.urls import reverse

from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.store import create_strategy, save_document
from socialstrategy.web.workspaces.views import STRATEGIES_PER_PAGE
from tests.web.conftest import make_document


def _strategies(personas, count, title="Praxis {n}"):
    for n in range(count):
        document = make_document(title=title.format(n=n))
        create_strategy(personas["home"], document, personas["users"]["alice"], "x")


def _titles(page: str) -> list[str]:
    return re.findall(r"<h3>([^<]+)</h3>", page)


def test_the_workspace_shows_its_strategies_a_page_at_a_time(alice, personas):
    _strategies(personas, STRATEGIES_PER_PAGE + 5)
    url = reverse("workspaces:detail", args=[personas["home"].pk])
    first = alice.get(url).content.decode()
    second = alice.get(url, {"page": 2}).content.decode()
    assert len(_titles(first)) == STRATEGIES_PER_PAGE and len(_titles(second)) == 6
    assert not set(_titles(first)) & set(_titles(second))
    assert 'href="?page=2" rel="next"' in first and "Page 1 of 2" in first
    assert 'href="?page=1" rel="prev"' in second


def test_a_page_number_out_of_range_or_broken_shows_the_nearest_page(alice, personas):
    _strategies(personas, STRATEGIES_PER_PAGE + 1)
    url = reverse("workspaces:detail", args=[personas["home"].pk])
    for number, shown in (("99", 2), ("0", 1), ("x", 1), ("9" * 40, 1)):
        response = alice.get(url, {"page": number})
        assert response.status_code == 200
        assert f"Page {shown} of 2" in response.content.decode()


def test_the_search_finds_strategies_by_title_and_keeps_itself_on_the_next_page(alice, personas):
    _strategies(personas, STRATEGIES_PER_PAGE + 2, title="Bäckerei {n}")
    _strategies(personas, 3, title="Metzgerei {n}")
    url = reverse("workspaces:detail", args=[personas["home"].pk])
    found = alice.get(url, {"q": "metzger"}).content.decode()
    assert sorted(_titles(found)) == ["Metzgerei 0", "Metzgerei 1", "Metzgerei 2"]
    bakeries = alice.get(url, {"q": "Bäckerei"}).content.decode()
    assert 'href="?q=B%C3%A4ckerei&amp;page=2"' in bakeries
    assert 'name="q" value="Bäckerei"' in bakeries


def test_a_search_without_a_match_says_so_and_offers_every_strategy(alice, personas):
    alice.cookies["django_language"] = "de"
    url = reverse("workspaces:detail", args=[personas["home"].pk])
    page = alice.get(url, {"q": "<b>Zoo</b>"}).content.decode()
    assert "Keine Strategie hat „&lt;b&gt;Zoo&lt;/b&gt;“ im Titel." in page
    assert "Alle Strategien zeigen" in page


def test_the_search_never_shows_another_workspace_s_strategies(alice, personas):
    url = reverse("workspaces:detail", args=[personas["home"].pk])
    page = alice.get(url, {"q": "Charlie"}).content.decode()
    assert "Charlie&#x27;s client" not in page and "Charlie's client" not in page


def test_the_history_shows_fifty_versions_a_page_and_older_ones_can_be_restored(alice, personas):
    strategy = personas["strategy"]
    document = strategy.load()
    for n in range(60):
        edited = document.model_copy(update={"title": f"v{n}"})
        strategy = save_document(strategy, edited, strategy.version, None, "x")
    url = reverse("strategies:history", args=[strategy.pk])
    first = alice.get(url).content.decode()
    second = alice.get(url, {"page": 2}).content.decode()
    assert first.count('name="b"') == 50 and second.count('name="b"') == 11
    assert "checked" in first and "checked" not in second
    assert f'action="/s/{strategy.pk}/restore/1/"' in second
    assert f'action="/s/{strategy.pk}/restore/{strategy.version}/"' not in first
    assert Strategy.objects.get(pk=strategy.pk).version == 61
