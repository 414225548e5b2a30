"""The session and the signed-in user are read with hand-written queries (accounts/backends.py);
they must accept and refuse exactly what Django's own database sessions and model backend do."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.test import Client
from django.utils import timezone

from socialstrategy.web.accounts.backends import SessionStore, UserBackend
from tests.web.conftest import PASSWORD


def _logged_in(username: str) -> Client:
    client = Client()
    assert client.login(username=username, password=PASSWORD)
    return client


def _signed_in(client: Client, personas) -> bool:
    return client.get(f"/s/{personas['strategy'].pk}/").status_code == 200


def test_a_valid_session_signs_its_user_in(personas):
    assert _signed_in(_logged_in("bob"), personas)


def test_an_expired_session_is_refused(personas):
    client = _logged_in("bob")
    Session.objects.update(expire_date=timezone.now() - timedelta(seconds=1))
    assert not _signed_in(client, personas)


def test_a_session_deleted_elsewhere_is_refused_at_once(personas):
    client, other = _logged_in("bob"), _logged_in("bob")
    assert _signed_in(client, personas)
    other.post("/logout/")  # deletes only the other session
    assert _signed_in(client, personas)
    Session.objects.all().delete()  # e.g. a logout in another server process
    assert not _signed_in(client, personas)


def test_a_deactivated_user_is_signed_out(personas):
    client = _logged_in("bob")
    get_user_model().objects.filter(username="bob").update(is_active=False)
    assert not _signed_in(client, personas)


def test_a_changed_password_signs_out_other_sessions(personas):
    client = _logged_in("bob")
    bob = get_user_model().objects.get(username="bob")
    bob.set_password("a-different-Password-43")
    bob.save()
    assert not _signed_in(client, personas)


def test_an_unknown_session_key_reads_as_an_empty_session(db):
    store = SessionStore("x" * 32)
    assert store.load() == {}
    assert store.session_key is None


@pytest.mark.parametrize("user_id", ["999999", "not-a-number", ""])
def test_an_unknown_or_malformed_user_id_is_nobody(personas, user_id):
    assert UserBackend().get_user(user_id) is None


def test_the_user_backend_returns_the_same_user_as_django(personas):
    from django.contrib.auth.backends import ModelBackend

    bob = personas["users"]["bob"]
    ours, django = UserBackend().get_user(str(bob.pk)), ModelBackend().get_user(bob.pk)
    assert ours == django
    assert {f.name: getattr(ours, f.name) for f in bob._meta.concrete_fields} == {
        f.name: getattr(django, f.name) for f in bob._meta.concrete_fields
    }
