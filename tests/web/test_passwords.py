"""Password change on the account page and password reset by e-mail: links that work once and
for a while, requests that do not tell whether an account exists, and throttling of both."""

from __future__ import annotations

import io
import re
from datetime import datetime, timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from socialstrategy.web.accounts.models import ResetRequest
from tests.web.conftest import PASSWORD, client_for

NEW_PASSWORD = "another-Long-password-17"


def _can_log_in(username, password):
    return Client().post("/login/", {"username": username, "password": password}).status_code == 302


def _ask_for_reset(email, client=None, **extra):
    return (client or Client()).post("/password-reset/", {"email": email}, **extra)


def _link(message):
    return re.search(r"http://testserver(/password-reset/\S+/\S+/)", message.body).group(1)


def _reset(link, password=NEW_PASSWORD):
    """Open the link and choose a new password; return the final response."""
    client = Client()
    form_page = client.get(link, follow=True)
    data = {"new_password1": password, "new_password2": password}
    return client.post(form_page.request["PATH_INFO"], data)


def test_the_login_page_links_to_the_password_reset(personas):
    assert 'href="/password-reset/"' in Client().get("/login/").content.decode()


def test_every_signed_in_page_links_to_the_account_page(alice):
    page = alice.get("/", follow=True).content.decode()
    assert 'href="/account/"' in page
    assert 'href="/account/password/"' in alice.get("/account/").content.decode()


def test_changing_the_password_keeps_this_session_and_ends_the_others(personas):
    here, elsewhere = client_for("alice"), client_for("alice")
    response = here.post(
        "/account/password/",
        {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 302
    assert here.get("/account/").status_code == 200
    assert elsewhere.get("/account/")["Location"].startswith("/login/")
    assert _can_log_in("alice", NEW_PASSWORD)
    assert not _can_log_in("alice", PASSWORD)


def test_a_wrong_current_password_changes_nothing(alice):
    response = alice.post(
        "/account/password/",
        {"old_password": "wrong", "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert response.status_code == 400
    assert _can_log_in("alice", PASSWORD)


@pytest.mark.parametrize(
    ("url", "field"), [("/account/password/", "old_password"), ("/account/", "password")]
)
def test_guessing_the_current_password_while_signed_in_is_throttled_like_a_login(alice, url, field):
    for _ in range(5):
        assert alice.post(url, {field: "wrong"}).status_code == 400
    response = alice.post(
        url, {field: PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD, "email": ""}
    )
    assert response.status_code == 429
    assert get_user_model().objects.get(username="alice").check_password(PASSWORD)
    assert get_user_model().objects.get(username="alice").email == "alice@example.org"


def test_changing_the_email_address_needs_the_current_password(alice):
    assert alice.post("/account/", {"email": "evil@example.com", "password": "wrong"}).status_code == 400
    assert get_user_model().objects.get(username="alice").email == "alice@example.org"
    assert alice.post("/account/", {"email": "new@example.org", "password": PASSWORD}).status_code == 302
    assert get_user_model().objects.get(username="alice").email == "new@example.org"


def test_the_full_reset_flow_through_the_outbox(personas):
    response = _ask_for_reset("ALICE@example.org")
    assert response["Location"] == "/password-reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["alice@example.org"]
    assert "alice" in message.body
    assert "60 minutes" in message.body

    done = _reset(_link(message))

    assert done["Location"] == "/password-reset/done/"
    assert _can_log_in("alice", NEW_PASSWORD)
    assert not _can_log_in("alice", PASSWORD)


def test_a_reset_link_moves_its_token_out_of_the_address_bar(personas):
    _ask_for_reset("alice@example.org")
    token = _link(mail.outbox[0]).rstrip("/").rsplit("/", 1)[1]
    response = Client().get(_link(mail.outbox[0]))
    assert response.status_code == 302
    assert token not in response["Location"]


def test_a_reset_link_works_once(personas):
    _ask_for_reset("alice@example.org")
    link = _link(mail.outbox[0])
    _reset(link)
    again = Client().get(link, follow=True)
    assert "This link no longer works" in again.content.decode()
    assert _reset(link, "a-third-Long-password-99").status_code == 200
    assert _can_log_in("alice", NEW_PASSWORD)


@pytest.mark.parametrize(("minutes", "works"), [(59, True), (61, False)])
def test_a_reset_link_expires_after_an_hour(personas, monkeypatch, minutes, works):
    _ask_for_reset("alice@example.org")
    later = datetime.now() + timedelta(minutes=minutes)  # the token generator's naive local time
    monkeypatch.setattr(default_token_generator, "_now", lambda: later)
    page = Client().get(_link(mail.outbox[0]), follow=True).content.decode()
    assert ('name="new_password1"' in page) is works


def test_an_unknown_address_gets_the_same_answer_and_no_mail(personas):
    known, unknown = _ask_for_reset("alice@example.org"), _ask_for_reset("nobody@example.org")
    assert known.status_code == unknown.status_code == 302
    assert known["Location"] == unknown["Location"]
    assert len(mail.outbox) == 1


@pytest.mark.parametrize("email", ["alice@example.org", "nobody@example.org"])
def test_reset_requests_are_throttled_per_email_address_whether_or_not_it_has_an_account(personas, email):
    for number in range(3):
        assert _ask_for_reset(email, REMOTE_ADDR=f"10.0.0.{number}").status_code == 302
    refused = _ask_for_reset(email, REMOTE_ADDR="10.0.0.9")
    assert refused.status_code == 429
    assert "Too many requests" in refused.content.decode()
    assert len(mail.outbox) == (3 if email.startswith("alice") else 0)


def test_reset_requests_are_throttled_per_client_address(personas):
    for number in range(10):
        assert _ask_for_reset(f"someone{number}@example.org").status_code == 302
    assert _ask_for_reset("alice@example.org").status_code == 429
    assert mail.outbox == []
    assert _ask_for_reset("alice@example.org", REMOTE_ADDR="10.9.9.9").status_code == 302


def test_the_reset_mail_speaks_the_language_of_the_request(personas):
    client = Client()
    client.post("/i18n/setlang/", {"language": "de", "next": "/"})
    _ask_for_reset("alice@example.org", client)
    message = mail.outbox[0]
    assert message.subject == "Ihr neues Passwort für socialstrategy"
    assert "60\u00a0Minuten lang" in message.body
    assert "&" not in message.body  # plain text: nothing HTML-escaped


def test_old_reset_requests_are_purged(personas):
    _ask_for_reset("alice@example.org")
    _ask_for_reset("bob@example.org")
    ResetRequest.objects.filter(email="alice@example.org").update(created=timezone.now() - timedelta(hours=2))
    out = io.StringIO()
    call_command("purge_trash", stdout=out)
    assert "Purged 1 password reset requests" in out.getvalue()
    assert list(ResetRequest.objects.values_list("email", flat=True)) == ["bob@example.org"]
