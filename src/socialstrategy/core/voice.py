"""Voices: who speaks to whom, in which language and, in German, in which form of address.

Every generated text is in one voice (:data:`FAMILY_VOICES`):

- the tool to its user: check findings, recommendation reasons, planning output, the CLI and the
  web app (:func:`user_voice`; German formal unless the user asks for du);
- the company to its community: tone guide, example replies, crisis playbook with its holding
  statements (:func:`community_voice`; the strategy's ``community.address``);
- the company to its employees: the guidelines (:func:`employee_voice`; ``guidelines.address``,
  by default the community's);
- the strategy paper, which speaks about the company in the third person (:func:`paper_voice`).

:func:`address_forms` finds the German forms of address a text uses, so that a text written in
du inside a Sie document can be named.

>>> Voice("tool", "user", "de", "du").variant
'de-du'
>>> FAMILY_VOICES["recommendation reasons"]
'user'
>>> address_forms("Deine privaten Accounts gehören dir.").form
'du'
>>> address_forms("Wir melden uns bei Ihnen. Du sprichst für uns.").form
'mixed'
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from socialstrategy.core.message import Address
from socialstrategy.core.model import Strategy

Speaker = Literal["tool", "company"]
Audience = Literal["user", "community", "employees", "reader"]
"""``reader``: the strategy paper's reader, spoken about the company in the third person."""

FAMILY_VOICES: dict[str, Audience] = {
    "tone guide": "community",
    "guidelines": "employees",
    "crisis playbook": "community",
    "check findings": "user",
    "recommendation reasons": "user",
    "planning output": "user",
    "strategy paper": "reader",
}
"""Each family of generated text and the audience of its voice (docs/texts.md, "Voices")."""

_DU_WORDS = re.compile(
    r"\b(?:du|dich|dir|dein|deine|deinen|deinem|deiner|deines|euch|euer|eure|euren|eurem|eurer|eures)\b",
    re.IGNORECASE,
)
_DU_IMPERATIVES = re.compile(
    r"\b(?:Zeig|Zeige|Nenn|Nenne|Schreib|Schreibe|Antworte|Trag|Trage|Frag|Frage|Gib|Nimm|Sag|"
    r"Prüf|Prüfe|Mach|Hol|Melde|Lass|Lies|Sieh|Schau|Bleib|Verlinke|Poste|Achte|Hilf|Halte|Nutze|"
    r"Nutz|Denk|Warte|Lösche|Dokumentiere|Informiere|Unterschreib|Unterschreibe|Kläre|Sprich|Wähle|"
    r"Wähl|Leg|Lege|Ergänze|Kennzeichne|Markiere|Beantworte|Vermeide|Verwende|Schick|Schicke)\b"
)
"""Imperatives in the du form, which address the reader without a pronoun ("Zeig, was …")."""
_SIE_WORDS = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer|Ihres)\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\n\s*(?:[-*>]\s*|\d+\.\s*|\*\*)*|[„“\"(]\s*|\*\*)$")


@dataclass(frozen=True)
class Voice:
    """``speaker`` speaks to ``audience`` in ``language``; ``address`` is du or Sie in German
    (``None`` in English)."""

    speaker: Speaker
    audience: Audience
    language: str
    address: Address | None = None

    @property
    def variant(self) -> Literal["en", "de-sie", "de-du"]:
        """The template set of generated texts in this voice."""
        if self.language != "de":
            return "en"
        return "de-du" if self.address == "du" else "de-sie"


def user_voice(language: str, address: Address | None = None) -> Voice:
    """The tool speaking to its user: German formal unless ``address`` is du."""
    return Voice("tool", "user", language, (address or "sie") if language == "de" else None)


def community_voice(strategy: Strategy) -> Voice:
    """The company speaking to its community, in the strategy's community address."""
    return _company(strategy, "community", strategy.text_variant())


def employee_voice(strategy: Strategy) -> Voice:
    """The company speaking to its employees: ``guidelines.address``, else the community's."""
    return _company(strategy, "employees", strategy.employee_variant())


def paper_voice(language: str) -> Voice:
    """The strategy paper: about the company, in the third person (no du, no Sie)."""
    return Voice("company", "reader", language)


def _company(strategy: Strategy, audience: Audience, variant: str) -> Voice:
    address: Address | None = None if variant == "en" else "du" if variant == "de-du" else "sie"
    return Voice("company", audience, strategy.language, address)


@dataclass(frozen=True)
class AddressForms:
    """The words of a German text that address the reader as du and as Sie."""

    du: tuple[str, ...]
    sie: tuple[str, ...]

    @property
    def form(self) -> Address | Literal["mixed"] | None:
        if self.du and self.sie:
            return "mixed"
        return "du" if self.du else "sie" if self.sie else None


def address_forms(text: str) -> AddressForms:
    """The du and Sie words of ``text``. A capitalised "Sie" or "Ihr" counts only inside a
    sentence, because at its start it may mean "she", "they" or "her"; a du imperative
    ("Zeig", "Nenne") counts only at a sentence's start.

    >>> address_forms("Zeig, was in der Backstube passiert. Nenne die Herkunft.").du
    ('Zeig', 'Nenne')

    >>> address_forms("Sie gehören dem Unternehmen.").form is None
    True
    >>> address_forms("Gern beraten wir Sie – schreiben Sie uns.").sie
    ('Sie', 'Sie')
    """
    du = tuple(match.group() for match in _DU_WORDS.finditer(text)) + tuple(
        match.group()
        for match in _DU_IMPERATIVES.finditer(text)
        if _SENTENCE_START.search(text[: match.start()])
    )
    sie = tuple(
        match.group()
        for match in _SIE_WORDS.finditer(text)
        if not _SENTENCE_START.search(text[: match.start()])
    )
    return AddressForms(du, sie)


def is_written_in_other_form(text: str, address: Address) -> bool:
    """Whether ``text`` uses a form of address other than ``address`` (du among Sie or the reverse).

    >>> is_written_in_other_form("Du sprichst in unseren Kanälen für uns.", "sie")
    True
    """
    forms = address_forms(text)
    return bool(forms.sie if address == "du" else forms.du)
