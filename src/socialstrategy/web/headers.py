"""Security headers Django 5.2 does not set itself: a strict Content-Security-Policy (Django's own
CSP support arrives in 6.0) and a Permissions-Policy.

The policy allows scripts, styles, images, fonts and requests from this site only, and no inline
code at all: no ``<script>`` without ``src``, no ``style=""``, no ``on…=`` handlers. User text
that slipped past the template's escaping could therefore still not run. htmx works under it:
its indicator styles are off (``includeIndicatorStyles`` in base.html) and it evaluates nothing
(``allowEval``, ``allowScriptTags`` off). ``frame-ancestors 'none'`` forbids framing as
``X-Frame-Options: DENY`` does for older browsers.
"""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self'",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'none'",
        "object-src 'none'",
    ]
)
PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=()"


def security_headers_middleware(
    get_response: Callable[[HttpRequest], HttpResponse],
) -> Callable[[HttpRequest], HttpResponse]:
    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response

    return middleware
