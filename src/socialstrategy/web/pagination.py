"""One page of a long list: the workspace's strategies, a strategy's history.

``page_of(request, items, per_page)`` reads ``?page=`` (a missing, broken or too large number
gives the nearest page, never an error) and returns Django's ``Page``; the template
``_pagination.html`` links the pages and keeps the rest of the query (a search, say).
"""

from __future__ import annotations

from typing import Any

from django.core.paginator import Page, Paginator
from django.http import HttpRequest

from socialstrategy.web.converters import parse_id


def page_of(request: HttpRequest, items: Any, per_page: int) -> Page[Any]:
    """The page of ``items`` that ``?page=`` asks for: two queries, a count and the page."""
    number = parse_id(request.GET.get("page", "")) or 1
    return Paginator(items, per_page, allow_empty_first_page=True).get_page(number)


def other_parameters(request: HttpRequest) -> str:
    """The query string without ``page``, to append to the links of the other pages."""
    query = request.GET.copy()
    query.pop("page", None)
    return query.urlencode()
