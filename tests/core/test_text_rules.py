"""Check rules of the texts topic: response times the team can meet, principles kept."""

import math
import re
from pathlib import Path

import pytest
from texts_fixtures import demo, understaffed

from socialstrategy.core.checks import RULES, run_checks
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
    findings = list(response_time_unreachable(understaffed()))
    assert codes(findings) == ["response-time-unreachable"]
    assert findings[0].params == {"target": 1.0, "hours": 3.0, "gap": 6.7, "platform": ""}


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_the_demos_targets_are_reachable_with_their_teams_hours(name):
    assert list(response_time_unreachable(demo(name))) == []


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_the_demos_texts_pass_the_check_without_errors_or_warnings(name):
    findings = run_checks(demo(name))
    assert [f.code for f in findings if f.severity == "error"] == []
    ours = ("guidelines", "crisis", "community", "organisation.principles")
    assert [(f.code, f.path) for f in findings if f.path.startswith(ours) and f.severity != "info"] == []


def test_a_platform_target_is_checked_on_its_own():
    strategy = demo("bakery")  # 16 hours a week: someone looks in every 1.25 hours
    strategy.community.response_times["instagram"] = 1
    findings = list(response_time_unreachable(strategy))
    assert [f.path for f in findings] == ["community.response_times.instagram"]


def test_any_target_is_unreachable_without_hours():
    strategy = demo("bakery")
    strategy.resources = None
    findings = list(response_time_unreachable(strategy))
    assert len(findings) == 4 and all("gap" not in f.params for f in findings)
    assert all("nobody has hours" in f.translated_message("en") for f in findings)
    assert not any("∞" in f.translated_message("de") + f.translated_hint("de") for f in findings)


@pytest.mark.parametrize(("hours", "gap"), [(0, math.inf), (1, 20), (3, 40 / 6), (20, 1), (40, 0.5)])
def test_the_gap_between_sessions_shrinks_with_more_hours(hours, gap):
    assert longest_gap_hours(hours) == pytest.approx(gap)


TRANSPARENCY = Principle(id="open", statement="We are transparent about what our sensors can and cannot do.")


def test_transparency_without_a_disclosure_rule_is_a_contradiction():
    strategy = demo("sensors")
    strategy.organisation.principles = [TRANSPARENCY]
    strategy.guidelines = None
    assert codes(principle_contradiction(strategy)) == ["principle-contradiction"]
    assert list(principle_contradiction(regenerate(strategy))) == []


def test_a_customised_guideline_without_disclosure_brings_the_contradiction_back():
    strategy = demo("sensors")
    strategy.organisation.principles = [TRANSPARENCY]
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
    strategy.guidelines = None
    strategy.organisation.principles = [Principle(id="p", statement=statement)]
    findings = list(principle_contradiction(strategy))
    assert any(message_part in f.message.template for f in findings)


def test_a_principle_without_keywords_contradicts_nothing():
    strategy = demo("bakery")
    strategy.organisation.principles = [Principle(id="p", statement="Wir backen jeden Tag.")]
    assert list(principle_contradiction(strategy)) == []


def test_findings_translate_into_german_with_german_numbers():
    finding = next(iter(response_time_unreachable(understaffed())))
    german = finding.as_dict("de")
    assert (
        german["message"] == "Eine Antwortzeit von 1\u202fStd. ist mit 3\u202fStd. pro Woche "
        "für Social Media nicht zu schaffen."
    )
    assert "etwa alle 6,7 Arbeitsstunden" in german["hint"]
    assert "about every 6.7 business hours" in finding.as_dict("en")["hint"]


def test_half_hours_are_written_the_german_way():
    strategy = understaffed()
    strategy.community.response_time_hours = 1.5
    german = next(iter(response_time_unreachable(strategy))).as_dict("de")
    assert german["message"].startswith("Eine Antwortzeit von 1,5\u202fStd.")


def test_every_message_of_the_rules_has_a_german_translation():
    from socialstrategy.core.checks import text_rules
    from socialstrategy.core.i18n import translate

    messages = [m for pair in text_rules._MESSAGES.values() for m in pair]
    for finding in response_time_unreachable(understaffed()):
        assert finding.hint is not None
        messages += [finding.message.template, finding.hint.template]
    for message in messages:
        assert translate(message, "de") != message, message


def test_every_code_of_the_text_rules_is_documented_in_the_check_reference():
    from socialstrategy.core.checks import text_rules

    docs = (Path(__file__).parents[2] / "docs" / "checks.md").read_text(encoding="utf-8")
    documented = set(re.findall(r"^### `([a-z0-9-]+)`$", docs, re.M))
    own = {info.code for info in RULES if info.function.__module__ == text_rules.__name__}
    assert own == {"response-time-unreachable", "principle-contradiction"}
    assert own <= documented
