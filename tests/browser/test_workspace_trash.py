"""An owner deletes a workspace after confirming its name, finds it under "Deleted workspaces"
and restores it; every page on the way passes axe."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import check_accessibility, log_in, screenshot

pytestmark = pytest.mark.browser


def test_an_owner_deletes_a_workspace_and_restores_it(server: str, page: Page):
    log_in(page, server)
    # With one workspace the list is skipped (and its "New workspace" form with it): post directly.
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    created = page.request.post(
        server + "w/new/", form={"name": "Praxis Altstadt"}, headers={"X-CSRFToken": token}
    )
    page.goto(created.url)
    page.fill("#new-org", "Apotheke am Markt")
    page.get_by_role("button", name="Start the workshop").click()
    page.get_by_role("link", name="Praxis Altstadt").click()
    page.get_by_role("link", name="Members").click()

    page.get_by_role("link", name="Delete workspace…").click()
    expect(page.get_by_role("heading", name="Delete “Praxis Altstadt”?")).to_be_visible()
    expect(page.locator("main")).to_contain_text(
        "Its 1 strategy, with its whole history, can no longer be opened."
    )
    check_accessibility(page)
    screenshot(page, "19-delete-workspace")

    page.fill("#confirm-name", "Praxis")
    page.get_by_role("button", name="Delete workspace").click()
    expect(page.locator("#confirm-name-error")).to_contain_text("The name does not match.")
    check_accessibility(page)

    page.fill("#confirm-name", "Praxis Altstadt")
    page.get_by_role("button", name="Delete workspace").click()
    deleted = page.locator("table", has_text="Praxis Altstadt")
    expect(deleted).to_be_visible()
    expect(page.locator(".tiles")).not_to_contain_text("Praxis Altstadt")
    check_accessibility(page)
    screenshot(page, "20-deleted-workspaces")

    deleted.get_by_role("button", name="Restore").click()
    expect(page.get_by_role("heading", name="Praxis Altstadt")).to_be_visible()
    expect(page.locator(".tiles")).to_contain_text("Apotheke am Markt")
