"""Revision notes ("Goals & KPIs", "Removed goal: …") in the language of whoever reads the history.

A note is a core :class:`~socialstrategy.core.message.Message` (``record``), stored as data in
``Revision.message``, and rendered when shown (``describe``). Its template is an English message
id of the core catalog ``history.po``; values that are names themselves (a step's, an item's) are
messages and read in the reader's language too; what people typed (a goal's title) is shown as
typed. Notes stored as plain text by earlier versions (``Revision.note``) are shown as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from django.utils import translation
from django.utils.functional import Promise
from django.utils.translation import gettext

from socialstrategy.core.i18n import translate
from socialstrategy.core.message import Message, render_value
from socialstrategy.core.process import get_step


def record(template: str, **values: Any) -> Message:
    """The note to store: ``template`` is a core message id (marked with ``N_``, ``{name}``
    placeholders). A lazily translated value (an item's name) is kept as its English message id;
    text loses NUL, which PostgreSQL cannot store (a file name, a section title as typed)."""
    with translation.override("en"):
        params = {name: _stored(value) for name, value in values.items()}
    return Message(template, params)


def _stored(value: Any) -> Any:
    if isinstance(value, Promise):
        return Message(str(value))
    return value.replace("\x00", "") if isinstance(value, str) else value


def step_name(identifier: str) -> Message:
    """A step's name (from the process registry) as a note value."""
    step = get_step(identifier)
    return Message(step.label if step else identifier)


def describe(revision: Any) -> str:
    """A revision's note in the active language (``revision.message``, else its plain ``note``)."""
    data = getattr(revision, "message", None)
    if not isinstance(data, Mapping):
        return str(getattr(revision, "note", "") or "")
    try:
        return _text(Message.from_data(data), (translation.get_language() or "en").split("-")[0])
    except (ValueError, KeyError, IndexError):
        return str(data.get("template", ""))


def _text(message: Message, language: str) -> str:
    """``message`` in ``language``: core catalogs first; a name that only the web translates (an
    item's name such as "goal") from the web's catalog."""
    values = {
        name: _text(value, language) if isinstance(value, Message) else render_value(value, language)
        for name, value in message.params.items()
    }
    template = translate(message.template, language, message.context)
    if template == message.template and language != "en" and not message.params:
        with translation.override(language):
            template = gettext(message.template)
    for candidate in (template, message.template):  # the English one if a translation is broken
        try:
            return candidate.format(**values)
        except (KeyError, ValueError, IndexError):
            continue
    return message.template
