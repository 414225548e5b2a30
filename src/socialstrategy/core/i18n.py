"""Translations for the core, shared by the CLI, the documents and the web app.

Core code marks user-facing strings with :func:`N_` (gettext_noop) and translates them at the
boundary with :func:`translate`. Catalogs are gettext ``.po`` files under
``core/locale/<lang>/LC_MESSAGES/<domain>.po``, one domain per topic (checks, knowledge,
planning, texts, render) so that every topic keeps its own file. They are read with Babel on
the first use and then from a compiled form in the user's cache (``core/runtime.py``), rebuilt
whenever a catalog changes, so no compile step is needed.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

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
    """ngettext: the form of ``singular``/``plural`` for ``count`` in ``language``, with
    ``{count}`` (written as the reader writes numbers) and ``params`` filled in. English and
    German have one form for 1 and one for every other number.

    >>> translate_plural("{count} file", "{count} files", 179950, "en")
    '179,950 files'
    """
    forms = _catalogs(language)[1].get((context, singular), (singular, plural))
    return forms[count != 1].format(count=number(count, language), **params)


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


def _catalog(language: str) -> dict[tuple[str | None, str], str]:
    return _catalogs(language)[0]


@cache
def _catalogs(
    language: str,
) -> tuple[dict[tuple[str | None, str], str], dict[tuple[str | None, str], tuple[str, ...]]]:
    """The messages of ``language`` and, by their singular, the forms of its plural messages,
    parsed from the ``.po`` files once and then read from their compiled form."""
    folder = LOCALE_DIR / language / "LC_MESSAGES"
    if language == "en" or not folder.is_dir():
        return {}, {}
    from socialstrategy.core.runtime import compiled

    paths = sorted(folder.glob("*.po"))
    return compiled(f"catalogs-{language}", paths, lambda: _read_catalogs(paths, language))


def _read_catalogs(
    paths: list[Path], language: str
) -> tuple[dict[tuple[str | None, str], str], dict[tuple[str | None, str], tuple[str, ...]]]:
    from babel.messages.pofile import read_po  # only when the compiled form is missing or old

    messages: dict[tuple[str | None, str], str] = {}
    plurals: dict[tuple[str | None, str], tuple[str, ...]] = {}
    for path in paths:
        with path.open("rb") as handle:
            catalog = read_po(handle, locale=language)
        for entry in catalog:
            if not entry.id or not entry.string or entry.fuzzy:
                continue
            if isinstance(entry.id, str):
                messages[(entry.context, entry.id)] = str(entry.string)
            elif all(entry.string):
                plurals[(entry.context, str(entry.id[0]))] = tuple(str(form) for form in entry.string)
    return messages, plurals
