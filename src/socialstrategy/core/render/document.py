"""The content of every document, independent of the output format.

:func:`build_document` turns a :class:`Strategy` into a :class:`Document`: translated chapter
titles, paragraphs, tables, lists and charts, all as plain text. The writers (Typst/PDF, DOCX,
HTML, Markdown) only lay this structure out, so every format says the same thing and user text
is never interpreted as markup by any of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import chapters, extras
from socialstrategy.core.render.blocks import DOCUMENT_KINDS, Chapter, Document, DocumentKind
from socialstrategy.core.render.labels import format_date

TITLES: dict[DocumentKind, str] = {
    "strategy": N_("Social media strategy"),
    "guidelines": N_("Social media guidelines"),
    "crisis": N_("Crisis playbook"),
}
FILE_STEMS: dict[DocumentKind, str] = {
    "strategy": N_("social-media-strategy"),
    "guidelines": N_("social-media-guidelines"),
    "crisis": N_("crisis-playbook"),
}
KIND_LABELS: dict[DocumentKind, str] = {
    "strategy": N_("Strategy paper"),
    "guidelines": N_("For all employees"),
    "crisis": N_("Crisis communication"),
}
_LABELS = {
    "contents": N_("Contents"),
    "page": N_("Page"),
    "appendix": N_("Appendix"),
    "figure": N_("Figure"),
    "confidential": N_("Confidential"),
    "for_employees": N_("For all employees"),
}


def build_document(strategy: Strategy, language: str, kind: DocumentKind = "strategy") -> Document:
    """The document ``kind`` of ``strategy`` in ``language``, ready for any writer."""
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown document {kind!r}; choose one of {', '.join(DOCUMENT_KINDS)}")
    builders: dict[DocumentKind, Callable[[Strategy, str], Sequence[Chapter]]] = {
        "strategy": chapters.strategy_chapters,
        "guidelines": chapters.guidelines_chapters,
        "crisis": chapters.crisis_chapters,
    }
    strategy = _current_texts(strategy, kind)
    with extras.memoised():
        chapters_ = tuple(builders[kind](strategy, language))
    organisation = strategy.organisation.name if strategy.organisation else ""
    title = translate(TITLES[kind], language)
    if kind == "strategy" and strategy.title:
        title = strategy.title
    return Document(
        kind=kind,
        language=language,
        title=title,
        subtitle=organisation,
        organisation=organisation,
        author=strategy.author or "",
        kind_label=translate(KIND_LABELS[kind], language),
        meta=_meta(strategy, language, kind),
        chapters=chapters_,
        labels={key: translate(text, language) for key, text in _LABELS.items()},
    )


def _current_texts(strategy: Strategy, kind: DocumentKind) -> Strategy:
    """The guidelines or crisis playbook as the generator writes them today: sections the user
    did not customise follow the current address (du or Sie), as ``socialstrategy guidelines``
    prints them; customised ones are kept, and the check names those in the other form."""
    from socialstrategy.core import texts

    if kind == "guidelines":
        return texts.regenerate_guidelines(strategy)
    if kind == "crisis":
        return texts.regenerate_crisis(strategy)
    return strategy


def document_filename(strategy: Strategy, language: str, kind: DocumentKind, extension: str) -> str:
    """A safe ASCII file name such as ``social-media-strategy-backstube-de.pdf``."""
    stem = translate(FILE_STEMS[kind], language)
    name = strategy.organisation.name if strategy.organisation else ""
    slug = _slug(name)
    parts = [stem, slug, language] if slug else [stem, language]
    return "-".join(parts) + "." + extension


def _meta(strategy: Strategy, language: str, kind: DocumentKind) -> tuple[tuple[str, str], ...]:
    date = strategy.updated or strategy.created
    day = date.date() if isinstance(date, dt.datetime) else dt.date.today()
    rows = [
        (
            translate(N_("Organisation"), language),
            strategy.organisation.name if strategy.organisation else "",
        ),
        (translate(N_("Date"), language), format_date(day, language)),
        (translate(N_("Version"), language), strategy.document_version or "1.0"),
        (translate(N_("Author"), language), strategy.author or ""),
    ]
    if kind != "strategy":
        rows.append((translate(N_("Audience"), language), translate(_LABELS["for_employees"], language)))
    return tuple((label, value) for label, value in rows if value)


def _slug(text: str) -> str:
    replacements = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"}
    text = "".join(replacements.get(char, char) for char in text)
    cleaned = "".join(char.lower() if char.isascii() and char.isalnum() else "-" for char in text)
    return "-".join(part for part in cleaned.split("-") if part)[:40].strip("-")
