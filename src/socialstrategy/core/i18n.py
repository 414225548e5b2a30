"""Translations for the core, shared by the CLI, the documents and the web app.

Core code marks user-facing strings with :func:`N_` (gettext_noop) and translates them at the
boundary with :func:`translate`. Catalogs are gettext ``.po`` files under
``core/locale/<lang>/LC_MESSAGES/<domain>.po``, one domain per topic (checks, knowledge,
planning, texts, render) so that every topic keeps its own file. They are read with Babel, so
no compile step is needed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path
from typing import Any

LOCALE_DIR = Path(__file__).parent / "locale"
LANGUAGES = ("en", "de")


def N_(message: str) -> str:
    """Mark a string for translation without translating it (gettext_noop)."""
    return message


def translate(message: str, language: str, context: str | None = None, **params: object) -> str:
    """Translate ``message`` into ``language`` and fill ``{placeholders}`` from ``params``.

    >>> translate("{count} findings", "en", count=3)
    '3 findings'
    """
    text = _catalog(language).get((context, message)) or message
    return text.format(**params) if params else text


def translate_plural(
    singular: str, plural: str, count: int, language: str, context: str | None = None, **params: object
) -> str:
    """ngettext: ``singular`` or ``plural`` for ``count``, from the catalog's plural forms
    (``msgid_plural``/``msgstr[n]``), with ``{count}`` and ``params`` filled in. German and English
    have one form for 1 and one for every other number.

    >>> translate_plural("{count} finding", "{count} findings", 1, "en")
    '1 finding'
    >>> translate_plural("{count} finding", "{count} findings", 3, "en")
    '3 findings'
    """
    forms = _plurals(language).get((context, singular)) or (singular, plural)
    text = forms[0] if count == 1 else forms[min(1, len(forms) - 1)]
    return text.format(count=count, **params)


def number(value: float, language: str) -> str:
    """A number as the reader writes it: ``1234.5`` → ``1,234.5`` (en) or ``1.234,5`` (de);
    whole numbers without decimals, at most three decimals.

    >>> number(0.47, "de"), number(2200, "de"), number(63206, "en"), number(4.0, "de")
    ('0,47', '2.200', '63,206', '4')
    """
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.###", locale=language)


def date(value: dt.date, language: str) -> str:
    """A date as the reader writes it: ``27.04.2026`` (de, DIN 5008) or ``2026-04-27`` (en).

    >>> date(dt.date(2026, 4, 27), "de"), date(dt.date(2026, 4, 27), "en")
    ('27.04.2026', '2026-04-27')
    """
    return value.strftime("%d.%m.%Y") if language == "de" else value.isoformat()


@cache
def _plurals(language: str) -> dict[tuple[str | None, str], tuple[str, ...]]:
    """The plural entries of the catalogs: (context, singular) → the translated forms."""
    plurals: dict[tuple[str | None, str], tuple[str, ...]] = {}
    for entry in _entries(language):
        if isinstance(entry.id, tuple | list) and all(entry.string) and not entry.fuzzy:
            plurals[(entry.context, str(entry.id[0]))] = tuple(str(form) for form in entry.string)
    return plurals


@cache
def _entries(language: str) -> tuple[Any, ...]:
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    if language == "en" or not folder.is_dir():
        return ()
    from babel.messages.pofile import read_po  # only when a translation is needed: start-up time

    entries: list[Any] = []
    for path in sorted(folder.glob("*.po")):
        with path.open("rb") as handle:
            entries += list(read_po(handle, locale=language))
    return tuple(entries)


@cache
def _catalog(language: str) -> dict[tuple[str | None, str], str]:
    messages: dict[tuple[str | None, str], str] = {}
    for entry in _entries(language):
        if entry.id and isinstance(entry.id, str) and entry.string and not entry.fuzzy:
            messages[(entry.context, entry.id)] = str(entry.string)
    return messages
