"""What a Lektor checks in every text family, for every demo in every variant.

The demos are read from ``core/demos``, so a demo added there is checked too. The constructions
fixed so far are regressions that must never come back; every other defect the detectors of
:mod:`lektor` find is counted by ``bench/lektor_counts.py`` and may not grow past its ceiling.
"""

import pytest

from lektor import (
    BANNED,
    ascii_quotes,
    banned_constructions,
    defects,
    du_forms,
    hyphen_ranges,
    plural_imperatives,
    sie_forms,
)
from lektor_corpus import DEMOS, DOCUMENT_FAMILIES, FAMILIES, TOOL_FAMILIES, VARIANTS, masked, texts

FIXED = (
    "the age group 'all'",
    "calque: the budget buys hours",
    "calque: mögen Sie",
    "calque: verwendet [product] for food",
    "self-contradicting address description",
)
CEILING = 1526
"""Defects over every demo, family and variant; lower it whenever a fix lands. (Raised from 1658
to 1752 when the one effort model made the recommendation show its sourced cadence for
Instagram, Facebook, LinkedIn and X; 1526 after the voices of #12.)"""


@pytest.mark.parametrize("family", FAMILIES)
@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize("demo", DEMOS)
def test_no_text_uses_a_fixed_construction_again(demo, variant, family):
    found = [d for d in banned_constructions(masked(texts(demo, variant)[family], demo)) if d[0] in FIXED]
    assert found == []


@pytest.mark.parametrize("family", DOCUMENT_FAMILIES)
@pytest.mark.parametrize("demo", DEMOS)
def test_du_texts_speak_to_one_person_not_to_a_group(demo, family):
    assert list(plural_imperatives(masked(texts(demo, "de-du")[family], demo))) == []


@pytest.mark.parametrize("family", TOOL_FAMILIES)
@pytest.mark.parametrize("variant", ["de-sie", "de-du"])
@pytest.mark.parametrize("demo", DEMOS)
def test_the_tool_speaks_to_its_user_formally_whatever_the_community_address(demo, variant, family):
    assert list(du_forms(masked(texts(demo, variant)[family], demo))) == []


@pytest.mark.parametrize("variant", ["de-sie", "de-du"])
def test_age_bands_read_as_german_phrases_with_an_en_dash(variant):
    text = texts("bakery", variant)["recommend"]
    assert "der 14–29-Jährigen" in text and "der Gesamtbevölkerung" in text
    assert "Altersgruppe alle" not in text and "14-29" not in text


def test_the_defects_over_all_texts_stay_under_their_ceiling():
    total = sum(
        len(defects(masked(texts(demo, variant)[family], demo), variant, tool=family in TOOL_FAMILIES))
        for demo in DEMOS
        for variant in VARIANTS
        for family in FAMILIES
    )
    assert total <= CEILING


def test_the_detectors_find_what_they_are_named_for():
    assert list(du_forms("Ihre Accounts gehören Ihnen; Du sprichst für uns."))
    assert not list(du_forms("Ihre Accounts gehören Ihnen."))
    assert list(sie_forms("Deine Accounts gehören dir, legen Sie los."))
    assert not list(sie_forms("Sie gehören dir. Deine Kolleginnen"))
    assert list(ascii_quotes('Schreib "Anzeige" davor'))
    assert list(hyphen_ranges("Alter 14-29")) and not list(hyphen_ranges("Alter 14–29, +49 761 0000-101"))
    assert set(BANNED) >= set(FIXED)
    for example in (
        "von Bäckerei Sonnenkorn GmbH",
        "Alle 1 Befunde",
        "Ihr Team hat 1 Stunden pro Woche",
        "**Emojis:** sparsam Emojis",
        "alle ∞ Arbeitsstunden",
        "44 % von „Genießer“",
        "Ridgeline Sensor Systems, Inc..",
        "geeignet für ein öffentliche Hand-Geschäft",
    ):
        assert list(banned_constructions(example)), example
    assert not list(banned_constructions("von der Bäckerei Sonnenkorn GmbH, alle 3 Befunde"))
