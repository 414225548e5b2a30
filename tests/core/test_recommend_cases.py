"""Practitioner cases (tests/core/recommend_cases.py): each expectation holds, each case names a
published source, and docs/scoring.md lists every case."""

from __future__ import annotations

from pathlib import Path

import pytest
from recommend_cases import CASES, Case

from socialstrategy.core.recommend import recommend

DOCS = Path(__file__).parents[2] / "docs" / "scoring.md"


def _param(case: Case) -> object:
    if case.known_gap is None:
        return pytest.param(case, id=case.id)
    return pytest.param(case, id=case.id, marks=pytest.mark.xfail(strict=True, reason=case.known_gap))


@pytest.mark.parametrize("case", [_param(c) for c in CASES])
def test_the_recommendation_meets_what_a_practitioner_expects(case: Case):
    result = recommend(case.build())
    assert case.holds(result), f"{case.id}: {case.expectation} ({case.why})"


def test_there_are_at_least_twenty_cases_in_four_countries_each_with_a_published_source():
    assert len(CASES) >= 20
    assert {c.country for c in CASES} == {"DE", "AT", "CH", "US"}
    assert all(c.source.url.startswith("https://") and c.source.title and c.why for c in CASES)
    assert len({c.id for c in CASES}) == len(CASES)


def test_docs_summarise_every_case():
    text = DOCS.read_text()
    missing = [c.id for c in CASES if f"`{c.id}`" not in text]
    assert missing == []
