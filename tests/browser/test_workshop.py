"""A whole workshop in the browser: first account, every step with realistic data, findings that
disappear as they are fixed, German, downloads; axe-core on every page and keyboard use."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from tests.browser.conftest import PASSWORD, SCREENSHOTS, check_accessibility, log_in, screenshot

pytestmark = pytest.mark.browser


def slug(path: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]", "-", path)


def fill(form, prefix: str, values: dict) -> None:
    """Fill a form's fields by name, whatever kind of input each one is."""
    for name, value in values.items():
        element_id = f"f-{slug(prefix + name)}"
        if isinstance(value, list):
            for choice in value:
                form.locator(f'#{element_id} input[value="{choice}"]').check()
            continue
        if isinstance(value, bool):
            form.locator(f"#{element_id}").set_checked(value)
            continue
        if isinstance(value, dict):  # a mapping: one control per key
            for key, level in value.items():
                form.locator(f"#{element_id}-{slug(key)}").select_option(level)
            continue
        field = form.locator(f"#{element_id}")
        if field.evaluate("el => el.tagName") == "SELECT":
            field.select_option(value)
        else:
            field.fill(value)


def save_section(page: Page, values: dict) -> None:
    form = page.locator("#step-form")
    fill(form, "", values)
    form.get_by_role("button", name=re.compile("^(Save|Speichern)$")).click()
    expect(page.locator("#step-form .saved")).to_be_visible()


def add_item(page: Page, collection: str, values: dict) -> None:
    section = page.locator(f"#col-{slug(collection)}")
    section.locator(".collection-head").first.get_by_role("link").click()
    form = page.locator(f"#form-{slug(collection)}-new")
    expect(form).to_be_visible()
    fill(form, f"{collection}.new.", values)
    form.get_by_role("button", name=re.compile("^(Save|Speichern)$")).click()
    expect(form).to_have_count(0)


def edit_item(page: Page, item: str, values: dict) -> None:
    card = page.locator(f"#item-{slug(item)}")
    card.locator(".item-actions").first.get_by_role("link").first.click()
    form = page.locator(f"#form-{slug(item)}")
    expect(form).to_be_visible()
    fill(form, f"{item}.", values)
    form.get_by_role("button", name=re.compile("^(Save|Speichern)$")).click()
    expect(form).to_have_count(0)


def finding(page: Page, code: str):
    return page.locator(f'#check-panel [data-code="{code}"]')


def assert_check_panel_at_the_top(page: Page) -> None:
    """Beside the step on a wide screen; above it on a medium one (not after a long step)."""
    page.wait_for_timeout(200)  # htmx settles and app.js puts the focus back (which scrolls)
    page.evaluate("window.scrollTo(0, 0)")
    panel, step = page.locator("#check-panel"), page.locator(".step-main")
    assert abs(panel.bounding_box()["y"] - step.bounding_box()["y"]) < 8
    size = page.viewport_size
    page.set_viewport_size({"width": 1100, "height": size["height"]})
    assert panel.bounding_box()["y"] < step.bounding_box()["y"]
    page.set_viewport_size(size)


def go_to_step(page: Page, label: str, name: str) -> None:
    page.locator("#step-nav").get_by_role("link", name=re.compile(label)).click()
    expect(page.locator("h2.step-title")).to_contain_text(re.compile(label))
    check_accessibility(page)


def test_a_coach_runs_a_whole_workshop(server: str, page: Page):
    # First start: the setup page asks for the owner account.
    page.goto(server)
    expect(page).to_have_url(re.compile("/setup/$"))
    check_accessibility(page)
    screenshot(page, "00-setup")
    page.fill("#id_username", "coach")
    page.fill("#id_email", "coach@example.org")
    page.fill("#id_password1", PASSWORD)
    page.fill("#id_password2", PASSWORD)
    page.fill("#id_workspace", "Müller Coaching")
    page.get_by_role("button", name="Create account and start").click()

    expect(page.get_by_role("heading", name="Müller Coaching")).to_be_visible()
    check_accessibility(page)
    screenshot(page, "01-workspace")
    page.fill("#new-org", "Bäckerei Sonnenschein")
    page.get_by_role("button", name="Start the workshop").click()

    # 1 Organisation & corporate strategy
    expect(page.locator("h2.step-title")).to_have_text("Organisation & corporate strategy")
    check_accessibility(page)
    save_section(
        page,
        {
            "title": "Social-Media-Strategie 2027",
            "organisation.industry": "Bakery and café",
            "organisation.city": "Freiburg",
            "organisation.employees": "24",
            "organisation.website": "https://sonnenschein.example",
            "language": "de",
            "organisation.mission": "Organic bread, baked in the neighbourhood every morning.",
            "organisation.corporate_strategy": "Grow the café business and win young families as regulars.",
        },
    )
    expect(finding(page, "no-principles")).to_have_count(1)
    add_item(
        page,
        "organisation.principles",
        {"statement": "We bake with regional, organic grain.", "tone": "warm, honest"},
    )
    expect(finding(page, "no-principles")).to_have_count(0)
    screenshot(page, "02-organisation")

    # 2 Platforms, channels & tools (information)
    go_to_step(page, "Platforms, channels & tools", "information")
    save_section(
        page,
        {
            "organisation.sector": "food_hospitality",
            "organisation.business_model": "b2c",
            "organisation.country": "DE",
            "organisation.region": "DE-BW",
        },
    )
    screenshot(page, "03-information")
    # The knowledge base: a platform's full card, each figure with its source, and the gaps.
    page.get_by_role("link", name="Instagram", exact=True).click()
    expect(page.locator("#platform-title")).to_have_text("Instagram")
    expect(page.get_by_role("heading", name="What is not known")).to_be_visible()
    check_accessibility(page)
    screenshot(page, "03b-platform-card")
    page.get_by_role("link", name=re.compile("Back to platforms")).click()

    # 3 Goals & KPIs: a goal without an objective is a finding until it serves one.
    go_to_step(page, "Goals & KPIs", "goals")
    add_item(
        page,
        "corporate_objectives",
        {"statement": "Grow café revenue by 15 % in 2027", "due": "2027-12-31"},
    )
    add_item(
        page,
        "goals",
        {
            "type": "awareness",
            "priority": "high",
            "statement": "Be the bakery families know",
        },
    )
    expect(finding(page, "goal-without-objective")).to_have_count(1)
    edit_item(page, "goals.0", {"serves": ["grow-cafe-revenue-by-15-in-2027"]})  # ids made from names
    expect(finding(page, "goal-without-objective")).to_have_count(0)
    add_item(
        page,
        "goals.0.kpis",
        {
            "metric": "Instagram followers",
            "platform": "instagram",
            "baseline": "850",
            "target": "2000",
            "due": "2027-06-30",
        },
    )
    screenshot(page, "04-goals")

    # 4 Audiences
    go_to_step(page, "Audiences", "audiences")
    expect(finding(page, "no-audiences")).to_have_count(1)
    add_item(
        page,
        "audiences",
        {
            "name": "Young families in Freiburg",
            "kind": "consumers",
            "age_min": "28",
            "age_max": "45",
            "region": "Freiburg",
            "description": "Parents who value organic food and a weekend breakfast.",
        },
    )
    expect(finding(page, "no-audiences")).to_have_count(0)
    screenshot(page, "05-audiences")

    # 5 Platform choice
    go_to_step(page, "Platform choice", "platforms")
    add_item(
        page,
        "platforms",
        {
            "platform": "instagram",
            "status": "use",
            "posts_per_week": "3",
            "account": "@baeckerei.sonnenschein",
            "rationale": "Families in Freiburg use Instagram daily; bread and café photos work well there.",
            "audiences": ["young-families-in-freiburg"],
            "goals": ["be-the-bakery-families-know"],
            "formats": ["image", "short_video", "story"],
        },
    )
    add_item(
        page,
        "platforms",
        {
            "platform": "google_business_profile",
            "status": "use",
            "posts_per_week": "1",
            "rationale": "People searching for a bakery nearby find opening hours and reviews.",
            "audiences": ["young-families-in-freiburg"],
            "goals": ["be-the-bakery-families-know"],
            "formats": ["image"],
        },
    )
    # The ranking first, the weights folded away below it (step 5 opened with the weights form).
    assert (
        page.locator("#rec-title").bounding_box()["y"]
        < page.locator("details.step-settings").bounding_box()["y"]
    )
    expect(page.locator("#step-form")).to_be_hidden()
    page.set_viewport_size({"width": 1280, "height": 720})
    page.evaluate("window.scrollTo(0, 0)")
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / "06-platforms-1280x720.png"))
    expect(page.get_by_role("heading", name="Recommendation")).to_be_in_viewport()
    page.set_viewport_size({"width": 1600, "height": 1000})
    page.locator("details.step-settings > summary").click()
    # One number input per weight, each with its default and the value in effect.
    save_section(page, {"recommendation.weights.goal_fit": "0.5"})
    note = page.locator("#f-recommendation-weights-goal_fit-help")
    expect(note).to_contain_text("Default 5; in effect 0.5")
    fill(page.locator("#step-form"), "", {"recommendation.weights.goal_fit": "-1"})
    page.locator("#step-form").get_by_role("button", name="Save").click()
    expect(page.locator("#f-recommendation-weights-goal_fit-error")).to_have_text("Enter 0 or more.")
    save_section(page, {"recommendation.weights.goal_fit": "2.5"})
    expect(note).to_contain_text("in effect 2.5")
    assert_check_panel_at_the_top(page)
    screenshot(page, "06-platforms")

    # 6 Community address
    go_to_step(page, "Community address", "community")
    expect(finding(page, "no-tone")).to_have_count(1)
    save_section(
        page,
        {
            "community.address": "du",
            "community.tone": "warm, honest, neighbourly",
            "community.emoji_policy": "sparing",
            "community.response_time_hours": "4",
            "community.netiquette": "We answer every question kindly. Insults and advertising are removed.",
        },
    )
    expect(finding(page, "no-tone")).to_have_count(0)
    screenshot(page, "07-community")

    # 7 Marketing mix
    go_to_step(page, "Marketing mix", "marketing_mix")
    save_section(
        page,
        {
            "marketing_mix.product.social_role": "How bread is baked; seasonal cakes first on Instagram.",
            "marketing_mix.price.social_role": "Explain why organic bread costs more.",
            "marketing_mix.place.social_role": "Opening hours and the café terrace on Google.",
            "marketing_mix.promotion.social_role": "Weekly breakfast offer for families.",
        },
    )
    add_item(
        page, "marketing_mix.events", {"title": "Summer festival", "kind": "season", "date": "2027-07-10"}
    )
    screenshot(page, "08-marketing-mix")

    # 8 Resources & competences
    go_to_step(page, "Resources & competences", "resources")
    add_item(
        page,
        "resources.team",
        {
            "name": "Lena Sommer",
            "role": "Café manager",
            "hours_per_week": "5",
            "competences": {"copywriting": "4", "photo": "3", "community_management": "4"},
        },
    )
    add_item(page, "resources.budget", {"category": "ads", "monthly_amount": "150", "currency": "EUR"})
    add_item(page, "resources.tools", {"name": "Meta Business Suite", "purpose": "Planning posts"})
    chart = page.locator("#step-panel img.chart")
    expect(chart).to_have_attribute("alt", re.compile("^Capacity: required and available: "))
    page.wait_for_function("() => document.querySelector('#step-panel img.chart').naturalWidth > 0")
    expect(page.locator("#step-panel")).to_contain_text("Lena Sommer")  # her load per week
    expect(page.get_by_role("heading", name="Competence gaps")).to_be_visible()
    check_accessibility(page)
    screenshot(page, "09-resources")

    # 9 Guidelines & crisis
    go_to_step(page, "Guidelines & crisis", "guidelines")
    save_section(page, {"guidelines.spokespeople": ["lena-sommer"]})
    add_item(
        page,
        "crisis.levels",
        {
            "name": "Issue",
            "criteria": "Several critical comments on one post",
            "responsible": "lena-sommer",
            "response_time_hours": "2",
        },
    )
    add_item(
        page, "crisis.contacts", {"role": "Crisis lead", "member": "lena-sommer", "phone": "+49 761 000000"}
    )
    with page.expect_navigation():  # the whole step is written anew
        page.get_by_role("button", name="Generate guidelines and crisis playbook").click()
    expect(page.locator("#sections-crisis .text-section").first).to_be_visible()  # the playbook was written
    expect(page.locator("table.levels")).to_contain_text("Lena Sommer")  # who decides the level
    # Edit one guideline section in place, then regenerate the rest: the edit survives.
    first = page.locator("#sections-guidelines .text-section").first
    section = page.locator("#" + first.get_attribute("id"))
    section.locator("summary").click()
    section.get_by_label("Text", exact=True).fill(
        "You may say where you work.\n\n- Opinions on your private account are your own."
    )
    section.get_by_role("button", name="Save section").click()
    expect(section.locator(".badge.custom")).to_be_visible()
    expect(section.locator(".prose li")).to_have_text("Opinions on your private account are your own.")
    with page.expect_navigation():
        page.get_by_role("button", name="Regenerate the rest").click()
    expect(page.locator("#sections-crisis .text-section").first).to_be_visible()
    expect(section.locator(".prose")).to_contain_text("Opinions on your private account are your own.")
    expect(section.locator(".badge.custom")).to_be_visible()
    assert page.locator("#sections-guidelines .text-section").count() > 1
    check_accessibility(page)
    screenshot(page, "10-guidelines")

    # 10 Content pillars & calendar
    go_to_step(page, "Content pillars & calendar", "content")
    add_item(
        page,
        "content.pillars",
        {
            "name": "Behind the scenes",
            "share": "40",
            "description": "The bakery at 4 a.m.",
            "goals": ["be-the-bakery-families-know"],
        },
    )
    add_item(
        page,
        "content.calendar",
        {
            "title": "Sourdough at dawn",
            "date": "2027-03-02",
            "time": "07:30",
            "platform": "instagram",
            "format": "short_video",
            "pillar": "behind-the-scenes",
            "goal": "be-the-bakery-families-know",
            "owner": "lena-sommer",
        },
    )
    # Generate four weeks, then again over the same weeks: that asks before replacing posts.
    page.fill("#generate-weeks", "4")
    page.fill("#generate-start", "2027-03-08")
    with page.expect_navigation():  # the page loads again, so the list of posts is current too
        page.get_by_role("button", name="Generate calendar").click()
    expect(page.locator(".cal-range")).to_contain_text("Week 10")
    expect(page.locator("#step-panel .entry").first).to_be_visible()
    page.fill("#generate-weeks", "4")
    page.fill("#generate-start", "2027-03-08")
    page.get_by_role("button", name="Generate calendar").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Replace the planned posts").click()
    expect(page.locator(".cal-range")).to_contain_text("Week 10")
    # Move the first post of the week to Friday 11:45.
    entry = page.locator("#step-panel .entry").first
    entry_id = entry.get_attribute("id")
    entry.locator("summary").click()
    entry.get_by_label("Date").fill("2027-03-12")
    entry.get_by_label("Time").fill("11:45")
    with page.expect_navigation():
        entry.get_by_role("button", name="Save").click()
    moved = page.locator("#" + entry_id)
    expect(moved.locator(".entry-time")).to_have_text("11:45")
    expect(page.locator(".week .day").nth(4)).to_contain_text(re.compile("Friday"))
    expect(page.locator(".week .day").nth(4).locator("#" + entry_id)).to_have_count(1)
    check_accessibility(page)
    screenshot(page, "11-content")
    page.get_by_role("link", name="Month", exact=True).click()
    expect(page.locator("table.month")).to_be_visible()
    check_accessibility(page)
    with page.expect_download() as download:
        page.locator("#step-panel").get_by_role("link", name="iCalendar").click()
    assert "BEGIN:VCALENDAR" in Path(download.value.path()).read_text(encoding="utf-8")

    # 11 Review & export
    go_to_step(page, "Review & export", "review")
    screenshot(page, "12-review")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile("^YAML")).click()
    assert "Sourdough at dawn" in Path(download.value.path()).read_text(encoding="utf-8")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"^Strategy \(Markdown\)")).click()
    assert "Bäckerei Sonnenschein" in Path(download.value.path()).read_text(encoding="utf-8")
    with page.expect_download() as download:
        page.get_by_role("link", name=re.compile(r"^Strategy \(PDF\)")).click()
    pdf = Path(download.value.path())
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert "Sourdough at dawn" in text

    # Overview and history
    page.get_by_role("link", name="Overview").click()
    expect(page.get_by_role("heading", name="All findings")).to_be_visible()
    check_accessibility(page)
    screenshot(page, "13-overview")
    page.get_by_role("link", name="History").click()
    check_accessibility(page)
    page.get_by_role("button", name="Show changes").click()
    expect(page.locator("table.changes")).to_be_visible()
    check_accessibility(page)
    screenshot(page, "14-diff")

    # German
    page.locator(".lang").get_by_role("button", name="DE").click()
    expect(page.locator("html")).to_have_attribute("lang", "de")
    page.get_by_role("link", name="Workshop").click()
    go_to_step(page, "Ziele & Kennzahlen", "goals")
    expect(page.get_by_role("heading", name=re.compile("Unternehmensziele"))).to_be_visible()
    expect(page.locator("#check-title")).to_have_text("Strategie-Check")
    screenshot(page, "15-goals-de")


def test_the_workshop_works_by_keyboard(server: str, page: Page):
    page.goto(server)
    if page.url.endswith("/setup/"):  # when run on its own
        page.fill("#id_username", "coach")
        page.fill("#id_password1", PASSWORD)
        page.fill("#id_password2", PASSWORD)
        page.fill("#id_workspace", "Müller Coaching")
        page.get_by_role("button", name="Create account and start").click()
        page.context.clear_cookies()
    page.goto(server + "login/")
    expect(page.locator("#id_username")).to_be_focused()  # the login form starts in its first field
    page.keyboard.type("coach")
    page.keyboard.press("Tab")
    page.keyboard.type(PASSWORD)
    page.keyboard.press("Enter")
    expect(page.get_by_role("heading", name="Müller Coaching")).to_be_visible()

    page.keyboard.press("Tab")
    skip = page.locator(".skip-link")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box and box["y"] >= 0, "the skip link becomes visible when focused"
    page.keyboard.press("Enter")
    expect(page.locator("#main")).to_be_focused()
    for _ in range(200):  # tab past the workspace's strategies (other tests add some) to "new strategy"
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "new-org":
            break
    assert page.evaluate("document.activeElement.id") == "new-org"
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") not in ("", "none")
    page.keyboard.type("Tischlerei Holzwurm")
    page.keyboard.press("Enter")
    expect(page.locator("h2.step-title")).to_have_text("Organisation & corporate strategy")

    # Add an item by keyboard: the add link opens a form whose first field has the focus.
    add = page.locator("#col-organisation-principles .collection-head a")
    add.focus()
    page.keyboard.press("Enter")
    expect(page.locator("#f-organisation-principles-new-statement")).to_be_focused()  # the id is made
    page.keyboard.type("Quality before speed.")
    page.locator("#form-organisation-principles-new button[type=submit]").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#item-organisation-principles-0")).to_contain_text("Quality before speed.")
    expect(page.locator("#col-organisation-principles-h")).to_be_focused()  # not lost to the page


def test_every_other_page_passes_axe(server: str, page: Page):
    page.goto(server + "login/")
    check_accessibility(page)
    log_in(page, server)
    workspace = page.url
    page.fill("#new-org", "Praxis Dr. Weber")
    page.get_by_role("button", name="Start the workshop").click()
    strategy = page.url.split("/step/")[0]
    for url in (
        workspace + "members/",
        workspace + "strategies/import/",
        strategy + "/share/",
        strategy + "/step/goals/?edit=goals.0",
        server,
    ):
        page.goto(url)
        check_accessibility(page)
    page.goto(strategy + "/step/audiences/")
    page.locator("#col-audiences .collection-head a").click()
    expect(page.locator("#form-audiences-new")).to_be_visible()
    page.locator("#form-audiences-new button[type=submit]").click()  # empty: errors at the fields
    expect(page.locator("#form-audiences-new .has-error").first).to_be_visible()
    check_accessibility(page)
    screenshot(page, "16-item-form-errors")


def test_two_people_saving_at_once_see_a_conflict_and_lose_nothing(server: str, browser):
    first, second = (browser.new_context(viewport={"width": 1600, "height": 1000}) for _ in range(2))
    alice, bob = first.new_page(), second.new_page()
    for page in (alice, bob):
        log_in(page, server)
    alice.fill("#new-org", "Tischlerei Holz")
    alice.get_by_role("button", name="Start the workshop").click()
    url = alice.url
    bob.goto(url)

    alice.fill("#f-organisation-city", "Ulm")
    alice.locator("#step-form button[type=submit]").click()
    expect(alice.locator("#step-form .saved")).to_be_visible()

    bob.fill("#f-organisation-industry", "Carpentry")
    bob.locator("#step-form button[type=submit]").click()
    dialog = bob.locator("#conflict")
    expect(dialog).to_be_visible()
    expect(dialog).to_contain_text("Ulm")
    expect(dialog).to_contain_text("Carpentry")
    check_accessibility(bob)
    screenshot(bob, "17-conflict")
    dialog.get_by_role("button", name="Apply my changes on top").click()
    expect(bob.locator("#f-organisation-city")).to_have_value("Ulm")
    expect(bob.locator("#f-organisation-industry")).to_have_value("Carpentry")
    first.close()
    second.close()
