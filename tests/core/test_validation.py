import pytest
from pydantic import ValidationError

from socialstrategy.core.model import Strategy
from socialstrategy.core.validation import COUNTRY_CODE, english_message, validation_message


def test_it_offers_the_choices_joined_with_the_readers_or():
    item = {"type": "literal_error", "loc": ("kind",), "msg": "", "ctx": {"expected": "'a' or 'b'"}}
    assert validation_message(item).render("en") == "Input should be 'a' or 'b'"
    assert "'a' oder 'b'" in validation_message(item).render("de")


def test_it_keeps_pydantics_english_for_a_model_value_error():
    item = {"type": "value_error", "loc": (), "msg": "Value error, budget is negative", "ctx": {}}
    assert english_message(item) == "budget is negative"


def test_it_words_an_error_for_a_form_field_where_the_form_has_its_own_words():
    item = {"type": "string_too_long", "loc": ("title",), "msg": "", "ctx": {"max_length": 200}}
    assert validation_message(item).render("en") == "String should have at most 200 characters"
    assert validation_message(item, form=True).render("en") == "Keep it under 200 characters."
    assert validation_message(item, form=True).render("de") == "Bitte höchstens 200 Zeichen."


def test_it_keeps_the_files_words_for_a_form_where_the_form_has_none():
    item = {"type": "bool_type", "loc": ("x",), "msg": "", "ctx": {}}
    assert validation_message(item, form=True) == validation_message(item)


def test_it_finds_a_model_validators_text_by_its_error_type_not_by_its_english():
    with pytest.raises(ValidationError) as raised:
        Strategy.model_validate({"schema_version": 1, "organisation": {"name": "x", "country": "DE-X"}})
    (item,) = raised.value.errors()
    assert item["type"] == COUNTRY_CODE
    assert english_message(item) == "must be a two-letter ISO 3166-1 country code such as DE, AT, CH or US"
    assert validation_message(item, form=True).render("de") == (
        "Bitte einen zweistelligen Ländercode verwenden, z. B. DE, AT, CH oder US."
    )
