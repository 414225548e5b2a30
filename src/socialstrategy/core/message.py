"""The one message type: an English template with parameters, rendered for a reader.

Findings of the check, problems of a strategy file, reasons of the recommendation and notes of
the history are all messages. A message is kept as template and parameters, never as finished
text, so it reads in the language (and, in German, the address form) of whoever reads it, and can
be stored as data and read back (:meth:`Message.to_data`, :meth:`Message.from_data`).

>>> Message("{count} findings", {"count": 3}).render("en")
'3 findings'
>>> Message("Share: {share}", {"share": 12.5}).render("de")
'Share: 12,5'
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, runtime_checkable

from socialstrategy.core.i18n import number, translate

Address = Literal["du", "sie"]
DU_CONTEXT = "du"
"""The gettext context of a German text's informal variant (``msgctxt "du"``)."""


@runtime_checkable
class Renderable(Protocol):
    """A parameter that renders itself for a reader (a nested message, a code's label, ...)."""

    def render(self, language: str, address: Address | None = None) -> str: ...


@dataclass(frozen=True)
class Message:
    """``template`` is an English message id (marked with ``N_``) with ``{name}`` placeholders;
    ``params`` fill them. Numbers are written as the reader writes them, lists are joined with
    commas, and renderable parameters (messages, labels) render in the same language."""

    template: str
    params: Mapping[str, object] = field(default_factory=dict)
    context: str | None = None

    def render(self, language: str = "en", address: Address | None = None) -> str:
        values = {name: render_value(value, language, address) for name, value in self.params.items()}
        return _translated(self.template, self.context, language, address).format(**values)

    def __str__(self) -> str:
        return self.render("en")

    def to_data(self) -> dict[str, Any]:
        """The message as JSON-ready data (``{"template": …, "params": {…}}``)."""
        data: dict[str, Any] = {"template": self.template, "params": _params_data(self.params)}
        if self.context:
            data["context"] = self.context
        return data

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Message:
        """The message :meth:`to_data` stored; ``ValueError`` when ``data`` is not one."""
        template, params, context = data.get("template"), data.get("params", {}), data.get("context")
        if not isinstance(template, str) or not isinstance(params, Mapping):
            raise ValueError("a stored message needs a template text and a mapping of parameters")
        if context is not None and not isinstance(context, str):
            raise ValueError("a stored message's context must be text")
        return cls(template, {str(k): _value_from_data(v) for k, v in params.items()}, context)


NO_BREAK_SPACE = "\u00a0"
UNITS = {"hours": "duration-hour", "weeks": "duration-week"}


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, written as the reader writes it: singular or plural from the number
    (1 Stunde, 1,5 Stunden; 1 hour, 2 hours) and a no-break space between number and unit.

    >>> Quantity(1, "hours").render("de"), Quantity(1.5, "hours").render("de")
    ('1\xa0Stunde', '1,5\xa0Stunden')
    >>> Quantity(2, "hours").render("en")
    '2\xa0hours'
    """

    value: float
    unit: Literal["hours", "weeks"]

    def render(self, language: str, address: Address | None = None) -> str:
        from babel.units import format_unit  # only when a quantity is written: start-up time

        text = format_unit(self.value, UNITS[self.unit], length="long", locale=language, format="#,##0.#")
        return str(text).replace(" ", NO_BREAK_SPACE)


def render_value(value: object, language: str, address: Address | None = None) -> str:
    """One parameter as text for the reader.

    >>> render_value(1234.5, "de"), render_value(2027, "de"), render_value(["a", "b"], "en")
    ('1.234,5', '2027', 'a, b')
    """
    if isinstance(value, str | int):  # a count or a year (int) stays as written: 2027, not 2.027
        return str(value)  # and first: the protocol check below is slow, and texts are many
    if isinstance(value, float):
        return number(value, language)
    if isinstance(value, list | tuple):
        return ", ".join(render_value(item, language, address) for item in value)
    if isinstance(value, Message):
        return value.render(language, address)
    if isinstance(value, Renderable):
        return value.render(language, address)
    return "" if value is None else str(value)


def _translated(template: str, context: str | None, language: str, address: Address | None) -> str:
    if language == "de" and address == "du":
        informal_context = DU_CONTEXT if context is None else f"{context}|{DU_CONTEXT}"
        informal = translate(template, language, informal_context)
        if informal != template:
            return informal
    return translate(template, language, context)


def _params_data(params: Mapping[str, object]) -> dict[str, Any]:
    return {name: _value_data(value) for name, value in params.items()}


def _value_data(value: object) -> Any:
    if value is None or isinstance(value, str | bool | int | float):
        return value
    if isinstance(value, Message):
        return {"message": value.to_data()}
    if isinstance(value, Quantity):
        return {"quantity": value.value, "unit": value.unit}
    if isinstance(value, list | tuple):
        return [_value_data(item) for item in value]
    raise TypeError(f"a message parameter of type {type(value).__name__} cannot be stored")


def _value_from_data(value: Any) -> object:
    if isinstance(value, dict) and set(value) == {"quantity", "unit"}:
        return _quantity_from_data(value)
    if isinstance(value, dict):
        if set(value) != {"message"} or not isinstance(value["message"], Mapping):
            raise ValueError("a stored message parameter must be text, a number, a list or a message")
        return Message.from_data(value["message"])
    if isinstance(value, list):
        return [_value_from_data(item) for item in value]
    if value is None or isinstance(value, str | bool | int | float):
        return value
    raise ValueError(f"a stored message parameter of type {type(value).__name__} is not allowed")


def _quantity_from_data(value: Mapping[str, Any]) -> Quantity:
    number_, unit = value["quantity"], value["unit"]
    if isinstance(number_, bool) or not isinstance(number_, int | float) or unit not in ("hours", "weeks"):
        raise ValueError("a stored quantity needs a number and a known unit")
    return Quantity(float(number_), unit)
