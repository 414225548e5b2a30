"""``purge_trash`` also deletes what only piles up: old failed-login records and expired sessions."""

from __future__ import annotations

import io
from datetime import timedelta

from django.contrib.sessions.models import Session
from django.core.management import call_command
from django.test import Client
from django.utils import timezone

from socialstrategy.web.accounts.models import LoginFailure


def _purge():
    out = io.StringIO()
    call_command("purge_trash", stdout=out)
    return out.getvalue()


def test_failed_logins_older_than_the_window_are_purged_and_recent_ones_kept(personas):
    for _ in range(3):
        Client().post("/login/", {"username": "alice", "password": "wrong"})
    LoginFailure.objects.filter(pk=LoginFailure.objects.first().pk).update(
        created=timezone.now() - timedelta(seconds=901)
    )

    output = _purge()

    assert "Purged 1 failed-login records" in output
    assert LoginFailure.objects.count() == 2


def test_expired_sessions_are_purged_and_live_ones_kept(personas):
    from tests.web.conftest import client_for

    live = client_for("alice").session.session_key
    expired = client_for("bob").session.session_key
    Session.objects.filter(session_key=expired).update(expire_date=timezone.now() - timedelta(seconds=1))

    output = _purge()

    assert "Purged 1 expired sessions." in output
    assert Session.objects.filter(session_key=live).exists()
    assert not Session.objects.filter(session_key=expired).exists()
