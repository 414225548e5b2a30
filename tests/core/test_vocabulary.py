"""The model's Literals and every layer's labels take their codes from core/vocabulary.py."""

from __future__ import annotations

from typing import get_args

import pytest

from socialstrategy.core import model
from socialstrategy.core import vocabulary as v

LITERALS = [
    (model.Language, v.LANGUAGES),
    (model.BusinessModel, v.BUSINESS_MODELS),
    (model.GoalType, v.GOAL_TYPES),
    (model.Priority, v.PRIORITIES),
    (model.AudienceKind, v.AUDIENCE_KINDS),
    (model.PlatformStatus, v.PLATFORM_STATUSES),
    (model.Address, v.ADDRESSES),
    (model.EmojiPolicy, v.EMOJI_POLICIES),
    (model.BudgetCategory, v.BUDGET_CATEGORIES),
    (model.EventKind, v.EVENT_KINDS),
    (model.CalendarStatus, v.CALENDAR_STATUSES),
    (model.MixElementName, v.MIX_ELEMENTS),
    (model.Metric, v.METRICS),
    (model.KpiPeriod, v.KPI_PERIODS),
]


@pytest.mark.parametrize(("literal", "codes"), LITERALS)
def test_it_lists_the_codes_of_each_model_literal(literal: object, codes: v.CodeList) -> None:
    assert set(get_args(literal)) == set(codes.codes)


def test_it_lists_the_goal_types_in_the_literals_order() -> None:
    assert v.GOAL_TYPES.codes == model.GOAL_TYPES


def test_it_lists_the_7p_mix_elements_in_their_order() -> None:
    assert v.MIX_ELEMENTS.codes == model.MIX_ELEMENTS_7P


@pytest.mark.parametrize(
    ("names", "codes"),
    [
        (v.GOAL_NAMES, v.GOAL_TYPES),
        (v.PRIORITY_NAMES, v.PRIORITIES),
        (v.AUDIENCE_KIND_NAMES, v.AUDIENCE_KINDS),
        (v.BUSINESS_MODEL_NAMES, v.BUSINESS_MODELS),
        (v.FORMAT_LABELS, v.FORMATS),
        (v.PLATFORM_NAMES, v.PLATFORMS),
    ],
)
def test_its_sentence_wordings_have_exactly_the_codes_of_their_list(
    names: dict[str, str], codes: v.CodeList
) -> None:
    assert tuple(names) == codes.codes


def test_it_has_no_code_twice_in_a_list() -> None:
    lists = [value for value in vars(v).values() if isinstance(value, v.CodeList)]
    assert all(len(set(codes.codes)) == len(codes.codes) for codes in lists)


def test_it_translates_a_label_and_falls_back_to_the_code() -> None:
    assert v.GOAL_TYPES.label("awareness", "de") == "Bekanntheit"
    assert v.GOAL_TYPES.label("awareness", "en") == "Awareness"
    assert v.GOAL_TYPES.label("unknown", "de") == "unknown"
    assert v.GOAL_TYPES.label(None, "de") == ""


def test_it_names_platform_competences_by_their_platform() -> None:
    assert v.PLATFORM_COMPETENCES.labels["platform_instagram"] == "Instagram"
    assert v.COMPETENCE_IDS[: len(v.BASE_COMPETENCE_IDS)] == v.BASE_COMPETENCE_IDS


def test_it_takes_the_goal_types_from_the_goal_type_literal() -> None:
    assert get_args(model.GoalType) == model.GOAL_TYPES
    assert model.GOAL_TYPES[0] == "awareness"
    assert len(model.GOAL_TYPES) == 9


def test_the_documents_and_the_knowledge_base_take_their_labels_from_the_vocabulary() -> None:
    from socialstrategy.core.knowledge import labels as knowledge
    from socialstrategy.core.render import labels as render

    assert knowledge.GOAL_LABELS is v.GOAL_NAMES
    assert knowledge.AUDIENCE_KIND_LABELS is v.AUDIENCE_KIND_NAMES
    assert knowledge.BUSINESS_MODEL_LABELS is v.BUSINESS_MODEL_NAMES
    assert knowledge.PRIORITY_LABELS is v.PRIORITY_NAMES
    assert render.CODES["awareness"] == v.GOAL_TYPES.labels["awareness"]
    assert render.CODES["physical_evidence"] == v.MIX_ELEMENTS.labels["physical_evidence"]
