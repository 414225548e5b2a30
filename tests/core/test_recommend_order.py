"""One order: ranks follow the score within a verdict, and every output shows the verdict groups."""

from __future__ import annotations

import re

import knowledge_profiles as profiles
import pytest

from socialstrategy.core.demos import load_demo
from socialstrategy.core.recommend import recommend
from socialstrategy.core.render.markdown import render_markdown

PROFILES = [profiles.local_cafe, profiles.tax_advisers, profiles.charity, profiles.us_consumer_brand]


@pytest.mark.parametrize("make", PROFILES, ids=lambda make: make.__name__)
def test_within_a_verdict_no_lower_rank_has_a_higher_score(make):
    for _, members in recommend(make()).groups():
        scores = [p.score for p in members]
        assert scores == sorted(scores, reverse=True)


def test_the_groups_hold_every_platform_once_with_ranks_running_on():
    result = recommend(load_demo("bakery"))
    ranks = [p.rank for _, members in result.groups() for p in members]
    assert ranks == list(range(1, len(result.platforms) + 1))


def test_the_paper_shows_the_verdict_groups_with_the_ranks_of_the_cli():
    text = render_markdown(load_demo("bakery"), "de")[2].decode()
    matrix = text[text.index("### Empfehlungsmatrix") : text.index("*Empfehlungsmatrix:")]
    assert matrix.index("**Empfohlen**") < matrix.index("**Eine Überlegung wert**")
    assert matrix.index("**Eine Überlegung wert**") < matrix.index("**Nicht empfohlen**")
    ranks = [int(rank) for rank in re.findall(r"^\| (\d+) \|", matrix, re.MULTILINE)]
    cli = {p.platform: p.rank for p in recommend(load_demo("bakery")).platforms}
    assert ranks == sorted(ranks) and set(ranks) <= set(cli.values())
    assert "| … |" in matrix  # ranks left out between two shown rows are marked, not skipped silently


def test_the_paper_shows_the_weights_as_shares():
    text = render_markdown(load_demo("bakery"), "de")[2].decode()
    assert "Gewichte: Reichweite in der Zielgruppe 31\u00a0%" in text
