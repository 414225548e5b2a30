"""The review loop of #17 in a real browser: the coach requests a review and sends a link; the
client opens it on a phone without an account, comments on two steps and approves the rest and
the posts; the coach sees it, resolves the comments, and exports with approval required."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from socialstrategy.core.demos import load_demo
from socialstrategy.core.fileformat import dump_strategy
from tests.browser.conftest import SCREENSHOTS, check_accessibility, csp_violations, log_in, running_server

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """An installation of its own: the workshop tests expect to set up the first account."""
    yield from running_server(tmp_path_factory.mktemp("review-data"))


PHONE = {"width": 390, "height": 844}


def _new_strategy_from_the_bakery_demo(page: Page, server: str, tmp_path) -> str:
    token = next(c["value"] for c in page.context.cookies() if c["name"] == "csrftoken")
    created = page.request.post(
        server + "w/new/", form={"name": "Review-Praxis"}, headers={"X-CSRFToken": token}
    )
    path = tmp_path / "sonnenkorn.yaml"
    path.write_text(dump_strategy(load_demo("bakery")), encoding="utf-8")
    page.goto(created.url + "strategies/import/")
    page.set_input_files("#import-file", str(path))
    page.get_by_role("button", name="Import").click()
    expect(page.locator(".messages")).to_contain_text("The strategy was imported.")
    return page.url.rstrip("/")


def _send_link(page: Page) -> str:
    page.get_by_role("link", name="Review", exact=True).click()
    page.get_by_role("button", name="Request review of every part").click()
    expect(page.locator(".messages")).to_contain_text("parts are now in review.")
    page.fill("#link-label", "Eva Sonnenkorn")
    page.fill("#link-from", "2026-11-30")
    page.fill("#link-to", "2026-12-15")
    page.get_by_role("button", name="Create review link").click()
    message = page.locator(".messages").inner_text()
    return re.search(r"https?://\S+/r/[A-Za-z0-9_-]+/", message).group(0)


def _review_on_a_phone(browser, link: str) -> None:
    context = browser.new_context(viewport=PHONE, locale="de-DE", device_scale_factor=2, is_mobile=True)
    phone = context.new_page()
    blocked = csp_violations(phone)
    response = phone.goto(link)
    assert response.headers["referrer-policy"] == "no-referrer"
    assert "noindex" in response.headers["x-robots-tag"]
    expect(phone.get_by_role("heading", level=1)).to_contain_text("prüfen")
    phone.fill("#reviewer-name", "Eva Sonnenkorn")
    phone.get_by_role("button", name="Prüfung beginnen").click()
    check_accessibility(phone)
    _viewport_shot(phone, "30-review-phone")
    for key, text in (("goals", "Bitte das Umsatzziel prüfen."), ("audiences", "Fehlen die Touristen?")):
        phone.fill(f"#item-{key}-comment", text)
        phone.locator(f"#item-{key}").get_by_role("button", name="Kommentar senden").click()
        expect(phone.locator(".messages")).to_contain_text("Ihr Kommentar ist gespeichert")
    commented = ("item-goals", "item-audiences")
    open_parts = [
        section.get_attribute("id")
        for section in phone.locator("section.review-item").all()
        if section.locator("button[value=approve]").count()
    ]
    for anchor in [a for a in open_parts if a not in commented]:
        phone.locator(f"#{anchor} button[value=approve]").click()
        expect(phone.locator(".messages")).to_contain_text("Freigegeben. Vielen Dank!")
    expect(phone.locator(".review-progress")).to_contain_text("freigegeben")
    phone.locator("#item-goals .review-threads").evaluate("e => e.scrollIntoView()")
    phone.screenshot(path=str(SCREENSHOTS / "31-review-phone-comment.png"))
    phone.locator("section[id^=item-post]").first.evaluate("e => e.scrollIntoView()")
    phone.screenshot(path=str(SCREENSHOTS / "31-review-phone-post.png"))
    phone.locator("#item-goals table").first.evaluate("e => e.scrollIntoView()")
    phone.screenshot(path=str(SCREENSHOTS / "31-review-phone-table.png"))
    context.close()
    desktop = browser.new_context(viewport={"width": 1280, "height": 720}, locale="de-DE")
    wide = desktop.new_page()
    wide.goto(link)
    wide.fill("#reviewer-name", "Eva Sonnenkorn")
    wide.get_by_role("button", name="Prüfung beginnen").click()
    _viewport_shot(wide, "33-review-1280")
    desktop.close()
    assert not blocked, blocked


def _viewport_shot(page: Page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"))


def test_a_client_reviews_on_a_phone_and_the_coach_sees_it_and_exports(
    server: str, page: Page, browser, tmp_path
):
    log_in(page, server)
    strategy = _new_strategy_from_the_bakery_demo(page, server, tmp_path)
    link = _send_link(page)

    _review_on_a_phone(browser, link)

    page.goto(strategy + "/review/")
    expect(page.locator("#item-goals")).to_contain_text("Bitte das Umsatzziel prüfen.")
    expect(page.locator("#item-goals")).to_contain_text("Eva Sonnenkorn")
    expect(page.locator("#item-marketing_mix .badge").first).to_have_text("Approved")
    check_accessibility(page)
    for key in ("goals", "audiences"):
        page.locator(f"#item-{key}").get_by_role("button", name="Resolve").click()
        expect(page.locator(f"#item-{key} .thread.resolved")).to_be_visible()
    page.select_option("#review-mode", "required")
    page.locator("form", has=page.locator("#review-mode")).get_by_role("button", name="Save").click()
    _viewport_shot(page, "32-review-coach")
    page.locator("#item-goals").evaluate("e => e.scrollIntoView()")
    page.screenshot(path=str(SCREENSHOTS / "32-review-coach-comments.png"))

    page.goto(strategy + "/history/")
    expect(page.locator("#review-trail")).to_contain_text("Eva Sonnenkorn (review link)")
    exported = page.request.get(strategy + "/export/csv/")
    assert exported.ok
    assert exported.headers["x-posts-not-approved"] == "2"  # 14 posts, the link covered 12
    assert "Stollen" in exported.text()
    pdf = page.request.get(strategy + "/export/pdf/")
    assert pdf.body().startswith(b"%PDF")
