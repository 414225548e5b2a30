"""The content of every document, independent of the output format.

:func:`build_document` turns a :class:`Strategy` into a :class:`Document`: translated chapter
titles, paragraphs, tables, lists and charts, all as plain text. The writers (Typst/PDF, DOCX,
HTML, Markdown) only lay this structure out, so every format says the same thing and user text
is never interpreted as markup by any of them.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Sequence

from socialstrategy.core.branding import DEFAULT_BRAND, Brand, read_brand
from socialstrategy.core.filenames import file_name
from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import chapters, extras
from socialstrategy.core.render.blocks import DOCUMENT_KINDS, Block, Chapter, Document, DocumentKind, Figure
from socialstrategy.core.render.labels import format_date
from socialstrategy.core.render.signoff import signoff_chapter
from socialstrategy.core.review import Approval

TITLES: dict[DocumentKind, str] = {
    "strategy": N_("Social media strategy"),
    "guidelines": N_("Social media guidelines"),
    "crisis": N_("Crisis playbook"),
    "poster": N_("When things catch fire"),
}
FILE_STEMS: dict[DocumentKind, str] = {
    "strategy": N_("social-media-strategy"),
    "guidelines": N_("social-media-guidelines"),
    "crisis": N_("crisis-playbook"),
    "poster": N_("crisis-poster"),
}
KIND_LABELS: dict[DocumentKind, str] = {
    "strategy": N_("Strategy paper"),
    "guidelines": N_("For all employees"),
    "crisis": N_("Crisis communication"),
    "poster": N_("Crisis communication"),
}
_LABELS = {
    "contents": N_("Contents"),
    "page": N_("Page"),
    "appendix": N_("Appendix"),
    "figure": N_("Figure"),
    "confidential": N_("Confidential"),
    "for_employees": N_("For all employees"),
}


def build_document(
    strategy: Strategy,
    language: str,
    kind: DocumentKind = "strategy",
    working_copy: bool = False,
    approvals: Sequence[Approval] | None = None,
) -> Document:
    """The document ``kind`` of ``strategy`` in ``language``, ready for any writer.

    By default the client copy: without the open findings of the check and without weak
    sources. ``working_copy`` keeps them, for the coach, and says so on the title page.
    """
    if kind not in DOCUMENT_KINDS:
        raise ValueError(f"unknown document {kind!r}; choose one of {', '.join(DOCUMENT_KINDS)}")
    builders: dict[DocumentKind, Callable[[Strategy, str], Sequence[Chapter]]] = {
        "strategy": lambda s, lang: chapters.strategy_chapters(s, lang, working_copy),
        "guidelines": chapters.guidelines_chapters,
        "crisis": chapters.crisis_chapters,
        "poster": chapters.poster_chapters,
    }
    strategy = _current_texts(strategy, kind)
    with extras.memoised():
        chapters_ = tuple(builders[kind](strategy, language))
    if approvals is not None and kind == "strategy":  # the sign-off page, before the appendices
        chapters_ = _with_signoff(chapters_, signoff_chapter(strategy, language, approvals))
    brand = read_brand(strategy)[0]
    chapters_ = _in_brand_colours(chapters_, brand)
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
        meta=_meta(strategy, language, kind, working_copy, brand),
        chapters=chapters_,
        labels={key: translate(text, language) for key, text in _LABELS.items()},
        country=(strategy.organisation.country or "") if strategy.organisation else "",
        brand=brand,
    )


_PROBE = f'"{DEFAULT_BRAND.primary}" "{DEFAULT_BRAND.accent}" "{DEFAULT_BRAND.highlight}"'


def _in_brand_colours(chapters_: tuple[Chapter, ...], brand: Brand) -> tuple[Chapter, ...]:
    """The charts of ``chapters_`` drawn in the brand's colours instead of the default ones."""
    if brand.recolour(_PROBE) == _PROBE:
        return chapters_

    def recoloured(block: Block) -> Block:
        if isinstance(block, Figure):
            chart = dataclasses.replace(block.chart, svg=brand.recolour(block.chart.svg))
            return dataclasses.replace(block, chart=chart)
        return block

    return tuple(
        dataclasses.replace(chapter, blocks=tuple(recoloured(block) for block in chapter.blocks))
        for chapter in chapters_
    )


def _with_signoff(chapters_: tuple[Chapter, ...], signoff: Chapter) -> tuple[Chapter, ...]:
    first = next((i for i, chapter in enumerate(chapters_) if chapter.appendix), len(chapters_))
    return (*chapters_[:first], signoff, *chapters_[first:])


def _current_texts(strategy: Strategy, kind: DocumentKind) -> Strategy:
    """Generated sections left in the other form of address (after switching between du and
    Sie) follow the current one, as ``socialstrategy guidelines`` prints them; customised ones
    are kept, and the check names those in the other form."""
    from socialstrategy.core.texts import in_current_address

    return in_current_address(strategy) if kind in ("guidelines", "crisis", "poster") else strategy


def document_filename(strategy: Strategy, language: str, kind: DocumentKind, extension: str) -> str:
    """A safe ASCII file name such as ``baeckerei-sonnenkorn-social-media-strategie-2027-de.pdf``.

    The strategy paper is named after the organisation and the strategy's title, the other
    documents after the organisation and what they are (``…-krisenleitfaden-de.pdf``); built by
    :func:`socialstrategy.core.filenames.file_name`, so no word sequence repeats.
    """
    stem = translate(FILE_STEMS[kind], language)
    if kind == "strategy" and strategy.title:
        return file_name(strategy, language, extension=extension)
    return file_name(strategy, language, stem, extension=extension, title=False)


def _meta(
    strategy: Strategy,
    language: str,
    kind: DocumentKind,
    working_copy: bool = False,
    brand: Brand | None = None,
) -> tuple[tuple[str, str], ...]:
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
    if brand and (brand.prepared_by or brand.contact):
        sender = " · ".join(part for part in (brand.prepared_by, brand.contact) if part)
        rows.append((translate(N_("Consultancy"), language), sender))
    if kind != "strategy":
        rows.append((translate(N_("Audience"), language), translate(_LABELS["for_employees"], language)))
    if working_copy:  # the guidelines and the crisis playbook too: not approved yet (web/reviews)
        rows.append(
            (translate(N_("Copy"), language), translate(N_("Working copy, not for the client"), language))
        )
    return tuple((label, value) for label, value in rows if value)
