"""The strategy check: every rule fires on the fault it describes and stays quiet otherwise."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from factories import DEMOS, load_demo, make_strategy, strategy_data
from socialstrategy.core import process
from socialstrategy.core.checks import (
    RULES,
    Finding,
    RuleInfo,
    at,
    finding,
    load_rules,
    registered_codes,
    run_checks,
)
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy

DOCS = Path(__file__).parents[2] / "docs"
CORE_RULE_MODULES = {
    "socialstrategy.core.checks." + name
    for name in (
        "structure",
        "organisation",
        "goals",
        "results_rules",
        "audiences",
        "platforms",
        "community",
        "mix",
        "resources",
        "guidelines",
        "content",
    )
}

Mutation = Callable[[dict[str, Any]], None]


@dataclass(frozen=True)
class Case:
    code: str
    situation: str
    mutate: Mutation
    path: str | None = None

    def strategy(self) -> Strategy:
        data = strategy_data()
        self.mutate(data)
        return Strategy.model_validate(data)


def _goal(data: dict[str, Any]) -> dict[str, Any]:
    return data["goals"][0]


def _kpi(data: dict[str, Any]) -> dict[str, Any]:
    return data["goals"][0]["kpis"][0]


def _linkedin(data: dict[str, Any]) -> dict[str, Any]:
    return data["platforms"][0]


def _member(data: dict[str, Any]) -> dict[str, Any]:
    return data["resources"]["team"][0]


def _second_goal(data: dict[str, Any]) -> None:
    data["goals"].append(
        {"id": "g2", "type": "recruiting", "statement": "Hire", "serves": ["o1"], "kpis": [dict(_kpi(data))]}
    )


def _du_section_in_a_sie_strategy(data: dict[str, Any]) -> None:
    data.update(language="de", community={**(data.get("community") or {}), "address": "sie"})
    data["guidelines"]["sections"][0].update(body="Du sprichst für uns.", customised=True)


TRIGGERS = [
    Case(
        "organisation-missing", "the organisation is missing", lambda d: d.pop("organisation"), "organisation"
    ),
    Case("strategy-untitled", "the title is empty", lambda d: d.update(title=""), "title"),
    Case(
        "unknown-sector",
        "the sector is not an agreed code",
        lambda d: d["organisation"].update(sector="bakery"),
        "organisation.sector",
    ),
    Case(
        "no-corporate-objectives",
        "there are no corporate objectives",
        lambda d: d.update(corporate_objectives=[]),
        "corporate_objectives",
    ),
    Case(
        "objective-without-deadline",
        "an objective has no due date",
        lambda d: d["corporate_objectives"][0].pop("due"),
        "corporate_objectives[0].due",
    ),
    Case(
        "objective-not-served",
        "no goal serves an objective",
        lambda d: d["corporate_objectives"].append({"id": "o2", "statement": "Hire", "due": "2027-12-31"}),
        "corporate_objectives[1]",
    ),
    Case(
        "no-principles",
        "the organisation has no principles",
        lambda d: d["organisation"].update(principles=[]),
        "organisation.principles",
    ),
    Case(
        "principle-not-referenced",
        "a principle is linked to nothing",
        lambda d: d["organisation"]["principles"][0].update(tone=[]),
        "organisation.principles[0]",
    ),
    Case(
        "principle-tone-not-used",
        "a principle asks for a tone the community lacks",
        lambda d: d["organisation"]["principles"][0].update(tone=["playful"]),
        "organisation.principles[0].tone[0]",
    ),
    Case(
        "few-platforms-compared",
        "only one platform was considered",
        lambda d: d.update(platforms=d["platforms"][:1]),
        "platforms",
    ),
    Case(
        "unknown-platform",
        "a platform id is unknown",
        lambda d: d["platforms"].append({"platform": "myspace", "status": "reject", "rationale": "Gone"}),
        "platforms[3].platform",
    ),
    Case(
        "unknown-format",
        "a format id is unknown",
        lambda d: _linkedin(d).update(formats=["hologram"]),
        "platforms[0].formats[0]",
    ),
    Case("no-goals", "there are no goals", lambda d: d.update(goals=[]), "goals"),
    Case(
        "goal-without-objective",
        "a goal serves no corporate objective",
        lambda d: _goal(d).update(serves=[]),
        "goals[0].serves",
    ),
    Case("goal-without-kpi", "a goal has no KPI", lambda d: _goal(d).update(kpis=[]), "goals[0].kpis"),
    Case(
        "kpi-without-target",
        "a KPI has no target",
        lambda d: _kpi(d).pop("target"),
        "goals[0].kpis[0].target",
    ),
    Case(
        "kpi-without-deadline",
        "a KPI has no deadline",
        lambda d: _kpi(d).pop("due"),
        "goals[0].kpis[0].due",
    ),
    Case(
        "kpi-without-baseline",
        "a KPI has no baseline",
        lambda d: _kpi(d).pop("baseline"),
        "goals[0].kpis[0].baseline",
    ),
    Case(
        "kpi-target-equals-baseline",
        "a KPI aims at its baseline",
        lambda d: _kpi(d).update(target=10),
        "goals[0].kpis[0].target",
    ),
    Case(
        "kpi-due-after-objective",
        "a KPI is due after its objective",
        lambda d: _kpi(d).update(due="2028-06-30"),
        "goals[0].kpis[0].due",
    ),
    Case(
        "kpi-platform-not-active",
        "a KPI is measured on a rejected platform",
        lambda d: _kpi(d).update(platform="tiktok"),
        "goals[0].kpis[0].platform",
    ),
    Case("goal-without-platform", "no platform pursues a goal", _second_goal, "goals[1]"),
    Case(
        "kpi-not-measurable",
        "the results cannot tell what a KPI measures",
        lambda d: _kpi(d).pop("measure"),
        "goals[0].kpis[0].measure",
    ),
    Case("no-audiences", "there are no audiences", lambda d: d.update(audiences=[]), "audiences"),
    Case(
        "audience-not-addressed",
        "no platform in use reaches an audience",
        lambda d: d["audiences"].append({"id": "students", "name": "Students", "age_min": 18, "age_max": 25}),
        "audiences[1]",
    ),
    Case(
        "audience-age-range",
        "an audience includes children under 13",
        lambda d: d["audiences"][0].update(age_min=10),
        "audiences[0].age_min",
    ),
    Case(
        "audience-without-age",
        "a consumer audience has no ages",
        lambda d: d["audiences"][0].update(kind="consumers", age_min=None, age_max=None),
        "audiences[0]",
    ),
    Case(
        "audience-without-roles",
        "a business audience names no roles",
        lambda d: d["audiences"][0].update(roles=[]),
        "audiences[0].roles",
    ),
    Case(
        "no-active-platform",
        "no platform is in use or test",
        lambda d: _linkedin(d).update(status="observe"),
        "platforms",
    ),
    Case(
        "platform-without-goal",
        "a platform in use serves no goal",
        lambda d: _linkedin(d).update(goals=[]),
        "platforms[0].goals",
    ),
    Case(
        "platform-without-audience",
        "a platform in use names no audience",
        lambda d: _linkedin(d).update(audiences=[]),
        "platforms[0].audiences",
    ),
    Case(
        "platform-without-rationale",
        "a decision gives no reason",
        lambda d: d["platforms"][1].pop("rationale"),
        "platforms[1].rationale",
    ),
    Case(
        "platform-without-cadence",
        "a platform in use has no posts per week",
        lambda d: _linkedin(d).pop("posts_per_week"),
        "platforms[0].posts_per_week",
    ),
    Case(
        "platform-without-formats",
        "a platform in use has no formats",
        lambda d: _linkedin(d).update(formats=[]),
        "platforms[0].formats",
    ),
    Case(
        "no-address-form",
        "a German strategy has not chosen du or Sie",
        lambda d: d.update(language="de"),
        "community.address",
    ),
    Case("no-tone", "no tone is described", lambda d: d["community"].update(tone=[]), "community.tone"),
    Case(
        "no-response-time",
        "no response time is set",
        lambda d: d["community"].pop("response_time_hours"),
        "community.response_time_hours",
    ),
    Case(
        "no-netiquette",
        "there is no netiquette",
        lambda d: d["community"].pop("netiquette"),
        "community.netiquette",
    ),
    Case(
        "no-emoji-policy",
        "the emoji policy is open",
        lambda d: d["community"].pop("emoji_policy"),
        "community.emoji_policy",
    ),
    Case(
        "no-marketing-mix", "the marketing mix is missing", lambda d: d.pop("marketing_mix"), "marketing_mix"
    ),
    Case(
        "mix-element-missing",
        "the price is left out of the mix",
        lambda d: d["marketing_mix"].pop("price"),
        "marketing_mix.price",
    ),
    Case(
        "mix-element-without-social-role",
        "a mix element has no social role",
        lambda d: d["marketing_mix"]["price"].update(social_role=None),
        "marketing_mix.price.social_role",
    ),
    Case(
        "event-end-before-start",
        "an event ends before it starts",
        lambda d: d["marketing_mix"].update(
            events=[{"date": "2027-02-10", "end": "2027-02-01", "title": "Fair"}]
        ),
        "marketing_mix.events[0].end",
    ),
    Case(
        "event-without-content",
        "an event in the calendar period has no post around it",
        lambda d: (
            d["marketing_mix"].update(events=[{"id": "fair", "date": "2027-02-10", "title": "Fair"}]),
            d["content"]["calendar"].append(dict(d["content"]["calendar"][0], date="2027-03-01")),
        ),
        "marketing_mix.events[0]",
    ),
    Case(
        "no-team-hours", "nobody has hours", lambda d: _member(d).update(hours_per_week=0), "resources.team"
    ),
    Case(
        "capacity-exceeded",
        "the posts need more hours than the team has",
        lambda d: _linkedin(d).update(posts_per_week=10),
        "resources.team",
    ),
    Case(
        "capacity-tight",
        "the posts use more than 90 percent of the hours",
        lambda d: _linkedin(d).update(posts_per_week=4.5),
        "resources.team",
    ),
    Case(
        "unknown-competence",
        "a competence id is unknown",
        lambda d: _member(d).update(competences={"juggling": 3}),
        "resources.team[0].competences.juggling",
    ),
    Case("no-budget", "there is no budget", lambda d: d["resources"].update(budget=[]), "resources.budget"),
    Case(
        "mixed-currencies",
        "the budget mixes currencies",
        lambda d: d["resources"]["budget"].append(
            {"category": "tools", "monthly_amount": 10, "currency": "EUR"}
        ),
        "resources.budget",
    ),
    Case("no-tools", "no tools are listed", lambda d: d["resources"].update(tools=[]), "resources.tools"),
    Case(
        "no-guidelines",
        "there are no guideline sections",
        lambda d: d["guidelines"].update(sections=[]),
        "guidelines.sections",
    ),
    Case(
        "empty-guideline-section",
        "a guideline section has no text",
        lambda d: d["guidelines"]["sections"][0].update(body=""),
        "guidelines.sections[0].body",
    ),
    Case(
        "section-in-other-address",
        "a guideline section the user wrote in du while the employees are addressed as Sie",
        lambda d: _du_section_in_a_sie_strategy(d),
        "guidelines.sections[0].body",
    ),
    Case(
        "no-spokesperson",
        "nobody speaks for the company",
        lambda d: d["guidelines"].update(spokespeople=[]),
        "guidelines.spokespeople",
    ),
    Case(
        "no-crisis-contact",
        "the crisis playbook has no contact",
        lambda d: d["crisis"].update(contacts=[]),
        "crisis.contacts",
    ),
    Case(
        "crisis-contact-unreachable",
        "a crisis contact has no phone or e-mail",
        lambda d: d["crisis"]["contacts"][0].pop("phone"),
        "crisis.contacts[0]",
    ),
    Case(
        "no-crisis-levels",
        "the crisis playbook has no levels",
        lambda d: d["crisis"].update(levels=[]),
        "crisis.levels",
    ),
    Case(
        "crisis-level-without-responsible",
        "a crisis level has nobody responsible",
        lambda d: d["crisis"]["levels"][0].pop("responsible"),
        "crisis.levels[0].responsible",
    ),
    Case(
        "no-pillars",
        "there are no content pillars",
        lambda d: d["content"].update(pillars=[]),
        "content.pillars",
    ),
    Case(
        "pillar-shares-not-100",
        "pillar shares add up to 80",
        lambda d: d["content"]["pillars"][0].update(share=80),
        "content.pillars",
    ),
    Case(
        "pillar-without-goal",
        "a pillar serves no goal",
        lambda d: d["content"]["pillars"][0].update(goals=[]),
        "content.pillars[0].goals",
    ),
    Case(
        "goal-without-pillar",
        "no pillar works towards a goal",
        lambda d: d["content"]["pillars"][0].update(goals=[]),
        "goals[0]",
    ),
    Case(
        "calendar-platform-not-active",
        "a post is planned on a rejected platform",
        lambda d: d["content"]["calendar"][0].update(platform="tiktok"),
        "content.calendar[0].platform",
    ),
    Case(
        "calendar-format-not-chosen",
        "a post uses a format the platform does not list",
        lambda d: d["content"]["calendar"][0].update(format="video"),
        "content.calendar[0].format",
    ),
    Case(
        "calendar-empty",
        "the editorial calendar is empty",
        lambda d: d["content"].update(calendar=[]),
        "content.calendar",
    ),
    Case(
        "duplicate-id",
        "two goals share an id",
        lambda d: d["goals"].append(dict(_goal(d))),
        "goals[1]",
    ),
    Case(
        "dangling-reference",
        "a goal serves an objective that does not exist",
        lambda d: _goal(d).update(serves=["o9"]),
        "goals[0].serves[0]",
    ),
]

NEAR_MISSES = [
    Case("no-address-form", "an English strategy has no du or Sie", lambda d: d.update(language="en")),
    Case(
        "no-address-form",
        "a German strategy chose du",
        lambda d: (d.update(language="de"), d["community"].update(address="du")),
    ),
    Case(
        "capacity-exceeded",
        "the posts need exactly the team's hours",
        lambda d: _linkedin(d).update(posts_per_week=5),
    ),
    Case(
        "capacity-exceeded",
        "the team's own effort figure makes the posts fit",
        lambda d: (
            _linkedin(d).update(posts_per_week=10),
            d["resources"].update(effort=[{"platform": "linkedin", "hours_per_post": 0.25}]),
        ),
    ),
    Case(
        "pillar-shares-not-100",
        "pillar shares round to 100",
        lambda d: d["content"].update(
            pillars=[
                {"id": p, "name": p, "goals": ["g1"], "share": s}
                for p, s in (("a", 33.3), ("b", 33.3), ("c", 33.3))
            ]
        ),
    ),
    Case(
        "pillar-shares-not-100",
        "pillars have no shares at all",
        lambda d: d["content"]["pillars"][0].pop("share"),
    ),
    Case("audience-age-range", "an audience starts at 13", lambda d: d["audiences"][0].update(age_min=13)),
    Case(
        "kpi-due-after-objective",
        "a KPI is due on the objective's deadline",
        lambda d: _kpi(d).update(due="2027-12-31"),
    ),
    Case(
        "event-without-content",
        "an event lies outside the calendar period",
        lambda d: d["marketing_mix"].update(events=[{"id": "fair", "date": "2027-06-01", "title": "Fair"}]),
    ),
    Case(
        "event-without-content",
        "an event in the calendar period has a post",
        lambda d: (
            d["marketing_mix"].update(events=[{"id": "fair", "date": "2027-01-11", "title": "Fair"}]),
            d["content"]["calendar"][0].update(event="fair"),
        ),
    ),
    Case(
        "calendar-platform-not-active",
        "a cancelled post stays on a rejected platform",
        lambda d: d["content"]["calendar"][0].update(platform="tiktok", status="cancelled"),
    ),
    Case(
        "audience-not-addressed",
        "an audience is reached by a platform under test",
        lambda d: (
            d["audiences"].append({"id": "students", "name": "Students", "age_min": 18, "age_max": 25}),
            d["platforms"][1].update(status="test", audiences=["students"], goals=["g1"], posts_per_week=0),
        ),
    ),
    Case(
        "platform-without-goal",
        "a rejected platform has no goals",
        lambda d: d["platforms"][1].update(goals=[]),
    ),
    Case(
        "mix-element-missing",
        "the whole mix is missing (another finding says so)",
        lambda d: d.pop("marketing_mix"),
    ),
    Case(
        "crisis-contact-unreachable",
        "the contact's team member has a phone",
        lambda d: (d["crisis"]["contacts"][0].pop("phone"), _member(d).update(phone="+44 1")),
    ),
    Case(
        "dangling-reference",
        "calendar entries leave their optional references empty",
        lambda d: d["content"]["calendar"][0].update(pillar=None, goal=None, owner=None),
    ),
    Case(
        "duplicate-id",
        "calendar entries have no ids",
        lambda d: d["content"]["calendar"].append(dict(d["content"]["calendar"][0])),
    ),
]


def _codes(strategy: Strategy) -> list[str]:
    return [item.code for item in run_checks(strategy)]


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda case: f"{case.code} when {case.situation}")
def test_the_rule_fires_when(case: Case) -> None:
    findings = [item for item in run_checks(case.strategy()) if item.code == case.code]
    assert findings, f"{case.code} did not fire"
    assert case.path in {item.path for item in findings}


@pytest.mark.parametrize("case", NEAR_MISSES, ids=lambda case: f"{case.code} not when {case.situation}")
def test_the_rule_stays_quiet_when(case: Case) -> None:
    assert case.code not in _codes(case.strategy())


def test_the_small_complete_strategy_has_no_findings() -> None:
    assert run_checks(make_strategy()) == []


@pytest.mark.parametrize("name", DEMOS)
def test_the_demo_passes_the_check_without_errors(name: str) -> None:
    findings = run_checks(load_demo(name))
    assert [f for f in findings if f.severity == "error"] == []


@pytest.mark.parametrize("name", DEMOS)
def test_the_demo_has_no_warnings_either(name: str) -> None:
    assert [(f.code, f.path) for f in run_checks(load_demo(name)) if f.severity == "warning"] == []


def _core_codes() -> list[str]:
    load_rules()
    return [info.code for info in RULES if info.function.__module__ in CORE_RULE_MODULES]


def test_every_core_rule_has_a_case_that_triggers_it() -> None:
    assert set(_core_codes()) == {case.code for case in TRIGGERS}


def test_codes_are_unique_and_steps_are_workshop_steps() -> None:
    codes = registered_codes()
    assert len(codes) == len(set(codes))
    assert {info.step for info in RULES} <= set(process.STEP_IDS)


def test_every_step_has_at_least_one_rule() -> None:
    load_rules()
    assert {info.step for info in RULES} == set(process.STEP_IDS)


def test_every_registered_code_is_documented() -> None:
    docs = "\n".join(path.read_text(encoding="utf-8") for path in DOCS.glob("*.md"))
    undocumented = [code for code in registered_codes() if f"### `{code}`" not in docs]
    assert undocumented == []


@pytest.mark.parametrize("case", TRIGGERS, ids=lambda case: case.code)
def test_every_message_and_hint_reads_in_german(case: Case) -> None:
    for item in run_checks(case.strategy()):
        german, english = item.as_dict("de"), item.as_dict("en")
        assert german["message"] != english["message"], english["message"]
        assert german["hint"] != english["hint"] or not english["hint"], english["hint"]
        assert "{" not in german["message"] + german["hint"]


def test_every_step_label_reads_in_german() -> None:
    from socialstrategy.core.i18n import translate

    assert all(translate(step.label, "de") != step.label for step in process.STEPS)


def test_findings_are_sorted_by_severity_then_by_natural_path() -> None:
    data = strategy_data()
    data["goals"] = [
        {"id": f"g{i}", "type": "sales", "statement": "Sell", "serves": [] if i in (2, 10) else ["o1"]}
        for i in range(12)
    ]
    findings = run_checks(Strategy.model_validate(data))
    severities = [item.severity for item in findings]
    assert severities == sorted(severities, key=["error", "warning", "info"].index)
    objectiveless = [item.path for item in findings if item.code == "goal-without-objective"]
    assert objectiveless == ["goals[2].serves", "goals[10].serves"]


def test_a_dangling_reference_belongs_to_the_step_where_it_is_fixed() -> None:
    case = next(case for case in TRIGGERS if case.code == "dangling-reference")
    [item] = [f for f in run_checks(case.strategy()) if f.code == "dangling-reference"]
    assert item.step == "goals"
    assert "o9" in item.translated_message("en")
    assert "o1" in item.translated_hint("en")


def test_numbers_in_messages_are_written_the_way_the_reader_writes_them() -> None:
    item = finding("x", "error", "resources.team", "{demand} hours", demand=12.5)
    assert item.translated_message("en") == "12.5 hours"
    assert item.translated_message("de") == "12,5 hours"


def test_the_json_shape_of_a_finding() -> None:
    item = Finding(
        "goal-without-objective",
        "error",
        "goals[0].serves",
        Message("Goal {id}", {"id": "g1"}),
        Message("Fix"),
        "goals",
    )
    assert item.as_dict() == {
        "code": "goal-without-objective",
        "severity": "error",
        "path": "goals[0].serves",
        "message": "Goal g1",
        "hint": "Fix",
        "step": "goals",
    }


@pytest.mark.parametrize(
    ("path", "step"),
    [
        ("goals[2].serves[0]", "goals"),
        ("crisis.levels[0]", "guidelines"),
        ("title", "organisation"),
        ("x", "review"),
    ],
)
def test_a_path_maps_to_its_workshop_step(path: str, step: str) -> None:
    assert process.step_for_path(path).identifier == step


def test_a_rule_cannot_claim_an_unknown_step() -> None:
    from socialstrategy.core.checks import rule

    with pytest.raises(ValueError, match="unknown workshop step"):
        rule("some-code", "breakfast")


def test_a_crashing_rule_becomes_a_finding_and_the_other_rules_still_run() -> None:
    from socialstrategy.core.checks import RuleInfo

    def crash(strategy: Strategy) -> list[Finding]:
        raise KeyError("boom")

    RULES.append(RuleInfo("test-crash", "review", crash))
    try:
        strategy = make_strategy(title="")
        findings = run_checks(strategy)
    finally:
        RULES.pop()
    codes = [item.code for item in findings]
    assert "strategy-untitled" in codes
    [failed] = [item for item in findings if item.code == "rule-failed"]
    assert "test-crash" in failed.translated_message("en")
    assert "konnte nicht laufen" in failed.translated_message("de")


def _findings_of_demos_and_cases() -> list[Finding]:
    strategies = [load_demo(name) for name in DEMOS] + [case.strategy() for case in TRIGGERS]
    return [item for strategy in strategies for item in run_checks(strategy)]


def test_every_finding_is_filed_under_the_step_that_owns_its_path() -> None:
    findings = [item for item in _findings_of_demos_and_cases() if item.path]
    assert len(findings) >= len(TRIGGERS)
    misfiled = [
        (item.code, item.path, item.step)
        for item in findings
        if item.step != process.step_for_path(item.path).identifier
    ]
    assert misfiled == []


def _with_rule(info: Any, strategy: Strategy) -> list[Finding]:
    RULES.append(info)
    try:
        return [item for item in run_checks(strategy) if item.code == info.code]
    finally:
        RULES.pop()


def test_a_finding_that_names_no_field_goes_to_the_step_of_its_rule() -> None:
    from socialstrategy.core.checks import RuleInfo

    info = RuleInfo("test-pathless", "goals", lambda strategy: [finding("", "info", "", "Nothing to see")])
    [item] = _with_rule(info, make_strategy())
    assert item.step == "goals"


def test_a_finding_filed_under_another_step_is_moved_to_the_step_of_its_path() -> None:
    from socialstrategy.core.checks import RuleInfo

    def misfiled(strategy: Strategy) -> list[Finding]:
        return [Finding("test-misfiled", "info", "resources.team[0]", Message("Here"), step="content")]

    [item] = _with_rule(RuleInfo("test-misfiled", "review", misfiled), make_strategy())
    assert item.step == "resources"


def test_a_finding_reads_in_the_informal_address_when_asked() -> None:
    item = finding("x", "info", "", "{reason} Your team has {hours} h a week.", reason="", hours=4.5)
    assert item.translated_message("de").strip() == "Das Team hat 4,5\u202fStd. pro Woche."
    assert item.translated_message("de", "du").strip() == "Dein Team hat 4,5 Stunden pro Woche."
    assert item.as_dict("de", "du")["message"].strip() == "Dein Team hat 4,5 Stunden pro Woche."


def test_numbers_in_findings_keep_one_decimal() -> None:
    item = finding("x", "info", "", "every {gap} hours", gap=20 / 3)
    assert item.translated_message("en") == "every 6.7 hours"
    assert item.translated_message("de") == "every 6,7 hours"
    assert item.params == {"gap": 6.7}


def test_a_rule_that_declares_its_finding_reports_it_at_each_place():
    info = RuleInfo(
        "demo-rule", "goals", lambda strategy: [], severity="warning", message="Goal {id} lacks a KPI."
    )
    found = info.finding_at(at("goals[2].kpis", id="g3"))
    assert (found.code, found.severity, found.path) == ("demo-rule", "warning", "goals[2].kpis")
    assert found.translated_message("en") == "Goal g3 lacks a KPI."


def test_a_place_from_a_rule_without_a_declared_finding_is_a_bug():
    with pytest.raises(TypeError, match="declares no finding"):
        RuleInfo("demo-rule", "goals", lambda strategy: []).finding_at(at("goals"))
