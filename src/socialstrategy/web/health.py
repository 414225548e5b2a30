"""The health endpoint for a load balancer: can this server reach the database and the cache?

``GET /health/`` answers 200 with ``{"database": "ok", "cache": "ok"}`` when both answer, and 503
naming the part that does not; it needs no login, sets no cookie and is never cached.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpRequest, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

PROBE_SECONDS = 10


@never_cache
@require_safe
def health(request: HttpRequest) -> JsonResponse:
    parts = {"database": _answers(_database), "cache": _answers(_cache)}
    status = 200 if all(state == "ok" for state in parts.values()) else 503
    return JsonResponse(parts, status=status)


def _answers(probe: Callable[[], None]) -> str:
    try:
        probe()
    except Exception as error:  # any failure of a part means "not healthy"
        return f"unavailable: {type(error).__name__}"
    return "ok"


def _database() -> None:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        if cursor.fetchone() != (1,):
            raise DatabaseError("SELECT 1 did not answer 1")


def _cache() -> None:
    key, value = "health-probe", secrets.token_hex(8)
    cache.set(key, value, PROBE_SECONDS)
    if cache.get(key) != value:
        raise ConnectionError("the cache did not return what was stored")
