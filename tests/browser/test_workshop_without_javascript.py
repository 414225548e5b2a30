"""With JavaScript switched off, repeating items are still added, corrected and removed."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import log_in, screenshot

pytestmark = pytest.mark.browser


@pytest.fixture
def page(browser):
    context = browser.new_context(
        viewport={"width": 1600, "height": 1000}, locale="en-GB", java_script_enabled=False
    )
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    context.close()


def test_items_are_added_corrected_and_removed_without_javascript(server: str, page: Page):
    log_in(page, server)
    page.fill("#new-org", "Gärtnerei Grünzeug")
    page.get_by_role("button", name="Start the workshop").click()
    page.goto(page.url.replace("/step/organisation/", "/step/audiences/"))
    assert page.evaluate("typeof window.htmx") == "undefined"  # the page's scripts did not run

    page.locator("#col-audiences .collection-head").get_by_role("link", name="+ Add audience").click()
    expect(page).to_have_url(re.compile(r"\?edit=audiences\.new#form-audiences-new$"))
    form = page.locator("#form-audiences-new")
    form.locator("#f-audiences-new-region").fill("Ulm")
    form.get_by_role("button", name="Save").click()  # no name: the whole page again, the input kept
    form = page.locator("#form-audiences-new")
    expect(form.locator(".has-error #f-audiences-new-name")).to_be_visible()
    expect(page).to_have_url(re.compile(r"/item/#form-audiences-new$"))  # the browser scrolls to the form
    expect(form.locator("#f-audiences-new-region")).to_have_value("Ulm")
    screenshot(page, "18-item-form-errors-without-javascript")

    form.locator("#f-audiences-new-name").fill("Hobby gardeners")
    form.get_by_role("button", name="Save").click()
    card = page.locator("#item-audiences-0")
    expect(card).to_contain_text("Hobby gardeners")
    expect(card).to_contain_text("Ulm")
    expect(page.locator("#form-audiences-new")).to_have_count(0)

    card.get_by_role("link", name=re.compile("^Edit")).click()
    page.locator("#f-audiences-0-region").fill("Neu-Ulm")
    page.locator("#form-audiences-0").get_by_role("button", name="Save").click()
    expect(page.locator("#item-audiences-0")).to_contain_text("Neu-Ulm")
    screenshot(page, "18-items-without-javascript")

    page.locator("#item-audiences-0").get_by_role("button", name=re.compile("^Remove")).click()
    expect(page.locator(".messages")).to_contain_text("Removed audience: Hobby gardeners.")
    expect(page.locator("#item-audiences-0")).to_have_count(0)
