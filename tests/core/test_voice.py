"""The voice model and the detector of German forms of address."""

from socialstrategy.core.demos import load_demo
from socialstrategy.core.recommend import recommend
from socialstrategy.core.render.markdown import render_markdown
from socialstrategy.core.texts import render_guidelines
from socialstrategy.core.voice import (
    FAMILY_VOICES,
    Voice,
    address_forms,
    community_voice,
    employee_voice,
    is_written_in_other_form,
    paper_voice,
    user_voice,
)


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


def test_every_text_family_knows_its_voice() -> None:
    bakery = load_demo("bakery")
    assert set(FAMILY_VOICES) == {
        "tone guide",
        "guidelines",
        "crisis playbook",
        "check findings",
        "recommendation reasons",
        "planning output",
        "strategy paper",
    }
    assert community_voice(bakery) == Voice("company", "community", "de", "du")
    assert user_voice("de") == Voice("tool", "user", "de", "sie")
    assert user_voice("en", "du").address is None
    assert paper_voice("de").address is None


def test_the_employees_are_addressed_as_the_guidelines_say_else_as_the_community() -> None:
    bakery = load_demo("bakery")
    assert employee_voice(bakery).address == "du"
    assert bakery.guidelines is not None
    bakery.guidelines.address = "sie"
    assert employee_voice(bakery).address == "sie" and community_voice(bakery).address == "du"
    bakery.guidelines.sections = []
    guidelines = render_guidelines(bakery)
    assert "Ihre privaten Accounts gehören Ihnen" in guidelines
    assert not address_forms(guidelines).du


def test_the_recommendation_speaks_to_the_user_not_in_the_community_address() -> None:
    bakery = load_demo("bakery")  # the bakery says du to its community
    reasons = [r for p in recommend(bakery).as_dict("de")["platforms"] for r in p["reasons"]]
    text = "\n".join(reasons)
    assert "passend zum Ziel" in text
    assert not address_forms(text).du
    informal = recommend(bakery).as_dict("de", "du")["platforms"]
    assert "Machbarkeit mit deinen Stunden" in {c["label"] for p in informal for c in p["contributions"]}


def test_the_strategy_paper_speaks_of_the_goal_and_the_team_in_the_third_person() -> None:
    for name in ("bakery", "practice"):
        paper = render_markdown(load_demo(name), "de", "strategy")[2].decode()
        matrix = [line for line in paper.splitlines() if "empfohlen" in line]
        assert matrix, name
        assert not any(address_forms(line).du or address_forms(line).sie for line in matrix), name
        for phrase in ("deinem Ziel", "Ihrem Ziel", "deines Teams", "Ihres Teams"):
            assert phrase not in paper, (name, phrase)
