"""A strategy downloaded as YAML or JSON and imported into an empty workspace is identical.

Runs on whichever database the suite uses (SQLite by default, PostgreSQL with DATABASE_URL).
"""

from __future__ import annotations

from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.store import create_strategy
from socialstrategy.web.workspaces.models import Membership, Workspace
from tests.core.test_fileformat import strategies
from tests.web.conftest import client_for

ROUND_TRIP = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[
        HealthCheck.function_scoped_fixture,
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
    ],
)


@ROUND_TRIP
@given(document=strategies, fmt=st.sampled_from(["yaml", "json"]))
def test_export_then_import_into_an_empty_workspace_gives_an_identical_document(personas, document, fmt):
    alice = personas["users"]["alice"]
    client = client_for("alice")
    source = create_strategy(personas["home"], document, alice, "Generated")
    download = client.get(f"/s/{source.pk}/export/{fmt}/")
    assert download.status_code == 200

    empty = Workspace.objects.create(name="Empty")
    Membership.objects.create(workspace=empty, user=alice, role="owner")
    upload = SimpleUploadedFile(f"strategy.{fmt}", download.content)
    response = client.post(f"/w/{empty.pk}/strategies/import/", {"file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]

    imported = Strategy.objects.get(workspace=empty)
    source.refresh_from_db()
    assert imported.document == source.document
    assert imported.load() == source.load()
    assert imported.title == source.title
