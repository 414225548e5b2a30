"""Single-use and last-owner rules hold when many requests arrive at once, on SQLite and on
PostgreSQL (the threads each have their own database connection; see ``threaded_db``)."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.test import Client

from tests.web.conftest import PASSWORD, at_once, client_for


def _invitation(personas, **fields):
    from socialstrategy.web.workspaces.models import Invitation

    return Invitation.objects.create(workspace=personas["home"], role="editor", **fields)


def test_an_invitation_accepted_by_sixteen_signed_in_users_at_once_makes_one_member(threaded_personas):
    from socialstrategy.web.workspaces.models import Membership

    invitation = _invitation(threaded_personas)
    names = [f"racer{n}" for n in range(16)]
    for name in names:
        get_user_model().objects.create_user(name, password=PASSWORD)
    clients = [client_for(name) for name in names]

    statuses, errors = at_once(16, lambda n: clients[n].post(f"/invite/{invitation.token}/").status_code)

    assert errors == []
    assert sorted(statuses) == [302] + [404] * 15
    assert Membership.objects.filter(user__username__startswith="racer").count() == 1


def test_an_invitation_taken_by_sixteen_anonymous_sign_ups_at_once_makes_one_account(threaded_personas):
    invitation = _invitation(threaded_personas)
    accounts_before = get_user_model().objects.count()

    def sign_up(number):
        data = {"username": f"newcomer{number}", "password1": PASSWORD, "password2": PASSWORD}
        return Client().post(f"/invite/{invitation.token}/", data).status_code

    statuses, errors = at_once(16, sign_up)

    assert errors == []
    assert sorted(statuses) == [302] + [404] * 15
    assert get_user_model().objects.count() == accounts_before + 1


def test_two_owners_removing_each_other_at_once_leave_the_workspace_one_owner(threaded_personas):
    from socialstrategy.web.workspaces.models import Membership

    home = threaded_personas["home"]
    Membership.objects.filter(workspace=home, user__username="bob").update(role="owner")
    for attempt in range(10):
        alice_m = Membership.objects.get(workspace=home, user__username="alice")
        bob_m = Membership.objects.get(workspace=home, user__username="bob")
        requests = [("alice", bob_m.pk), ("bob", alice_m.pk)]
        clients = [client_for(name) for name, _ in requests]

        urls = [f"/w/{home.pk}/members/{member}/remove/" for _, member in requests]
        statuses, errors = at_once(
            2, lambda n, clients=clients, urls=urls: clients[n].post(urls[n]).status_code
        )

        assert errors == []
        owners = Membership.objects.filter(workspace=home, role="owner")
        assert owners.count() == 1, f"attempt {attempt}: {statuses}"
        removed = (
            get_user_model().objects.exclude(memberships__workspace=home).get(username__in=("alice", "bob"))
        )
        Membership.objects.create(workspace=home, user=removed, role="owner")


def test_thirty_two_wrong_passwords_at_once_get_at_most_five_checked(threaded_personas):
    spellings = ["alice", " alice", "alice ", "\talice", "ａｌｉｃｅ", "Alice", "ALICE", "alice\t"]

    def attempt(number):
        data = {"username": spellings[number % len(spellings)], "password": "wrong"}
        return Client().post("/login/", data).status_code

    statuses, errors = at_once(32, attempt)

    assert errors == []
    assert statuses.count(400) <= 5
    assert statuses.count(400) + statuses.count(429) == 32


def test_thirty_two_wrong_review_link_passwords_at_once_get_at_most_ten_checked(threaded_personas):
    """A leaked review link with a password: guesses sent together must not slip past the limit
    of ten an hour because each was counted before any was recorded."""
    from tests.web.conftest import make_review_link

    _link, token = make_review_link(threaded_personas["strategy"], password="Brötchen-2027")

    def attempt(number):
        return Client().post(f"/r/{token}/", {"name": f"Guess {number}", "password": "wrong"}).status_code

    statuses, errors = at_once(32, attempt)

    assert errors == []
    assert statuses.count(422) <= 10
    assert statuses.count(422) + statuses.count(429) == 32
