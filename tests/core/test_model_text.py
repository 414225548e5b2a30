"""Text in the model holds no character that breaks or reorders what shows it: NUL (which
PostgreSQL refuses), control characters, bidi overrides and isolates (issue #15, defects 6, 12)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import ValidationError

from socialstrategy.core.demos import load_demo
from socialstrategy.core.fileformat import dump_strategy, loads_strategy
from socialstrategy.core.model import Organisation, plain_text

HIDDEN = "\x00\x01\x08\x0b\x1b\x7f\x85\x9f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"


def test_nul_control_and_bidi_characters_are_removed_from_a_name():
    assert Organisation(name=f"Bäcker{HIDDEN}ei").name == "Bäckerei"


def test_a_name_of_only_hidden_characters_and_spaces_is_empty():
    assert Organisation(name=f" {HIDDEN} ").name == ""


def test_line_breaks_and_tabs_stay_and_carriage_returns_become_line_feeds():
    assert plain_text("a\r\nb\rc\u2028d\te") == "a\nb\nc\nd\te"


def test_emoji_and_joiners_stay():
    assert plain_text("Team 👩\u200d💻 and ✨") == "Team 👩\u200d💻 and ✨"


def test_a_lone_surrogate_in_a_name_is_refused_by_the_model():
    with pytest.raises(ValidationError):
        Organisation(name="\ud800")


def test_an_imported_file_arrives_without_nul_in_a_section_title():
    data = json.loads(dump_strategy(load_demo("bakery"), "json"))
    data["title"] = "Plan\u0000 2027\u202e"
    data["goals"][0]["statement"] = "More\u0000 guests"
    strategy = loads_strategy(json.dumps(data), "bakery.json", "json")
    assert strategy.title == "Plan 2027" and strategy.goals[0].statement == "More guests"


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_any_text_comes_out_encodable_and_without_hidden_characters(text):
    cleaned = plain_text(text)
    cleaned.encode("utf-8")
    assert not set(cleaned) & set(HIDDEN + "\r\ud800\udfff")
