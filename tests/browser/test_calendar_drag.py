"""Drag and drop in the web calendar (week and month view): the post moves, the calendar shows
it on its new day, and the page works under the Content-Security-Policy."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from socialstrategy.core.demos import demo_text
from tests.browser.conftest import check_accessibility, log_in, running_server, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """An installation of its own: the workshop tests expect to set up the first account."""
    yield from running_server(tmp_path_factory.mktemp("drag-data"))


def _bakery(page: Page, server: str) -> str:
    """Import the bakery demo into the coach's workspace; the strategy's URL."""
    log_in(page, server)
    page.goto(server)
    workspace = re.search(r"/w/(\d+)/", page.content()).group(1)
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    file = {"name": "bakery.yaml", "mimeType": "application/yaml", "buffer": demo_text("bakery").encode()}
    answer = page.request.post(
        f"{server}w/{workspace}/strategies/import/", multipart={"file": file}, headers={"X-CSRFToken": token}
    )
    return answer.url


def _drag(page: Page, source, target) -> None:
    """Drag ``source`` onto ``target`` with the HTML drag-and-drop events a mouse makes (a real
    mouse drag scrolls the page between press and drop, which lands on another post)."""
    transfer = page.evaluate_handle("() => new DataTransfer()")
    source.dispatch_event("dragstart", {"dataTransfer": transfer})
    target.dispatch_event("dragenter", {"dataTransfer": transfer})
    target.dispatch_event("dragover", {"dataTransfer": transfer})
    target.dispatch_event("drop", {"dataTransfer": transfer})  # the page then loads again


def test_a_post_dragged_to_another_day_in_the_week_moves_there(server: str, page: Page):
    strategy = _bakery(page, server)
    page.goto(strategy + "step/content/?view=week&from=2026-12-07")
    post = page.locator("#entry-20261208-gbp-linsensuppe")
    expect(post).to_be_visible()
    thursday = page.locator(".week .day").nth(3)
    with page.expect_navigation():
        _drag(page, post, thursday)
    moved = page.locator(".week .day").nth(3).locator("#entry-20261208-gbp-linsensuppe")
    expect(moved).to_have_count(1)
    check_accessibility(page)
    screenshot(page, "calendar-week-after-drag")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(strategy + "step/content/?view=week&from=2026-12-07")
    page.locator(".calendar-panel").scroll_into_view_if_needed()
    page.locator(".cal-range").evaluate("el => el.scrollIntoView()")
    page.screenshot(path="screenshots/calendar-week-1280x720.png")


def test_a_post_dragged_in_the_month_moves_to_that_day(server: str, page: Page):
    strategy = _bakery(page, server)
    page.goto(strategy + "step/content/?view=month&from=2026-12-01")
    chip = page.locator('.month [data-entry="20261210-facebook-adventskaffee"]')
    expect(chip).to_be_visible()
    target = page.locator('.month td[data-drop-date="2026-12-14"]')
    with page.expect_navigation():
        _drag(page, chip, target)
    page.goto(strategy + "step/content/?view=month&from=2026-12-01")
    expect(
        page.locator('.month td[data-drop-date="2026-12-14"] [data-entry="20261210-facebook-adventskaffee"]')
    ).to_have_count(1)
    check_accessibility(page)
    screenshot(page, "calendar-month-after-drag")
    page.set_viewport_size({"width": 1280, "height": 720})
    page.locator(".cal-range").evaluate("el => el.scrollIntoView()")
    page.screenshot(path="screenshots/calendar-month-1280x720.png")
