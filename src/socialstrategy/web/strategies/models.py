"""A strategy is the core model stored as a validated JSON document, with every save a revision."""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any

from django.conf import settings
from django.db import models

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies.fields import CompressedJSONField


class _Parsed:
    """The documents of recently read strategy versions, decoded and validated once per process.

    A version never changes once saved (every save is a new version; ``updated`` is part of the
    key for writes that bypass the store), so the cached values never go stale. Callers must not
    mutate what they get (the views copy a document before editing it; the core returns copies).
    """

    def __init__(self, size: int = 64):
        self.size = size
        self.lock = threading.Lock()
        self.entries: OrderedDict[tuple[Any, ...], dict[str, Any]] = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> dict[str, Any] | None:
        with self.lock:
            entry = self.entries.get(key)
            if entry is not None:
                self.entries.move_to_end(key)
            return entry

    def put(self, key: tuple[Any, ...], **values: Any) -> None:
        with self.lock:
            entry = self.entries.setdefault(key, {})
            entry.update(values)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)

    def clear(self) -> None:
        with self.lock:
            self.entries.clear()


PARSED = _Parsed()


class Strategy(models.Model):
    workspace = models.ForeignKey("workspaces.Workspace", on_delete=models.CASCADE, related_name="strategies")
    title = models.CharField(max_length=300, blank=True)
    document = models.JSONField(default=dict)
    version = models.PositiveIntegerField(default=1)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Set when the strategy was moved to the workspace's trash; purged TRASH_DAYS later.
    deleted = models.DateTimeField(null=True, blank=True, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-updated"]

    def __str__(self) -> str:
        return self.title or f"Strategy {self.pk}"

    def cache_key(self) -> tuple[Any, ...]:
        return (self.pk, self.version, self.updated)

    def load(self) -> StrategyDocument:
        """The validated document (validated once per version and process)."""
        if self.pk is None or "document" in self.get_deferred_fields():
            return StrategyDocument.model_validate(self.document)
        entry = PARSED.get(self.cache_key())
        if entry is not None and "model" in entry and entry["document"] is self.document:
            return entry["model"]  # type: ignore[no-any-return]
        model = StrategyDocument.model_validate(self.document)
        PARSED.put(self.cache_key(), document=self.document, model=model)
        return model

    def attach_document(self) -> None:
        """Fill a strategy fetched without its document from the cache, or read it now."""
        if "document" not in self.get_deferred_fields():
            return
        entry = PARSED.get(self.cache_key())
        if entry is not None:
            self.document = entry["document"]
            return
        row = Strategy.objects.filter(pk=self.pk).values_list("document", "version", "updated").first()
        if row is None:
            raise Strategy.DoesNotExist
        self.document, self.version, self.updated = row
        PARSED.put(self.cache_key(), document=self.document)


class Revision(models.Model):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    document = CompressedJSONField()  # a full copy, zlib-compressed (fields.py)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=200, blank=True)  # plain text, from before notes were messages
    message = models.JSONField(null=True, blank=True)  # the note: a core Message's to_data()

    class Meta:
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "version"], name="one_revision_per_version")
        ]

    def __str__(self) -> str:
        return f"{self.strategy} v{self.version}"


class StrategyGrant(models.Model):
    """View-only access for a client to their own strategy, without joining the workspace."""

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="grants")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="strategy_grants"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["strategy", "user"], name="one_grant_per_user")]

    def __str__(self) -> str:
        return f"{self.user} views {self.strategy}"


class CalendarFeed(models.Model):
    """A subscription link to a strategy's editorial calendar (iCalendar) for calendar apps.

    Calendar apps cannot log in, so the link's token is the key. Only its SHA-256 is kept (a copy
    of the database opens no feed); making a new link or revoking ends the old one."""

    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="calendar_feeds")
    token_hash = models.CharField(max_length=64, unique=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    revoked = models.DateTimeField(null=True, blank=True)
    last_used = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Calendar feed {self.pk} of {self.strategy_id}"
