"""Revisions keep a full copy of the document, compressed (#21)."""

from __future__ import annotations

import json

import pytest
from django.core.management import call_command
from django.db import connection
from hypothesis import given
from hypothesis import strategies as st

from socialstrategy.core.demos import load_demo
from socialstrategy.web.strategies.fields import pack, unpack

_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(_JSON)
def test_a_packed_document_unpacks_to_the_same_value(value):
    assert unpack(pack(value)) == value


def _stored_bytes(revision_pk: int) -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT document FROM strategies_revision WHERE id = %s", [revision_pk])
        return len(bytes(cursor.fetchone()[0]))


@pytest.mark.django_db
def test_a_revision_reads_back_its_document_and_stores_a_fraction_of_its_size(personas):
    from socialstrategy.web.strategies.store import save_document

    strategy = personas["strategy"]
    bakery = load_demo("bakery")
    save_document(strategy, bakery, strategy.version, personas["users"]["alice"], "Bakery")
    revision = strategy.revisions.get(version=strategy.version)
    expected = bakery.model_dump(mode="json", exclude_none=True)
    assert revision.document == expected
    plain = len(json.dumps(expected, ensure_ascii=False).encode())
    assert _stored_bytes(revision.pk) < plain / 2.5


@pytest.mark.django_db(transaction=True)
def test_the_migration_compresses_existing_revisions_and_can_be_undone(personas):
    strategy = personas["strategy"]
    before = {r.version: r.document for r in strategy.revisions.all()}
    call_command("migrate", "strategies", "0004", verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT document FROM strategies_revision WHERE strategy_id = %s", [strategy.pk])
        stored = [row[0] for row in cursor.fetchall()]
    assert [json.loads(s) if isinstance(s, str) else s for s in stored] == list(before.values())
    call_command("migrate", "strategies", verbosity=0)
    assert {r.version: r.document for r in strategy.revisions.all()} == before
