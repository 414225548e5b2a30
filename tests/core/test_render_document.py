"""The document content: chapters per step, translated, and complete catalogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from render_fixtures import rich_strategy

import socialstrategy.core.render as render_package
from socialstrategy.core import process
from socialstrategy.core.i18n import translate
from socialstrategy.core.model import Strategy
from socialstrategy.core.render import FORMATS, UnknownFormat, render, renderer_for
from socialstrategy.core.render.blocks import Figure, Span, Table
from socialstrategy.core.render.document import build_document, document_filename

STRATEGY_CHAPTERS = [
    "summary",
    "organisation",
    "goals",
    "audiences",
    "platforms",
    "community",
    "marketing-mix",
    "resources",
    "capacity",
    "guidelines",
    "crisis",
    "content",
    "roadmap",
    "next-steps",
    "calendar",
    "sources",
]


def test_the_strategy_has_one_chapter_per_step_and_the_appendices():
    document = build_document(rich_strategy("de"), "de")
    assert [chapter.key for chapter in document.chapters] == STRATEGY_CHAPTERS
    assert [chapter.key for chapter in document.chapters if chapter.appendix] == [
        "calendar",
        "sources",
    ]


def test_the_strategy_s_step_chapters_come_in_the_order_of_the_process():
    chapters = build_document(rich_strategy("en"), "en").chapters
    steps = [chapter.step for chapter in chapters if chapter.step]
    numbers = [process.STEPS_BY_ID[step].number for step in steps]
    assert numbers == sorted(numbers)
    assert not any(chapter.step for chapter in chapters if chapter.appendix or chapter.key == "summary")


def test_every_step_but_information_and_review_has_a_chapter_in_the_strategy():
    chapters = build_document(rich_strategy("en"), "en").chapters
    without = set(process.STEP_IDS) - {chapter.step for chapter in chapters}
    assert without == {"information", "review"}
    assert {chapter.key: chapter.step for chapter in chapters}["capacity"] == "resources"


@pytest.mark.parametrize("kind", ["guidelines", "crisis"])
def test_the_guidelines_and_the_crisis_playbook_belong_to_the_guidelines_step(kind):
    document = build_document(rich_strategy("en"), "en", kind)
    assert {chapter.step for chapter in document.chapters} == {"guidelines"}


def test_chapter_titles_are_german_in_german_and_english_in_english():
    german = {c.key: c.title for c in build_document(rich_strategy("de"), "de").chapters}
    english = {c.key: c.title for c in build_document(rich_strategy("en"), "en").chapters}
    assert german["goals"] == "Ziele und Kennzahlen"
    assert english["goals"] == "Goals and key figures"
    assert all(german[key] != english[key] for key in ("summary", "platforms", "content"))


def test_the_goal_chapter_has_a_kpi_table_and_the_goal_tree():
    goals = build_document(rich_strategy("en"), "en").chapters[2]
    tables = [block for block in goals.blocks if isinstance(block, Table)]
    assert any("Baseline" in table.header for table in tables)
    assert any(isinstance(block, Figure) and block.chart.key == "goal-tree" for block in goals.blocks)


def test_the_employee_documents_leave_out_the_strategy_internals():
    guidelines = build_document(rich_strategy("de"), "de", "guidelines")
    crisis = build_document(rich_strategy("de"), "de", "crisis")
    for document in (guidelines, crisis):
        keys = {chapter.key for chapter in document.chapters}
        assert not keys & {"goals", "platforms", "resources", "capacity", "findings", "marketing-mix"}
        assert not document.charts()
    assert "Wenn es kritisch wird" in [c.title for c in guidelines.chapters]
    assert "Eskalationsstufen" in [c.title for c in crisis.chapters]


def test_an_empty_strategy_says_what_is_missing():
    document = build_document(Strategy(), "de")
    assert len(document.chapters) == len(STRATEGY_CHAPTERS)
    assert "Dieser Schritt ist noch nicht ausgefüllt." in str(document.chapters[1].blocks)


def test_an_unknown_document_or_format_is_refused():
    with pytest.raises(ValueError, match="unknown document"):
        render(Strategy(), "en", "brochure", "pdf")  # type: ignore[arg-type]
    with pytest.raises(UnknownFormat, match="choose one of pdf, docx, html, md"):
        renderer_for("odt")


def test_renderers_are_picked_by_extension():
    assert set(FORMATS) == {"pdf", "docx", "html", "md"}
    assert renderer_for(".PDF") is renderer_for("pdf")


def test_file_names_are_ascii_and_name_the_organisation():
    strategy = rich_strategy("de")
    assert document_filename(strategy, "de", "crisis", "pdf") == "backstube-sonnenkorn-krisenleitfaden-de.pdf"
    strategy.organisation.name = "Müller & Söhne <script>"
    name = document_filename(strategy, "en", "strategy", "docx")
    assert name == "mueller-soehne-script-social-media-strategie-2027-en.docx"


def test_every_render_string_has_a_german_translation():
    folder = Path(render_package.__file__).parent
    missing = [
        message
        for path in sorted(folder.glob("*.py"))
        for _, message, _, _ in extract_from_file("python", str(path), keywords={"N_": None})
        if translate(message, "de") == message and message not in UNCHANGED_IN_GERMAN
    ]
    assert missing == []


UNCHANGED_IN_GERMAN = {
    "Phase",
    "Name",
    "Element",
    "Format",
    "Website",
    "Mission",
    "Region",
    "Netiquette",
    "Team",
    "Tools",
    "Tool",
    "Status",
    "Version",
    "Newsletter",
    "Community",
    "Reputation",
    "Partner",
    "Text",
    "Video",
    "Story",
    "Live",
    "social-media-guidelines",
}


def test_generated_sections_keep_lists_numbering_and_strong_text():
    strategy = rich_strategy("de")
    strategy.guidelines.sections[
        0
    ].body = "Was alle tun:\n1. **Nicht** antworten.\n2. Anna *anrufen*.\n\n- eins\n- **zwei**"
    chapter = next(
        c
        for c in build_document(strategy, "de", "guidelines").chapters
        if c.title == "Wofür wir Social Media nutzen"
    )
    paragraph, numbered, bullets = chapter.blocks
    assert paragraph.text == "Was alle tun:"
    assert numbered.ordered and numbered.items == ("Nicht antworten.", "Anna anrufen.")
    assert numbered.runs()[0] == (Span("Nicht", strong=True), Span(" antworten."))
    assert numbered.runs()[1][1] == Span("anrufen", emphasis=True)
    assert not bullets.ordered and bullets.runs()[1] == (Span("zwei", strong=True),)


def test_strong_text_is_only_read_in_generated_sections():
    strategy = rich_strategy("en")
    strategy.goals[0].statement = "**not bold** here"
    summary = build_document(strategy, "en").chapters[0]
    assert "**not bold** here" in str(summary.blocks)


NAME_HEADERS = {
    "Name",
    "Who",
    "Owner",
    "Platform",
    "Decides",
    "Inform",
    "Approves statements",
    "Phone",
    "Email",
}


@pytest.mark.parametrize("document", ["strategy", "crisis"])
def test_every_column_of_people_platforms_or_contacts_is_kept_from_hyphenation(document):
    tables = [
        block
        for chapter in build_document(rich_strategy("en"), "en", document).chapters
        for block in chapter.blocks
        if isinstance(block, Table)
    ]
    columns = [
        (table, index)
        for table in tables
        for index, title in enumerate(table.header)
        if title in NAME_HEADERS
    ]
    assert columns
    for table, index in columns:
        assert index in table.names, (table.header, index)
