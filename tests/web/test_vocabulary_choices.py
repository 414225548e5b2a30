"""The web's choices are the core vocabulary's code lists, translated by the core catalog."""

from __future__ import annotations

from django.utils import translation

from socialstrategy.core import vocabulary as core
from socialstrategy.web.strategies import vocabulary as v


def test_its_choices_have_the_codes_of_the_core_vocabulary() -> None:
    assert tuple(code for code, _ in v.GOAL_TYPES) == core.GOAL_TYPES.codes
    assert tuple(code for code, _ in v.PLATFORM_COMPETENCES) == core.PLATFORM_COMPETENCES.codes
    assert tuple(code for code, _ in v.SECTORS) == core.SECTORS.codes


def test_it_shows_the_core_catalogs_translation_in_the_requests_language() -> None:
    with translation.override("de"):
        assert v.label(v.GOAL_TYPES, "awareness") == "Bekanntheit"
        assert v.label(v.FORMATS, "event") == core.FORMATS.label("event", "de")
    with translation.override("en"):
        assert v.label(v.GOAL_TYPES, "awareness") == "Awareness"
    assert v.label(v.GOAL_TYPES, "unknown") == "unknown"
