"""Documents for download as background jobs: rendered once, by a worker when there is a queue,
handed out by any server; the reader waits on a page that says so."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import override_settings

from socialstrategy.web.strategies import downloads

QUEUED = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend", "QUEUES": ["default", "documents"]}}


def _pdf(client, strategy, **query):
    return client.get(f"/s/{strategy.pk}/export/pdf/", query)


def test_without_a_queue_the_pdf_is_rendered_in_the_request_and_kept(bob, personas):
    strategy = personas["strategy"]
    first = _pdf(bob, strategy)
    assert first.status_code == 200 and first.content.startswith(b"%PDF")
    key = downloads.download_key(strategy, "pdf", False)
    assert isinstance(downloads.find_or_start(strategy, "pdf", False), downloads.Ready)
    assert _pdf(bob, strategy).content == first.content
    assert key == downloads.download_key(strategy, "pdf", False)


@pytest.mark.django_db(transaction=True)
def test_with_a_queue_the_reader_waits_until_a_worker_has_rendered_it(personas):
    from tests.web.conftest import client_for

    strategy, bob = personas["strategy"], client_for("bob")
    with override_settings(TASKS=QUEUED):
        waiting = _pdf(bob, strategy)
        assert waiting.status_code == 202
        page = waiting.content.decode()
        assert 'http-equiv="refresh"' in page and "waiting for its turn" in page
        assert _pdf(bob, strategy).status_code == 202  # asked again: the same job, not a second one
        call_command("db_worker", queue_name="documents", batch=True, startup_delay=False, reload=False)
        ready = _pdf(bob, strategy)
    assert ready.status_code == 200 and ready.content.startswith(b"%PDF")
    assert ready["Content-Disposition"].endswith('.pdf"')


def test_a_change_to_the_strategy_is_a_new_download(bob, personas):
    from socialstrategy.web.strategies.store import save_document
    from tests.web.conftest import make_document

    strategy = personas["strategy"]
    before = downloads.download_key(strategy, "pdf", False)
    save_document(strategy, make_document(title="Strategie 2028"), strategy.version, None, "test")
    strategy.refresh_from_db()
    assert downloads.download_key(strategy, "pdf", False) != before
    assert downloads.download_key(strategy, "pdf", True) != downloads.download_key(strategy, "pdf", False)


def test_downloads_older_than_a_day_are_purged(bob, personas):
    import datetime as dt

    from django.utils import timezone

    _pdf(bob, personas["strategy"])
    assert downloads.purge_downloads(timezone.now()) == 0
    assert downloads.purge_downloads(timezone.now() + dt.timedelta(days=2)) == 2  # the file and its manifest


def test_only_documents_that_compile_are_jobs():
    assert downloads.is_queued("pdf") and downloads.is_queued("crisis-docx")
    assert (
        not downloads.is_queued("yaml") and not downloads.is_queued("ics") and not downloads.is_queued("md")
    )
