"""Setup of the first account, login throttling, sessions, CSRF, invitations and client access."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from socialstrategy.web.accounts import middleware
from socialstrategy.web.workspaces.models import Invitation, Membership
from tests.web.conftest import PASSWORD, client_for


@pytest.fixture
def no_users(db):
    middleware.forget()
    yield
    middleware.forget()


def test_a_fresh_installation_asks_for_the_owner_account(no_users):
    client = Client()
    assert client.get("/")["Location"] == "/setup/"
    response = client.post(
        "/setup/",
        {"username": "alice", "password1": PASSWORD, "password2": PASSWORD, "workspace": "Alice Coaching"},
    )
    assert response.status_code == 302
    membership = Membership.objects.get(user__username="alice")
    assert membership.role == "owner"
    assert client.get(response["Location"]).status_code == 200


def test_the_setup_page_is_gone_once_an_account_exists(personas):
    assert Client().get("/setup/").status_code == 404
    assert Client().post("/setup/", {"username": "mallory"}).status_code == 404


def test_login_gives_the_session_a_new_key(personas):
    client = Client()
    client.get("/login/")
    client.cookies["sessionid"] = "attacker-chosen-session-key"
    client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert client.cookies["sessionid"].value != "attacker-chosen-session-key"


def test_login_is_throttled_after_repeated_failures(personas):
    client = Client()
    for _ in range(5):
        assert client.post("/login/", {"username": "alice", "password": "wrong"}).status_code == 400
    response = client.post("/login/", {"username": "alice", "password": PASSWORD})
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_a_login_redirect_never_leaves_the_site(personas):
    response = Client().post(
        "/login/", {"username": "alice", "password": PASSWORD, "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"


def test_posts_without_a_csrf_token_are_refused(personas):
    client = Client(enforce_csrf_checks=True)
    client.force_login(get_user_model().objects.get(username="bob"))
    response = client.post(f"/s/{personas['strategy'].pk}/step/organisation/", {"version": "1"})
    assert response.status_code == 403


def test_an_invited_colleague_joins_with_the_invited_role(personas):
    alice = client_for("alice")
    alice.post(f"/w/{personas['home'].pk}/members/invite/", {"role": "viewer", "email": "eve@example.org"})
    invitation = Invitation.objects.get(email="eve@example.org")
    client = Client()
    response = client.post(
        f"/invite/{invitation.token}/", {"username": "eve", "password1": PASSWORD, "password2": PASSWORD}
    )
    assert response.status_code == 302
    assert Membership.objects.get(user__username="eve").role == "viewer"
    assert client.get(f"/invite/{invitation.token}/").status_code == 404  # used once


def test_a_client_sees_only_their_own_strategy(personas):
    alice = client_for("alice")
    strategy = personas["strategy"]
    alice.post(f"/s/{strategy.pk}/share/", {"email": "client@example.org"})
    invitation = Invitation.objects.get(email="client@example.org")
    client = Client()
    client.post(
        f"/invite/{invitation.token}/", {"username": "kunde", "password1": PASSWORD, "password2": PASSWORD}
    )
    other = alice.post(f"/w/{personas['home'].pk}/strategies/new/", {"organisation": "Other client"})
    other_pk = other["Location"].split("/")[2]

    assert client.get(f"/s/{strategy.pk}/").status_code == 200
    assert client.get(f"/s/{strategy.pk}/export/yaml/").status_code == 200
    assert client.get(f"/s/{strategy.pk}/step/goals/").status_code == 200
    assert client.post(f"/s/{strategy.pk}/step/organisation/", {"version": "1"}).status_code == 403
    assert client.get(f"/s/{other_pk}/").status_code == 404
    assert client.get(f"/w/{personas['home'].pk}/").status_code == 404


def test_the_last_owner_cannot_be_removed(personas):
    alice = client_for("alice")
    own = personas["home"].memberships.get(user__username="alice")
    alice.post(f"/w/{personas['home'].pk}/members/{own.pk}/remove/")
    assert personas["home"].memberships.filter(role="owner").count() == 1


def test_sessions_do_not_live_in_a_per_process_cache():
    """The server runs several processes, each with its own LocMemCache: a session deleted at
    logout in one process would stay valid in another's cache (cached_db / cache engines)."""
    from django.conf import settings

    per_process = settings.CACHES["default"]["BACKEND"].endswith("LocMemCache")
    uses_cache = settings.SESSION_ENGINE.endswith((".cache", ".cached_db"))
    assert not (per_process and uses_cache)


def test_the_owner_account_can_be_created_beside_the_demo_and_gets_the_demo(no_users):
    from socialstrategy.web.demo import DEMO_WORKSPACE, load_demo_workspace

    load_demo_workspace(PASSWORD)
    client = Client()
    assert client.get("/setup/").status_code == 200
    response = client.post(
        "/setup/",
        {"username": "alice", "password1": PASSWORD, "password2": PASSWORD, "workspace": "Alice Coaching"},
    )
    assert response.status_code == 302
    assert Membership.objects.filter(user__username="alice", workspace__name=DEMO_WORKSPACE).exists()
    assert Client().get("/setup/").status_code == 404


def test_the_demo_loaded_after_the_owner_is_shared_with_them(personas):
    from socialstrategy.web.demo import DEMO_WORKSPACE, load_demo_workspace

    load_demo_workspace(PASSWORD)
    assert Membership.objects.filter(user__username="alice", workspace__name=DEMO_WORKSPACE).exists()


def test_nobody_takes_the_demo_accounts_name(no_users):
    response = Client().post(
        "/setup/", {"username": "Demo", "password1": PASSWORD, "password2": PASSWORD, "workspace": "X"}
    )
    assert response.status_code == 200
    assert not get_user_model().objects.exists()


def test_the_refusal_of_the_demo_name_reads_in_german(no_users):
    client = Client(HTTP_ACCEPT_LANGUAGE="de")
    response = client.post(
        "/setup/", {"username": "demo", "password1": PASSWORD, "password2": PASSWORD, "workspace": "X"}
    )
    assert "Dieser Name gehört zum Demo-Arbeitsbereich." in response.content.decode()


def test_the_login_page_leads_to_the_owner_setup_until_there_is_an_owner(no_users):
    from socialstrategy.web.demo import load_demo_workspace

    load_demo_workspace(PASSWORD)
    assert 'href="/setup/"' in Client().get("/login/").content.decode()
    Client().post(
        "/setup/", {"username": "alice", "password1": PASSWORD, "password2": PASSWORD, "workspace": "A"}
    )
    assert 'href="/setup/"' not in Client().get("/login/").content.decode()
