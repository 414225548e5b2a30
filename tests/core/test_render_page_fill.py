"""No page of a demo's strategy paper is more than a third empty, except the last page of a
chapter (the next one starts on a new page) and the last page."""

import re
import subprocess
from pathlib import Path

import pytest

from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.render import render
from socialstrategy.core.render.document import build_document

PAGE_TOP, PAGE_BOTTOM = 60.0, 790.0
"""Between the running header and the footer (pt from the top of the A4 page)."""
BODY_BOTTOM, BODY_HEIGHT = 774.0, 700.0
_BLOCK = re.compile(r'<block xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">(.*?)</block>', re.S)


def _pages(pdf: Path) -> list[list[tuple[float, float, str]]]:
    """Each page's text blocks (top, bottom, text) between header and footer."""
    layout = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True
    ).stdout
    return [
        [
            (float(top), float(bottom), " ".join(re.sub(r"<[^>]+>", " ", body).split()))
            for top, bottom, body in _BLOCK.findall(page)
            if PAGE_TOP < float(top) < PAGE_BOTTOM
        ]
        for page in re.findall(r"<page.*?</page>", layout, re.S)
    ]


@pytest.mark.parametrize("language", ("de", "en"))
@pytest.mark.parametrize("demo", list_demos())
def test_no_page_is_more_than_a_third_empty_but_before_a_chapter(demo, language, tmp_path):
    strategy = load_demo(demo)
    path = tmp_path / "paper.pdf"
    path.write_bytes(render(strategy, language, "strategy", "pdf")[2])
    titles = [chapter.title for chapter in build_document(strategy, language).chapters]
    pages = _pages(path)
    gaps = []
    for number, blocks in enumerate(pages[2:-1], 3):  # after title page and contents
        following = " ".join(text for _, _, text in sorted(pages[number])[:2])
        ends_chapter = any(title in following for title in titles)
        bottom = max((bottom for _, bottom, _ in blocks), default=0.0)
        if not ends_chapter and bottom < BODY_BOTTOM - BODY_HEIGHT / 3:
            gaps.append(f"page {number} ends at {bottom:.0f} pt, before “{following[:40]}”")
    assert not gaps, f"{demo} ({language}): " + "; ".join(gaps)
