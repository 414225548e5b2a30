"""The workshop panels' own actions: text sections edited in place, the capacity chart, the
calendar's views, generation, moves and edits. Each is a normal save with a version check."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.demos import load_demo
from socialstrategy.web.strategies.markup import render_markdown
from socialstrategy.web.strategies.store import create_strategy


@pytest.fixture
def bakery(personas):
    return create_strategy(personas["home"], load_demo("bakery"), personas["users"]["alice"], "Demo")


@pytest.fixture
def vera(personas):
    from tests.web.conftest import client_for

    return client_for("vera")


def _sections(strategy, part):
    strategy.refresh_from_db()
    return {s["key"]: s for s in strategy.document[part]["sections"]}


def _first_key(strategy, part, customised=False):
    return next(k for k, s in _sections(strategy, part).items() if s.get("customised", False) == customised)


# --- text sections ------------------------------------------------------------------------------


def test_the_guidelines_step_shows_every_generated_section_and_the_crisis_levels(bob, bakery):
    page = bob.get(f"/s/{bakery.pk}/step/guidelines/").content.decode()
    document = bakery.load()
    for part, sections in (
        ("guidelines", document.guidelines.sections),
        ("crisis", document.crisis.sections),
    ):
        for section in sections:
            assert f'id="section-{part}-{section.key}"' in page
    for level in document.crisis.levels:
        assert level.name in page
    assert "Regenerate the rest" in page


def test_editing_a_section_marks_it_customised_and_regenerating_keeps_it(bob, bakery):
    key = _first_key(bakery, "guidelines")
    response = bob.post(
        f"/s/{bakery.pk}/section/",
        {
            "version": "1",
            "part": "guidelines",
            "key": key,
            "title": "Unser Ton",
            "body": "**Immer** freundlich.",
        },
    )
    assert response.status_code == 302
    edited = _sections(bakery, "guidelines")[key]
    assert (edited["title"], edited["body"], edited["customised"]) == (
        "Unser Ton",
        "**Immer** freundlich.",
        True,
    )
    assert bakery.revisions.get(version=2).author.username == "bob"

    page = bob.get(f"/s/{bakery.pk}/step/guidelines/").content.decode()
    assert "<strong>Immer</strong> freundlich." in page
    assert "customised" in page and "Reset to generated text" in page

    other = _first_key(bakery, "crisis")
    before = _sections(bakery, "crisis")[other]["body"]
    bob.post(
        f"/s/{bakery.pk}/section/", {"version": "2", "part": "crisis", "key": other, "title": "X", "body": ""}
    )
    assert bob.post(f"/s/{bakery.pk}/texts/", {"version": "3"}).status_code == 302
    assert _sections(bakery, "guidelines")[key]["body"] == "**Immer** freundlich."  # the edit survived
    assert _sections(bakery, "crisis")[other]["title"] == "X"
    assert before  # the generated text existed and will come back on reset


def test_resetting_a_section_brings_back_the_generated_text(bob, bakery):
    key = _first_key(bakery, "guidelines")
    generated = _sections(bakery, "guidelines")[key]
    bob.post(
        f"/s/{bakery.pk}/section/",
        {"version": "1", "part": "guidelines", "key": key, "title": "T", "body": "B"},
    )
    response = bob.post(f"/s/{bakery.pk}/section/reset/", {"version": "2", "part": "guidelines", "key": key})
    assert response.status_code == 302
    restored = _sections(bakery, "guidelines")[key]
    assert restored["customised"] is False
    assert (restored["title"], restored["body"]) == (generated["title"], generated["body"])


def test_a_section_the_user_adds_gets_its_own_key_and_is_kept(bob, bakery):
    bob.post(
        f"/s/{bakery.pk}/section/",
        {
            "version": "1",
            "part": "guidelines",
            "key": "",
            "title": "Fotos im Café",
            "body": "Nur mit Erlaubnis.",
        },
    )
    added = _sections(bakery, "guidelines")["own-fotos-im-caf"]
    assert added["customised"] is True and added["body"] == "Nur mit Erlaubnis."


def test_a_section_without_title_is_refused_at_the_field_and_nothing_is_saved(bob, bakery):
    key = _first_key(bakery, "guidelines")
    response = bob.post(
        f"/s/{bakery.pk}/section/",
        {"version": "1", "part": "guidelines", "key": key, "title": " ", "body": "kept draft"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Please give the section a title." in page and "kept draft" in page
    assert f'id="title-error-guidelines-{key}"' in page
    bakery.refresh_from_db()
    assert bakery.version == 1


def test_a_section_edit_on_an_old_version_shows_the_conflict(bob, bakery):
    key = _first_key(bakery, "guidelines")
    bob.post(
        f"/s/{bakery.pk}/section/",
        {"version": "1", "part": "guidelines", "key": key, "title": "A", "body": ""},
    )
    response = bob.post(
        f"/s/{bakery.pk}/section/",
        {"version": "1", "part": "guidelines", "key": key, "title": "B", "body": ""},
    )
    assert response.status_code == 409
    assert _sections(bakery, "guidelines")[key]["title"] == "A"


def test_an_htmx_section_edit_answers_with_the_panel_and_a_fresh_check(bob, bakery):
    key = _first_key(bakery, "crisis")
    response = bob.post(
        f"/s/{bakery.pk}/section/",
        {"version": "1", "part": "crisis", "key": key, "title": "Neu", "body": "Text"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert response["HX-Retarget"] == "#step-panel"
    assert 'id="check-panel"' in page and 'hx-swap-oob="true"' in page
    assert 'id="doc-version" name="version" value="2"' in page


def test_user_text_in_a_section_is_escaped(bob, bakery):
    key = _first_key(bakery, "guidelines")
    bob.post(
        f"/s/{bakery.pk}/section/",
        {
            "version": "1",
            "part": "guidelines",
            "key": key,
            "title": "<b>T</b>",
            "body": "<script>alert(1)</script>",
        },
    )
    page = bob.get(f"/s/{bakery.pk}/step/guidelines/").content.decode()
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "<b>T</b>" not in page


_ALLOWED_TAG = re.compile(
    r"</?(p|br|hr|ul|ol|li|strong|em|blockquote|h4|table|thead|tbody|tr|th|td|pre|code)"
    r'( [a-z-]+="[^"<>]*")*\s*/?>'
)


@given(st.text())
def test_a_section_never_turns_user_text_into_other_markup(text):
    html = _ALLOWED_TAG.sub("", str(render_markdown(text)))
    assert "<" not in html and ">" not in html


@pytest.mark.parametrize(
    "payload",
    [
        "<script>alert(1)</script>",
        "[x](javascript:alert(1))",
        "![i](https://evil.example/x.png)",
        "<https://x.example>",
    ],
)
def test_a_section_has_no_scripts_links_or_images(payload):
    html = str(render_markdown(payload))
    assert "<script" not in html and "<a " not in html and "<img" not in html


def test_a_section_renders_lists_quotes_and_emphasis():
    html = str(render_markdown("Intro **fett**\n\n- eins\n- *zwei*\n\n> Zitat"))
    assert "<p>Intro <strong>fett</strong></p>" in html
    assert "<ul>\n<li>eins</li>\n<li><em>zwei</em></li>\n</ul>" in html
    assert "<blockquote>\n<p>Zitat</p>\n</blockquote>" in html


def test_a_section_renders_the_generated_tables_with_headed_columns():
    html = str(render_markdown("| Kanal | Wer |\n|---|---|\n| Instagram | Lena <i> |"))
    assert '<th scope="col">Kanal</th>' in html and '<th scope="col">Wer</th>' in html
    assert "<td>Lena &lt;i&gt;</td>" in html


def test_a_sections_headings_sit_below_the_section_title():
    assert str(render_markdown("# Titel")).strip() == "<h4>Titel</h4>"


# --- marketing mix and resources --------------------------------------------------------------------


def test_the_mix_step_shows_the_goal_coverage_and_the_events(bob, bakery):
    page = bob.get(f"/s/{bakery.pk}/step/marketing_mix/").content.decode()
    document = bakery.load()
    assert "Goals × marketing mix" in page
    assert page.count('class="tick"') == sum(len(e.goals) for e in document.marketing_mix.elements().values())
    for event in document.marketing_mix.events:
        assert event.title in page


def test_the_resources_step_shows_chart_people_gaps_and_training(bob, bakery):
    page = bob.get(f"/s/{bakery.pk}/step/resources/").content.decode()
    assert f'src="/s/{bakery.pk}/chart/capacity.svg?v=1"' in page
    assert 'alt="Capacity: required and available: ' in page
    for name in ("Sabine Krämer", "Lea Brandt", "Tim Özdemir", "Jonas Weber"):
        assert name in page
    assert "Competence gaps" in page and "Training plan" in page


def test_an_over_capacity_plan_shows_what_was_cut_and_why(bob, personas):
    document = load_demo("bakery")
    for member in document.resources.team:
        member.hours_per_week = 2
    strategy = create_strategy(personas["home"], document, personas["users"]["alice"], "Tight")
    page = bob.get(f"/s/{strategy.pk}/step/resources/").content.decode()
    assert "A plan that fits" in page and "What was cut, and why" in page
    assert "Facebook" in page


def test_the_capacity_chart_is_an_svg_that_is_never_sniffed(vera, bakery):
    response = vera.get(f"/s/{bakery.pk}/chart/capacity.svg")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response.content.lstrip().startswith(b"<svg")


def test_an_unknown_chart_is_not_found(bob, bakery):
    assert bob.get(f"/s/{bakery.pk}/chart/passwords.svg").status_code == 404


# --- calendar -------------------------------------------------------------------------------------


def test_the_calendar_has_a_week_and_a_month_view_with_holidays(bob, bakery):
    url = f"/s/{bakery.pk}/step/content/"
    week = bob.get(url + "?view=week&from=2026-12-21").content.decode()
    assert "Week 52" in week or "Week</strong>" in week or "Week 52" in week.replace("\n", " ")
    assert "Christmas Day" in week or "1. Weihnachtstag" in week
    assert "?view=week&amp;from=2026-12-14" in week and "?view=week&amp;from=2026-12-28" in week
    month = bob.get(url + "?view=month&from=2026-12-01").content.decode()
    assert 'class="month"' in month
    assert "?view=month&amp;from=2026-11-01" in month and "?view=month&amp;from=2027-01-01" in month
    for export in ("ics", "csv", "hootsuite", "sprout"):
        assert f"/s/{bakery.pk}/export/{export}/" in month


@pytest.mark.parametrize("view", ["week", "month"])
@pytest.mark.parametrize("day", ["9999-12-31", "0001-01-01"])
def test_a_calendar_view_far_outside_the_model_years_shows_their_nearest_end(vera, bakery, view, day):
    response = vera.get(f"/s/{bakery.pk}/step/content/?view={view}&from={day}")
    assert response.status_code == 200
    year = "2200" if day.startswith("9999") else "1900"
    assert f"from={year}-" in response.content.decode()  # the neighbours' links start from there


def test_a_calendar_that_would_end_beyond_the_model_years_is_refused_at_the_start(bob, bakery):
    response = bob.post(
        f"/s/{bakery.pk}/calendar/generate/",
        {"version": "1", "weeks": "4", "start": "9999-12-01"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert 'id="generate-start-error"' in page
    assert "Choose a start between 1900-01-01 and 2200-11-28." in page
    bakery.refresh_from_db()
    assert bakery.version == 1


def test_generating_a_calendar_over_planned_posts_asks_first(bob, bakery):
    url = f"/s/{bakery.pk}/calendar/generate/"
    response = bob.post(url, {"version": "1", "weeks": "4", "start": "2026-11-30"})
    assert response.status_code == 200
    assert "Replace the planned posts" in response.content.decode()
    bakery.refresh_from_db()
    assert bakery.version == 1
    response = bob.post(url, {"version": "1", "weeks": "4", "start": "2026-11-30", "confirm": "yes"})
    assert response.status_code == 302
    bakery.refresh_from_db()
    assert bakery.version == 2
    dates = [dt.date.fromisoformat(e["date"]) for e in bakery.document["content"]["calendar"]]
    assert len(dates) > 14 and max(dates) <= dt.date(2026, 12, 27)
    kept = [e for e in bakery.document["content"]["calendar"] if e["status"] in ("in_progress", "scheduled")]
    assert kept  # posts people work on stay


def test_generating_into_an_empty_range_needs_no_confirmation(bob, bakery):
    response = bob.post(
        f"/s/{bakery.pk}/calendar/generate/", {"version": "1", "weeks": "2", "start": "2027-06-07"}
    )
    assert response.status_code == 302
    bakery.refresh_from_db()
    assert any(e["date"].startswith("2027-06") for e in bakery.document["content"]["calendar"])


def test_a_wrong_number_of_weeks_is_shown_at_the_field(bob, bakery):
    response = bob.post(
        f"/s/{bakery.pk}/calendar/generate/", {"version": "1", "weeks": "99"}, HTTP_HX_REQUEST="true"
    )
    assert 'id="generate-weeks-error"' in response.content.decode()
    assert "Enter a number of weeks from 1 to 52." in response.content.decode()


def _entry(bakery, index=0):
    from socialstrategy.core.planning.calendar import with_entry_ids

    return with_entry_ids(bakery.load()).content.calendar[index]


def test_moving_an_entry_saves_date_and_time(bob, bakery):
    entry = _entry(bakery, 3)
    response = bob.post(
        f"/s/{bakery.pk}/calendar/entry/",
        {"version": "1", "entry": entry.id, "date": "2026-12-08", "time": "10:15", "title": entry.title},
    )
    assert response.status_code == 302
    bakery.refresh_from_db()
    moved = next(e for e in bakery.document["content"]["calendar"] if e["id"] == entry.id)
    assert (moved["date"], moved["time"]) == ("2026-12-08", "10:15:00")
    assert bakery.revisions.get(version=2).author.username == "bob"


def test_editing_an_entry_changes_title_status_and_owner(bob, bakery):
    entry = _entry(bakery, 0)
    bob.post(
        f"/s/{bakery.pk}/calendar/entry/",
        {
            "version": "1",
            "entry": entry.id,
            "date": entry.date.isoformat(),
            "title": "Neuer Titel",
            "status": "scheduled",
            "owner": "sabine",
            "format": entry.format or "",
            "pillar": entry.pillar or "",
        },
    )
    bakery.refresh_from_db()
    edited = next(e for e in bakery.document["content"]["calendar"] if e["id"] == entry.id)
    assert (edited["title"], edited["status"], edited["owner"]) == ("Neuer Titel", "scheduled", "sabine")


def test_an_owner_without_the_hours_is_refused_at_the_owner_field(bob, bakery):
    entry = _entry(bakery, 0)
    response = bob.post(
        f"/s/{bakery.pk}/calendar/entry/",
        {"version": "1", "entry": entry.id, "date": entry.date.isoformat(), "owner": "jonas"},
    )
    assert response.status_code == 422
    page = response.content.decode()
    assert f'id="e-{entry.id}-owner-error"' in page
    assert "jonas would need 2.5 h" in page
    bakery.refresh_from_db()
    assert bakery.version == 1


def test_moving_an_entry_onto_a_public_holiday_is_refused_at_the_date_field(bob, bakery):
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    entry = _entry(bakery, 0)
    response = bob.post(
        f"/s/{bakery.pk}/calendar/entry/",
        {"version": "1", "entry": entry.id, "date": "2026-12-25", "view": "week", "from": "2026-12-21"},
        HTTP_HX_REQUEST="true",
    )
    page = response.content.decode()
    assert f'id="e-{entry.id}-date-error"' in page
    assert "Feiertag" in page
    bakery.refresh_from_db()
    assert bakery.version == 1


def test_an_unknown_entry_is_not_found(bob, bakery):
    response = bob.post(
        f"/s/{bakery.pk}/calendar/entry/", {"version": "1", "entry": "nope", "date": "2026-12-01"}
    )
    assert response.status_code == 404


# --- permissions ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("section/", {"part": "guidelines", "key": "purpose", "title": "T", "body": "B"}),
        ("section/reset/", {"part": "guidelines", "key": "purpose"}),
        ("texts/", {}),
        ("calendar/generate/", {"weeks": "4", "confirm": "yes"}),
        ("calendar/entry/", {"entry": "x", "date": "2026-12-08"}),
    ],
)
def test_a_viewer_cannot_edit_regenerate_generate_or_move(vera, bakery, url, data):
    response = vera.post(f"/s/{bakery.pk}/{url}", {"version": "1", **data})
    assert response.status_code == 403
    bakery.refresh_from_db()
    assert bakery.version == 1


def test_a_viewer_sees_the_panels_without_their_forms(vera, bakery):
    guidelines = vera.get(f"/s/{bakery.pk}/step/guidelines/").content.decode()
    content = vera.get(f"/s/{bakery.pk}/step/content/").content.decode()
    assert "Edit this section" not in guidelines and "Regenerate the rest" not in guidelines
    assert "Move or edit" not in content and "Generate calendar" not in content
    assert 'id="cal-title"' in content


def test_the_employees_form_of_address_is_chosen_in_the_guidelines_step_and_the_handout_follows(bob, bakery):
    """The bakery speaks to its community with „du“; its employee guidelines can still say
    „Sie“: the field sets ``guidelines.address``, regenerating writes the handout in it, and the
    crisis playbook (which speaks to the community) stays in „du“."""
    document = bakery.load()
    assert (document.language, document.community.address) == ("de", "du")
    page = bob.get(f"/s/{bakery.pk}/step/guidelines/").content.decode()
    assert 'name="guidelines.address"' in page
    data = {
        "version": "1",
        "guidelines.address": "sie",
        "guidelines.spokespeople": document.guidelines.spokespeople,
    }
    assert bob.post(f"/s/{bakery.pk}/step/guidelines/", data).status_code == 302
    assert bob.post(f"/s/{bakery.pk}/texts/", {"version": "2"}).status_code == 302
    bakery.refresh_from_db()
    saved = bakery.load()
    assert saved.guidelines.address == "sie"
    assert saved.guidelines.spokespeople == document.guidelines.spokespeople
    assert saved.text_variant() == "de-du"
    from socialstrategy.core.voice import is_written_in_other_form

    generated = [s for s in saved.guidelines.sections if not s.customised]
    assert generated and not any(is_written_in_other_form(s.body, "sie") for s in generated)
