"""The one message type: a template with parameters, rendered for whoever reads it."""

from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.message import Message, Quantity, render_value

CRASHED = "The check “{rule}” could not run: {error}"
TEAM = "{reason} Your team has {hours} h a week."


def test_it_renders_its_template_with_the_parameters_in_english() -> None:
    assert Message("{count} findings", {"count": 3}).render("en") == "3 findings"
    assert str(Message(CRASHED, {"rule": "x", "error": "boom"})) == "The check “x” could not run: boom"


def test_it_renders_the_german_translation_of_its_template() -> None:
    german = Message(CRASHED, {"rule": "x", "error": "boom"}).render("de")
    assert german == "Die Prüfung „x“ konnte nicht laufen: boom"


@pytest.mark.parametrize(
    ("language", "value", "text"),
    [
        ("en", 12.5, "12.5"),
        ("de", 12.5, "12,5"),
        ("de", 1234.5, "1.234,5"),
        ("de", 4.0, "4"),
        ("de", 2027, "2027"),
    ],
)
def test_it_writes_numbers_the_way_the_reader_writes_them(language: str, value: float, text: str) -> None:
    assert Message("{n}", {"n": value}).render(language) == text


def test_the_informal_address_uses_the_du_variant_of_the_template() -> None:
    message = Message(TEAM, {"reason": "Fine.", "hours": 4})
    assert message.render("de") == "Fine. Das Team hat 4\u202fStd. pro Woche."
    assert message.render("de", "sie") == "Fine. Das Team hat 4\u202fStd. pro Woche."
    assert message.render("de", "du") == "Fine. Dein Team hat 4 Stunden pro Woche."


def test_the_informal_address_falls_back_to_the_formal_text_without_a_du_variant() -> None:
    message = Message(CRASHED, {"rule": "x", "error": "boom"})
    assert message.render("de", "du") == message.render("de")


def test_an_english_reader_gets_the_template_in_either_address() -> None:
    assert Message(TEAM, {"reason": "", "hours": 4}).render("en", "du") == " Your team has 4 h a week."


def test_a_nested_message_renders_in_the_language_and_address_of_its_parent() -> None:
    inner = Message(TEAM, {"reason": "", "hours": 2.5})
    outer = Message("Note: {inner}", {"inner": inner})
    assert outer.render("de", "du") == "Note:  Dein Team hat 2,5 Stunden pro Woche."


def test_lists_are_joined_and_missing_values_left_empty() -> None:
    assert render_value(["a", 1.5, "b"], "de") == "a, 1,5, b"
    assert Message("[{x}]", {"x": None}).render("en") == "[]"


def test_stored_data_is_plain_json() -> None:
    message = Message("Goal {id}", {"id": "g1", "inner": Message("x")}, context="du")
    data = message.to_data()
    assert data == {
        "template": "Goal {id}",
        "params": {"id": "g1", "inner": {"message": {"template": "x", "params": {}}}},
        "context": "du",
    }
    assert json.loads(json.dumps(data)) == data


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"template": 3},
        {"template": "x", "params": []},
        {"template": "x", "context": 1},
        {"template": "x", "params": {"p": {"other": 1}}},
        {"template": "x", "params": {"p": {"message": "x"}}},
        {"template": "x", "params": {"p": {"quantity": "2", "unit": "hours"}}},
        {"template": "x", "params": {"p": {"quantity": 2, "unit": "parsecs"}}},
        {"template": "x", "params": {"p": {"quantity": True, "unit": "hours"}}},
    ],
)
def test_it_refuses_data_that_is_not_a_stored_message(data: dict[str, object]) -> None:
    with pytest.raises(ValueError):
        Message.from_data(data)


def test_it_refuses_to_store_a_parameter_it_cannot_read_back() -> None:
    with pytest.raises(TypeError):
        Message("{when}", {"when": object()}).to_data()


@pytest.mark.parametrize(
    ("value", "language", "text"),
    [
        (1, "de", "1\u00a0Stunde"),
        (1.5, "de", "1,5\u00a0Stunden"),
        (2, "de", "2\u00a0Stunden"),
        (1, "en", "1\u00a0hour"),
        (2.5, "en", "2.5\u00a0hours"),
        (1234.5, "de", "1.234,5\u00a0Stunden"),
    ],
)
def test_a_quantity_agrees_with_its_number_and_never_breaks_from_its_unit(
    value: float, language: str, text: str
) -> None:
    assert Quantity(value, "hours").render(language) == text


_QUANTITIES = st.builds(Quantity, st.floats(min_value=0, max_value=1e6), st.sampled_from(["hours", "weeks"]))
_SCALARS = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text()
_NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz_", min_size=1, max_size=8)


def _messages(params: st.SearchStrategy[object]) -> st.SearchStrategy[Message]:
    return st.builds(
        Message,
        template=st.text(),
        params=st.dictionaries(_NAMES, params, max_size=4),
        context=st.none() | st.text(min_size=1),
    )


_PARAMS = st.recursive(
    _SCALARS | _QUANTITIES, lambda inner: st.lists(inner, max_size=3) | _messages(inner), max_leaves=8
)


@given(_messages(_PARAMS))
def test_a_stored_message_reads_back_as_the_same_message(message: Message) -> None:
    data = json.loads(json.dumps(message.to_data()))
    assert Message.from_data(data) == message
