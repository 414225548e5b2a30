"""Path converters for the URLs: an object id and an invitation token.

A converter whose ``to_python`` raises ``ValueError`` makes the pattern not match, so a value
that could never name an object is a 404 before any view or query sees it.
"""

from __future__ import annotations

from django.urls import register_converter

LARGEST_ID = 2**63 - 1
"""The largest primary key SQLite and PostgreSQL store (a signed 64-bit integer); SQLite raises
OverflowError on a larger number instead of finding nothing."""


def parse_id(text: str) -> int | None:
    """A submitted id or version number, or None when it is no number a database could hold."""
    return int(text) if text.isascii() and text.isdigit() and int(text) <= LARGEST_ID else None


class IdConverter:
    """``<id:pk>``: a database id, digits only and at most :data:`LARGEST_ID`."""

    regex = "[0-9]+"

    def to_python(self, value: str) -> int:
        number = parse_id(value)
        if number is None:
            raise ValueError(value)
        return number

    def to_url(self, value: int) -> str:
        return str(value)


class TokenConverter:
    """``<token:token>``: a URL-safe token as ``secrets.token_urlsafe`` makes them, so that NUL
    and other characters PostgreSQL cannot compare never reach a query."""

    regex = "[A-Za-z0-9_-]{1,64}"

    def to_python(self, value: str) -> str:
        return value

    def to_url(self, value: str) -> str:
        return value


register_converter(IdConverter, "id")
register_converter(TokenConverter, "token")
