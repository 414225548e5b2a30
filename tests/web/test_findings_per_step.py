"""Findings on the step that owns them: those about a step not reached yet are shown as later
(never as errors), a step with an error is not ticked, and the step list, the check panel and
the overview show the same count."""

from __future__ import annotations

import re

import pytest

from socialstrategy.web.strategies.steps import STEPS
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import make_document

KPI_ON_INSTAGRAM = [
    {
        "id": "g-awareness",
        "type": "awareness",
        "statement": "Become the best-known bakery in the quarter",
        "serves": ["o-growth"],
        "kpis": [{"metric": "followers", "platform": "instagram", "target": 1000}],
    }
]


def _panel(page: str) -> str:
    return page.split('id="check-panel"', 1)[1].split("</aside>", 1)[0]


def _now(panel: str) -> list[str]:
    """The codes of the findings the panel lists to fix now (not the later ones)."""
    current = panel.split('<details class="later-findings">', 1)[0]
    return re.findall(r'<li class="finding (?:error|warning)" data-code="([^"]+)"', current)


def _nav_count(page: str, step: str) -> int:
    nav = page.split('id="step-nav"', 1)[1].split("</nav>", 1)[0]
    link = nav.split(f"/step/{step}/", 1)[1].split("</a>", 1)[0]
    found = re.search(r'<span class="issues"><span aria-hidden="true">(\d+)</span>', link)
    return int(found.group(1)) if found else 0


def test_a_kpi_on_an_undecided_platform_is_a_note_for_later_on_the_goals_step(bob, personas):
    strategy = personas["strategy"]
    save_document(strategy, make_document(goals=KPI_ON_INSTAGRAM), 1, None, "test")
    panel = _panel(bob.get(f"/s/{strategy.pk}/step/goals/").content.decode())
    assert "dangling-reference" not in _now(panel)
    later = panel.split('<details class="later-findings">', 1)[1]
    assert 'class="finding later" data-code="dangling-reference"' in later
    assert "Later · step 5, Platform choice" in later
    assert "There is no platform decision about “instagram”." in later


def test_the_note_becomes_a_finding_to_fix_once_its_step_is_reached(bob, personas):
    strategy = personas["strategy"]
    document = make_document(goals=KPI_ON_INSTAGRAM, platforms=[{"platform": "linkedin"}])
    save_document(strategy, document, 1, None, "test")
    page = bob.get(f"/s/{strategy.pk}/step/goals/").content.decode()
    assert "dangling-reference" in _now(_panel(page))
    assert not re.search(r'<li class="(?:done)?">\s*<a href="[^"]+/step/goals/"', page.split("</nav>")[0])


def test_on_the_step_itself_its_own_findings_count(bob, personas):
    strategy = personas["strategy"]
    before = bob.get(f"/s/{strategy.pk}/step/organisation/").content.decode()
    assert _nav_count(before, "audiences") == 0  # step 4 not reached: "no audiences" waits
    on_it = bob.get(f"/s/{strategy.pk}/step/audiences/").content.decode()
    assert "no-audiences" in _now(_panel(on_it))
    assert _nav_count(on_it, "audiences") == len(_now(_panel(on_it))) > 0


def test_a_step_with_an_error_is_not_ticked(bob, personas):
    strategy = personas["strategy"]
    goals = [{**KPI_ON_INSTAGRAM[0], "serves": ["o-gone"], "kpis": [{"metric": "followers"}]}]
    save_document(strategy, make_document(goals=goals), 1, None, "test")
    page = bob.get(f"/s/{strategy.pk}/step/goals/").content.decode()
    nav = page.split('id="step-nav"', 1)[1].split("</nav>", 1)[0]
    goals_item = nav.split("/step/goals/", 1)[0].rsplit("<li", 1)[1]
    assert 'class="done"' not in goals_item
    assert "dangling-reference" in _now(_panel(page))


@pytest.mark.parametrize("step", [s.identifier for s in STEPS])
def test_the_step_list_and_the_check_panel_count_the_same(bob, personas, step):
    from socialstrategy.core.demos import load_demo

    strategy = personas["strategy"]
    demo = load_demo("practice").model_copy(update={"platforms": [], "community": None})
    save_document(strategy, demo, 1, None, "test")
    page = bob.get(f"/s/{strategy.pk}/step/{step}/").content.decode()
    assert _nav_count(page, step) == len(_now(_panel(page)))


def test_the_overview_counts_what_the_step_list_counts(bob, personas):
    strategy = personas["strategy"]
    save_document(strategy, make_document(goals=KPI_ON_INSTAGRAM), 1, None, "test")
    page = bob.get(f"/s/{strategy.pk}/").content.decode()
    badge = re.search(r'All findings</h2>|All findings <span class="badge">(\d+)</span>', page)
    step_pages = [bob.get(f"/s/{strategy.pk}/step/organisation/").content.decode()]
    total = sum(_nav_count(step_pages[0], s.identifier) for s in STEPS)
    assert badge and int(badge.group(1)) == total
