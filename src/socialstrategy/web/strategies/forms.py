"""Forms for the sections of the strategy document, described as data.

A step's form is a tuple of :class:`Field` objects whose ``name`` is a dotted path into the
document (``organisation.name``) or, inside a repeating item, into the item (``statement``).
Submitted values are parsed into a copy of the document, which the core model validates as a
whole; validation errors come back with their path and are shown beside their field.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from django.utils import formats
from django.utils.functional import Promise
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from pydantic import ValidationError

from socialstrategy.core.i18n import N_
from socialstrategy.core.identifiers import identifier_from
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.validation import validation_message

Choices = Iterable[tuple[str, Any]]
ChoiceSource = Callable[[dict[str, Any]], Choices] | tuple[tuple[str, Any], ...] | None
Document = dict[str, Any]


@dataclass(frozen=True)
class Field:
    """One input. ``kind`` is text, textarea, int, float, date, time, select, multi (checkboxes of
    ids), tags (comma-separated words), lines (one entry per line), media (one per line: URL or
    file, ``|``, alt text), mapping (a number per key of
    ``choices``: a select of ``levels`` when they are given, else a number input) or bool."""

    name: str
    label: str | Promise
    kind: str = "text"
    choices: ChoiceSource = None
    help: str | Promise = ""
    required: bool = False
    wide: bool = False
    group: str | Promise = ""
    """Fields with the same group are shown together under the group's name."""
    minimum: float | None = None
    """The smallest number a number field accepts."""
    maximum: float | None = None
    """The largest number a number field accepts."""
    halves: bool = False
    """A number field that accepts whole and half numbers only (an importance such as 2.5)."""
    note: Callable[[Document], str] | None = None
    """A remark computed from the document (e.g. the value in effect), shown after the help."""
    aliases: tuple[str, ...] = ()
    """Older names of the same value: shown when the field itself is empty, dropped on save."""
    advanced: bool = False
    """Folded away under "Advanced" in an item's form and left out of its card (e.g. the id)."""
    levels: ChoiceSource = None
    """For a mapping: the values to choose from for each key (e.g. a scale 1 to 5)."""
    unit: str | Promise = ""
    """For a mapping without levels: the unit after each number input (e.g. hours)."""

    def choice_list(self, document: Document) -> list[tuple[str, str]]:
        return _choice_list(self.choices, document)

    def level_list(self, document: Document) -> list[tuple[str, str]]:
        return _choice_list(self.levels, document)


def _choice_list(source: ChoiceSource, document: Document) -> list[tuple[str, str]]:
    items = source(document) if callable(source) else source or ()
    return [(value, str(text)) for value, text in items]


@dataclass(frozen=True)
class Collection:
    """A repeating list of items (goals, audiences, team members) edited in place."""

    path: str
    label: str | Promise
    item_label: str | Promise
    fields: tuple[Field, ...]
    title: Callable[[dict[str, Any]], str] = lambda item: str(item.get("name") or item.get("id") or "")
    children: tuple[Collection, ...] = ()
    help: str | Promise = ""
    id_from: str = ""
    """The item field an item's ``id`` is made from when the form leaves it empty (its name)."""
    id_fallback: str = "item"
    """The id's base when that field has no letters or digits."""

    def identify(self, item: Document, kept: Any, siblings: Iterable[Any]) -> None:
        """Give a saved ``item`` whose form left the id empty its id: the one it had (``kept``:
        references to it stay valid), else one made from its name, unique among ``siblings``."""
        if not self.id_from or item.get("id"):
            return
        if kept:
            item["id"] = kept
            return
        taken = [str(other.get("id")) for other in siblings if isinstance(other, dict) and other.get("id")]
        item["id"] = identifier_from(str(item.get(self.id_from) or ""), taken, self.id_fallback)


@dataclass
class BoundField:
    field: Field
    id: str
    value: Any
    error: str = ""
    # dataclasses.field, not the name: the attribute ``field`` above shadows it for type checkers.
    choices: list[tuple[str, str]] = dataclasses.field(default_factory=list)
    note: str = ""
    levels: list[tuple[str, str]] = dataclasses.field(default_factory=list)

    @property
    def name(self) -> str:
        return self.field.name

    @property
    def kind(self) -> str:
        return self.field.kind

    @property
    def label(self) -> str:
        return str(self.field.label)

    @property
    def help(self) -> str:
        return " ".join(part for part in (str(self.field.help), self.note) if part)

    @property
    def text(self) -> str:
        """The value as the input shows it."""
        return format_value(self.field.kind, self.value)

    @property
    def display(self) -> str:
        """The value as a reader sees it (choice labels instead of codes)."""
        if self.kind in ("select", "multi") and self.choices:
            names = dict(self.choices)
            values = self.value if isinstance(self.value, list) else [self.value]
            return ", ".join(names.get(v, str(v)) for v in values if v not in (None, ""))
        if self.kind == "bool":
            return _("yes") if self.value else _("no")
        if self.kind == "mapping" and isinstance(self.value, dict):
            names, levels = dict(self.choices), dict(self.levels)
            return ", ".join(
                f"{names.get(k, k)}: {levels.get(_number_text(v)) or _localised('float', v) or v}"
                for k, v in self.value.items()
            )
        return _localised(self.kind, self.value) or self.text

    def is_selected(self, value: str) -> bool:
        if isinstance(self.value, list):
            return value in self.value
        return bool(value == self.value)

    @property
    def options(self) -> list[tuple[str, str, bool]]:
        """Choices with whether each is selected; a stored code missing from the list stays visible."""
        options = [(value, text, self.is_selected(value)) for value, text in self.choices]
        known = {value for value, _text in self.choices}
        values = self.value if isinstance(self.value, list) else [self.value]
        options += [(str(x), str(x), True) for x in values if x not in (None, "") and x not in known]
        return options

    @property
    def rows(self) -> list[MappingRow]:
        """A mapping's keys (its choices, then stored keys missing from them) with their values."""
        values = self.value if isinstance(self.value, dict) else {}
        names = dict(self.choices)
        keys = [*names, *(k for k in values if k not in names)]
        return [
            MappingRow(
                key,
                names.get(key, key),
                self.id + "-" + anchor(key)[2:],
                self.name + "." + key,
                format_value("float", values.get(key)),
            )
            for key in keys
        ]

    @property
    def is_wide(self) -> bool:
        if self.field.wide or self.kind == "multi":
            return True
        return self.kind in ("textarea", "lines", "media", "mapping") and not self.field.group

    @property
    def group(self) -> str:
        return str(self.field.group)

    @property
    def is_empty(self) -> bool:
        return self.value in (None, "", [], {}) and self.kind != "bool"


@dataclass(frozen=True)
class MappingRow:
    """One key of a mapping field as its form shows it: label, element id, input name, value."""

    key: str
    label: str
    id: str
    name: str
    text: str


def _localised(kind: str, value: Any) -> str:
    """Numbers and dates as the reader's language writes them (12,5 and 31.03.2026 in German)."""
    if kind in ("float", "int") and isinstance(value, int | float) and not isinstance(value, bool):
        return formats.number_format(int(value) if value == int(value) else value, use_l10n=True)
    if kind == "date" and isinstance(value, str):
        try:
            return formats.date_format(dt.date.fromisoformat(value), "SHORT_DATE_FORMAT")
        except ValueError:
            return ""
    return ""


class FormErrors(Exception):
    """The submitted values do not make a valid strategy: ``errors`` maps field names to messages."""

    def __init__(
        self, errors: dict[str, str], general: list[str], located: list[tuple[str, str]] | None = None
    ):
        super().__init__(errors)
        self.errors = errors
        self.general = general
        self.located = located or []  # every error as (path in the document, message)


# --- paths --------------------------------------------------------------------------------------


def split_path(path: str) -> list[str | int]:
    """``goals[2].kpis.0`` or ``/goals/2/kpis/0`` -> ``['goals', 2, 'kpis', 0]``."""
    parts = [p for p in re.split(r"[./\[\]]+", path) if p]
    return [int(p) if p.isdigit() else p for p in parts]


def join_path(parts: Iterable[str | int]) -> str:
    return ".".join(str(p) for p in parts)


def anchor(path: str) -> str:
    return "f-" + re.sub(r"[^A-Za-z0-9_-]", "-", path)


def get_path(document: Any, path: str | list[str | int], default: Any = None) -> Any:
    node = document
    for part in split_path(path) if isinstance(path, str) else path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def set_path(document: Document, path: str, value: Any) -> None:
    """Set ``value`` at ``path``, creating sections on the way; empty values remove the key."""
    parts = split_path(path)
    node: Any = document
    for part in parts[:-1]:
        if isinstance(node, list):
            node = node[part]  # type: ignore[index]
            continue
        if not isinstance(node.get(part), dict):
            node[part] = {}
        node = node[part]
    last = parts[-1]
    if _is_empty(value):
        node.pop(last, None)
    else:
        node[last] = value


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def prune(document: Any) -> Any:
    """Drop empty optional sections (``{}`` and ``None``) so a cleared section reads as absent."""
    if isinstance(document, dict):
        cleaned = {k: prune(v) for k, v in document.items()}
        return {k: v for k, v in cleaned.items() if v is not None and v != {}}
    if isinstance(document, list):
        return [prune(v) for v in document]
    return document


# --- parsing submitted values ---------------------------------------------------------------------


def clean_text(value: str) -> str:
    """PostgreSQL cannot store NUL in text; strip it where data enters."""
    return value.replace("\x00", "").strip()


def parse_value(kind: str, raw: list[str]) -> Any:
    """Turn the submitted strings of one field into the document's value (raises ValueError)."""
    values = [clean_text(v) for v in raw]
    first = values[0] if values else ""
    if kind == "multi":
        return [v for v in values if v]
    if kind == "bool":
        return first in ("on", "true", "1")
    if first == "":
        return None
    parser = _PARSERS.get(kind)
    return parser(first) if parser else first


def _number(text: str) -> float:
    try:
        number = float(text.replace(" ", "").replace(",", "."))
    except ValueError:
        number = math.nan
    if not math.isfinite(number):  # "inf", "nan" and 1e400 are no number a strategy can hold
        raise ValueError(_say(N_("Enter a number.")))
    return number


def _integer(text: str) -> int:
    number = _number(text)
    if number != int(number):
        raise ValueError(_say(N_("Enter a whole number.")))
    return int(number)


def _date(text: str) -> str:
    try:
        return dt.date.fromisoformat(text).isoformat()
    except ValueError:
        raise ValueError(_say(N_("Enter a date such as 2026-03-31."))) from None


def _time(text: str) -> str:
    try:
        return dt.time.fromisoformat(text).isoformat(timespec="minutes")
    except ValueError:
        raise ValueError(_("Enter a time such as 09:30.")) from None


def _tags(text: str) -> list[str]:
    return [t.strip() for t in text.split(",") if t.strip()]


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


_VIDEO_ENDINGS = (".mp4", ".mov", ".m4v", ".webm")


def _media(text: str) -> list[dict[str, str]]:
    """One medium per line: a URL or a file name, then ``|`` and its alt text."""
    media = []
    for line in _lines(text):
        location, _, alt = (part.strip() for part in line.partition("|"))
        where = "url" if location.lower().startswith(("http://", "https://")) else "file"
        path = location.lower().split("?")[0]
        kind = "video" if path.endswith(_VIDEO_ENDINGS) else "document" if path.endswith(".pdf") else "image"
        media.append({where: location, "kind": kind, **({"alt": alt} if alt else {})})
    return media


def _media_text(value: Any) -> str:
    lines = []
    for item in value:
        data = item if isinstance(item, Mapping) else {"url": str(item)}
        location = data.get("url") or data.get("file") or ""
        lines.append(f"{location} | {data['alt']}" if data.get("alt") else str(location))
    return "\n".join(lines)


def parse_mapping(data: Mapping[str, Any], name: str) -> dict[str, float] | None:
    """The submitted ``name.<key>`` inputs of a mapping field as ``{key: number}``; empty inputs
    are left out (raises ValueError naming the key)."""
    result: dict[str, float] = {}
    for submitted in data:
        if not submitted.startswith(name + "."):
            continue
        key = submitted[len(name) + 1 :]
        raw = data.getlist(submitted) if hasattr(data, "getlist") else [data[submitted]]
        text = clean_text(str(raw[0] if isinstance(raw, list | tuple) and raw else raw or ""))
        if not text:
            continue
        try:
            value = _number(text)
        except ValueError as error:
            raise ValueError(f"{key}: {error}") from None
        result[key] = int(value) if value == int(value) else value
    return result or None


_PARSERS: dict[str, Callable[[str], Any]] = {
    "int": _integer,
    "float": _number,
    "date": _date,
    "time": _time,
    "tags": _tags,
    "lines": _lines,
    "media": _media,
}


def format_value(kind: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, _RawText):
        return str(value)
    if kind == "tags":
        return ", ".join(str(v) for v in value)
    if kind == "lines":
        return "\n".join(str(v) for v in value)
    if kind == "media":
        return _media_text(value)
    if kind in ("float", "int"):
        return _number_text(value)
    return str(value)


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value == int(value):
        return str(int(value))
    return str(value)


def read_fields(
    fields: Iterable[Field], data: Mapping[str, Any], target: Document, prefix: str = ""
) -> dict[str, str]:
    """Write the submitted values of ``fields`` into ``target``; return conversion errors."""
    errors: dict[str, str] = {}
    for f in fields:
        raw = data.getlist(f.name) if hasattr(data, "getlist") else data.get(f.name, [])
        try:
            if f.kind == "mapping":
                value = parse_mapping(data, f.name)
            else:
                value = parse_value(f.kind, list(raw) if isinstance(raw, list | tuple) else [raw])
        except ValueError as error:
            errors[f.name] = str(error)
            continue
        if f.minimum is not None and isinstance(value, int | float) and value < f.minimum:
            minimum = formats.number_format(f.minimum, use_l10n=True)
            errors[f.name] = _("Enter %(minimum)s or more.") % {"minimum": minimum}
            continue
        if f.maximum is not None and isinstance(value, int | float) and value > f.maximum:
            maximum = formats.number_format(f.maximum, use_l10n=True)
            errors[f.name] = _("Enter %(maximum)s or less.") % {"maximum": maximum}
            continue
        if f.halves and isinstance(value, int | float) and value * 2 != int(value * 2):
            errors[f.name] = _("Enter a whole or half number, such as 2 or 2.5.")
            continue
        set_path(target, prefix + f.name, value)
        for alias in f.aliases:
            set_path(target, prefix + alias, None)
    return errors


# --- validation ------------------------------------------------------------------------------------


def validate(document: Document, prefix: str = "", names: Iterable[str] = ()) -> StrategyDocument:
    """Validate the whole document; errors under ``prefix`` are keyed by the field name they hit."""
    try:
        return StrategyDocument.model_validate(prune(document))
    except ValidationError as error:
        raise _form_errors(error, prefix, set(names)) from None


def _form_errors(error: ValidationError, prefix: str, names: set[str]) -> FormErrors:
    errors: dict[str, str] = {}
    general: list[str] = []
    located: list[tuple[str, str]] = []
    for item in error.errors(include_url=False):
        path = join_path(p for p in item["loc"] if not (isinstance(p, str) and "[" in p))
        message = error_message(item)
        located.append((path, message))
        name = _field_for(path, prefix, names)
        if name is not None and name not in errors:
            errors[name] = message
        else:
            general.append(f"{path}: {message}" if path else message)
    return FormErrors(errors, general, located)


def _field_for(path: str, prefix: str, names: set[str]) -> str | None:
    if prefix and not path.startswith(prefix):
        return None
    relative = path[len(prefix) :]
    while relative:
        if relative in names:
            return relative
        relative = relative.rpartition(".")[0]
    return None


def error_message(item: Mapping[str, Any]) -> str:
    """A pydantic error in the reader's language, in the wording for a form field."""
    return validation_message(item, form=True).render(_language())


def _say(template: str) -> str:
    """A core message id (a parse error's) in the reader's language."""
    return Message(template).render(_language())


def _language() -> str:
    return (get_language() or "en").split("-")[0]


# --- binding values for display ---------------------------------------------------------------------


def bind(
    fields: Iterable[Field],
    values: Document,
    document: Document,
    id_prefix: str = "",
    errors: Mapping[str, str] | None = None,
) -> list[BoundField]:
    errors = errors or {}
    return [
        BoundField(
            field=f,
            id=anchor(id_prefix + f.name),
            value=_value(values, f),
            error=errors.get(f.name, ""),
            choices=f.choice_list(document),
            note=f.note(document) if f.note else "",
            levels=f.level_list(document),
        )
        for f in fields
    ]


def _value(values: Document, f: Field) -> Any:
    for name in (f.name, *f.aliases):
        value = get_path(values, name)
        if value is not None:
            return value
    return None


def bind_submitted(
    fields: Iterable[Field],
    data: Mapping[str, Any],
    document: Document,
    id_prefix: str,
    errors: Mapping[str, str],
) -> list[BoundField]:
    """Bind what the user typed, so a refused form keeps their input."""
    values: Document = {}
    for f in fields:
        raw = [clean_text(v) for v in data.getlist(f.name)] if hasattr(data, "getlist") else []
        if f.kind == "multi":
            values[f.name] = raw
        elif f.kind == "mapping":
            prefix = f.name + "."
            values[f.name] = {
                k[len(prefix) :]: _RawText(clean_text(data.get(k, ""))) for k in data if k.startswith(prefix)
            }
        elif f.kind == "bool":
            values[f.name] = bool(raw and raw[0])
        else:
            values[f.name] = _RawText(raw[0] if raw else "")
    bound = bind(fields, {}, document, id_prefix, errors)
    for b in bound:
        b.value = values[b.name]
    return bound


class _RawText(str):
    """Text exactly as typed; format_value shows it unchanged."""


def copy_document(document: Document) -> Document:
    """A deep copy of a JSON document (dicts, lists and scalars), several times faster than
    ``copy.deepcopy``, which a save would otherwise spend most of its copying time in."""
    return _copy_json(document)  # type: ignore[no-any-return]


def _copy_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _copy_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_copy_json(v) for v in value]
    return value
