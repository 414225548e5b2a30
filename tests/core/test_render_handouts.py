"""The handouts for employees: whom to call is on the first page, and the crisis poster
„Wenn es brennt“ is one A4 page."""

import subprocess
from pathlib import Path

import pytest
from tests.core.render_fixtures import rich_strategy
from tests.core.render_tools import pdf_info

from socialstrategy.core.render import DOCUMENT_KINDS, render
from socialstrategy.core.render.document import build_document, document_filename


def _first_page(pdf: bytes, tmp_path: Path) -> str:
    path = tmp_path / "document.pdf"
    path.write_bytes(pdf)
    return subprocess.run(
        ["pdftotext", "-f", "1", "-l", "1", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def test_the_crisis_poster_is_a_document_of_its_own():
    assert "poster" in DOCUMENT_KINDS
    strategy = rich_strategy("de")
    document = build_document(strategy, "de", "poster")
    assert document.title == "Wenn es brennt"
    assert [c.key for c in document.chapters] == ["first-call", "rules", "contacts", "levels"]
    assert (
        document_filename(strategy, "de", "poster", "pdf")
        == "backstube-sonnenkorn-aushang-wenn-es-brennt-de.pdf"
    )


@pytest.mark.parametrize("language", ("de", "en"))
def test_the_crisis_poster_is_one_a4_page_with_the_crisis_phone(tmp_path, language):
    pdf = render(rich_strategy(language), language, "poster", "pdf")[2]
    info = pdf_info(pdf, tmp_path)
    assert info["Pages"].strip() == "1"
    assert info["Page size"].strip().startswith("595.276 x 841.89")
    assert "+49 941 000000" in _first_page(pdf, tmp_path)


@pytest.mark.parametrize("kind", ("guidelines", "crisis"))
def test_whom_to_call_is_on_the_first_page_of_each_handout(tmp_path, kind):
    pdf = render(rich_strategy("de"), "de", kind, "pdf")[2]
    first = _first_page(pdf, tmp_path)
    assert "+49 941 000000" in first
    assert "Inhalt" not in first  # no contents page: the handout starts with what matters


def test_a_strategy_without_crisis_contacts_has_no_invented_phone():
    strategy = rich_strategy("en", crisis=None)
    chapters = build_document(strategy, "en", "poster").chapters
    assert "first-call" not in [c.key for c in chapters]
    assert chapters[-1].blocks[0].type == "note"


@pytest.mark.parametrize("kind", DOCUMENT_KINDS)
def test_every_pdf_claims_pdf_ua_1_as_typst_checked_it(kind):
    pdf = render(rich_strategy("de"), "de", kind, "pdf")[2]
    assert b"<pdfuaid:part>1</pdfuaid:part>" in pdf or b'pdfuaid:part="1"' in pdf
