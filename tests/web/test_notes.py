"""Revision notes are stored as message and values and read in the language of the reader."""

from __future__ import annotations

from django.utils import translation
from django.utils.translation import gettext_lazy
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.web.strategies import notes
from socialstrategy.web.strategies.steps import STEPS_BY_ID


def _in(language: str, stored: str) -> str:
    with translation.override(language):
        return notes.describe(stored)


def test_a_step_saved_in_english_reads_in_german_in_the_german_history():
    with translation.override("en"):
        stored = notes.record("%(step)s", step=STEPS_BY_ID["goals"].label)
    assert _in("en", stored) == "Goals & KPIs"
    assert _in("de", stored) == "Ziele & Kennzahlen"


def test_a_removal_saved_in_german_reads_in_english_and_keeps_what_was_typed():
    with translation.override("de"):
        goal = gettext_lazy("Goal")
        stored = notes.record("Removed %(item)s: %(title)s", item=goal, title="Mehr Stammgäste")
    assert _in("en", stored) == "Removed Goal: Mehr Stammgäste"
    assert _in("de", stored) == "Ziel entfernt: Mehr Stammgäste"


def test_notes_from_before_are_shown_as_they_were():
    assert _in("de", "Organisation & corporate strategy") == "Organisation & corporate strategy"
    assert _in("de", '{"m": "broken') == '{"m": "broken'


@given(st.text(max_size=400))
def test_a_note_fits_its_column_and_reads_back_with_what_was_typed_as_far_as_it_fits(title):
    stored = notes.record("Calendar: %(title)s", title=title)
    assert len(stored) <= notes.MAX_LENGTH
    shown = _in("en", stored)
    assert shown.startswith("Calendar: ")
    kept = shown.removeprefix("Calendar: ")
    assert kept == title or (kept.endswith("…") and title.startswith(kept[:-1]))


def test_the_history_page_shows_each_note_in_the_readers_language(personas, bob):
    strategy = personas["strategy"]
    bob.post(f"/s/{strategy.pk}/step/goals/", {"version": "1"})
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.get(f"/s/{strategy.pk}/history/").content.decode()
    assert "Ziele &amp; Kennzahlen" in page
    assert '{"m"' not in page
