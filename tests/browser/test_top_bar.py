"""The top bar on a projector (1280×720): the way back to the workspace stays readable beside a
long strategy title."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page

from tests.browser.test_calendar_drag import _bakery, server  # noqa: F401 (the module's own installation)

pytestmark = pytest.mark.browser


def test_the_workspace_crumb_is_shown_whole_beside_a_long_strategy_title(server: str, page: Page):  # noqa: F811
    page.set_viewport_size({"width": 1280, "height": 720})
    page.goto(_bakery(page, server))
    crumbs = page.locator(".crumbs a")
    workspace, strategy = crumbs.nth(0), crumbs.nth(1)
    assert workspace.inner_text() == "Müller Coaching"
    assert workspace.evaluate("el => el.scrollWidth <= el.clientWidth"), "the workspace name is cut"
    assert strategy.evaluate("el => el.scrollWidth > el.clientWidth"), "the long title gives way instead"
