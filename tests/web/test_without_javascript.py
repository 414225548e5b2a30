"""Without JavaScript the forms still save: plain posts carry the version and the CSRF token;
repeating items are added, edited and removed through links and plain forms."""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser

from django.contrib.auth import get_user_model
from django.test import Client

from socialstrategy.web.strategies.models import Strategy


class _Form(HTMLParser):
    """The values a browser without JavaScript would post for the form with ``form_id``."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.found = form_id, False, False
        self.action = ""
        self.values: list[tuple[str, str]] = []
        self.select: list | None = None  # [name, first option, selected option]
        self.textarea: list | None = None  # [name, text]

    def _owned(self, a):
        return a.get("form") == self.form_id or (self.inside and "form" not in a)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = self.found = True
            self.action = a.get("action", "")
        if not self._owned(a) or (tag != "option" and not a.get("name")):
            return
        kind = a.get("type", "text")
        if tag == "input" and (kind not in ("checkbox", "radio", "submit", "button") or "checked" in a):
            self.values.append((a["name"], a.get("value") or ("on" if kind == "checkbox" else "")))
        elif tag == "select":
            self.select = [a["name"], None, None]
        elif tag == "option" and self.select is not None:
            value = a.get("value", "")
            self.select[1] = value if self.select[1] is None else self.select[1]
            self.select[2] = value if "selected" in a else self.select[2]
        elif tag == "textarea":
            self.textarea = [a["name"], ""]

    def handle_data(self, data):
        if self.textarea is not None:
            self.textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select" and self.select is not None:
            name, first, chosen = self.select
            self.values.append((name, chosen if chosen is not None else first or ""))
            self.select = None
        elif tag == "textarea" and self.textarea is not None:
            self.values.append((self.textarea[0], self.textarea[1].removeprefix("\n")))
            self.textarea = None


def _browser(username: str) -> Client:
    client = Client(enforce_csrf_checks=True)  # as a real browser: no CSRF exemption
    client.force_login(get_user_model().objects.get(username=username))
    return client


def _plain_post(client, url, form_id, **fields):
    """Post the form ``form_id`` of the page at ``url`` as a browser without JavaScript would."""
    form = _Form(form_id)
    form.feed(client.get(url).content.decode())
    assert form.found, f"no form #{form_id} on {url}"
    data = dict(form.values)
    names = [name for name, _value in form.values]
    assert "version" in names and "csrfmiddlewaretoken" in names
    data.update(fields)
    return client.post(form.action or url.split("?")[0], data)


def _link(page: str, pattern: str) -> str:
    """The target of the first link whose address matches ``pattern``."""
    found = re.search(r'href="([^"]*' + pattern + '[^"]*)"', page)
    assert found, f"no link matching {pattern}"
    return unescape(found.group(1))


def test_a_step_saves_with_a_plain_form_post(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    url = f"/s/{strategy.pk}/step/organisation/"
    response = _plain_post(bob, url, "step-form", **{"organisation.name": "Konditorei Morgenrot"})
    assert response.status_code == 302
    assert response["Location"] == url
    strategy.refresh_from_db()
    assert strategy.version == 2
    assert strategy.document["organisation"]["name"] == "Konditorei Morgenrot"
    assert "Konditorei Morgenrot" in bob.get(url).content.decode()


def test_a_plain_post_with_an_error_shows_the_whole_page_with_the_error_at_the_field(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    url = f"/s/{strategy.pk}/step/organisation/"
    response = _plain_post(bob, url, "step-form", **{"organisation.name": ""})
    assert response.status_code == 422
    page = response.content.decode()
    assert "<html" in page and 'id="step-form"' in page
    assert "Please correct the marked fields." in page
    assert Strategy.objects.get(pk=strategy.pk).version == 1
    # The error page is not kept: the next visit shows the saved form again.
    assert "Please correct the marked fields." not in bob.get(url).content.decode()


def test_an_item_opened_by_link_saves_with_a_plain_form_post(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    url = f"/s/{strategy.pk}/step/goals/?edit=goals.0"
    statement = "Become the best-loved bakery in the quarter"
    response = _plain_post(bob, url, "form-goals-0", statement=statement)
    assert response.status_code == 302
    strategy.refresh_from_db()
    assert strategy.document["goals"][0]["statement"] == statement


def test_a_plain_post_based_on_an_old_version_is_still_refused(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    url = f"/s/{strategy.pk}/step/organisation/"
    form = _Form("step-form")
    form.feed(bob.get(url).content.decode())
    data = dict(form.values)
    assert bob.post(url, {**data, "organisation.name": "First"}).status_code == 302
    response = bob.post(url, {**data, "organisation.name": "Second"})
    assert response.status_code == 409
    assert Strategy.objects.get(pk=strategy.pk).document["organisation"]["name"] == "First"


def test_a_goal_is_added_through_the_add_link_and_a_plain_form_post(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    step = f"/s/{strategy.pk}/step/goals/"
    add = _link(bob.get(step).content.decode(), r"\?edit=goals\.new")
    assert add == f"{step}?edit=goals.new#form-goals-new"
    statement = "Win 50 catering enquiries from offices"
    response = _plain_post(
        bob, add, "form-goals-new", id="g-catering", type="sales_support", statement=statement
    )
    assert response.status_code == 302
    assert response["Location"] == f"{step}#col-goals"
    strategy.refresh_from_db()
    assert strategy.document["goals"][1]["statement"] == statement
    page = bob.get(response["Location"]).content.decode()
    assert statement in page and 'id="form-goals-new"' not in page


def test_a_kpi_inside_a_goal_is_added_and_edited_with_plain_form_posts(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    step = f"/s/{strategy.pk}/step/goals/"
    add = _link(bob.get(step).content.decode(), r"\?edit=goals\.0\.kpis\.new")
    assert _plain_post(bob, add, "form-goals-0-kpis-new", metric="enquiries", target="40").status_code == 302
    edit = _link(bob.get(step).content.decode(), r"\?edit=goals\.0\.kpis\.0#")
    response = _plain_post(bob, edit, "form-goals-0-kpis-0", target="1500")
    assert response["Location"] == f"{step}#col-goals-0-kpis"
    strategy.refresh_from_db()
    kpis = strategy.document["goals"][0]["kpis"]
    assert [(k["metric"], k["target"]) for k in kpis] == [("followers", 1500), ("enquiries", 40)]
    assert strategy.version == 3


def test_an_item_is_removed_with_a_plain_form_and_the_step_names_what_was_removed(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    step = f"/s/{strategy.pk}/step/goals/"
    response = _plain_post(bob, step, "remove-item-goals-0-kpis-0")
    assert response.status_code == 302
    assert response["Location"] == f"{step}#col-goals-0-kpis"
    strategy.refresh_from_db()
    assert strategy.document["goals"][0]["kpis"] == []
    assert strategy.document["goals"][0]["statement"] == "Become the best-known bakery in the quarter"
    page = bob.get(response["Location"]).content.decode()
    assert "Removed key figure: followers. You can restore it from the history." in page


def test_a_failed_plain_item_post_shows_the_whole_step_with_the_form_open_and_the_input_kept(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    step = f"/s/{strategy.pk}/step/audiences/"
    response = _plain_post(bob, f"{step}?edit=audiences.new", "form-audiences-new", region="Köln-Ehrenfeld")
    assert response.status_code == 422
    page = response.content.decode()
    assert "<html" in page and 'id="check-panel"' in page  # the whole step, not a fragment
    form = _Form("form-audiences-new")
    form.feed(page)
    assert form.found and ("region", "Köln-Ehrenfeld") in form.values
    assert re.search(r'class="field[^"]*has-error[^"]*"[^>]*>\s*<label for="f-audiences-new-name"', page)
    assert Strategy.objects.get(pk=strategy.pk).version == 1
    # Corrected and posted again from this page, it saves; the error page was not kept.
    form_data = dict(form.values)
    saved = bob.post(form.action, {**form_data, "id": "a-locals", "name": "Neighbours"})
    assert saved.status_code == 302
    assert Strategy.objects.get(pk=strategy.pk).document["audiences"][0]["region"] == "Köln-Ehrenfeld"
    assert "has-error" not in bob.get(f"{step}?edit=audiences.new").content.decode()


def test_cancel_leads_back_to_the_step_without_the_form(personas):
    strategy = personas["strategy"]
    bob = _browser("bob")
    page = bob.get(f"/s/{strategy.pk}/step/goals/?edit=goals.0").content.decode()
    form = page[page.index('id="form-goals-0"') : page.index("</form>", page.index('id="form-goals-0"'))]
    assert _link(form, "#col-goals") == f"/s/{strategy.pk}/step/goals/#col-goals"


def test_plain_item_posts_based_on_an_old_version_get_the_conflict_page(personas):
    strategy = personas["strategy"]
    alice, bob = _browser("alice"), _browser("bob")
    step = f"/s/{strategy.pk}/step/goals/"
    edit_form, remove_form = _Form("form-goals-0"), _Form("remove-item-goals-0")
    page = bob.get(f"{step}?edit=goals.0").content.decode()
    edit_form.feed(page)
    remove_form.feed(bob.get(step).content.decode())
    organisation = f"/s/{strategy.pk}/step/organisation/"
    assert _plain_post(alice, organisation, "step-form", **{"organisation.name": "A"}).status_code == 302

    edited = bob.post(edit_form.action, {**dict(edit_form.values), "statement": "Mine"})
    removed = bob.post(remove_form.action, dict(remove_form.values))
    for response in (edited, removed):
        assert response.status_code == 409
        text = response.content.decode()
        assert "<html" in text and "Someone else saved this strategy" in text
    current = Strategy.objects.get(pk=strategy.pk)
    assert current.version == 2
    assert current.document["goals"][0]["statement"] == "Become the best-known bakery in the quarter"


def test_forms_of_a_cached_step_carry_the_csrf_token_of_whoever_reads_it(personas):
    strategy = personas["strategy"]
    alice, bob = _browser("alice"), _browser("bob")
    step = f"/s/{strategy.pk}/step/goals/"
    alice.get(step)  # renders the step body into the fragment cache
    response = _plain_post(bob, step, "remove-item-goals-0")
    assert response.status_code == 302
    assert Strategy.objects.get(pk=strategy.pk).document["goals"] == []


def test_a_cached_panel_form_posts_with_the_token_of_its_reader(personas):
    strategy = personas["strategy"]
    alice, bob = _browser("alice"), _browser("bob")
    step = f"/s/{strategy.pk}/step/guidelines/"
    alice.get(step)  # renders the step body, with the texts panel, into the fragment cache
    assert _plain_post(bob, step, "texts-form").status_code == 302
    assert Strategy.objects.get(pk=strategy.pk).document["guidelines"]["sections"]
