"""The strategy file format: lossless round trips, safe loading, and clear problems with lines."""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factories import DEMOS, load_demo, make_strategy
from socialstrategy.core.demos import demo_text
from socialstrategy.core.fileformat import (
    MAX_BYTES,
    Problem,
    StrategyFileError,
    dump_strategy,
    load_strategy,
    loads_strategy,
    save_strategy,
    schema,
)
from socialstrategy.core.model import (
    GOAL_TYPES,
    MIX_ELEMENTS_7P,
    Strategy,
)

# --- generated strategies ---------------------------------------------------------------------

TRICKY_WORDS = [
    "no",
    "yes",
    "on",
    "off",
    "NO",
    "null",
    "~",
    "true",
    "10:30",
    "1e5",
    "0x1F",
    "0o17",
    "1_000",
    ".5",
    "2027-01-01",
    "- item",
    "#hash",
    "a: b",
    "'quoted'",
    '"double"',
    "{x}",
    "[y]",
    "&anchor",
    "*alias",
    "!tag",
    "%",
    "@",
    "`",
    "|",
    ">",
    "ä ö ü ß",
    "„Anführung“",
    "🥨",
    "line\nbreak",
    "tab\there",
    "trailing space ",
    "  leading",
    "\\backslash",
    "",
]
identifiers = st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_.-]{0,12}", fullmatch=True)
texts = st.one_of(st.sampled_from(TRICKY_WORDS), st.text(max_size=40))
short_texts = texts.map(lambda s: s.replace("\n", " ")[:300])
numbers = st.one_of(
    st.integers(-(10**6), 10**6), st.floats(-1e12, 1e12, allow_nan=False, allow_infinity=False)
)
dates = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31))
offsets = st.integers(-14 * 60, 14 * 60).map(lambda minutes: dt.timezone(dt.timedelta(minutes=minutes)))
datetimes = st.datetimes(
    min_value=dt.datetime(1900, 1, 2), max_value=dt.datetime(2200, 1, 1), timezones=st.none() | offsets
)


def _optional(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | strategy


def _small_list(strategy: st.SearchStrategy[Any]) -> st.SearchStrategy[list[Any]]:
    return st.lists(strategy, max_size=3)


kpis = st.fixed_dictionaries(
    {"metric": short_texts},
    optional={
        "id": identifiers,
        "platform": identifiers,
        "baseline": numbers,
        "target": numbers,
        "unit": short_texts,
        "due": dates,
    },
)
goals = st.fixed_dictionaries(
    {
        "id": identifiers,
        "type": st.sampled_from(GOAL_TYPES),
        "statement": texts,
        "priority": st.sampled_from(["high", "medium", "low"]),
        "serves": _small_list(identifiers),
        "kpis": _small_list(kpis),
    }
)
principles = st.fixed_dictionaries(
    {"id": identifiers, "statement": texts},
    optional={"tone": _small_list(short_texts), "goals": _small_list(identifiers)},
)
organisations = st.fixed_dictionaries(
    {"name": short_texts},
    optional={
        "sector": identifiers,
        "business_model": st.sampled_from(["b2b", "b2c", "b2b2c", "nonprofit", "public"]),
        "country": st.sampled_from(["DE", "AT", "CH", "US", "GB", "NO"]),
        "employees": st.integers(0, 10**6),
        "mission": texts,
        "principles": _small_list(principles),
    },
)
audiences = st.fixed_dictionaries(
    {"id": identifiers, "name": short_texts},
    optional={
        "kind": st.sampled_from(["consumers", "business_buyers", "candidates"]),
        "age_min": st.integers(0, 60),
        "description": texts,
        "roles": _small_list(short_texts),
    },
)
platforms = st.fixed_dictionaries(
    {"platform": identifiers, "status": st.sampled_from(["use", "test", "observe", "reject"])},
    optional={
        "rationale": texts,
        "audiences": _small_list(identifiers),
        "goals": _small_list(identifiers),
        "posts_per_week": st.floats(0, 100, allow_nan=False),
        "formats": _small_list(identifiers),
    },
)
communities = st.fixed_dictionaries(
    {},
    optional={
        "address": st.sampled_from(["du", "sie"]),
        "tone": _small_list(short_texts),
        "emoji_policy": st.sampled_from(["none", "sparing", "welcome"]),
        "response_time_hours": st.floats(0.5, 300),
        "response_times": st.dictionaries(identifiers, st.floats(0, 100), max_size=2),
        "netiquette": texts,
    },
)
mix_elements = st.fixed_dictionaries(
    {}, optional={"current_state": texts, "social_role": texts, "goals": _small_list(identifiers)}
)
events = st.fixed_dictionaries(
    {"date": dates, "title": short_texts},
    optional={"id": identifiers, "end": dates, "goals": _small_list(identifiers)},
)
mixes = st.fixed_dictionaries(
    {"events": _small_list(events)}, optional={name: mix_elements for name in MIX_ELEMENTS_7P}
)
members = st.fixed_dictionaries(
    {"id": identifiers, "name": short_texts},
    optional={
        "hours_per_week": st.floats(0, 80),
        "competences": st.dictionaries(identifiers, st.integers(1, 5), max_size=3),
        "phone": short_texts,
    },
)
resources = st.fixed_dictionaries(
    {
        "team": _small_list(members),
        "budget": _small_list(
            st.fixed_dictionaries(
                {
                    "category": st.sampled_from(["ads", "tools", "other"]),
                    "monthly_amount": st.floats(0, 1e6),
                    "currency": st.sampled_from(["EUR", "USD", "CHF"]),
                }
            )
        ),
        "tools": _small_list(
            st.fixed_dictionaries({"name": short_texts}, optional={"monthly_cost": st.floats(0, 1e4)})
        ),
    }
)
sections = st.fixed_dictionaries({"key": identifiers, "title": short_texts, "body": texts})
crises = st.fixed_dictionaries(
    {
        "contacts": _small_list(
            st.fixed_dictionaries({"role": short_texts}, optional={"member": identifiers})
        ),
        "levels": _small_list(
            st.fixed_dictionaries(
                {"id": identifiers, "name": short_texts},
                optional={"criteria": _small_list(texts), "responsible": identifiers},
            )
        ),
        "sections": _small_list(sections),
    }
)
calendar_entries = st.fixed_dictionaries(
    {"date": dates, "platform": identifiers, "title": short_texts},
    optional={
        "time": st.times(),
        "pillar": identifiers,
        "format": identifiers,
        "owner": identifiers,
        "status": st.sampled_from(["idea", "planned", "published"]),
    },
)
contents = st.fixed_dictionaries(
    {
        "pillars": _small_list(
            st.fixed_dictionaries(
                {"id": identifiers, "name": short_texts},
                optional={"share": st.floats(0, 100), "goals": _small_list(identifiers)},
            )
        ),
        "calendar": _small_list(calendar_entries),
    }
)
strategy_dicts = st.fixed_dictionaries(
    {"schema_version": st.just(1), "language": st.sampled_from(["de", "en"]), "title": short_texts},
    optional={
        "created": datetimes,
        "organisation": organisations,
        "corporate_objectives": _small_list(
            st.fixed_dictionaries({"id": identifiers, "statement": texts}, optional={"due": dates})
        ),
        "goals": _small_list(goals),
        "audiences": _small_list(audiences),
        "platforms": _small_list(platforms),
        "community": communities,
        "marketing_mix": mixes,
        "resources": resources,
        "guidelines": st.fixed_dictionaries(
            {"spokespeople": _small_list(identifiers), "sections": _small_list(sections)}
        ),
        "crisis": crises,
        "content": contents,
    },
)
strategies = strategy_dicts.map(Strategy.model_validate)

ROUND_TRIP = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIP
@given(strategies)
def test_yaml_round_trip_is_lossless(strategy: Strategy) -> None:
    assert loads_strategy(dump_strategy(strategy, "yaml"), "x.yaml", "yaml") == strategy


@ROUND_TRIP
@given(strategies)
def test_json_round_trip_is_lossless(strategy: Strategy) -> None:
    assert loads_strategy(dump_strategy(strategy, "json"), "x.json", "json") == strategy


@ROUND_TRIP
@given(strategies)
def test_dumping_twice_gives_the_same_text(strategy: Strategy) -> None:
    text = dump_strategy(strategy)
    assert dump_strategy(loads_strategy(text)) == text


@pytest.mark.parametrize("name", DEMOS)
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_the_demos_survive_a_round_trip(name: str, fmt: str) -> None:
    strategy = load_demo(name)
    assert loads_strategy(dump_strategy(strategy, fmt), fmt=fmt) == strategy  # type: ignore[arg-type]


def test_a_dump_is_plain_yaml_without_aliases_and_with_iso_dates() -> None:
    strategy = make_strategy()
    strategy.goals.append(strategy.goals[0].model_copy(update={"id": "g2"}))
    text = dump_strategy(strategy)
    assert "&" not in text and "*id" not in text
    assert "due: 2027-12-31" in text
    assert text.startswith("schema_version: 1\nlanguage: en\n")


def test_a_string_that_yaml_1_1_would_misread_is_quoted_in_the_dump() -> None:
    strategy = make_strategy(title="no")
    assert "title: 'no'" in dump_strategy(strategy)


# --- safe loading ------------------------------------------------------------------------------

ALIAS_BOMB = """
a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]
b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]
h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]
i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]
"""


@pytest.fixture(params=["libyaml", "libyaml-events", "pure-python"], autouse=False)
def each_yaml_parser(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Run a test with LibYAML's composer (for text without anchors and tags), with the strict
    composer over LibYAML's events, and with PyYAML's pure-Python parser."""
    from socialstrategy.core import fileformat

    if request.param != "libyaml":
        monkeypatch.setattr(fileformat, "_FastLoader", None)
    if request.param == "pure-python":
        monkeypatch.setattr(fileformat, "_Loader", fileformat._StrictLoader)


def _through_each_composer(text: str, monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """What loading ``text`` gives (a strategy, or the English problems) with the C composer and
    with the strict one."""
    from socialstrategy.core import fileformat

    results: list[object] = []
    for fast in (fileformat._FastLoader, None):
        with monkeypatch.context() as patch:
            patch.setattr(fileformat, "_FastLoader", fast)
            try:
                results.append(loads_strategy(text, "x.yaml", "yaml"))
            except StrategyFileError as error:
                results.append([(problem.line, problem.message) for problem in error.problems])
    return results


@ROUND_TRIP
@given(strategies)
def test_the_c_composer_and_the_strict_one_load_every_strategy_alike(strategy: Strategy) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, strict = _through_each_composer(dump_strategy(strategy, "yaml"), monkeypatch)
    assert fast == strict == strategy


YAMLISH = st.lists(
    st.sampled_from([*"ab1:- \n\t[]{},&*!#'\"|>?%@`", "yes", "10:30", "2027-01-04", "title", "goals"]),
    max_size=30,
).map("".join)


@settings(max_examples=400, deadline=None)
@given(YAMLISH)
def test_the_c_composer_and_the_strict_one_agree_on_any_text(text: str) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        fast, strict = _through_each_composer(text, monkeypatch)
    if isinstance(fast, Strategy) or isinstance(strict, Strategy):
        assert fast == strict
    else:  # both refuse it; the parsers' own wording may differ, never whether it is refused
        assert isinstance(fast, list) and isinstance(strict, list)


def test_text_with_an_anchor_or_a_tag_takes_the_strict_composer() -> None:
    from socialstrategy.core.fileformat import _may_hold_anchor_or_tag

    for text in ("a: &x 1", "a: !!int 1", "a: [&x 1]", "a: {b: !t 1}", "- !x\n", "&a b", "a: ! 1"):
        assert _may_hold_anchor_or_tag(text), text
    for text in ("a: Kaffee & Kuchen", "a: Jetzt vorbestellen!", "a: |\n  **fett**\n", "a: B&B"):
        assert not _may_hold_anchor_or_tag(text), text


def test_a_key_twice_is_refused_by_the_c_composer_too() -> None:
    with pytest.raises(StrategyFileError, match="the key 'title' appears twice") as caught:
        loads_strategy("title: a\nauthor: b\ntitle: c\n", "d.yaml")
    assert caught.value.problems[0].line == 3


@pytest.mark.usefixtures("each_yaml_parser")
def test_an_alias_bomb_is_refused_quickly() -> None:
    started = time.perf_counter()
    with pytest.raises(StrategyFileError, match="anchors and aliases") as caught:
        loads_strategy(ALIAS_BOMB, "bomb.yaml")
    assert time.perf_counter() - started < 1
    assert caught.value.problems[0].line == 2


@pytest.mark.usefixtures("each_yaml_parser")
def test_an_anchor_without_alias_is_refused_too() -> None:
    with pytest.raises(StrategyFileError, match="anchors and aliases"):
        loads_strategy("title: &t Demo\n", "a.yaml")


def test_a_merge_key_is_not_special() -> None:
    with pytest.raises(StrategyFileError, match="unknown field"):
        loads_strategy("<<: {title: Demo}\n", "m.yaml")


def test_a_file_over_the_size_cap_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"title: x\n" + b"#" * MAX_BYTES)
    with pytest.raises(StrategyFileError, match="larger than 2 MB"):
        load_strategy(path)


def test_text_over_the_size_cap_is_refused() -> None:
    with pytest.raises(StrategyFileError, match="larger than"):
        loads_strategy("a" * (MAX_BYTES + 1))


@pytest.mark.parametrize(
    "text",
    [
        "!!python/object/apply:os.system ['echo pwned']\n",
        "title: !!python/name:os.system\n",
        "title: !!binary aGVsbG8=\n",
        "goals: !!set {a, b}\n",
        "schema_version: !!int schemaversion\n",
        "title: !!str 5\n",
        "goals: !custom []\n",
    ],
)
@pytest.mark.usefixtures("each_yaml_parser")
def test_python_and_other_tags_are_refused(text: str) -> None:
    with pytest.raises(StrategyFileError, match="tags such as"):
        loads_strategy(text, "t.yaml")


@pytest.mark.usefixtures("each_yaml_parser")
def test_deep_nesting_is_a_problem_not_a_crash() -> None:
    for text in ("[" * 50_000, "a:\n" + "".join(" " * i + "- \n" for i in range(3000))):
        with pytest.raises(StrategyFileError):
            loads_strategy(text, "deep.yaml")
    with pytest.raises(StrategyFileError):
        loads_strategy("[" * 50_000 + "]" * 50_000, "deep.json", "json")


@pytest.mark.usefixtures("each_yaml_parser")
def test_yaml_1_1_booleans_and_clock_times_stay_strings() -> None:
    text = (
        "organisation:\n  name: Fjord AS\n  country: NO\n"
        "content:\n  calendar:\n    - date: 2027-01-01\n      time: 10:30\n"
        "      platform: linkedin\n      title: on\n"
    )
    strategy = loads_strategy(text)
    assert strategy.organisation is not None and strategy.organisation.country == "NO"
    assert strategy.content is not None
    entry = strategy.content.calendar[0]
    assert entry.time == dt.time(10, 30)
    assert entry.title == "on"


def test_a_byte_order_mark_is_accepted() -> None:
    assert loads_strategy("\ufefftitle: Demo\n".encode()).title == "Demo"


@given(st.binary(max_size=300))
@settings(max_examples=300, deadline=None)
def test_garbage_bytes_never_give_a_traceback(data: bytes) -> None:
    _load_or_problem(data)


@given(st.text(max_size=300))
@settings(max_examples=300, deadline=None)
def test_garbage_text_never_gives_a_traceback(text: str) -> None:
    _load_or_problem(text)
    _load_or_problem(text, fmt="json")


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=10),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=10), children, max_size=4)
    ),
    max_leaves=30,
)
strategy_keys = st.sampled_from(list(Strategy.model_fields)) | st.text(max_size=8)


@given(st.dictionaries(strategy_keys, json_values, max_size=6))
@settings(max_examples=300, deadline=None)
def test_well_formed_data_of_the_wrong_shape_gives_problems(data: dict[str, Any]) -> None:
    text = json.dumps(data)
    _load_or_problem(text, fmt="json")
    _load_or_problem(text, fmt="yaml")


DAMAGE = [
    "",
    ":",
    "- ",
    "  ",
    "\n",
    "&x ",
    "*x",
    "!!int ",
    "!!float ",
    "? ",
    "{",
    "[",
    "'",
    '"',
    "\t",
    "---\n",
]
DAMAGE += ["%YAML 1.1\n", "|", ">", "\\", "\x00", "\x85", "#"]


@given(st.data())
@settings(max_examples=200, deadline=None)
def test_a_damaged_demo_gives_problems_not_tracebacks(data: st.DataObject) -> None:
    text = demo_text("sensors")
    start = data.draw(st.integers(0, len(text) - 1))
    length = data.draw(st.integers(0, 40))
    insert = data.draw(st.sampled_from(DAMAGE))
    _load_or_problem(text[:start] + insert + text[start + length :])


def _load_or_problem(text: str | bytes, fmt: Any = None) -> None:
    try:
        loads_strategy(text, "fuzz", fmt)
    except StrategyFileError as error:
        assert error.problems
        assert all(problem.message for problem in error.problems)


# --- problems name file, line and field ----------------------------------------------------------

BROKEN_YAML = """\
schema_version: 1
title: Broken
goals:
  - id: g1
    type: fame
    statement: Be famous
  - id: g2
    statment: typo
    type: sales
audiences:
  - id: kids
    name: Kids
    age_min: 12
    age_max: 8
"""


@pytest.mark.usefixtures("each_yaml_parser")
def test_every_problem_names_file_line_and_field() -> None:
    with pytest.raises(StrategyFileError) as caught:
        loads_strategy(BROKEN_YAML, "broken.yaml")
    found = {(p.line, p.path) for p in caught.value.problems}
    assert (5, "goals[0].type") in found
    assert (8, "goals[1].statment") in found
    assert (7, "goals[1].statement") in found
    assert (11, "audiences[0]") in found
    assert all(p.file == "broken.yaml" for p in caught.value.problems)
    assert "broken.yaml:5: goals[0].type:" in str(caught.value)


def test_json_problems_have_lines_too() -> None:
    text = json.dumps(
        {"schema_version": 1, "goals": [{"id": "g1", "type": "fame", "statement": "x"}]}, indent=2
    )
    with pytest.raises(StrategyFileError) as caught:
        loads_strategy(text, "broken.json", "json")
    [problem] = caught.value.problems
    assert (problem.line, problem.path) == (6, "goals[0].type")


@pytest.mark.parametrize(
    ("text", "fmt", "message", "line"),
    [
        ("title: [unclosed\n", "yaml", "not valid YAML", 2),
        ('{"title": }', "json", "not valid JSON", 1),
        ("title: a\ntitle: b\n", "yaml", "appears twice", 2),
        ('{"title": "a", "title": "b"}', "json", "appears twice", None),
        ('{"goals": [{"baseline": NaN}]}', "json", "not valid JSON", None),
        ("- a\n- b\n", "yaml", "must be a mapping", 1),
        ("", "yaml", "empty", None),
        ("schema_version: 2\n", "yaml", "schema_version 2 is not supported", 1),
    ],
)
def test_a_bad_file_gets_one_clear_problem(text: str, fmt: Any, message: str, line: int | None) -> None:
    with pytest.raises(StrategyFileError) as caught:
        loads_strategy(text, "f", fmt)
    [problem] = caught.value.problems
    assert message in problem.message
    assert problem.line == line or line is None


def test_a_file_that_is_not_utf8_names_the_line() -> None:
    with pytest.raises(StrategyFileError, match="not UTF-8") as caught:
        loads_strategy(b"title: ok\norganisation:\n  name: M\xfcller\n", "latin1.yaml")
    assert caught.value.problems[0].line == 3


def test_a_missing_file_is_a_problem(tmp_path: Path) -> None:
    with pytest.raises(StrategyFileError, match="the file does not exist"):
        load_strategy(tmp_path / "missing.yaml")


def test_the_format_follows_the_suffix(tmp_path: Path) -> None:
    strategy = load_demo("bakery")
    for name in ("s.json", "s.yaml", "s.yml"):
        save_strategy(strategy, tmp_path / name)
        assert load_strategy(tmp_path / name) == strategy
    assert (tmp_path / "s.json").read_text(encoding="utf-8").startswith("{")


def test_saving_leaves_no_temporary_files(tmp_path: Path) -> None:
    save_strategy(make_strategy(), tmp_path / "s.yaml")
    assert [p.name for p in tmp_path.iterdir()] == ["s.yaml"]


def test_the_schema_describes_every_section() -> None:
    document = schema()
    assert document["$schema"].startswith("https://json-schema.org/")
    assert {"goals", "platforms", "content", "schema_version"} <= set(document["properties"])


def _unknown_keys(count: int) -> str:
    """A one-line JSON strategy with ``count`` unknown top-level keys (the attack's file)."""
    return json.dumps({"schema_version": 1, **{f"{i:x}": 1 for i in range(count)}}, separators=(",", ":"))


def test_a_file_with_180000_unknown_keys_lists_50_problems_and_counts_the_rest(monkeypatch) -> None:
    from socialstrategy.core import fileformat

    made = []
    monkeypatch.setattr(fileformat, "_problem", lambda *args: made.append(args) or Problem("keys.json", "x"))
    text = _unknown_keys(180_000)
    assert len(text) < fileformat.MAX_BYTES
    with pytest.raises(StrategyFileError) as error:
        loads_strategy(text, "keys.json", "json")
    assert len(error.value.problems) == len(made) == fileformat.MAX_PROBLEMS  # no work for the rest
    assert error.value.more == 179_950
    assert error.value.render().splitlines()[-1] == "… and 179,950 more problems"
    assert error.value.more_text("de") == "… und 179.950 weitere Probleme"


def test_one_problem_beyond_the_limit_is_counted_in_the_singular() -> None:
    with pytest.raises(StrategyFileError) as error:
        loads_strategy(_unknown_keys(51), "keys.json", "json")
    assert [len(error.value.problems), error.value.more] == [50, 1]
    assert (error.value.more_text("en"), error.value.more_text("de")) == (
        "… and 1 more problem",
        "… und 1 weiteres Problem",
    )


def test_lines_of_a_one_line_json_file_are_known_without_composing_it(monkeypatch) -> None:
    from socialstrategy.core import fileformat

    def refuse(text: str) -> None:
        raise AssertionError("composed a one-line JSON file")

    monkeypatch.setattr(fileformat, "_compose", refuse)
    with pytest.raises(StrategyFileError) as error:
        loads_strategy(_unknown_keys(3), "keys.json", "json")
    assert {problem.line for problem in error.value.problems} == {1}


def test_a_valid_json_file_is_never_composed_for_lines(monkeypatch) -> None:
    from socialstrategy.core import fileformat

    text = dump_strategy(load_demo("bakery"), "json")
    monkeypatch.setattr(fileformat, "_compose", lambda text: pytest.fail("composed a valid file"))
    assert "\n" in text.strip() and loads_strategy(text, "bakery.json", "json").title
