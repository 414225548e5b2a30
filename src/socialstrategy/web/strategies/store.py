"""Saving strategies: every save is a revision; a save based on an old version is refused."""

from __future__ import annotations

import json
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from django.db import connection, transaction
from django.db.models import F
from django.utils import timezone

try:
    import fcntl
except ImportError:  # Windows: no file locks between processes (serve needs WSL there anyway)
    fcntl = None  # type: ignore[assignment]

from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies.models import PARSED, Revision, Strategy
from socialstrategy.web.strategies.signals import document_saved
from socialstrategy.web.workspaces.models import Workspace


class StaleVersion(Exception):
    """Someone saved the strategy since ``base_version`` was loaded."""

    def __init__(self, current: Strategy):
        super().__init__(f"strategy {current.pk} is at version {current.version}")
        self.current = current


def to_json(document: StrategyDocument) -> dict[str, Any]:
    return _without_nul(document.model_dump(mode="json", exclude_none=True))


def _without_nul(data: dict[str, Any]) -> dict[str, Any]:
    """``strip_nul(data)``, or ``data`` itself when it holds no NUL (checked in C, not in Python)."""
    return strip_nul(data) if "\\u0000" in json.dumps(data) else data


def strip_nul(value: Any) -> Any:
    """PostgreSQL rejects NUL in text and JSON; SQLite would keep it. Strip it at the boundary."""
    if isinstance(value, str):
        return value.replace("\x00", "")
    if isinstance(value, dict):
        return {strip_nul(k): strip_nul(v) for k, v in value.items()}
    if isinstance(value, list):
        return [strip_nul(v) for v in value]
    return value


_THREAD_WRITER = threading.RLock()
_LOCK_FILES: dict[str, int] = {}


@contextmanager
def one_writer() -> Iterator[None]:
    """On SQLite, let saves queue here rather than in SQLite's busy handler.

    SQLite admits one writer at a time; the others retry in sleeps of up to 100 ms, which is what
    made a save's p95 latency jump under load. A thread lock (and a file lock between the server
    processes) hands over the moment the previous save commits.
    """
    if connection.vendor != "sqlite":
        yield
        return
    with _THREAD_WRITER:
        descriptor = _lock_file(str(connection.settings_dict["NAME"]))
        if descriptor is None:
            yield
            return
        fcntl.flock(descriptor, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(descriptor, fcntl.LOCK_UN)


def _lock_file(database: str) -> int | None:
    if fcntl is None or database.startswith("file:") or ":memory:" in database or not database:
        return None
    if database not in _LOCK_FILES:
        _LOCK_FILES[database] = os.open(f"{database}.writelock", os.O_RDWR | os.O_CREAT, 0o600)
    return _LOCK_FILES[database]


def _note(note: Message | str) -> dict[str, Any]:
    """A revision's note fields: a message as data, a plain text (from a script) as it is."""
    return {"message": note.to_data()} if isinstance(note, Message) else {"note": note[:200]}


def create_strategy(
    workspace: Workspace, document: StrategyDocument, user: Any, note: Message | str
) -> Strategy:
    data = to_json(document)
    with one_writer(), transaction.atomic():
        strategy = Strategy.objects.create(
            workspace=workspace, title=_title(document), document=data, version=1, updated_by=_user(user)
        )
        Revision.objects.create(
            strategy=strategy, version=1, document=data, author=_user(user), **_note(note)
        )
    return strategy


def save_document(
    strategy: Strategy, document: StrategyDocument, base_version: int, user: Any, note: Message | str
) -> Strategy:
    """Store ``document`` as the next version, if nobody saved since ``base_version``."""
    dump = document.model_dump(mode="json", exclude_none=True)
    data = _without_nul(dump)
    now, title, author = timezone.now(), _title(document), _user(user)
    with one_writer(), transaction.atomic():
        changed = Strategy.objects.filter(pk=strategy.pk, version=base_version).update(
            document=data, title=title, version=F("version") + 1, updated=now, updated_by=author
        )
        if not changed:
            raise StaleVersion(Strategy.objects.select_related("updated_by").get(pk=strategy.pk))
        Revision.objects.create(
            strategy=strategy,
            version=base_version + 1,
            document=data,
            author=_user(user),
            **_note(note),
        )
    # What refresh_from_db would read, without reading it.
    strategy.document, strategy.title, strategy.version = data, title, base_version + 1
    strategy.updated, strategy.updated_by = now, author
    if data is dump:  # nothing was stripped: the validated model is exactly what was stored
        PARSED.put(strategy.cache_key(), document=data, model=document)
    else:
        PARSED.put(strategy.cache_key(), document=data)
    document_saved.send(Strategy, strategy=strategy, document=document, user=author)
    return strategy


def base_document(strategy: Strategy, version: int) -> dict[str, Any]:
    """The document as it was at ``version`` (the current one if that revision is gone)."""
    revision = strategy.revisions.filter(version=version).first()
    document: dict[str, Any] = revision.document if revision else strategy.document
    return document


def _title(document: StrategyDocument) -> str:
    title = document.title or (document.organisation.name if document.organisation else "")
    return str(strip_nul(title))[:300]


def _user(user: Any) -> Any:
    return user if getattr(user, "is_authenticated", False) else None
