from socialstrategy.core.validation import english_message, validation_message


def test_it_offers_the_choices_joined_with_the_readers_or():
    item = {"type": "literal_error", "loc": ("kind",), "msg": "", "ctx": {"expected": "'a' or 'b'"}}
    assert validation_message(item).render("en") == "Input should be 'a' or 'b'"
    assert "'a' oder 'b'" in validation_message(item).render("de")


def test_it_keeps_pydantics_english_for_a_model_value_error():
    item = {"type": "value_error", "loc": (), "msg": "Value error, budget is negative", "ctx": {}}
    assert english_message(item) == "budget is negative"
