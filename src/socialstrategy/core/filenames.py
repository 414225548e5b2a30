"""File names of every download and export, built in one place: ASCII, readable, no repetition.

>>> from socialstrategy.core.model import Strategy
>>> strategy = Strategy.model_validate({
...     "title": "Social-Media-Strategie 2027 – Bäckerei Sonnenkorn",
...     "organisation": {"name": "Bäckerei Sonnenkorn GmbH"},
... })
>>> file_name(strategy, "de", extension="pdf")
'baeckerei-sonnenkorn-social-media-strategie-2027-de.pdf'
>>> file_name(strategy, "de", "social-media-guidelines", extension="docx", title=False)
'baeckerei-sonnenkorn-social-media-guidelines-de.docx'
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from socialstrategy.core.model import Strategy

MAX_LENGTH = 80
"""Characters of a name before its extension; longer names are cut at a word."""

_GERMAN = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_LEGAL_FORMS = frozenset(
    {"gmbh", "mbh", "ag", "kg", "kgaa", "ohg", "gbr", "ug", "ev", "e", "v", "eg", "se", "co"}
    | {"inc", "corp", "llc", "ltd", "plc", "lp", "llp", "sa", "sarl", "sas", "bv", "nv"}
)
"""Legal forms and their pieces (``GmbH & Co. KG``, ``e. V.``, ``Inc.``): a file name leaves them out."""


def slug_words(text: str) -> list[str]:
    """``text`` as lower-case ASCII words: umlauts as ``ae``, other accents dropped.

    >>> slug_words("Café Müller & Söhne")
    ['cafe', 'mueller', 'soehne']
    """
    ascii_text = unicodedata.normalize("NFKD", text.translate(_GERMAN)).encode("ascii", "ignore").decode()
    return [word for word in re.split(r"[^a-z0-9]+", ascii_text.lower()) if word]


def organisation_words(strategy: Strategy) -> list[str]:
    """The organisation's name without its legal form (``Ridgeline Sensor Systems, Inc.`` → 3 words)."""
    name = strategy.organisation.name if strategy.organisation else ""
    words = slug_words(name)
    while len(words) > 1 and words[-1] in _LEGAL_FORMS:
        words.pop()
    return words


def file_name(
    strategy: Strategy,
    language: str | None,
    *parts: str,
    extension: str,
    title: bool = True,
) -> str:
    """``organisation-title-parts-language.extension``, each word sequence only once.

    The strategy's title often repeats the organisation (``… 2027 – Bäckerei Sonnenkorn``), and a
    part often repeats the title: a run of words that already stands in the name is left out.
    """
    words = organisation_words(strategy)
    if title and strategy.title:
        words = _append(words, slug_words(strategy.title), shortest=1)
    for part in parts:
        words = _append(words, slug_words(part))
    if not words:
        words = ["strategy"]
    stem = _shorten("-".join(words))
    suffix = f"-{language}" if language else ""
    return f"{stem}{suffix}.{extension.lstrip('.')}"


def organisation_slug(strategy: Strategy) -> str:
    """The organisation (else the title) as one ASCII slug, for names built around it."""
    words = organisation_words(strategy) or slug_words(strategy.title or "")
    return _shorten("-".join(words)) or "strategy"


def _append(words: list[str], new: Sequence[str], shortest: int = 2) -> list[str]:
    """``words`` followed by ``new``, without the runs of ``new`` that ``words`` already has.

    Runs of at least ``shortest`` words count: a title repeating one word of the organisation
    loses it, while ``media`` in ``social-media-strategy`` stays beside ``Media Markt``.
    """
    new = list(new)
    for length in range(len(new), shortest - 1, -1):
        for start in range(len(new) - length + 1):
            if _contains(words, new[start : start + length]):
                del new[start : start + length]
                return _append(words, new, shortest)
    return [*words, *new]


def _contains(words: Sequence[str], run: Sequence[str]) -> bool:
    size = len(run)
    return any(list(words[index : index + size]) == list(run) for index in range(len(words) - size + 1))


def _shorten(stem: str) -> str:
    if len(stem) <= MAX_LENGTH:
        return stem
    return stem[: MAX_LENGTH + 1].rsplit("-", 1)[0]
