"""Readable differences between two strategy documents, and re-applying one's own changes."""

from __future__ import annotations

import copy
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cached_property
from typing import Any

Document = dict[str, Any]
_MISSING = object()


@dataclass(frozen=True)
class Segment:
    """A run of a text, and whether it differs in the other version."""

    text: str
    changed: bool


@dataclass(frozen=True)
class Change:
    path: str
    label: str
    before: str
    after: str

    @property
    def kind(self) -> str:
        if not self.before:
            return "added"
        return "removed" if not self.after else "changed"

    @property
    def is_prose(self) -> bool:
        """A changed text of several words, shown word by word (one changed word in a paragraph
        would otherwise strike through the whole paragraph)."""
        return self.kind == "changed" and len(_WORD.findall(self.before)) + len(_WORD.findall(self.after)) > 8

    @cached_property
    def segments(self) -> tuple[list[Segment], list[Segment]]:
        return word_diff(self.before, self.after)


_WORD = re.compile(r"\S+")
_TOKEN = re.compile(r"\S+|\s+")


def word_diff(before: str, after: str) -> tuple[list[Segment], list[Segment]]:
    """Both texts cut into runs of words and spaces, each marked changed or kept; the runs of
    each text join up to the text itself."""
    old, new = _TOKEN.findall(before), _TOKEN.findall(after)
    old_runs: list[Segment] = []
    new_runs: list[Segment] = []
    for tag, i1, i2, j1, j2 in SequenceMatcher(None, old, new, autojunk=False).get_opcodes():
        if i1 < i2:
            old_runs.append(Segment("".join(old[i1:i2]), tag != "equal"))
        if j1 < j2:
            new_runs.append(Segment("".join(new[j1:j2]), tag != "equal"))
    return old_runs, new_runs


def flatten(value: Any, prefix: str = "") -> dict[str, Any]:
    """``{"goals": [{"id": "a"}]}`` -> ``{"goals.0.id": "a"}``."""
    items: Iterable[tuple[Any, Any]]
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        items = ((str(i), v) for i, v in enumerate(value))
    else:
        return {prefix: value} if prefix else {}
    flat: dict[str, Any] = {}
    for key, child in items:
        flat.update(flatten(child, f"{prefix}.{key}" if prefix else str(key)))
    return flat


def diff(before: Document, after: Document, labels: Mapping[str, str] | None = None) -> list[Change]:
    """Every changed value, named readably (``labels`` maps ``goals.*.statement`` to a label)."""
    old, new = flatten(before), flatten(after)
    keys = list(dict.fromkeys([*new, *old]))
    changes = (
        Change(key, readable_path(key, labels or {}, before, after), _text(old.get(key)), _text(new.get(key)))
        for key in keys
        if old.get(key, _MISSING) != new.get(key, _MISSING)
    )
    return [change for change in changes if change.before != change.after]


def readable_path(path: str, labels: Mapping[str, str], *documents: Document) -> str:
    """``goals.1.statement`` -> ``Social media goals › g-sales › Goal`` (items named by their id)."""
    parts = path.split(".")
    words: list[str] = []
    pending: list[str] = []
    for i, part in enumerate(parts):
        if part.isdigit():
            words += [*pending, _item_name(parts[: i + 1], documents) or f"#{int(part) + 1}"]
            pending = []
            continue
        pattern = ".".join("*" if p.isdigit() else p for p in parts[: i + 1])
        if pattern in labels:
            words.append(labels[pattern])
            pending = []
        else:
            pending.append(part.replace("_", " "))
    return " › ".join(words + pending)


def _item_name(parts: list[str], documents: tuple[Document, ...]) -> str:
    for document in documents:
        node: Any = document
        for part in parts:
            try:
                node = node[int(part)] if part.isdigit() else node[part]
            except (KeyError, IndexError, TypeError):
                node = None
                break
        if isinstance(node, dict):
            for key in ("title", "name", "id", "key", "metric", "platform", "role", "category"):
                if node.get(key):
                    return str(node[key])
    return ""


def _text(value: Any) -> str:
    if value is None or value is _MISSING:
        return ""
    if isinstance(value, list):
        return ", ".join(_text(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {_text(v)}" for k, v in value.items())
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


def reapply(base: Document, mine: Document, theirs: Document) -> Document:
    """Apply the changes from ``base`` to ``mine`` onto ``theirs`` (mine wins where both changed)."""
    if not (isinstance(base, dict) and isinstance(mine, dict) and isinstance(theirs, dict)):
        return _reapply_value(base, mine, theirs)
    result = copy.deepcopy(theirs)
    for key in set(base) | set(mine):
        old, new = base.get(key, _MISSING), mine.get(key, _MISSING)
        if old == new:
            continue
        if new is _MISSING:
            result.pop(key, None)
        elif old is _MISSING or key not in result:
            result[key] = copy.deepcopy(new)
        else:
            result[key] = reapply(old, new, result[key])
    return result


def _reapply_value(base: Any, mine: Any, theirs: Any) -> Any:
    """Lists of items of equal length merge item by item; anything else: mine replaces theirs."""
    if (
        isinstance(base, list)
        and isinstance(mine, list)
        and isinstance(theirs, list)
        and len(base) == len(mine) == len(theirs)
    ):
        return [reapply(b, m, t) if b != m else t for b, m, t in zip(base, mine, theirs, strict=True)]
    return copy.deepcopy(mine)
