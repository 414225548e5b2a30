"""A strategy is the core model stored as a validated JSON document, with every save a revision."""

from __future__ import annotations

from django.conf import settings
from django.db import models

from socialstrategy.core.model import Strategy as StrategyDocument


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

    def load(self) -> StrategyDocument:
        return StrategyDocument.model_validate(self.document)


class Revision(models.Model):
    strategy = models.ForeignKey(Strategy, on_delete=models.CASCADE, related_name="revisions")
    version = models.PositiveIntegerField()
    document = models.JSONField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)
    note = models.CharField(max_length=200, blank=True)

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
