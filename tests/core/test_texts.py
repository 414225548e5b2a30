"""Generated texts: tone guide, guidelines and crisis playbook in every variant."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from texts_fixtures import VARIANTS, demo, in_variant

from socialstrategy.core.model import Crisis, CrisisLevel, Guidelines, Strategy, TextSection
from socialstrategy.core.texts import (
    CRISIS_KEYS,
    GUIDELINE_KEYS,
    LEVEL_IDS,
    build_tone_guide,
    edit_section,
    find_tone_attribute,
    merge_sections,
    regenerate,
    render_crisis,
    render_guidelines,
    render_tone_guide,
    reset_section,
)
from socialstrategy.core.texts.context import short_name

FORMAL = re.compile(r"\b(Sie|Ihnen|Ihr|Ihre|Ihrer|Ihren|Ihrem|Ihres)\b")
INFORMAL = re.compile(r"\b(du|dich|dir|dein|deine|deiner|deinen|deinem|deines)\b", re.IGNORECASE)


def all_texts(strategy: Strategy) -> str:
    return "\n".join([render_tone_guide(strategy), render_guidelines(strategy), render_crisis(strategy)])


@pytest.mark.parametrize("name", ["bakery", "sensors"])
@pytest.mark.parametrize("variant", VARIANTS)
def test_every_variant_renders_all_three_documents(name, variant):
    strategy = in_variant(demo(name), variant)
    assert strategy.text_variant() == variant
    text = all_texts(strategy)
    assert short_name(strategy.organisation.name) in text
    assert "{{" not in text and "{%" not in text


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_du_texts_never_address_anyone_formally(name):
    text = all_texts(in_variant(demo(name), "de-du"))
    assert FORMAL.findall(text) == []
    assert INFORMAL.search(text)


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_sie_texts_never_address_anyone_informally(name):
    text = all_texts(in_variant(demo(name), "de-sie"))
    assert INFORMAL.findall(text) == []
    assert FORMAL.search(text)


def test_english_texts_contain_no_german_address_forms():
    text = all_texts(in_variant(demo("sensors"), "en"))
    assert not FORMAL.search(text) and not INFORMAL.search(text)


def test_du_variant_uses_ihr_for_groups_only_when_asked():
    strategy = in_variant(demo("bakery"), "de-du")
    assert "danke euch" in render_tone_guide(strategy)
    strategy.community.use_ihr_for_groups = False
    assert "danke euch" not in render_tone_guide(strategy)
    assert "Danke dir" in render_tone_guide(strategy)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("herzlich", "warm"),
        ("Warm", "warm"),
        ("down to earth", "down_to_earth"),
        ("Sachlich", "factual"),
        ("mit badischem Augenzwinkern", None),
    ],
)
def test_tone_attributes_are_found_in_both_languages(name, expected):
    assert find_tone_attribute(name) == expected


def test_a_tone_word_in_the_texts_language_is_kept_and_one_in_the_other_language_translated():
    labels = {a.name: a.label for a in build_tone_guide(demo("bakery")).attributes}
    assert labels["nahbar"] == "nahbar"  # not replaced by the synonym "persönlich"
    english = {a.name: a.label for a in build_tone_guide(in_variant(demo("bakery"), "en")).attributes}
    assert english["nahbar"] == "personal" and english["herzlich"] == "warm"
    german = {a.name: a.label for a in build_tone_guide(in_variant(demo("sensors"), "de-sie")).attributes}
    assert german == {
        "precise": "präzise",
        "helpful": "hilfsbereit",
        "candid": "ehrlich",
        "plain-spoken": "klar",
    }


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_unknown_tone_attribute_gets_a_generic_pair_naming_it(variant):
    guide = build_tone_guide(in_variant(demo("bakery"), variant))
    custom = next(a for a in guide.attributes if a.name == "mit badischem Augenzwinkern")
    assert not custom.is_known
    assert "mit badischem Augenzwinkern" in custom.do and "mit badischem Augenzwinkern" in custom.dont
    known = next(a for a in guide.attributes if a.name == "herzlich")
    assert known.is_known and known.do != custom.do


@pytest.mark.parametrize("variant", VARIANTS)
def test_the_tone_guide_has_a_reply_for_each_typical_situation(variant):
    guide = build_tone_guide(in_variant(demo("bakery"), variant))
    assert [r.situation for r in guide.replies] == [
        "praise",
        "question",
        "complaint",
        "unfair_attack",
        "troll",
    ]
    assert all(r.title and r.comment and r.reply and r.note for r in guide.replies)


def test_emoji_policy_none_keeps_replies_free_of_emoji():
    guide = build_tone_guide(in_variant(demo("sensors"), "en"))
    assert not any("🙂" in r.reply for r in guide.replies)


def test_regeneration_creates_every_guideline_and_crisis_section():
    strategy = regenerate(in_variant(demo("bakery"), "de-sie"))
    assert [s.key for s in strategy.guidelines.sections] == list(GUIDELINE_KEYS)
    assert [s.key for s in strategy.crisis.sections] == list(CRISIS_KEYS)
    assert all(s.body and s.title and not s.customised for s in strategy.guidelines.sections)


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_the_demos_store_texts_under_the_generators_keys_and_level_ids(name):
    strategy = demo(name)
    guideline_keys = [s.key for s in strategy.guidelines.sections]
    assert set(GUIDELINE_KEYS) <= set(guideline_keys)
    assert [s.key for s in strategy.crisis.sections] == list(CRISIS_KEYS)
    assert [level.id for level in strategy.crisis.levels] == list(LEVEL_IDS)
    customised = [s for s in strategy.guidelines.sections + strategy.crisis.sections if s.customised]
    generated = [s for s in strategy.guidelines.sections + strategy.crisis.sections if not s.customised]
    assert customised and generated  # the demos show both kinds


@pytest.mark.parametrize("name", ["bakery", "sensors"])
def test_regenerating_a_demo_keeps_its_hand_written_sections_and_their_order(name):
    strategy = demo(name)
    regenerated = regenerate(strategy)
    assert [s.key for s in regenerated.guidelines.sections] == [s.key for s in strategy.guidelines.sections]
    for section in strategy.guidelines.sections + strategy.crisis.sections:
        if section.customised:
            assert section in regenerated.guidelines.sections + regenerated.crisis.sections
    assert regenerated.crisis.levels == strategy.crisis.levels


def test_regeneration_does_not_change_the_original_strategy():
    original = in_variant(demo("bakery"), "de-sie")
    before = original.model_copy(deep=True)
    regenerate(original)
    assert original == before
    assert original.guidelines.sections == [] and original.crisis is None


def test_a_customised_section_survives_regeneration_after_a_change():
    strategy = edit_section(
        regenerate(demo("bakery")), "guidelines", "legal", "Recht", "Unser Anwalt prüft alles."
    )
    strategy.organisation.name = "Bäckerei Mondkorn"
    strategy = regenerate(strategy)
    legal = next(s for s in strategy.guidelines.sections if s.key == "legal")
    assert (legal.title, legal.body, legal.customised) == ("Recht", "Unser Anwalt prüft alles.", True)
    private_use = next(s for s in strategy.guidelines.sections if s.key == "private_use")
    assert "Mondkorn" in private_use.body


def test_regeneration_adds_missing_sections_after_their_predecessor():
    strategy = demo("bakery")
    strategy.guidelines = Guidelines(
        sections=[
            TextSection(key="mine", title="Eigenes", body="x", customised=True),
            TextSection(key="tone", title="Ton", body="alt"),
        ]
    )
    keys = [s.key for s in regenerate(strategy).guidelines.sections]
    # the user's own section stays right before "tone"; the missing ones fill in around them
    assert keys == [*GUIDELINE_KEYS[:5], "mine", *GUIDELINE_KEYS[5:]]


def test_hand_written_sections_with_other_keys_are_kept_even_if_not_marked_customised():
    strategy = demo("bakery")
    own = TextSection(key="inhalte", title="Was wir zeigen", body="Backstube, Teig, Ofen.")
    strategy.guidelines = Guidelines(sections=[own])
    sections = regenerate(strategy).guidelines.sections
    assert own in sections and len(sections) == len(GUIDELINE_KEYS) + 1


def test_reset_section_puts_the_generated_text_back():
    strategy = demo("bakery")
    hand_written = next(s for s in strategy.crisis.sections if s.key == "review")
    assert hand_written.customised
    strategy = reset_section(strategy, "crisis", "review")
    review = next(s for s in strategy.crisis.sections if s.key == "review")
    assert not review.customised and review.body != hand_written.body
    fresh = demo("bakery")
    fresh.crisis.sections = []
    assert review == next(s for s in regenerate(fresh).crisis.sections if s.key == "review")


def test_editing_a_section_marks_it_customised():
    strategy = edit_section(demo("bakery"), "guidelines", "legal", "Recht", "Eigenes")
    legal = next(s for s in strategy.guidelines.sections if s.key == "legal")
    assert (legal.title, legal.body, legal.customised) == ("Recht", "Eigenes", True)


def test_crisis_defaults_come_from_the_team():
    strategy = demo("bakery")
    strategy.crisis = None
    crisis = regenerate(strategy).crisis
    assert [level.id for level in crisis.levels] == ["routine", "issue", "crisis"]
    by_id = {level.id: level for level in crisis.levels}
    assert by_id["crisis"].responsible == "sabine"  # highest crisis_communication
    assert by_id["routine"].responsible == "lea"  # highest community_management
    assert by_id["crisis"].response_time_hours == 1
    assert by_id["routine"].response_time_hours == 24  # the community's own target
    assert {c.member for c in crisis.contacts} == {"sabine", "lea"}


def test_the_first_hour_names_the_crisis_number_from_the_crisis_contacts_not_the_office_line():
    strategy = demo("bakery")
    sabine = strategy.crisis.contacts[0]
    assert sabine.member == "sabine"
    sabine.phone = "+49 170 0000 999"
    strategy.crisis.sections = []  # the generated first hour, not the bakery's own
    assert "Sabine Krämer (+49 170 0000 999)" in render_crisis(strategy)


def test_crisis_generation_keeps_the_users_choices_and_fills_only_gaps():
    strategy = demo("sensors")
    routine, _, top = strategy.crisis.levels
    routine.response_time_hours = None
    top.responsible = None
    strategy.crisis.levels = [routine, top]
    crisis = regenerate(strategy).crisis
    assert [level.id for level in crisis.levels] == ["routine", "crisis"]
    routine, top = crisis.levels
    assert routine.responsible == "marcus" and routine.criteria[0].startswith("A single complaint")
    assert routine.response_time_hours == 8  # the community's own target
    assert top.responsible == "gail"  # highest crisis_communication
    assert top.criteria[1] == "Trade or national press asks for comment"


def test_crisis_without_team_leaves_the_responsible_person_open():
    strategy = demo("bakery")
    strategy.resources = None
    strategy.crisis = None
    crisis = regenerate(strategy).crisis
    assert all(level.responsible is None for level in crisis.levels)
    assert crisis.contacts == []
    assert "noch niemand festgelegt" in render_crisis(in_variant(strategy, "de-sie"))


@pytest.mark.parametrize("country", ["DE", "AT", "CH", "US", None])
@pytest.mark.parametrize("variant", VARIANTS)
def test_legal_basics_name_the_countrys_rules(country, variant):
    strategy = in_variant(demo("bakery"), variant)
    strategy.organisation.country = country
    legal = next(s for s in regenerate(strategy).guidelines.sections if s.key == "legal").body
    expected = {"DE": "§\u00a05 DDG", "AT": "§\u00a05 ECG", "CH": "Art. 3", "US": "", None: ""}[country]
    assert expected in legal
    if country != "DE":
        assert "DDG" not in legal and "KUG" not in legal


@pytest.mark.parametrize(
    ("sector", "reference"),
    [
        ("legal", "§\u00a043b BRAO"),
        ("tax_advice", "§\u00a057a StBerG"),
        ("pharmacy", "§\u00a010 HWG"),
        ("medical", "§\u00a0203 StGB"),
        ("public_sector", ""),
    ],
)
@pytest.mark.parametrize("variant", VARIANTS)
def test_regulated_sectors_get_their_rules_in_germany(sector, reference, variant):
    strategy = in_variant(demo("bakery"), variant)
    strategy.organisation.sector = sector
    legal = next(s for s in regenerate(strategy).guidelines.sections if s.key == "legal").body
    assert reference in legal
    assert legal.count("**") >= 12  # the sector paragraph adds its own bold heading


@pytest.mark.parametrize("variant", VARIANTS)
def test_an_empty_strategy_still_gets_usable_texts(variant):
    strategy = Strategy(language="en" if variant == "en" else "de")
    if variant != "en":
        strategy = in_variant(strategy, variant)
    text = all_texts(strategy)
    assert "##" in text and "None" not in text


# --- property: customised sections always survive ---------------------------------------------

keys = st.sampled_from([*GUIDELINE_KEYS, "extra-1", "extra-2"])
sections = st.lists(
    st.builds(
        TextSection,
        key=keys,
        title=st.text(min_size=1, max_size=20),
        body=st.text(max_size=40),
        customised=st.booleans(),
    ),
    max_size=10,
    unique_by=lambda s: s.key,
)


@settings(max_examples=60, deadline=None)
@given(existing=sections)
def test_merging_never_loses_or_changes_a_customised_section(existing):
    fresh = [TextSection(key=key, title=key, body="fresh") for key in GUIDELINE_KEYS]
    merged = merge_sections(existing, fresh)
    for section in existing:
        if section.customised:
            assert section in merged
    assert set(GUIDELINE_KEYS) <= {s.key for s in merged}
    assert len({s.key for s in merged}) == len(merged)
    generated = set(GUIDELINE_KEYS)
    assert all(s.body == "fresh" for s in merged if not s.customised and s.key in generated)
    for section in existing:
        if section.key not in generated:
            assert section in merged  # the user's own sections are never dropped


@settings(max_examples=25, deadline=None)
@given(existing=sections, name=st.text(min_size=1, max_size=30).filter(str.strip))
def test_regenerating_a_strategy_keeps_customised_sections(existing, name):
    strategy = demo("bakery")
    strategy.organisation.name = name
    strategy.guidelines = Guidelines(sections=existing)
    strategy.crisis = Crisis(sections=existing, levels=[CrisisLevel(id="x", name="X")])
    result = regenerate(strategy)
    for section in existing:
        if section.customised:
            assert section in result.guidelines.sections
            assert section in result.crisis.sections


def test_a_physiotherapy_practice_gets_the_therapists_rules_not_the_doctors_code():
    legal = next(s for s in regenerate(demo("practice")).guidelines.sections if s.key == "legal").body
    assert "Therapiepraxen" in legal and "§\u00a0203 StGB" in legal
    assert "MBO-Ä" not in legal


def test_a_community_lead_without_a_name_signs_as_the_company():
    from socialstrategy.core.demos import load_demo
    from socialstrategy.core.texts.tone import render_tone_guide

    strategy = load_demo("bakery")
    for member in strategy.resources.team:
        member.name = " "
    assert "Viele Grüße" in render_tone_guide(strategy)
