"""Identifiers made from names: readable ASCII, unique in their list, never empty."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.identifiers import MAX_LENGTH, identifier_from, slug
from socialstrategy.core.model import TeamMember


def test_german_names_are_spelled_out_in_ascii():
    assert slug("Mehr Selbstzahler für Präventionskurse") == "mehr-selbstzahler-fuer-praeventionskurse"
    assert slug("Jürgen Groß") == "juergen-gross"
    assert slug("Physiotherapeut:innen auf Jobsuche") == "physiotherapeut-innen-auf-jobsuche"
    assert slug("Café & Crème brûlée") == "cafe-creme-brulee"


def test_a_long_name_is_cut_after_a_whole_word():
    text = "Zwei neue Physiotherapeutinnen oder Physiotherapeuten bis Ende 2027 einstellen"
    assert slug(text) == "zwei-neue-physiotherapeutinnen-oder"


def test_a_taken_identifier_gets_the_next_number():
    assert identifier_from("Anna", ["anna", "anna-2"], "member") == "anna-3"


def test_a_name_without_letters_falls_back_to_the_kind_of_item():
    assert identifier_from("🙂 !!", [], "goal") == "goal"
    assert identifier_from("", ["goal"], "goal") == "goal-2"


@given(st.text(max_size=200), st.lists(st.text(max_size=20), max_size=5))
def test_every_identifier_is_valid_in_the_model_and_unused(name, taken):
    identifier = identifier_from(name, taken, "member")
    assert identifier not in taken
    assert len(identifier) <= MAX_LENGTH + 4
    assert TeamMember(id=identifier, name="x").id == identifier
