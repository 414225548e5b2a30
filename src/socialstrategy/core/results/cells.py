"""Numbers and dates as the platforms write them in their exports.

A cell is text; these functions turn it into a number or a date, or raise :class:`CellError`
with a message that says what was expected. Empty cells and the placeholders the exports use
for "unknown" (``-``, ``undefined``, ``N/A``) are ``None``, never zero.

>>> number("15,000"), number("1.234,5", "de"), number("3.5%"), number("undefined")
(15000.0, 1234.5, 3.5, None)
>>> {day("09/15/2026 18:00"), day("2026-09-15T18:00:00"), day("15.09.2026"), day("Sep 15, 2026")}
{datetime.date(2026, 9, 15)}
"""

from __future__ import annotations

import datetime as dt
import math
import re
from functools import lru_cache
from typing import Literal

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.core.model import MAX_KPI_VALUE

NumberStyle = Literal["en", "de"]
UNKNOWN = frozenset({"", "-", "--", "–", "undefined", "n/a", "na", "null", "none"})
_EN = re.compile(r"^[+-]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$")
_DE = re.compile(r"^[+-]?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_US_DATE = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})\b")
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])")
_DE_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})\b")
_NAMED_DATE = re.compile(r"^([A-Za-z]{3})[a-z]*\.? (\d{1,2}), (\d{4})$")


class CellError(ValueError):
    """A cell that does not hold what its column needs."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render("en"))
        self.message = message


def number(text: str, style: NumberStyle = "en") -> float | None:
    """The number in ``text``: thousands separators and a trailing ``%`` allowed, formulas,
    ``NaN``, infinities and values beyond a trillion refused."""
    if text.isascii() and text.isdigit() and len(text) <= 12:  # the common case, without patterns
        return float(text)
    text = text.strip().replace("\u00a0", "").replace(" ", "")
    if text.lower() in UNKNOWN:
        return None
    if text.startswith("="):
        raise CellError(Message(N_("a formula, not a number: {value}"), {"value": text[:40]}))
    plain = text.removesuffix("%")
    pattern = _EN if style == "en" else _DE
    if not pattern.match(plain):
        raise CellError(Message(N_("not a number: {value}"), {"value": text[:40]}))
    plain = plain.replace(",", "") if style == "en" else plain.replace(".", "").replace(",", ".")
    value = float(plain)
    if not math.isfinite(value) or abs(value) > MAX_KPI_VALUE:
        raise CellError(Message(N_("a number too large to be a count: {value}"), {"value": text[:40]}))
    return value


@lru_cache(maxsize=4096)
def day(text: str) -> dt.date | None:
    """The date at the start of ``text``: ``MM/DD/YYYY`` (Meta, LinkedIn), ISO, ``DD.MM.YYYY``
    or ``Mon D, YYYY`` (YouTube); ``None`` when empty. A date without a year is refused: the
    year cannot be guessed without risk of filing a whole year's figures under the wrong one."""
    text = text.strip()
    if text.lower() in UNKNOWN:
        return None
    try:
        return _parsed_day(text)
    except ValueError:
        raise CellError(Message(N_("not a date: {value}"), {"value": text[:40]})) from None


def _parsed_day(text: str) -> dt.date:
    if match := _ISO_DATE.match(text):
        year, month, day_ = match.groups()
        return _within(int(year), int(month), int(day_))
    if match := _US_DATE.match(text):
        month, day_, year = match.groups()
        return _within(int(year), int(month), int(day_))
    if match := _DE_DATE.match(text):
        day_, month, year = match.groups()
        return _within(int(year), int(month), int(day_))
    if (match := _NAMED_DATE.match(text)) and match.group(1).lower() in _MONTHS:
        month = _MONTHS.index(match.group(1).lower()) + 1
        return _within(int(match.group(3)), month, int(match.group(2)))
    raise ValueError(text)


_DE_MONTHS = ("jan", "feb", "mär", "apr", "mai", "jun", "jul", "aug", "sep", "okt", "nov", "dez")
_MONTH_DAY = re.compile(r"^([^\W\d_]{3})[^\W\d_]*\.? (\d{1,2})$")
_DAY_MONTH = re.compile(r"^(\d{1,2})\.? ([^\W\d_]{3})[^\W\d_]*\.?$")


def yearless_day(text: str, made: dt.date) -> dt.date | None:
    """A date written without a year (TikTok's ``January 5``, ``5 January``, ``5. Januar``),
    in the year before ``made``, the day the export was made: an export covers at most the
    year up to that day, so a day later in the calendar than ``made`` is of the year before.
    A full date is read as :func:`day` reads it."""
    text = text.strip()
    if text.lower() in UNKNOWN:
        return None
    match = _MONTH_DAY.match(text)
    month_name, day_text = match.groups() if match else ("", "")
    if not match and (match := _DAY_MONTH.match(text)):
        day_text, month_name = match.groups()
    month = _month(month_name.lower())
    if not match or month is None:
        return day(text)
    for year in (made.year, made.year - 1):
        try:
            value = dt.date(year, month, int(day_text))
        except ValueError:
            continue
        if value <= made:
            return value
    raise CellError(
        Message(
            N_("not a date within the year before {made}: {value}"),
            {"made": made.isoformat(), "value": text[:40]},
        )
    )


def _month(name: str) -> int | None:
    for names in (_MONTHS, _DE_MONTHS):
        if name in names:
            return names.index(name) + 1
    return None


def _within(year: int, month: int, day_: int) -> dt.date:
    if not 2000 <= year <= 2200:
        raise ValueError(year)
    return dt.date(year, month, day_)
