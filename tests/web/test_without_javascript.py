"""Without JavaScript the forms still save: plain posts carry the version and the CSRF token."""

from __future__ import annotations

from html.parser import HTMLParser

from django.contrib.auth import get_user_model
from django.test import Client

from socialstrategy.web.strategies.models import Strategy


class _Form(HTMLParser):
    """The values a browser without JavaScript would post for the form with ``form_id``."""

    def __init__(self, form_id: str):
        super().__init__()
        self.form_id, self.inside, self.found = form_id, False, False
        self.values: list[tuple[str, str]] = []
        self.select: list | None = None  # [name, first option, selected option]
        self.textarea: list | None = None  # [name, text]

    def _owned(self, a):
        return a.get("form") == self.form_id or (self.inside and "form" not in a)

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "form" and a.get("id") == self.form_id:
            self.inside = self.found = True
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
    form = _Form(form_id)
    form.feed(client.get(url).content.decode())
    assert form.found, f"no form #{form_id} on {url}"
    data = dict(form.values)
    names = [name for name, _value in form.values]
    assert "version" in names and "csrfmiddlewaretoken" in names
    data.update(fields)
    return client.post(url.split("?")[0] if form_id == "step-form" else _item_url(url), data)


def _item_url(url):
    return "/s/" + url.split("/s/")[1].split("/")[0] + "/item/"


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
