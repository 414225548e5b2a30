"""Browser tests: Playwright drives Debian's Chromium against the real server (`socialstrategy serve`)."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from playwright.sync_api import Page

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOTS = ROOT / "screenshots"
AXE = Path(__file__).parent / "vendor" / "axe.min.js"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_for(url: str, process: subprocess.Popen, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the server stopped: {process.stdout.read() if process.stdout else ''}")
        try:
            urllib.request.urlopen(url + "login/", timeout=2)
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError("the server did not start")


@pytest.fixture(scope="session")
def server(tmp_path_factory):
    """A fresh installation: empty SQLite database in a temporary data directory."""
    yield from running_server(tmp_path_factory.mktemp("data"))


def running_server(data: Path):
    """Start ``socialstrategy serve`` on a free port with its data in ``data``; yield its URL."""
    port = _free_port()
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["SOCIALSTRATEGY_DATA"] = str(data)
    command = [
        sys.executable,
        "-c",
        "from socialstrategy.cli import main; main()",
        "serve",
        "--port",
        str(port),
    ]
    process = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        _wait_for(url, process)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)


@pytest.fixture(scope="session")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: apt-get install chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1600, "height": 1000}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(15_000)
    blocked = csp_violations(page)
    yield page
    context.close()
    assert not blocked, f"the Content-Security-Policy blocked: {blocked}"


def csp_violations(page) -> list[str]:
    """The Content-Security-Policy reports the browser logs for ``page``, collected as it runs:
    every browser test thereby checks that the workshop works under the policy."""
    blocked: list[str] = []
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    return blocked


def axe_violations(page) -> list[dict]:
    """Serious and critical axe-core violations on the current page. axe is evaluated through
    the browser's debugging protocol, which the page's CSP does not restrict (a script tag, like
    any inline script, is refused by the policy)."""
    page.evaluate(AXE.read_text(encoding="utf-8"))
    violations = page.evaluate(
        """async () => (await axe.run(document, {resultTypes: ['violations']})).violations
            .map(v => ({id: v.id, impact: v.impact, help: v.help,
                        nodes: v.nodes.map(n => n.target.join(' '))}))"""
    )
    return [v for v in violations if v["impact"] in ("serious", "critical")]


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    # From the top: a full-page shot taken while scrolled would show the sticky check panel
    # wherever the viewport happened to be, not where the page puts it.
    page.evaluate("window.scrollTo(0, 0)")
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


PASSWORD = "Workshop-Passwort-2026"


def log_in(page: Page, server: str) -> None:
    """Log in as the coach; when a test runs on its own, first create that account."""
    page.goto(server + "login/")
    if page.url.endswith("/setup/"):
        page.fill("#id_username", "coach")
        page.fill("#id_password1", PASSWORD)
        page.fill("#id_password2", PASSWORD)
        page.fill("#id_workspace", "Müller Coaching")
        page.get_by_role("button", name="Create account and start").click()
        return
    page.fill("#id_username", "coach")
    page.fill("#id_password", PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.wait_for_load_state()
    if page.locator("#new-org").count() == 0:  # other tests gave the coach more workspaces
        page.get_by_role("link", name="Müller Coaching", exact=True).click()


def check_accessibility(page: Page) -> None:
    violations = axe_violations(page)
    assert violations == [], f"{page.url}: {violations}"
