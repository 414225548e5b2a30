"""The web steps are the process registry's steps: same order, same names, and every model path
their forms write is owned by that step and exists in the strategy model."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from django.utils import translation

from socialstrategy.core import process
from socialstrategy.core.model import Strategy
from socialstrategy.web.strategies.forms import Collection
from socialstrategy.web.strategies.steps import STEPS, Step, neighbours

SCHEMA = Strategy.model_json_schema()


def _collection_paths(collection: Collection, base: str) -> Iterator[str]:
    path = f"{base}.0.{collection.path}" if base else collection.path
    yield path
    for field in collection.fields:
        yield f"{path}.0.{field.name}"
    for child in collection.children:
        yield from _collection_paths(child, path)


def _paths(step: Step) -> list[str]:
    paths = [name for field in step.fields for name in (field.name, *field.aliases)]
    for collection in step.collections:
        paths += _collection_paths(collection, "")
    return paths


def _options(node: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The schema ``node`` stands for: its $ref resolved, each anyOf branch, an array's items."""
    if "$ref" in node:
        yield from _options(SCHEMA["$defs"][node["$ref"].rsplit("/", 1)[-1]])
    elif "anyOf" in node:
        for option in node["anyOf"]:
            yield from _options(option)
    elif node.get("type") == "array":
        yield from _options(node.get("items", {}))
    else:
        yield node


def _exists(path: str) -> bool:
    nodes = [SCHEMA]
    for part in (p for p in path.split(".") if not p.isdigit()):
        found = []
        for node in (option for n in nodes for option in _options(n)):
            if part in node.get("properties", {}):
                found.append(node["properties"][part])
            elif isinstance(node.get("additionalProperties"), dict):
                found.append(node["additionalProperties"])
            elif node.get("patternProperties"):
                found.extend(node["patternProperties"].values())
        if not found:
            return False
        nodes = found
    return True


def test_it_shows_the_registry_steps_in_the_registry_order():
    assert [step.identifier for step in STEPS] == list(process.STEP_IDS)
    assert [step.number for step in STEPS] == list(range(1, len(process.STEPS) + 1))


def test_it_takes_label_question_and_completeness_from_the_registry():
    strategy = Strategy.model_validate({"audiences": [{"id": "a", "name": "Locals"}]})
    for step in STEPS:
        with translation.override("en"):  # the registry's message ids are the English texts
            assert str(step.label) == step.process.label
            assert str(step.question) == step.process.question
        assert step.is_completed(strategy) == step.process.is_completed(strategy)
    assert [s.identifier for s in STEPS if s.is_completed(strategy)] == ["audiences"]


def test_it_translates_the_labels_with_the_core_catalog():
    resources = next(step for step in STEPS if step.identifier == "resources")
    with translation.override("de"):
        assert str(resources.label) == "Ressourcen & Kompetenzen"


def test_it_names_the_steps_around_a_step():
    assert neighbours(STEPS[0]) == (None, STEPS[1])
    assert neighbours(STEPS[-1]) == (STEPS[-2], None)


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.identifier)
def test_it_lets_each_step_edit_only_paths_the_registry_gives_it(step):
    owners = {path: process.step_for_path(path).identifier for path in _paths(step)}
    assert {path: owner for path, owner in owners.items() if owner != step.identifier} == {}


@pytest.mark.parametrize("step", STEPS, ids=lambda step: step.identifier)
def test_it_writes_only_paths_that_exist_in_the_strategy_model(step):
    assert [path for path in _paths(step) if not _exists(path)] == []


def test_it_finds_no_path_the_model_does_not_have():
    assert _exists("goals.0.kpis.0.metric")
    assert not _exists("goals.0.kpis.0.metrics")
    assert not _exists("organisation.nam")
