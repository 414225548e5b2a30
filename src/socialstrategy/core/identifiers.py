"""Identifiers made from names: the short references items use for each other (a goal's
``serves`` names corporate objectives by them), so that nobody has to invent one.

An identifier is made once, when the item is first saved, and kept from then on: renaming an
item does not change it, so the references to it stay valid.

>>> identifier_from("Mehr Selbstzahler für Präventionskurse", [], "goal")
'mehr-selbstzahler-fuer-praeventionskurse'
>>> identifier_from("Anna Berg", ["anna-berg"], "member")
'anna-berg-2'
>>> identifier_from("!!!", [], "goal")
'goal'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

MAX_LENGTH = 40
"""Long enough to be read, short enough for a file (the model allows 64, leaving room for ``-2``)."""

_SPELLED = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe", "œ": "oe"})
_NOT_WORD = re.compile(r"[^a-z0-9]+")


def slug(text: str) -> str:
    """``text`` in lower-case ASCII words joined by ``-``, cut after whole words at
    :data:`MAX_LENGTH` characters (German umlauts spelled out: ``für`` → ``fuer``)."""
    spelled = text.lower().translate(_SPELLED)
    ascii_text = unicodedata.normalize("NFKD", spelled).encode("ascii", "ignore").decode()
    words = [word for word in _NOT_WORD.split(ascii_text) if word]
    kept: list[str] = []
    for word in words:
        if kept and len("-".join([*kept, word])) > MAX_LENGTH:
            break
        kept.append(word[:MAX_LENGTH])
    return "-".join(kept)


def identifier_from(name: str, taken: Iterable[str], fallback: str) -> str:
    """An identifier for an item called ``name``, unused among ``taken`` (the identifiers of the
    other items of its list); ``fallback`` when the name has no letters or digits."""
    base = slug(name) or fallback
    used = set(taken)
    candidate, number = base, 2
    while candidate in used:
        candidate, number = f"{base}-{number}", number + 1
    return candidate
