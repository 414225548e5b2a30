"""Property tests for what turns typed text into document values, and for diffs and re-applying."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.web.strategies import diff
from socialstrategy.web.strategies.forms import format_value, parse_mapping, parse_value, split_path

words = st.text(
    st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters=",:"), min_size=1
)
tags = st.lists(words.map(str.strip).filter(bool), max_size=6)
numbers = st.floats(min_value=-1e9, max_value=1e9, allow_nan=False).map(lambda x: round(x, 3))
keys = st.from_regex(r"[a-z][a-z_]{0,15}", fullmatch=True)
documents = st.recursive(
    st.none() | st.booleans() | st.integers(-1000, 1000) | st.text(max_size=8),
    lambda children: st.lists(children, max_size=3) | st.dictionaries(keys, children, max_size=4),
    max_leaves=12,
).filter(lambda d: isinstance(d, dict))


@given(tags)
def test_comma_separated_words_read_back_as_typed(values):
    assert parse_value("tags", [format_value("tags", values)]) == (values or None)


@given(st.lists(words.map(str.strip).filter(bool), max_size=6))
def test_lines_read_back_as_typed(values):
    assert parse_value("lines", [format_value("lines", values)]) == (values or None)


@given(st.dictionaries(keys, numbers, max_size=6))
def test_a_mapping_reads_back_from_one_input_per_key(values):
    submitted = {f"competences.{key}": format_value("float", value) for key, value in values.items()}
    submitted["competences_other.x"] = "1"  # another field's input: not part of this one
    assert parse_mapping(submitted, "competences") == (values or None)


@given(numbers)
def test_numbers_read_back_and_accept_a_decimal_comma(value):
    assert parse_value("float", [format_value("float", value)]) == value
    assert parse_value("float", [format_value("float", value).replace(".", ",")]) == value


@given(st.text())
def test_no_typed_text_survives_with_a_nul_character(text):
    value = parse_value("text", [text])
    assert value is None or "\x00" not in value


@given(st.lists(st.integers(0, 99) | keys, min_size=1, max_size=5))
def test_paths_in_any_notation_split_the_same(parts):
    dotted = ".".join(str(p) for p in parts)
    bracketed = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in parts).lstrip(".")
    assert split_path(dotted) == split_path(bracketed) == [int(p) if str(p).isdigit() else p for p in parts]


@given(documents)
def test_a_document_does_not_differ_from_itself(document):
    assert diff.diff(document, document) == []


@given(documents, documents)
def test_reapplying_no_changes_keeps_the_other_version(base, theirs):
    assert diff.reapply(base, base, theirs) == theirs


@given(documents, documents)
def test_reapplying_onto_an_unchanged_document_gives_mine(base, mine):
    assert diff.reapply(base, mine, base) == mine


prose = st.lists(st.sampled_from(["we", "bake", "bread", "every", "morning", "with", "love", "care", "\n"]))


@given(prose, prose)
def test_a_word_diff_joins_up_to_both_texts_and_keeps_the_same_words_on_both_sides(old, new):
    before, after = " ".join(old), " ".join(new)
    old_runs, new_runs = diff.word_diff(before, after)
    assert "".join(run.text for run in old_runs) == before
    assert "".join(run.text for run in new_runs) == after
    assert [r.text for r in old_runs if not r.changed] == [r.text for r in new_runs if not r.changed]


def test_one_changed_word_in_a_paragraph_is_the_only_thing_marked():
    before = "We bake bread every morning with love and sell it in the café."
    after = "We bake bread every morning with care and sell it in the café."
    change = diff.Change("organisation.mission", "Mission", before, after)
    assert change.is_prose
    old_runs, new_runs = change.segments
    assert [r.text for r in old_runs if r.changed] == ["love"]
    assert [r.text for r in new_runs if r.changed] == ["care"]


def test_a_short_value_is_shown_whole():
    assert not diff.Change("goals.0.priority", "Priority", "high", "low").is_prose
