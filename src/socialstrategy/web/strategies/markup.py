"""Generated and hand-edited text sections as HTML, through markdown-it-py.

Raw HTML is escaped, and links, images and autolinks are switched off: a section is text a coach
reads aloud, and a user's text must never become markup or point elsewhere. Headings are shown
one level below the section title (``h4``); table headers say which column they head.
"""

from __future__ import annotations

from functools import cache

from django.utils.safestring import SafeString, mark_safe
from markdown_it import MarkdownIt
from markdown_it.token import Token

_OFF = ["link", "image", "autolink", "html_inline", "html_block", "reference"]


def render_markdown(text: str | None) -> SafeString:
    """``text`` as HTML; markdown-it escapes everything that is not Markdown syntax."""
    parser = _parser()
    tokens = parser.parse(text or "")
    for token in tokens:
        _adjust(token)
    html: str = parser.renderer.render(tokens, parser.options, {})
    return mark_safe(html)


@cache
def _parser() -> MarkdownIt:
    return MarkdownIt("commonmark", {"html": False}).enable("table").disable(_OFF)


def _adjust(token: Token) -> None:
    if token.type in ("heading_open", "heading_close"):
        token.tag = "h4"
    elif token.type == "th_open":
        token.attrSet("scope", "col")
