"""The voice model and the detector of German forms of address."""

from socialstrategy.core.demos import load_demo
from socialstrategy.core.voice import Voice, address_forms, is_written_in_other_form


def test_a_voice_in_german_informal_uses_the_du_templates() -> None:
    assert Voice("company", "employees", "de", "du").variant == "de-du"
    assert Voice("tool", "user", "de", "sie").variant == "de-sie"
    assert Voice("tool", "user", "en", None).variant == "en"


def test_the_detector_finds_the_du_section_inside_a_sie_document_from_issue_12() -> None:
    assert is_written_in_other_form("Du sprichst in unseren Kanälen für das Unternehmen.", "sie")
    assert not is_written_in_other_form("Ihre privaten Accounts gehören Ihnen.", "sie")


def test_a_capital_sie_at_the_start_of_a_sentence_may_mean_they_and_is_not_counted() -> None:
    assert address_forms("Firmenaccounts sind geschäftlich. Sie gehören dem Unternehmen.").form is None


def test_the_bakery_guidelines_written_in_du_are_found_when_the_community_is_addressed_as_sie() -> None:
    bakery = load_demo("bakery")
    assert bakery.guidelines is not None
    customised = [s for s in bakery.guidelines.sections if s.customised]
    assert customised
    assert any(is_written_in_other_form(s.body, "sie") for s in customised)
