"""The process registry: one ordered list of steps that every layer numbers and names alike."""

from __future__ import annotations

import types
import typing
from typing import Any

import pytest
from pydantic import BaseModel

from socialstrategy.core import process
from socialstrategy.core.i18n import translate
from socialstrategy.core.model import Strategy


@pytest.mark.parametrize(
    ("path", "step"),
    [
        ("title", "organisation"),
        ("organisation.name", "organisation"),
        ("organisation.principles[0].statement", "organisation"),
        ("corporate_objectives[1]", "goals"),
        ("organisation.sector", "information"),
        ("organisation.business_model", "information"),
        ("organisation.country", "information"),
        ("goals[2].serves[0]", "goals"),
        ("goals.2.kpis.0", "goals"),
        ("audiences[0].kind", "audiences"),
        ("platforms[3].platform", "platforms"),
        ("recommendation.weights.reach", "platforms"),
        ("community.response_times.instagram", "community"),
        ("marketing_mix.events[0]", "marketing_mix"),
        ("resources.team[0].hours_per_week", "resources"),
        ("guidelines.sections[1]", "guidelines"),
        ("crisis.levels[0]", "guidelines"),
        ("content.calendar[4].pillar", "content"),
        ("", "review"),
        ("nothing.we.know", "review"),
    ],
)
def test_a_path_belongs_to_the_step_that_edits_it(path: str, step: str) -> None:
    assert process.step_for_path(path).identifier == step


def test_the_longest_owned_section_wins_over_its_parent() -> None:
    assert process.step_for_path("organisation.region").identifier == "information"
    assert process.step_for_path("organisation.regions").identifier == "organisation"


def test_steps_are_numbered_from_one_in_the_order_of_the_process() -> None:
    assert [step.number for step in process.STEPS] == list(range(1, len(process.STEPS) + 1))
    assert process.STEPS_BY_ID["organisation"].number == 1
    assert process.STEPS_BY_ID["resources"].number == 8
    assert process.REVIEW.number == len(process.STEPS) == 11


def test_the_identifiers_are_unique_and_in_the_order_of_the_steps() -> None:
    assert tuple(step.identifier for step in process.STEPS) == process.STEP_IDS
    assert len(set(process.STEP_IDS)) == len(process.STEP_IDS)
    assert process.get_step("resources") is process.STEPS_BY_ID["resources"]
    assert process.get_step("breakfast") is None


def test_the_first_and_the_last_step_have_one_neighbour_each() -> None:
    first, last = process.STEPS[0], process.STEPS[-1]
    assert process.neighbours(first) == (None, process.STEPS[1])
    assert process.neighbours(last) == (process.STEPS[-2], None)


# What the file format keeps about the file itself; nobody edits it in a step.
FILE_FIELDS = {"schema_version", "created", "updated"}


def test_every_top_level_field_of_the_strategy_belongs_to_a_step() -> None:
    fields = set(Strategy.model_fields) - FILE_FIELDS
    assert [name for name in sorted(fields) if process.step_for_path(name) is process.REVIEW] == []


def test_every_section_a_step_owns_is_a_field_of_the_strategy() -> None:
    missing = [
        section
        for step in process.STEPS
        for section in step.sections
        if not _is_field(Strategy, section.split("."))
    ]
    assert missing == []


def test_no_section_is_owned_by_two_steps() -> None:
    sections = [section for step in process.STEPS for section in step.sections]
    assert len(sections) == len(set(sections))


@pytest.mark.parametrize("step", process.STEPS, ids=lambda step: step.identifier)
def test_every_label_and_question_reads_in_german(step: process.Step) -> None:
    assert translate(step.label, "de") != step.label
    assert translate(step.question, "de") != step.question


def test_an_empty_strategy_completes_no_step() -> None:
    assert process.completed_steps(Strategy()) == []


def _is_field(model: type[BaseModel], parts: list[str]) -> bool:
    field = model.model_fields.get(parts[0])
    if field is None:
        return False
    if len(parts) == 1:
        return True
    nested = _model_in(field.annotation)
    return nested is not None and _is_field(nested, parts[1:])


def _model_in(annotation: Any) -> type[BaseModel] | None:
    """The model inside ``X | None`` or ``list[X]``."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    if isinstance(annotation, types.UnionType) or typing.get_origin(annotation) is not None:
        for argument in typing.get_args(annotation):
            found = _model_in(argument)
            if found is not None:
                return found
    return None
