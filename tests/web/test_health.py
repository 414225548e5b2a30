"""The health endpoint a load balancer probes (#21)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client

pytestmark = pytest.mark.django_db


def test_a_healthy_server_says_its_database_and_cache_answer():
    response = Client().get("/health/")
    assert response.status_code == 200
    assert response.json() == {"database": "ok", "cache": "ok"}
    assert "no-cache" in response["Cache-Control"] and not response.cookies


def test_it_answers_before_the_owner_account_exists_and_without_a_login():
    from django.contrib.auth import get_user_model

    from socialstrategy.web.accounts.middleware import forget

    get_user_model().objects.all().delete()
    forget()
    assert Client().get("/health/").status_code == 200


def test_a_database_that_does_not_answer_makes_it_unhealthy(monkeypatch):
    def broken(*args, **kwargs):
        raise connection.Database.OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", broken)
    response = Client().get("/health/")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable: OperationalError"
    assert response.json()["cache"] == "ok"


def test_a_cache_that_loses_what_it_stored_makes_it_unhealthy(monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = Client().get("/health/")
    assert response.status_code == 503 and response.json()["cache"].startswith("unavailable")


def test_it_only_reads():
    assert Client().post("/health/").status_code == 405
