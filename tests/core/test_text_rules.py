"""Check rules of the texts topic, called directly (run_checks comes with the core issue)."""

import math

import pytest
from texts_fixtures import demo

from socialstrategy.core.checks import RULES
from socialstrategy.core.checks.text_rules import (
    longest_gap_hours,
    principle_contradiction,
    response_time_unreachable,
)
from socialstrategy.core.model import Guidelines, Principle, TextSection
from socialstrategy.core.texts import regenerate


def codes(findings):
    return [f.code for f in findings]


def test_the_rules_are_registered_under_their_codes_and_steps():
    registered = {(r.code, r.step) for r in RULES}
    assert {
        ("response-time-unreachable", "community"),
        ("principle-contradiction", "organisation"),
    } <= registered


def test_a_one_hour_target_with_three_hours_a_week_is_unreachable():
    findings = list(response_time_unreachable(demo("sensors")))
    assert codes(findings) == ["response-time-unreachable"]
    assert findings[0].params == {"target": "1", "hours": "3", "gap": "6.7", "platform": ""}


def test_a_day_with_five_hours_a_week_is_reachable():
    assert list(response_time_unreachable(demo("bakery"))) == []


def test_a_platform_target_is_checked_on_its_own():
    strategy = demo("bakery")
    strategy.community.response_times["instagram"] = 2
    findings = list(response_time_unreachable(strategy))
    assert [f.path for f in findings] == ["community.response_times.instagram"]


def test_any_target_is_unreachable_without_hours():
    strategy = demo("bakery")
    strategy.resources = None
    findings = list(response_time_unreachable(strategy))
    assert len(findings) == 2 and findings[0].params["gap"] == "∞"


@pytest.mark.parametrize(("hours", "gap"), [(0, math.inf), (1, 20), (3, 40 / 6), (20, 1), (40, 0.5)])
def test_the_gap_between_sessions_shrinks_with_more_hours(hours, gap):
    assert longest_gap_hours(hours) == pytest.approx(gap)


def test_transparency_without_a_disclosure_rule_is_a_contradiction():
    strategy = demo("sensors")
    strategy.organisation.principles = strategy.organisation.principles[:1]
    assert codes(principle_contradiction(strategy)) == ["principle-contradiction"]
    assert list(principle_contradiction(regenerate(strategy))) == []


def test_a_customised_guideline_without_disclosure_brings_the_contradiction_back():
    strategy = demo("sensors")
    strategy.organisation.principles = strategy.organisation.principles[:1]
    strategy.guidelines = Guidelines(
        sections=[TextSection(key="private_use", title="Private use", body="Be nice.", customised=True)]
    )
    assert list(principle_contradiction(strategy))
    strategy.guidelines.sections[0].body = "Always disclose that you work for us."
    assert list(principle_contradiction(strategy)) == []


@pytest.mark.parametrize(
    ("statement", "message_part"),
    [
        ("Wir handeln nachhaltig.", "not served by any goal"),
        ("We are a regional company.", "not served by any goal"),
        ("Wir sind kundenorientiert.", "response time"),
        ("Respekt für alle.", "netiquette"),
        ("Datenschutz ist uns heilig.", "data protection"),
        ("Ehrlichkeit zuerst.", "disclosing"),
    ],
)
def test_principles_in_either_language_are_checked(statement, message_part):
    strategy = demo("bakery")
    strategy.community = None
    strategy.organisation.principles = [Principle(id="p", statement=statement)]
    findings = list(principle_contradiction(strategy))
    assert any(message_part in f.message for f in findings)


def test_a_principle_without_keywords_contradicts_nothing():
    strategy = demo("bakery")
    strategy.organisation.principles = [Principle(id="p", statement="Wir backen jeden Tag.")]
    assert list(principle_contradiction(strategy)) == []


def test_findings_translate_into_german():
    finding = next(iter(response_time_unreachable(demo("sensors"))))
    german = finding.as_dict("de")
    assert (
        german["message"]
        == "Eine Antwortzeit von 1 Std. ist mit 3 Std. pro Woche für Social Media nicht zu schaffen."
    )
    assert "6.7" in german["hint"] or "6,7" in german["hint"]


def test_every_message_of_the_rules_has_a_german_translation():
    from socialstrategy.core.checks import text_rules
    from socialstrategy.core.i18n import translate

    messages = [m for pair in text_rules._MESSAGES.values() for m in pair]
    for finding in response_time_unreachable(demo("sensors")):
        messages += [finding.message, finding.hint]
    for message in messages:
        assert translate(message, "de") != message, message
