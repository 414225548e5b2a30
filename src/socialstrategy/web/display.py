"""The projector view: larger type and a denser layout for a workshop on a wall.

A coach switches it on in the top bar; the choice is a cookie (``display=projector``) that every
page reads in :func:`display`, so the page looks the same from the first byte (no flash of the
normal size) and works without JavaScript. Whole-page caching keys on it
(:func:`socialstrategy.web.strategies.pagecache.page_key`).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST

COOKIE = "display"
PROJECTOR = "projector"
ONE_YEAR = 365 * 24 * 3600


def is_projector(request: HttpRequest) -> bool:
    return request.COOKIES.get(COOKIE) == PROJECTOR


def display(request: HttpRequest) -> dict[str, bool]:
    """Template context: ``projector`` is true when the reader switched the projector view on."""
    return {"projector": is_projector(request)}


@require_POST
def switch_display(request: HttpRequest) -> HttpResponseRedirect:
    """Switch the projector view on (``mode=projector``) or off, then go back to ``next``."""
    target = request.POST.get("next", "/")
    if not url_has_allowed_host_and_scheme(target, {request.get_host()}, request.is_secure()):
        target = "/"
    response = HttpResponseRedirect(target)
    if request.POST.get("mode") == PROJECTOR:
        response.set_cookie(COOKIE, PROJECTOR, max_age=ONE_YEAR, samesite="Lax", secure=request.is_secure())
    else:
        response.delete_cookie(COOKIE, samesite="Lax")
    return response
