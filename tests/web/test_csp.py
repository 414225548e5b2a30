"""A strict Content-Security-Policy on every page, and no inline code for it to block: every
page of the demo, reached by following its links, carries the header and has no inline script,
style attribute or event handler; the templates hold none either (htmx partials included)."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from socialstrategy.web import settings as web_settings
from socialstrategy.web.headers import CONTENT_SECURITY_POLICY

SKIP = re.compile(r"^/(static|i18n)/|/export/|/chart/|/logout/|/delete/|\?")


class _Inline(HTMLParser):
    """Collects same-site links and every piece of inline code a strict policy would block."""

    def __init__(self) -> None:
        super().__init__()
        self.links: set[str] = set()
        self.inline: list[str] = []

    def handle_starttag(self, tag, attrs):
        names = dict(attrs)
        for name, value in attrs:
            if name == "style" or name.startswith("on"):
                self.inline.append(f"<{tag} {name}=…>")
            if name == "href" and (value or "").startswith("javascript:"):
                self.inline.append(f"<{tag} href=javascript:…>")
        if tag == "script" and not names.get("src"):
            self.inline.append("<script> without src")
        if tag == "style":
            self.inline.append("<style>")
        if tag == "a" and (names.get("href") or "").startswith("/"):
            self.links.add(names["href"].split("#")[0])


def _crawl(client, start="/", limit=400):
    seen, queue, pages = set(), [start], {}
    while queue and len(seen) < limit:
        url = queue.pop()
        if url in seen or SKIP.search(url):
            continue
        seen.add(url)
        response = client.get(url, follow=True)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        parser = _Inline()
        parser.feed(response.content.decode())
        pages[url] = (response, parser)
        queue.extend(sorted(parser.links - seen))
    return pages


@pytest.fixture
def demo_client(db):
    from django.test import Client

    from socialstrategy.web.demo import load_demo_workspace

    username, password = load_demo_workspace("a-Demo-password-2026")
    client = Client()
    assert client.post("/login/", {"username": username, "password": password}).status_code == 302
    return client


def test_every_page_of_the_demo_has_the_policy_and_no_inline_code(demo_client):
    pages = _crawl(demo_client)
    assert len(pages) > 40, "the crawl should reach every step of every demo strategy"
    assert any("/step/content/" in url for url in pages)
    for url, (response, parser) in pages.items():
        assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, url
        assert parser.inline == [], url


def test_pages_for_everyone_have_the_policy_and_no_inline_code(personas):
    from django.test import Client

    for url in ("/login/", "/password-reset/", "/password-reset/sent/", "/invite/nothing/"):
        response = Client().get(url)
        parser = _Inline()
        parser.feed(response.content.decode())
        assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY, url
        assert parser.inline == [], url


def test_the_policy_forbids_inline_code_and_framing():
    directives = dict(d.split(" ", 1) for d in CONTENT_SECURITY_POLICY.split("; "))
    for name in ("default-src", "script-src", "style-src"):
        assert directives[name] == "'self'"
    assert "unsafe" not in CONTENT_SECURITY_POLICY
    assert directives["frame-ancestors"] == "'none'"
    assert directives["object-src"] == "'none'"


def test_no_template_holds_inline_code():
    """Also the htmx partials, which a crawl reaches only through htmx."""
    pattern = re.compile(r"""\sstyle=|\son[a-z]+=|<script(?![^>]*\ssrc=)|<style|javascript:""")
    found = []
    for path in sorted((web_settings.BASE_DIR / "templates").rglob("*.html")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if pattern.search(line):
                found.append(f"{path.name}:{number}: {line.strip()}")
    assert found == []


def test_htmx_is_told_not_to_add_styles_or_evaluate_code(alice):
    page = alice.get("/", follow=True).content.decode()
    config = re.search(r"""<meta name="htmx-config" content='([^']+)'>""", page).group(1)
    import json

    assert json.loads(config) | {
        "includeIndicatorStyles": False,
        "allowEval": False,
        "allowScriptTags": False,
    } == json.loads(config)


def test_every_response_names_the_referrer_policy_and_permissions(alice):
    response = alice.get("/account/")
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "camera=()" in response["Permissions-Policy"]
