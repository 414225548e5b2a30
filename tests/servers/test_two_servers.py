"""Two app servers, one database, one Redis: what one server renders, caches or counts holds on
the other (#21). The servers are real processes (``socialstrategy serve``) on two ports of this
machine; the session is scripted with the standard library's HTTP client.

Run by ``scripts/test`` when Redis answers (``REDIS_URL``, default redis://127.0.0.1:6379), on
SQLite and, with ``DATABASE_URL``, on PostgreSQL.
"""

from __future__ import annotations

import http.cookiejar
import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

pytestmark = pytest.mark.servers

REDIS_URL = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/14")
TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


class Browser:
    """One person's browser: cookies shared by both servers (cookies do not depend on the port)."""

    def __init__(self) -> None:
        self.cookies = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.cookies), _NoRedirect()
        )

    def get(self, url: str) -> tuple[int, str]:
        status, body = self.get_bytes(url)
        return status, body.decode()

    def get_bytes(self, url: str) -> tuple[int, bytes]:
        return self._open(urllib.request.Request(url))

    def post(self, url: str, data: dict[str, str], referer: str) -> tuple[int, str]:
        body = urllib.parse.urlencode(data).encode()
        status, answer = self._open(urllib.request.Request(url, body, headers={"Referer": referer}))
        return status, answer.decode()

    def _open(self, request: urllib.request.Request) -> tuple[int, bytes]:
        try:
            with self.opener.open(request, timeout=30) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            if 300 <= error.code < 400:
                return error.code, error.headers.get("Location", "").encode()
            return error.code, error.read()

    def log_in(self, server: str, username: str, password: str) -> int:
        _, page = self.get(f"{server}/login/")
        data = {"csrfmiddlewaretoken": _token(page), "username": username, "password": password}
        status, _ = self.post(f"{server}/login/", data, f"{server}/login/")
        return status


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def _token(page: str) -> str:
    found = TOKEN.search(page)
    assert found, "the page has no CSRF token"
    return found.group(1)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_until_up(url: str, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise AssertionError(
                f"the server stopped: {process.stdout.read().decode() if process.stdout else ''}"
            )
        try:
            urllib.request.urlopen(f"{url}/login/", timeout=2).close()
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.3)
    raise AssertionError(f"{url} did not answer within 60 s")


@pytest.fixture(scope="module")
def environment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    import redis

    client = redis.Redis.from_url(REDIS_URL)
    client.flushdb()
    env = {
        **os.environ,
        "SOCIALSTRATEGY_DATA": str(tmp_path_factory.mktemp("data")),
        "REDIS_URL": REDIS_URL,
        "TASKS_BACKEND": "database",  # documents for download are rendered by a worker
    }
    database = os.environ.get("DATABASE_URL")
    if database:
        env["DATABASE_URL"] = _fresh_postgres_database(database)
    yield env
    client.flushdb()
    if database:
        _drop_postgres_database(database, env["DATABASE_URL"])


def _fresh_postgres_database(url: str) -> str:
    import psycopg

    name = "servers_" + uuid.uuid4().hex[:10]
    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    return url.rsplit("/", 1)[0] + "/" + name


def _drop_postgres_database(url: str, fresh: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{fresh.rsplit("/", 1)[1]}" WITH (FORCE)')


@pytest.fixture(scope="module")
def servers(environment: dict[str, str]) -> Iterator[tuple[str, str]]:
    """Server one loads the demo; server two starts on the same data folder, database and Redis."""
    command = [
        str(Path(sys.executable).parent / "socialstrategy"),
        "serve",
        "--workers",
        "1",
        "--threads",
        "2",
    ]
    started = []
    urls = []
    for extra in (["--demo"], []):
        port = _free_port()
        process = subprocess.Popen(
            [*command, "--port", str(port), *extra],
            env=environment,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        started.append(process)
        urls.append(f"http://127.0.0.1:{port}")
        _wait_until_up(urls[-1], process)
    yield urls[0], urls[1]
    for process in started:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="module")
def demo_password(environment: dict[str, str], servers: tuple[str, str]) -> str:
    return (Path(environment["SOCIALSTRATEGY_DATA"]) / "demo_password").read_text().strip()


def _first_strategy(browser: Browser, server: str) -> str:
    _, workspace = browser.get(f"{server}/")
    _, page = browser.get(server + workspace)
    strategy = re.search(r'href="(/s/\d+/)', page)
    assert strategy, "the workspace links no strategy"
    return strategy.group(1)


def test_a_login_on_one_server_is_a_login_on_the_other(servers, demo_password):
    one, two = servers
    browser = Browser()
    assert browser.log_in(one, "demo", demo_password) == 302
    status, page = browser.get(f"{two}/")
    assert (status, page) == (302, "/w/1/"), "the only workspace opens at once"
    status, page = browser.get(f"{two}/w/1/")
    assert status == 200 and ">demo<" in page


def test_a_page_cached_by_one_server_gets_a_working_csrf_token_and_the_readers_name_on_the_other(
    servers, demo_password
):
    import redis

    one, two = servers
    first, second = Browser(), Browser()
    assert first.log_in(one, "demo", demo_password) == 302
    path = _first_strategy(first, one) + "step/goals/"
    assert first.get(one + path)[0] == 200  # rendered and kept in the shared cache
    assert redis.Redis.from_url(REDIS_URL).keys("socialstrategy:*page:*")

    assert second.log_in(two, "demo", demo_password) == 302
    status, page = second.get(two + path)
    assert status == 200
    assert "-slot-" not in page
    assert ">demo<" in page
    status, _ = second.post(f"{one}/logout/", {"csrfmiddlewaretoken": _token(page)}, one + path)
    assert status == 302, "the token that server two filled into server one's page was refused"


def test_a_pdf_queued_on_one_server_is_rendered_by_the_worker_and_downloaded_from_the_other(
    servers, demo_password, environment
):
    one, two = servers
    browser = Browser()
    assert browser.log_in(one, "demo", demo_password) == 302
    path = _first_strategy(browser, one) + "export/pdf/"
    status, page = browser.get(one + path)
    assert status == 202 and 'http-equiv="refresh"' in page, "without a worker the PDF waits in the queue"
    worker = [str(Path(sys.executable).parent / "socialstrategy"), "manage", "db_worker"]
    options = ["--queue-name", "documents", "--batch", "--no-startup-delay", "--no-reload"]
    subprocess.run([*worker, *options], env=environment, check=True, capture_output=True, timeout=300)
    status, pdf = browser.get_bytes(two + path)
    assert status == 200 and pdf.startswith(b"%PDF"), "server two hands out what the worker rendered"


def test_the_login_throttle_counts_the_failures_on_both_servers(servers, demo_password):
    one, two = servers
    browser = Browser()
    for server in (one, two, one, two, one):
        assert browser.log_in(server, "demo", "wrong") == 400
    assert browser.log_in(two, "demo", "wrong") == 429


def test_both_servers_report_their_database_and_the_shared_cache_healthy(servers):
    for server in servers:
        status, body = Browser().get(f"{server}/health/")
        assert (status, body) == (200, '{"database": "ok", "cache": "ok"}')
