"""Imported measurements, per strategy: the core's facts as rows of the app's own database, on
the same backup path as everything else (docs/deploying.md)."""

from __future__ import annotations

from django.conf import settings
from django.db import models


class ResultImport(models.Model):
    """One imported file (or table of an archive): what it was and what it held."""

    strategy = models.ForeignKey(
        "strategies.Strategy", on_delete=models.CASCADE, related_name="result_imports"
    )
    file = models.CharField(max_length=300)
    format = models.CharField(max_length=64)
    facts = models.PositiveIntegerField(default=0)
    first_day = models.DateField(null=True, blank=True)
    last_day = models.DateField(null=True, blank=True)
    account = models.CharField(max_length=300, blank=True)
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.file} ({self.format})"


class Measurement(models.Model):
    """One figure of one metric on one platform for one day (and one post, or ``""``); a later
    import of the same key replaces it."""

    strategy = models.ForeignKey("strategies.Strategy", on_delete=models.CASCADE, related_name="measurements")
    platform = models.CharField(max_length=64)
    metric = models.CharField(max_length=64)
    day = models.DateField()
    post = models.CharField(max_length=200, blank=True, default="")
    value = models.FloatField()
    source = models.ForeignKey(ResultImport, null=True, on_delete=models.SET_NULL, related_name="+")

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["strategy", "platform", "metric", "day", "post"], name="one_measurement_per_key"
            )
        ]

    def __str__(self) -> str:
        return f"{self.platform} {self.metric} {self.day}: {self.value}"
