"""Properties of the scoring model and the completeness of its German texts."""

from __future__ import annotations

import ast
from pathlib import Path

import knowledge_profiles as profiles
import pytest
from babel.messages.pofile import read_po
from hypothesis import given, settings
from hypothesis import strategies as st

import socialstrategy
from socialstrategy.core.knowledge import load_knowledge
from socialstrategy.core.recommend import DEFAULT_WEIGHTS, WeightError, parse_weights, recommend

PACKAGE = Path(socialstrategy.__file__).parent
PO_FILE = PACKAGE / "core/locale/de/LC_MESSAGES/knowledge.po"
SOURCES = [
    PACKAGE / "core/knowledge/labels.py",
    PACKAGE / "core/knowledge/views.py",
    *sorted((PACKAGE / "core/recommend").glob("*.py")),
    PACKAGE / "core/checks/knowledge_rules.py",
    PACKAGE / "commands/knowledge.py",
]
weights = st.dictionaries(
    st.sampled_from(list(DEFAULT_WEIGHTS)), st.floats(0, 5, allow_nan=False), min_size=1
)


@settings(max_examples=40, deadline=None)
@given(weights)
def test_a_score_is_the_sum_of_its_named_contributions(chosen):
    if sum({**DEFAULT_WEIGHTS, **chosen}.values()) <= 0:
        return
    result = recommend(profiles.industrial_b2b_supplier(), weights=chosen)
    for score in result.platforms:
        assert score.score == pytest.approx(sum(c.points for c in score.contributions))
        assert 0 <= score.score <= 100


@settings(max_examples=20, deadline=None)
@given(st.floats(0.1, 1))
def test_scaling_all_weights_changes_nothing(factor):
    base = recommend(profiles.local_cafe())
    scaled = recommend(profiles.local_cafe(), weights={k: v * factor for k, v in DEFAULT_WEIGHTS.items()})
    assert [p.platform for p in base.platforms] == [p.platform for p in scaled.platforms]


@given(weights)
def test_weights_round_trip_through_their_text_form(chosen):
    text = ",".join(f"{k}={v!r}" for k, v in chosen.items())
    assert parse_weights(text) == chosen


@pytest.mark.parametrize("text", ["goal_fit", "goal_fit=high", "=1"])
def test_malformed_weights_are_refused_with_a_message(text):
    with pytest.raises(WeightError):
        recommend(profiles.local_cafe(), weights=parse_weights(text))


def test_strategy_weights_are_used_and_visible():
    data = {**profiles.local_cafe().model_dump(), "recommendation": {"weights": {"goal_fit": 4}}}
    strategy = type(profiles.local_cafe()).model_validate(data)
    result = recommend(strategy)
    assert result.weights["goal_fit"] == 4
    assert result.get("instagram").contributions[1].weight == 4


def test_it_is_fast_enough_for_a_live_workshop():
    # Not a timing assertion: the benchmark in bench/ measures; this only runs the big case once.
    assert len(recommend(profiles.large_strategy()).platforms) == len(load_knowledge().platforms)


def _msgids() -> set[str]:
    found: set[str] = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text())):
            is_marker = (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("N_", "_t")
            )
            if is_marker and (
                node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
            ):
                found.add(node.args[0].value)
    return found


def test_every_user_facing_string_has_a_german_translation():
    translated = set()
    for path in PO_FILE.parent.glob("*.po"):  # a message is in one of the core's catalogs
        with path.open("rb") as handle:
            translated |= {m.id for m in read_po(handle, locale="de") if m.id and m.string and not m.context}
    assert _msgids() - translated == set()


def test_informal_variants_exist_for_texts_that_address_the_reader():
    with PO_FILE.open("rb") as handle:
        catalog = read_po(handle, locale="de")
    formal = {m.id: m.string for m in catalog if m.id and not m.context}
    informal = {m.id for m in catalog if m.context == "du"}
    addressing = {
        i
        for i, text in formal.items()
        if any(w in str(text).split() for w in ("Ihr", "Ihre", "Ihrem", "Ihren", "Ihres", "Sie"))
    }
    assert addressing - informal == set()


def test_every_text_in_the_package_data_has_german():
    kb = load_knowledge()
    for platform in kb.platforms.values():
        texts = [platform.description, *platform.caveats]
        texts += [
            a.reason
            for a in (
                *platform.goal_fit.values(),
                *platform.audience_fit.values(),
                *platform.business_fit.values(),
            )
        ]
        assert all(t.de for t in texts), platform.id
    for note in kb.sector_notes:
        assert note.text.de and note.title.de, note.id
    for metric in kb.metrics.values():
        assert metric.label.de and metric.definition.de, metric.id


def _with_weights(weights: dict[str, float]):
    data = {**profiles.local_cafe().model_dump(), "recommendation": {"weights": weights}}
    return type(profiles.local_cafe()).model_validate(data)


def test_the_demos_weight_name_effort_means_feasibility():
    assert recommend(_with_weights({"effort": 4})).weights["feasibility"] == 4


def test_an_unknown_weight_in_the_strategy_is_ignored_not_fatal():
    # A typo in a saved strategy must not break the workshop; the check reports it instead.
    result = recommend(_with_weights({"luck": 5}))
    assert "luck" not in result.weights
