"""The strategy file format: YAML or JSON with ``schema_version: 1``.

Loading is safe by construction: a size cap, YAML without anchors, aliases, merge keys or
Python tags, and YAML 1.2-style scalars (``no`` stays the string "no", ``10:30`` stays "10:30").
Every problem in a file is reported with file, line and field path in one
:class:`StrategyFileError`, never as a traceback.

>>> strategy = loads_strategy("schema_version: 1\\ntitle: Demo\\n")
>>> strategy.title
'Demo'
>>> dump_strategy(strategy, "yaml").splitlines()[0]
'schema_version: 1'
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Hashable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NoReturn

import yaml
from pydantic import ValidationError
from yaml.composer import Composer
from yaml.constructor import SafeConstructor
from yaml.events import AliasEvent, CollectionStartEvent, NodeEvent, ScalarEvent
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode
from yaml.parser import Parser
from yaml.reader import Reader
from yaml.resolver import BaseResolver
from yaml.scanner import Scanner

from socialstrategy.core.i18n import N_, translate_plural
from socialstrategy.core.message import Message, Renderable
from socialstrategy.core.model import SCHEMA_VERSION, Strategy
from socialstrategy.core.runtime import gc_paused
from socialstrategy.core.validation import Text, english_message, validation_message

Format = Literal["yaml", "json"]
FORMATS: tuple[Format, ...] = ("yaml", "json")
MAX_BYTES = 2_000_000
"""Largest strategy file we read. The two demos are about 30 kB; 2 MB leaves room for years of
calendar entries while keeping a hostile file from exhausting memory. Reviewed for issue 20:
YAML now loads at about 0.16–0.21 s of CPU per MB (JSON 0.02 s), so 2 MB takes about 0.4 s and
80 MB of memory. A larger cap would only admit strategies whose PDF exceeds the compiler's
limits (issue 20 measured the demo ×100, 0.8 MB, at the 60 s CPU limit of ``render.worker``),
so it stays."""
MAX_PROBLEMS = 50
"""Most problems reported for one file; a file with 180,000 unknown keys gets 50 and a count,
not a 19 MB page, and only those 50 are given lines and translated."""

_JSON_SUFFIXES = frozenset({".json"})
YAML_CONTEXT, JSON_CONTEXT = "yaml parser", "json parser"
"""gettext contexts of the parsers' own messages (``could not find expected ':'``)."""
Loc = tuple[int | str, ...]
Positions = Callable[[], dict[Loc, int]]
"""The line of every location in a file, computed only when a problem needs one."""


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a strategy file. ``message`` is English; :meth:`text` gives it in
    any language from ``detail``, a core :class:`Message` (or a text translated as it is).
    File, line and field path are the file's own and stay as they are."""

    file: str
    message: str
    line: int | None = None
    path: str = ""
    detail: Renderable | None = None

    def text(self, language: str = "en") -> str:
        """The message in ``language`` (English where there is no template, e.g. the system's)."""
        if self.detail is None or language == "en":
            return self.message
        return self.detail.render(language)

    def render(self, language: str = "en") -> str:
        """``file:line: path: message`` in ``language``."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        field = f" {self.path}:" if self.path else ""
        return f"{where}:{field} {self.text(language)}"

    def __str__(self) -> str:
        return self.render("en")


def _new_problem(name: str, template: str, line: int | None = None, path: str = "", **params: Any) -> Problem:
    detail = Message(template, params)
    return Problem(name, detail.render("en"), line, path, detail)


class StrategyFileError(Exception):
    """A strategy file could not be read; ``problems`` lists the reasons, at most
    :data:`MAX_PROBLEMS` of them, and ``more`` counts the ones left out."""

    def __init__(self, problems: Sequence[Problem], more: int = 0) -> None:
        self.problems = list(problems)
        self.more = more
        super().__init__(self.render("en"))

    def more_text(self, language: str = "en") -> str | None:
        """``… and 179,950 more problems`` in ``language``, or None when every problem is listed."""
        if not self.more:
            return None
        singular, plural = "… and {count} more problem", "… and {count} more problems"
        return translate_plural(singular, plural, self.more, language)

    def render(self, language: str = "en") -> str:
        """Every problem on a line of its own, in ``language``, and how many more there are."""
        lines = [problem.render(language) for problem in self.problems]
        more = self.more_text(language)
        return "\n".join([*lines, more] if more else lines)


# --- YAML: a strict loader ------------------------------------------------------------------


class _StrictResolver(BaseResolver):
    """Implicit types of YAML 1.2's core schema plus dates: ``yes``/``no``/``on``/``off`` and
    sexagesimal numbers (``10:30``) stay strings, as a user writing a German strategy expects."""


_INT = r"^[-+]?(?:0|[1-9][0-9_]*)$"
_FLOAT = (
    r"^[-+]?[0-9][0-9_]*\.[0-9_]*(?:[eE][-+]?[0-9]+)?$"
    r"|^[-+]?\.[0-9][0-9_]*$"
    r"|^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$"
)
_TIMESTAMP = (
    r"^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}$"
    r"|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?"
    r"(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?$"
)
_IMPLICIT_TYPES = (
    ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("tag:yaml.org,2002:int", _INT, "-+0123456789"),
    ("tag:yaml.org,2002:float", _FLOAT, "-+.0123456789"),
    ("tag:yaml.org,2002:null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
    ("tag:yaml.org,2002:timestamp", _TIMESTAMP, "0123456789"),
)
for _tag, _pattern, _first in _IMPLICIT_TYPES:
    _StrictResolver.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))
_IMPLICIT_RESOLVERS: dict[str, list[tuple[str, re.Pattern[str]]]] = _StrictResolver.yaml_implicit_resolvers
_STR_TAG = "tag:yaml.org,2002:str"


class _AnchorError(yaml.MarkedYAMLError):
    """An anchor, alias or explicit tag: YAML features a strategy file does not use."""

    def __init__(self, template: str, mark: Any, **params: Any) -> None:
        super().__init__(None, None, template.format(**params), mark)
        self.template, self.params = template, params


class _NoAnchorsComposer(Composer):
    """PyYAML's composer, minus anchors and aliases (alias bombs explode on traversal)."""

    def compose_node(self, parent: Node | None, index: Any) -> Node | None:
        event = self.peek_event()  # type: ignore[attr-defined]
        if isinstance(event, AliasEvent) or (isinstance(event, NodeEvent) and event.anchor):
            message = N_("anchors and aliases (& and *) are not allowed in strategy files")
            raise _AnchorError(message, event.start_mark)
        if isinstance(event, (ScalarEvent, CollectionStartEvent)) and event.tag is not None:
            tag = event.tag.replace("tag:yaml.org,2002:", "!!")
            message = N_("tags such as {tag} are not allowed in strategy files")
            raise _AnchorError(message, event.start_mark, tag=tag)
        return super().compose_node(parent, index)


class _StrictLoader(Reader, Scanner, Parser, _NoAnchorsComposer, SafeConstructor, _StrictResolver):
    """The safe loader in pure Python."""

    def __init__(self, stream: str) -> None:
        Reader.__init__(self, stream)
        Scanner.__init__(self)
        Parser.__init__(self)
        Composer.__init__(self)
        SafeConstructor.__init__(self)
        _StrictResolver.__init__(self)


_Loader: type[Any] = _StrictLoader
if yaml.__with_libyaml__:
    from yaml._yaml import CParser

    class _FastStrictLoader(_NoAnchorsComposer, CParser, SafeConstructor, _StrictResolver):
        """The same loader with LibYAML's scanner and parser, several times faster."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            Composer.__init__(self)
            SafeConstructor.__init__(self)
            _StrictResolver.__init__(self)

    _Loader = _FastStrictLoader

    class _ComposingLoader(CParser, SafeConstructor, _StrictResolver):
        """LibYAML's parser and its C composer: nodes without a Python call per event. Used only
        for text that cannot hold an anchor, alias or tag (:func:`_may_hold_anchor_or_tag`); what
        is built is checked once more for shared nodes and foreign tags (:func:`_built`)."""

        def __init__(self, stream: str) -> None:
            CParser.__init__(self, stream)
            SafeConstructor.__init__(self)
            _StrictResolver.__init__(self)

        def resolve(self, kind: type[Node], value: Any, implicit: tuple[bool, bool]) -> str:
            """BaseResolver.resolve without its path resolvers (we have none), called from C for
            every node: a quarter of the loading time went to the general one."""
            if kind is ScalarNode:
                if implicit[0]:
                    for tag, pattern in _IMPLICIT_RESOLVERS.get(value[:1], ()):
                        if pattern.match(value):
                            return tag
                return _STR_TAG
            return "tag:yaml.org,2002:seq" if kind is SequenceNode else "tag:yaml.org,2002:map"

    _FastLoader: type[Any] | None = _ComposingLoader
else:  # pragma: no cover - PyYAML is always built with LibYAML where we ship
    _FastLoader = None

_AMPERSAND_OR_BANG = re.compile("[&!]")
_FLOW_INDICATORS = frozenset("[]{},")
_BEFORE_NODE = frozenset("[]{},:?-\ufeff")


def _may_hold_anchor_or_tag(text: str) -> bool:
    """Whether an anchor (``&a``) or a tag (``!x``, ``!!int``) could begin somewhere in ``text``:
    after the start, white space or a flow indicator. Text without one holds neither (nor an
    alias, which needs an anchor) and is composed in C; text with one (or with ``Kaffee &Kuchen``,
    a false alarm) takes the strict composer, which names the line of what it refuses.
    ``Kaffee & Kuchen``, ``Jetzt!`` and Markdown's ``**fett**`` raise no alarm."""
    for match in _AMPERSAND_OR_BANG.finditer(text):
        at = match.start()
        before = text[at - 1] if at else " "
        if not (before.isspace() or before in _BEFORE_NODE):
            continue
        after = text[at + 1 : at + 2]
        if text[at] == "!" or (after and not after.isspace() and after not in _FLOW_INDICATORS):
            return True
    return False


_ALLOWED_TAGS = frozenset(
    f"tag:yaml.org,2002:{name}" for name in ("null", "bool", "int", "float", "str", "timestamp", "seq", "map")
)


class _HugeYamlNumber(yaml.MarkedYAMLError):
    """An integer longer than :data:`MAX_DIGITS` (Python's own limit would speak otherwise)."""


def _construct_bounded_int(loader: SafeConstructor, node: ScalarNode) -> int:
    if len(str(node.value).replace("_", "").lstrip("+-")) > MAX_DIGITS:
        raise _HugeYamlNumber(None, None, "a number with too many digits", node.start_mark)
    number: int = loader.construct_yaml_int(node)
    return number


# Only the types a strategy is made of: no binary, set, ordered map or pairs.
_StrictLoader.yaml_constructors = {
    tag: constructor
    for tag, constructor in SafeConstructor.yaml_constructors.items()
    if tag in _ALLOWED_TAGS or tag is None
} | {"tag:yaml.org,2002:int": _construct_bounded_int}


class _Dumper(yaml.SafeDumper):
    """Writes plain YAML: no aliases, keys in model order, readable Unicode.

    It quotes every string that either YAML 1.1 or our loader would read as something else, so
    ``no`` and ``1e5`` stay strings for PyYAML, editors and socialstrategy alike."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


for _tag, _pattern, _first in _IMPLICIT_TYPES:
    _Dumper.add_implicit_resolver(_tag, re.compile(_pattern), list(_first))


def _represent_datetime(dumper: yaml.SafeDumper, value: dt.datetime) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:timestamp", value.isoformat())


_UNUSUAL_BREAKS = frozenset("\x85\u2028\u2029\r")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    # Multi-line text reads best as a literal block; the emitter falls back to quotes where a
    # block could not hold the value exactly. YAML 1.1 folds NEL and the Unicode line and
    # paragraph separators in plain and single-quoted text; double quotes escape them.
    style = "|" if "\n" in value else None
    if _UNUSUAL_BREAKS.intersection(value):
        style = '"'
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


def _represent_time(dumper: yaml.SafeDumper, value: dt.time) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", value.isoformat())


_Dumper.add_representer(dt.datetime, _represent_datetime)
_Dumper.add_representer(dt.time, _represent_time)
_Dumper.add_representer(str, _represent_str)


# --- Public API -----------------------------------------------------------------------------


def load_strategy(path: str | Path) -> Strategy:
    """Read a strategy from a ``.yaml``/``.yml``/``.json`` file.

    Raises :class:`StrategyFileError` for anything unreadable or invalid.
    """
    path = Path(path)
    name = str(path)
    try:
        data = _read_regular_file(path)
    except OSError as error:
        raise StrategyFileError([_unreadable(name, error)]) from None
    if data is None:
        _fail(name, N_("this is not a regular file (a pipe or a device, say); give a file"))
    fmt: Format = "json" if path.suffix.lower() in _JSON_SUFFIXES else "yaml"
    return loads_strategy(data, name, fmt)


def _read_regular_file(path: Path) -> bytes | None:
    """The first ``MAX_BYTES + 1`` bytes of ``path``, or None if it is no regular file.

    Opened without blocking and checked on the open file: reading a named pipe would wait
    forever for a writer, a device such as /dev/zero would never end."""
    import os
    import stat

    descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(descriptor, "rb") as handle:
        mode = os.fstat(descriptor).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(mode):
            return None
        return handle.read(MAX_BYTES + 1)


def _unreadable(name: str, error: OSError) -> Problem:
    if isinstance(error, FileNotFoundError):
        return _new_problem(name, N_("the file does not exist"))
    if isinstance(error, IsADirectoryError):
        return _new_problem(name, N_("this is a folder, not a file"))
    if isinstance(error, PermissionError):
        return _new_problem(name, N_("no permission to read the file"))
    return Problem(name, error.strerror or str(error))  # the system's own words


def loads_strategy(text: str | bytes, name: str = "<string>", fmt: Format | None = None) -> Strategy:
    """Parse and validate a strategy from text. ``fmt`` None guesses from the first character."""
    text = _decode(text, name)
    if fmt is None:
        fmt = "json" if text.lstrip().startswith("{") else "yaml"
    with gc_paused():
        data, positions = _parse_json(text, name) if fmt == "json" else _parse_yaml(text, name)
        return _validate(data, name, positions)


def dump_strategy(strategy: Strategy, fmt: Format = "yaml") -> str:
    """Serialise a strategy; loading the result gives an equal strategy."""
    if fmt == "json":
        data = _plain(strategy, mode="json")
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.dump(
        _plain(strategy, mode="python"),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def save_strategy(strategy: Strategy, path: str | Path, fmt: Format | None = None) -> None:
    """Write a strategy atomically: a temporary file next to ``path``, then a rename."""
    path = Path(path)
    fmt = fmt or ("json" if path.suffix.lower() in _JSON_SUFFIXES else "yaml")
    write_atomically(path, dump_strategy(strategy, fmt).encode("utf-8"))


def write_atomically(path: Path, content: bytes) -> None:
    """Replace ``path`` with ``content`` so that readers see the old or the new file, never half.

    A new file gets the usual permissions (``0o666`` less the umask, as ``open`` would give it);
    a file that is replaced keeps its own.
    """
    import os
    import secrets
    import stat

    path = Path(path)
    try:
        mode: int | None = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        mode = None
    while True:
        temporary = path.parent / f".{path.name}.{secrets.token_hex(6)}.tmp"
        try:
            handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
            break
        except FileExistsError:
            continue
    try:
        with os.fdopen(handle, "wb") as file:
            if mode is not None:
                os.fchmod(file.fileno(), mode)
            file.write(content)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def schema() -> dict[str, Any]:
    """The JSON Schema of a strategy file, for editors that validate and autocomplete."""
    result = Strategy.model_json_schema()
    result["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    result["$id"] = f"https://socialstrategy.invalid/schema/v{SCHEMA_VERSION}.json"
    return result


# --- Helpers --------------------------------------------------------------------------------


def _plain(strategy: Strategy, mode: Literal["json", "python"]) -> dict[str, Any]:
    """Fields that differ from their defaults, with the file's identity always first."""
    data = strategy.model_dump(mode=mode, exclude_defaults=True)
    head = {"schema_version": strategy.schema_version, "language": strategy.language}
    return head | {key: value for key, value in data.items() if key not in head}


def _decode(text: str | bytes, name: str) -> str:
    if len(text) > MAX_BYTES:
        message = N_("the file is larger than {size} MB")
        raise StrategyFileError([_new_problem(name, message, size=MAX_BYTES // 1_000_000)])
    if isinstance(text, str):
        return text
    try:
        return text.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = text[: error.start].count(b"\n") + 1
        _fail(name, N_("the file is not UTF-8 text"), line)


def _fail(name: str, template: str, line: int | None = None, **params: Any) -> NoReturn:
    raise StrategyFileError([_new_problem(name, template, line, **params)])


def _parse_yaml(text: str, name: str) -> tuple[Any, Positions]:
    try:
        node, composed_in_c = _compose(text)
        if node is None:
            return None, dict
        if composed_in_c:
            data = _built(node, name, _StrictLoader(""), set())
        else:
            _reject_duplicate_keys(node, name)
            data = _StrictLoader("").construct_document(node)
        return data, lambda: dict(_node_lines(node, ()))
    except _AnchorError as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        _fail(name, N_("not valid YAML: {problem}"), line, problem=Message(error.template, error.params))
    except _HugeYamlNumber as error:
        line = error.problem_mark.line + 1 if error.problem_mark else None
        _fail(name, N_("not valid YAML: a number with more than {count} digits"), line, count=MAX_DIGITS)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        problem = Text(error.problem or str(error), YAML_CONTEXT)
        _fail(name, N_("not valid YAML: {problem}"), mark.line + 1 if mark else None, problem=problem)
    except yaml.YAMLError as error:
        _fail(name, N_("not valid YAML: {problem}"), problem=Text(_first_line(error), YAML_CONTEXT))
    except RecursionError:
        _fail(name, N_("the file is nested too deeply"))
    except (ValueError, TypeError, AttributeError, IndexError, OverflowError) as error:
        # PyYAML's constructors raise these for values they cannot convert; tags are refused
        # earlier, so this is a safety net that keeps the promise of no traceback.
        _fail(name, N_("not valid YAML: {problem}"), problem=Text(_first_line(error), YAML_CONTEXT))


def _compose(text: str) -> tuple[Node | None, bool]:
    """The node tree of ``text``, and whether LibYAML's C composer made it (text that cannot
    hold an anchor or a tag: :func:`_may_hold_anchor_or_tag`); else the strict composer did."""
    in_c = _FastLoader is not None and not _may_hold_anchor_or_tag(text)
    loader = (_FastLoader if in_c and _FastLoader else _Loader)(text)
    try:
        node: Node | None = loader.get_single_node()
        return node, in_c
    finally:
        loader.dispose()


def _built(node: Node, name: str, constructor: SafeConstructor, seen: set[int]) -> Any:
    """The data of a tree the C composer made, checked on the way as the strict composer and
    :func:`_reject_duplicate_keys` check: a node met twice (an alias), a tag outside the
    strategy's types and a key that appears twice are refused. One pass without generators:
    PyYAML's Python composer and constructor took most of the time of loading a large file."""
    if id(node) in seen:
        raise _AnchorError(
            N_("anchors and aliases (& and *) are not allowed in strategy files"), node.start_mark
        )
    seen.add(id(node))
    if node.tag not in _ALLOWED_TAGS:
        tag = node.tag.replace("tag:yaml.org,2002:", "!!")
        raise _AnchorError(
            N_("tags such as {tag} are not allowed in strategy files"), node.start_mark, tag=tag
        )
    if isinstance(node, ScalarNode):
        if node.tag == _STR_TAG:
            return node.value
        return constructor.yaml_constructors[node.tag](constructor, node)
    if isinstance(node, SequenceNode):
        return [_built(item, name, constructor, seen) for item in node.value]
    return _built_mapping(node, name, constructor, seen)


def _built_mapping(node: Node, name: str, constructor: SafeConstructor, seen: set[int]) -> dict[Any, Any]:
    mapping: dict[Any, Any] = {}
    keys: set[str] = set()
    for key_node, value_node in node.value:
        if isinstance(key_node, ScalarNode):
            if key_node.value in keys:
                message = N_("not valid YAML: the key {key} appears twice")
                _fail(name, message, key_node.start_mark.line + 1, key=repr(key_node.value))
            keys.add(key_node.value)
        key = _built(key_node, name, constructor, seen)
        if not isinstance(key, Hashable):
            raise yaml.constructor.ConstructorError(
                "while constructing a mapping", node.start_mark, "found unhashable key", key_node.start_mark
            )
        mapping[key] = _built(value_node, name, constructor, seen)
    return mapping


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__


def _reject_duplicate_keys(node: Node, name: str) -> None:
    """PyYAML silently keeps the last of two equal keys; a strategy file must not."""
    if isinstance(node, MappingNode):
        seen: set[object] = set()
        for key, value in node.value:
            if isinstance(key, ScalarNode):
                if key.value in seen:
                    message = N_("not valid YAML: the key {key} appears twice")
                    _fail(name, message, key.start_mark.line + 1, key=repr(key.value))
                seen.add(key.value)
            _reject_duplicate_keys(value, name)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _reject_duplicate_keys(item, name)


def _parse_json(text: str, name: str) -> tuple[Any, Positions]:
    try:
        data = json.loads(
            text, object_pairs_hook=_unique_keys, parse_constant=_no_constant, parse_int=_bounded_int
        )
    except json.JSONDecodeError as error:
        _fail(name, N_("not valid JSON: {problem}"), error.lineno, problem=Text(error.msg, JSON_CONTEXT))
    except _DuplicateKey as error:
        _fail(name, N_("not valid JSON: the key {key} appears twice in one object"), key=repr(error.key))
    except _HugeNumber as error:
        line = text[: text.find(error.digits)].count("\n") + 1
        _fail(name, N_("not valid JSON: a number with more than {count} digits"), line, count=MAX_DIGITS)
    except RecursionError:
        _fail(name, N_("the file is nested too deeply"))
    return data, lambda: _json_positions(text)


MAX_DIGITS = 30
"""Longest integer in a JSON file: far more than any bound of the model, far less than Python's
limit of 4,300 digits, whose error would otherwise escape as a traceback."""


class _HugeNumber(ValueError):
    def __init__(self, digits: str) -> None:
        super().__init__(digits)
        self.digits = digits


def _bounded_int(digits: str) -> int:
    if len(digits.lstrip("-")) > MAX_DIGITS:
        raise _HugeNumber(digits)
    return int(digits)


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise _DuplicateKey(key)
        result[key] = value
    return result


def _no_constant(value: str) -> Any:
    raise json.JSONDecodeError(f"{value} is not a number", value, 0)


def _json_positions(text: str) -> dict[Loc, int]:
    """Line numbers of JSON values, read with the YAML composer (JSON is almost YAML).

    Where the composer disagrees with JSON, problems are reported without a line. A file on one
    line (as programs write JSON) has every value on line 1, known without composing it."""
    if "\n" not in text.strip():
        return {(): 1}
    try:
        node = _compose(text)[0]
        return dict(_node_lines(node, ())) if node is not None else {}
    except (yaml.YAMLError, RecursionError):
        return {}


def _node_lines(node: Node, loc: Loc) -> Iterator[tuple[Loc, int]]:
    """Pairs of (location, line) for every node; a mapping entry is located at its key."""
    yield loc, node.start_mark.line + 1
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if isinstance(key, ScalarNode):
                child = (*loc, key.value)
                yield child, key.start_mark.line + 1
                for inner, line in _node_lines(value, child):
                    if inner != child:
                        yield inner, line
    elif isinstance(node, SequenceNode):
        for index, item in enumerate(node.value):
            yield from _node_lines(item, (*loc, index))


def _validate(data: Any, name: str, positions: Positions) -> Strategy:
    if data is None:
        _fail(name, N_("the file is empty"))
    if not isinstance(data, dict):
        _fail(name, N_("a strategy file must be a mapping of sections (schema_version, title, goals, …)"), 1)
    version = data.get("schema_version", SCHEMA_VERSION)
    if version != SCHEMA_VERSION:
        line = positions().get(("schema_version",))
        message = N_("schema_version {version} is not supported; this version reads {supported}")
        problem = _new_problem(
            name, message, line, "schema_version", version=repr(version), supported=SCHEMA_VERSION
        )
        raise StrategyFileError([problem])
    try:
        return Strategy.model_validate(data)
    except ValidationError as error:
        items = error.errors(include_url=False)[:MAX_PROBLEMS]
        lines = positions()
        problems = [_problem(name, item, lines) for item in items]
        raise StrategyFileError(problems, error.error_count() - len(problems)) from None


def _problem(name: str, item: Any, positions: dict[Loc, int]) -> Problem:
    loc: Loc = tuple(part for part in item["loc"] if not (isinstance(part, str) and part.startswith("[")))
    return Problem(
        name, english_message(item), _line(loc, positions), format_path(loc), validation_message(item)
    )


def _line(loc: Loc, positions: dict[Loc, int]) -> int | None:
    """The line of the deepest node on ``loc`` that exists in the file."""
    for depth in range(len(loc), -1, -1):
        prefix = tuple(str(part) if isinstance(part, str) else part for part in loc[:depth])
        if prefix in positions:
            return positions[prefix]
    return None


def format_path(loc: Sequence[int | str]) -> str:
    """``('goals', 2, 'serves', 0)`` → ``goals[2].serves[0]``."""
    path = ""
    for part in loc:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path
