"""Personas as in Healthchecks: alice owns the workspace, bob edits, vera views, charlie is an
outsider with a workspace of his own."""

from __future__ import annotations

import os
import sqlite3
import tempfile
import threading

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "socialstrategy.web.settings")
os.environ.setdefault("SOCIALSTRATEGY_DATA", tempfile.mkdtemp(prefix="socialstrategy-test-"))

import django
import pytest

django.setup()

from django.conf import settings  # noqa: E402

# Fast hashing: the tests log in hundreds of times.
settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]

PASSWORD = "a-Long-test-password-42"


def make_document(**overrides):
    from socialstrategy.core.model import Strategy

    data = {
        "language": "en",
        "title": "Sonnenschein social media",
        "organisation": {"name": "Bäckerei Sonnenschein", "corporate_strategy": "Grow the café."},
        "corporate_objectives": [{"id": "o-growth", "statement": "Grow café revenue by 15 %"}],
        "goals": [
            {
                "id": "g-awareness",
                "type": "awareness",
                "statement": "Become the best-known bakery in the quarter",
                "serves": ["o-growth"],
                "kpis": [{"metric": "followers", "target": 1000}],
            }
        ],
    }
    data.update(overrides)
    return Strategy.model_validate(data)


@pytest.fixture
def personas(db):
    return make_personas()


def make_personas():
    from django.contrib.auth import get_user_model

    from socialstrategy.web.strategies.store import create_strategy
    from socialstrategy.web.workspaces.models import Membership, Workspace

    users = {
        name: get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD)
        for name in ("alice", "bob", "vera", "charlie", "dora")
    }
    home = Workspace.objects.create(name="Alice Coaching")
    other = Workspace.objects.create(name="Charlie Consulting")
    Membership.objects.create(workspace=home, user=users["alice"], role="owner")
    Membership.objects.create(workspace=home, user=users["bob"], role="editor")
    Membership.objects.create(workspace=home, user=users["vera"], role="viewer")
    Membership.objects.create(workspace=other, user=users["charlie"], role="owner")
    Membership.objects.create(workspace=other, user=users["dora"], role="editor")
    strategy = create_strategy(home, make_document(), users["alice"], "Created")
    foreign = create_strategy(other, make_document(title="Charlie's client"), users["charlie"], "Created")
    return {"users": users, "home": home, "other": other, "strategy": strategy, "foreign": foreign}


def client_for(username: str | None):
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client()
    if username:
        client.force_login(get_user_model().objects.get(username=username))
    return client


@pytest.fixture
def alice(personas):
    return client_for("alice")


@pytest.fixture
def bob(personas):
    return client_for("bob")


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rendered fragments are cached per strategy version; each test starts without them."""
    from django.core.cache import cache

    from socialstrategy.web.strategies.models import PARSED

    cache.clear()
    PARSED.clear()


@pytest.fixture(autouse=True)
def _own_files(settings, tmp_path):
    """Rendered downloads are kept in storage; each test starts with none."""
    settings.MEDIA_ROOT = str(tmp_path / "files")


@pytest.fixture
def threaded_db(transactional_db, tmp_path):
    """A database that several threads can write at once, for the concurrency tests that run on
    both databases: PostgreSQL's test database as it is; on SQLite a file copy of the in-memory
    test database, since threads sharing one in memory fail with "database table is locked"."""
    from django.db import connection

    if connection.vendor != "sqlite":
        yield
        return
    connection.ensure_connection()
    path = tmp_path / "threads.sqlite3"
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    target.close()
    in_memory, name = connection.connection, connection.settings_dict["NAME"]
    connection.connection = None
    connection.settings_dict["NAME"] = str(path)  # threads open their connections from these
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = name
        connection.connection = in_memory


@pytest.fixture
def threaded_personas(threaded_db):
    return make_personas()


def at_once(count: int, action):
    """Run ``action(number)`` in ``count`` threads released together; return the results and
    the errors (each thread closes its own database connection)."""
    from django.db import connection

    barrier = threading.Barrier(count)
    results, errors = [], []

    def run(number):
        try:
            barrier.wait()
            results.append(action(number))
        except Exception as error:  # reported to the test, which fails on any
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, errors


def add_client_roles(personas):
    """amy approves and fred gives feedback (the legal department) in alice's workspace."""
    from django.contrib.auth import get_user_model

    from socialstrategy.web.workspaces.models import Membership

    for name, role in (("amy", "approver"), ("fred", "feedback")):
        user = get_user_model().objects.create_user(name, f"{name}@example.org", PASSWORD)
        Membership.objects.create(workspace=personas["home"], user=user, role=role)
        personas["users"][name] = user
    return personas


def make_review_link(strategy, **options):
    """A review link and its token (14 days, approver, unless ``options`` say otherwise)."""
    from socialstrategy.web.reviews.links import create_link

    options.setdefault("days", 14)
    return create_link(strategy, None, **options)


def admitted_reviewer(token: str, name: str = "Frau Sonnenschein"):
    """A client without an account who opened the review link and gave a name."""
    from django.test import Client

    client = Client()
    client.post(f"/r/{token}/", {"name": name})
    return client
