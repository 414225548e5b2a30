"""Revision notes are core messages, stored as data and read in the language of the reader."""

from __future__ import annotations

import importlib
from types import SimpleNamespace

import pytest
from django.utils import translation
from django.utils.translation import gettext_lazy
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.web.strategies import notes

convert_note = importlib.import_module(
    "socialstrategy.web.strategies.migrations.0004_revision_message"
).convert_note


def _in(language: str, note: Message) -> str:
    """The note as the history shows it after storing and reading it back."""
    with translation.override(language):
        return notes.describe(SimpleNamespace(message=note.to_data(), note=""))


def test_a_step_saved_in_english_reads_in_german_in_the_german_history():
    with translation.override("en"):
        note = notes.record("{step}", step=notes.step_name("goals"))
    assert _in("en", note) == "Goals & KPIs"
    assert _in("de", note) == "Ziele & Kennzahlen"


def test_a_removal_saved_in_german_reads_in_english_and_keeps_what_was_typed():
    with translation.override("de"):
        goal = gettext_lazy("Goal")
        note = notes.record(N_("Removed {item}: {title}"), item=goal, title="Mehr Stammgäste")
    assert _in("en", note) == "Removed Goal: Mehr Stammgäste"
    assert _in("de", note) == "Ziel entfernt: Mehr Stammgäste"


def test_notes_from_before_are_shown_as_they_were():
    with translation.override("de"):
        assert notes.describe(SimpleNamespace(message=None, note="Organisation & corporate strategy")) == (
            "Organisation & corporate strategy"
        )


@given(st.text(max_size=400))
def test_a_note_reads_back_with_what_was_typed_in_english_and_german(title):
    note = notes.record(N_("Calendar: {title}"), title=title)
    stored = title.replace("\x00", "")  # PostgreSQL cannot store NUL
    assert _in("en", note) == f"Calendar: {stored}"
    assert _in("de", note) == f"Redaktionsplan: {stored}"


def test_the_migration_turns_an_old_note_into_a_message_with_its_names_as_messages():
    old = '{"m": "Removed %(item)s: %(title)s", "v": {"item": "goal", "title": "50% {more}"}, "t": ["item"]}'
    message = Message.from_data(convert_note(old))
    assert message.template == "Removed {item}: {title}"
    assert message.params == {"item": Message("goal"), "title": "50% {more}"}
    assert _in("de", message) == "Ziel entfernt: 50% {more}"


def test_the_migration_escapes_braces_and_percent_signs_of_an_old_template():
    old = '{"m": "{x} 100%% %(step)s", "v": {"step": "Goals & KPIs"}, "t": ["step"]}'
    assert convert_note(old) == {
        "template": "{{x}} 100% {step}",
        "params": {"step": {"message": {"template": "Goals & KPIs", "params": {}}}},
    }


@pytest.mark.parametrize(
    "old", ["Organisation & corporate strategy", '{"m": "broken', '{"m": 1, "v": {}, "t": []}']
)
def test_the_migration_leaves_plain_text_and_broken_notes_as_they_are(old):
    assert convert_note(old) is None


def test_the_history_page_shows_each_note_in_the_readers_language(personas, bob):
    strategy = personas["strategy"]
    bob.post(f"/s/{strategy.pk}/step/goals/", {"version": "1"})
    english = bob.get(f"/s/{strategy.pk}/history/").content.decode()
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    german = bob.get(f"/s/{strategy.pk}/history/").content.decode()
    assert "Goals &amp; KPIs" in english
    assert "Ziele &amp; Kennzahlen" in german
    assert "template" not in german
