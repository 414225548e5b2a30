"""Template helpers for the workshop pages."""

from __future__ import annotations

from django import template
from django.template.base import Parser, Token
from django.template.context import Context
from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

from socialstrategy.web.strategies import vocabulary
from socialstrategy.web.strategies.forms import anchor

register = template.Library()

# Forms inside a cached fragment cannot hold the CSRF token of whoever rendered it first: they get
# this slot, and {% fill_csrf %} around the cache puts in the token of each request.
_CSRF_SLOT = "csrf-slot-filled-per-request"


@register.filter
def slugpath(path: object) -> str:
    """``goals.2.kpis`` -> ``goals-2-kpis`` (for element ids)."""
    return anchor(str(path))[2:]


@register.filter
def platform_name(code: object) -> str:
    """``google_business_profile`` -> ``Google Business Profile`` (translated)."""
    return vocabulary.label(vocabulary.PLATFORMS, str(code))


@register.simple_tag(takes_context=True)
def csrf_field(context: Context) -> SafeString:
    """Like {% csrf_token %}, but inside {% fill_csrf %} a slot that survives the fragment cache."""
    value = _CSRF_SLOT if context.get("csrf_slot") else context.get("csrf_token", "")
    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', value)


@register.tag
def fill_csrf(parser: Parser, token: Token) -> _FillCsrf:
    nodelist = parser.parse(("endfill_csrf",))
    parser.delete_first_token()
    return _FillCsrf(nodelist)


class _FillCsrf(template.Node):
    def __init__(self, nodelist: template.NodeList):
        self.nodelist = nodelist

    def render(self, context: Context) -> SafeString:
        with context.push(csrf_slot=True):
            html = self.nodelist.render(context)
        return mark_safe(html.replace(_CSRF_SLOT, str(context.get("csrf_token", ""))))
