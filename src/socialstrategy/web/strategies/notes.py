"""Revision notes ("Goals & KPIs", "Removed goal: …") in the language of whoever reads the history.

A note is stored as its English message and values (``record``), not as the text its saver saw,
and is translated when shown (``describe``). Values that are themselves messages (a step's or an
item's name) are translated too; what people typed (a goal's title) is shown as typed. Notes
stored as plain text by earlier versions are shown as they are.
"""

from __future__ import annotations

import json
from typing import Any

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext

MAX_LENGTH = 200  # Revision.note


def record(message: str, **values: Any) -> str:
    """The note to store: ``message`` is an English message id, marked with ``gettext_noop``."""
    with translation.override("en"):
        texts = {name: str(value) for name, value in values.items()}
    data = {"m": message, "v": texts, "t": sorted(n for n, v in values.items() if isinstance(v, Promise))}
    stored = json.dumps(data, ensure_ascii=False)
    while len(stored) > MAX_LENGTH:  # shorten the longest typed value, never the structure
        typed = [n for n in texts if n not in data["t"] and texts[n]]
        if not typed:
            return (message % texts)[:MAX_LENGTH]
        longest = max(typed, key=lambda n: len(texts[n]))
        excess = len(stored) - MAX_LENGTH
        texts[longest] = texts[longest][: max(0, len(texts[longest]) - excess - 1)] + "…"
        stored = json.dumps(data, ensure_ascii=False)
    return stored


def describe(stored: str) -> str:
    """The note in the active language."""
    data = _parse(stored)
    if data is None:
        return stored
    values = {name: gettext(text) if name in data["t"] else text for name, text in data["v"].items()}
    for message in (gettext(data["m"]), data["m"]):  # the English one if a translation is broken
        try:
            return message % values
        except (KeyError, ValueError, TypeError):
            continue
    return stored


def _parse(stored: str) -> dict[str, Any] | None:
    if not stored.startswith('{"m": '):
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    valid = (
        isinstance(data, dict)
        and isinstance(data.get("m"), str)
        and isinstance(data.get("v"), dict)
        and all(isinstance(v, str) for v in data["v"].values())
        and isinstance(data.get("t"), list)
    )
    return data if valid else None
