"""Saving imports and reading facts back, for one strategy at a time."""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser
from django.db import transaction

from socialstrategy.core.results import Fact, Recognised
from socialstrategy.web.results.models import Measurement, ResultImport
from socialstrategy.web.strategies.models import Strategy

BATCH = 2000


def save_imports(
    strategy: Strategy, results: Sequence[Recognised], author: AbstractBaseUser | AnonymousUser
) -> int:
    """Store every result's facts in one transaction (a re-import replaces, never adds)."""
    written = 0
    with transaction.atomic():
        for result in results:
            source = ResultImport.objects.create(
                strategy=strategy,
                file=result.file[-300:],
                format=result.format,
                facts=len(result.facts),
                first_day=result.first,
                last_day=result.last,
                account=(result.account or "")[:300],
                author=author if author.is_authenticated else None,  # type: ignore[misc]
            )
            # one row per key: PostgreSQL refuses to update a row twice in one statement
            rows = list({_key(fact): _row(strategy, source, fact) for fact in result.facts}.values())
            for start in range(0, len(rows), BATCH):
                Measurement.objects.bulk_create(
                    rows[start : start + BATCH],
                    update_conflicts=True,
                    unique_fields=["strategy", "platform", "metric", "day", "post"],
                    update_fields=["value", "source"],
                )
            written += len(rows)
    return written


def strategy_facts(strategy: Strategy) -> list[Fact]:
    rows = Measurement.objects.filter(strategy=strategy).values_list(
        "day", "platform", "metric", "value", "post"
    )
    return [Fact(day, platform, metric, value, post) for day, platform, metric, value, post in rows]


def _key(fact: Fact) -> tuple[str, str, object, str]:
    return (fact.platform, fact.metric, fact.day, fact.post[:200])


def _row(strategy: Strategy, source: ResultImport, fact: Fact) -> Measurement:
    return Measurement(
        strategy=strategy,
        platform=fact.platform,
        metric=fact.metric,
        day=fact.day,
        post=fact.post[:200],
        value=fact.value,
        source=source,
    )
