"""The one table of validation error texts: a pydantic error (type and context) as a :class:`Message`.

Each error type has the wording of a strategy file's problem (pydantic's own English, which the
file format has always reported) and, where a form field needs friendlier words, the form's.
The model's own validators raise :class:`pydantic_core.PydanticCustomError` with a type of this
table (``country_code``, ...), so their texts are found by id, never by matching English text.

>>> validation_message({"type": "missing", "loc": ("title",), "msg": "Field required"}).render("en")
'required field is missing'
>>> validation_message({"type": "missing", "loc": ("title",), "msg": ""}, form=True).render("de")
'Dieses Feld ist erforderlich.'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from pydantic_core import PydanticCustomError

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.message import Address, Message, Renderable

COUNTRY_CODE = "country_code"
CURRENCY_CODE = "currency_code"
AGES_IN_ORDER = "ages_in_order"
DATE_RANGE = "date_range"
"""Error types of the model's own validators."""
FIRST_YEAR, LAST_YEAR = 1900, 2200
"""The years a date in a strategy may have (``date_range``)."""


@dataclass(frozen=True)
class Text:
    """A parameter that is translated itself, never formatted (a parser's message may hold
    braces); ``context`` keeps parser messages apart."""

    text: str
    context: str | None = None

    def render(self, language: str, address: Address | None = None) -> str:
        return translate(self.text, language, self.context)


@dataclass(frozen=True)
class _Choices:
    """pydantic's ``'a', 'b' or 'c'``, joined with the language's word for “or”."""

    expected: str

    def render(self, language: str, address: Address | None = None) -> str:
        return self.expected.replace(" or ", f" {translate(N_('or'), language, 'choices')} ")


def english_message(item: Any) -> str:
    """pydantic's own English message (as the file format has always reported it)."""
    kind = item["type"]
    if kind in ("extra_forbidden", "missing"):
        return _MESSAGES[kind].file
    return str(item["msg"]).removeprefix("Value error, ")


def validation_message(item: Any, form: bool = False) -> Renderable:
    """A translatable template for a pydantic error, with its parameters from the error's context;
    ``form`` picks the wording for a form field where it has one of its own.

    Error types without a template of their own keep pydantic's English text, introduced in
    the reader's language, so that nothing is lost."""
    kind, context = item["type"], item.get("ctx") or {}
    texts = _MESSAGES.get(kind)
    if texts is None:
        if kind == "value_error" and isinstance(context.get("error"), ValueError):
            return Text(str(context["error"]))  # a message marked with N_ where it was raised
        return Message(N_("invalid value: {detail}"), {"detail": english_message(item)})
    template = texts.form if form and texts.form else texts.file
    if kind in ("literal_error", "enum"):
        return Message(template, {"expected": _Choices(str(context.get("expected", "")))})
    return Message(template, dict(context))


@dataclass(frozen=True)
class _Texts:
    file: str
    form: str | None = None
    """Friendlier words for a form field, where they differ from the file's."""


_REQUIRED = N_("This field is required.")
_DATE = N_("Enter a date such as 2026-03-31.")

_MESSAGES: dict[str, _Texts] = {
    "extra_forbidden": _Texts(
        N_("unknown field (check the spelling; see `socialstrategy schema`)"), N_("This field is unknown.")
    ),
    "missing": _Texts(N_("required field is missing"), _REQUIRED),
    "literal_error": _Texts(N_("Input should be {expected}"), N_("Choose one of the offered values.")),
    "enum": _Texts(N_("Input should be {expected}"), N_("Choose one of the offered values.")),
    "string_type": _Texts(N_("Input should be a valid string")),
    "string_too_short": _Texts(N_("String should have at least {min_length} characters"), _REQUIRED),
    "string_too_long": _Texts(
        N_("String should have at most {max_length} characters"), N_("Keep it under {max_length} characters.")
    ),
    "string_pattern_mismatch": _Texts(
        N_("String should match pattern '{pattern}'"),
        N_("Use letters, digits, dots, dashes or underscores, starting with a letter or digit."),
    ),
    "int_type": _Texts(N_("Input should be a valid integer")),
    "int_parsing": _Texts(
        N_("Input should be a valid integer, unable to parse string as an integer"),
        N_("Enter a whole number."),
    ),
    "int_from_float": _Texts(N_("Input should be a valid integer, got a number with a fractional part")),
    "float_type": _Texts(N_("Input should be a valid number")),
    "finite_number": _Texts(N_("Input should be a finite number"), N_("Enter a number.")),
    "float_parsing": _Texts(
        N_("Input should be a valid number, unable to parse string as a number"), N_("Enter a number.")
    ),
    "bool_type": _Texts(N_("Input should be a valid boolean")),
    "bool_parsing": _Texts(N_("Input should be a valid boolean, unable to interpret input")),
    "greater_than": _Texts(N_("Input should be greater than {gt}"), N_("Enter a value greater than {gt}.")),
    "greater_than_equal": _Texts(
        N_("Input should be greater than or equal to {ge}"), N_("Enter a value of at least {ge}.")
    ),
    "less_than": _Texts(N_("Input should be less than {lt}"), N_("Enter a value less than {lt}.")),
    "less_than_equal": _Texts(
        N_("Input should be less than or equal to {le}"), N_("Enter a value of at most {le}.")
    ),
    "too_short": _Texts(N_("List should have at least {min_length} items")),
    "too_long": _Texts(N_("List should have at most {max_length} items")),
    "list_type": _Texts(N_("Input should be a valid list")),
    "dict_type": _Texts(N_("Input should be a valid dictionary")),
    "model_type": _Texts(N_("Input should be a mapping of fields")),
    "model_attributes_type": _Texts(N_("Input should be a mapping of fields")),
    "date_type": _Texts(N_("Input should be a valid date")),
    "date_parsing": _Texts(N_("Input should be a valid date in the format YYYY-MM-DD"), _DATE),
    "date_from_datetime_parsing": _Texts(N_("Input should be a valid date in the format YYYY-MM-DD"), _DATE),
    "date_from_datetime_inexact": _Texts(N_("Input should be a date without a time of day")),
    "datetime_type": _Texts(N_("Input should be a valid datetime")),
    "datetime_parsing": _Texts(N_("Input should be a valid datetime such as 2027-03-01T09:30")),
    "datetime_from_date_parsing": _Texts(N_("Input should be a valid datetime such as 2027-03-01T09:30")),
    "time_type": _Texts(N_("Input should be a valid time")),
    "time_parsing": _Texts(N_("Input should be a valid time such as 09:30")),
    "url_parsing": _Texts(N_("Input should be a valid URL")),
    "url_scheme": _Texts(N_("URL scheme should be {expected_schemes}")),
    # the model's own validators (core/model.py raises PydanticCustomError with these types)
    COUNTRY_CODE: _Texts(
        N_("must be a two-letter ISO 3166-1 country code such as DE, AT, CH or US"),
        N_("Use a two-letter country code such as DE, AT, CH or US."),
    ),
    CURRENCY_CODE: _Texts(
        N_("must be a three-letter ISO 4217 currency code such as EUR"),
        N_("Use a three-letter currency code such as EUR."),
    ),
    DATE_RANGE: _Texts(
        N_("must be a date between the years {first} and {last}"),
        N_("Enter a date between the years {first} and {last}."),
    ),
    AGES_IN_ORDER: _Texts(
        N_("age_min must not be greater than age_max"),
        N_("The minimum age must not be above the maximum age."),
    ),
}
"""Templates for pydantic's error types; the file's English ones keep pydantic's wording."""


def model_error(kind: str, **params: Any) -> PydanticCustomError:
    """The error a model validator raises for ``kind`` (one of the types above), with the file's text."""
    return PydanticCustomError(kind, _MESSAGES[kind].file, params or None)
