"""The one table of validation error texts: a pydantic error (type and context) as a :class:`Message`.

>>> validation_message({"type": "missing", "loc": ("title",), "msg": "Field required"}).render("en")
'required field is missing'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.message import Address, Message, Renderable


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
        return _MESSAGES[kind]
    return str(item["msg"]).removeprefix("Value error, ")


def validation_message(item: Any) -> Renderable:
    """A translatable template for a pydantic error, with its parameters from the error's context.

    Error types without a template of their own keep pydantic's English text, introduced in
    the reader's language, so that nothing is lost."""
    kind, context = item["type"], item.get("ctx") or {}
    if kind == "value_error" and isinstance(context.get("error"), ValueError):
        return Text(str(context["error"]))  # the model's own message, marked with N_ there
    if kind in ("literal_error", "enum"):
        return Message(_MESSAGES[kind], {"expected": _Choices(str(context.get("expected", "")))})
    if kind in _MESSAGES:
        return Message(_MESSAGES[kind], dict(context))
    return Message(N_("invalid value: {detail}"), {"detail": english_message(item)})


_MESSAGES: dict[str, str] = {
    "extra_forbidden": N_("unknown field (check the spelling; see `socialstrategy schema`)"),
    "missing": N_("required field is missing"),
    "literal_error": N_("Input should be {expected}"),
    "enum": N_("Input should be {expected}"),
    "string_type": N_("Input should be a valid string"),
    "string_too_short": N_("String should have at least {min_length} characters"),
    "string_too_long": N_("String should have at most {max_length} characters"),
    "string_pattern_mismatch": N_("String should match pattern '{pattern}'"),
    "int_type": N_("Input should be a valid integer"),
    "int_parsing": N_("Input should be a valid integer, unable to parse string as an integer"),
    "int_from_float": N_("Input should be a valid integer, got a number with a fractional part"),
    "float_type": N_("Input should be a valid number"),
    "float_parsing": N_("Input should be a valid number, unable to parse string as a number"),
    "bool_type": N_("Input should be a valid boolean"),
    "bool_parsing": N_("Input should be a valid boolean, unable to interpret input"),
    "greater_than": N_("Input should be greater than {gt}"),
    "greater_than_equal": N_("Input should be greater than or equal to {ge}"),
    "less_than": N_("Input should be less than {lt}"),
    "less_than_equal": N_("Input should be less than or equal to {le}"),
    "too_short": N_("List should have at least {min_length} items"),
    "too_long": N_("List should have at most {max_length} items"),
    "list_type": N_("Input should be a valid list"),
    "dict_type": N_("Input should be a valid dictionary"),
    "model_type": N_("Input should be a mapping of fields"),
    "model_attributes_type": N_("Input should be a mapping of fields"),
    "date_type": N_("Input should be a valid date"),
    "date_parsing": N_("Input should be a valid date in the format YYYY-MM-DD"),
    "date_from_datetime_parsing": N_("Input should be a valid date in the format YYYY-MM-DD"),
    "date_from_datetime_inexact": N_("Input should be a date without a time of day"),
    "datetime_type": N_("Input should be a valid datetime"),
    "datetime_parsing": N_("Input should be a valid datetime such as 2027-03-01T09:30"),
    "datetime_from_date_parsing": N_("Input should be a valid datetime such as 2027-03-01T09:30"),
    "time_type": N_("Input should be a valid time"),
    "time_parsing": N_("Input should be a valid time such as 09:30"),
    "url_parsing": N_("Input should be a valid URL"),
    "url_scheme": N_("URL scheme should be {expected_schemes}"),
}
"""Templates for pydantic's error types; the English ones keep pydantic's wording."""
