"""A strategy thirty times the bakery demo's size is edited and downloaded as PDF and DOCX ten
times in a row in the web workshop, without a failure (#20: the compiler worker is bounded and
recycled; a changed strategy gets a new document each time). A real server, on SQLite and, with
``DATABASE_URL``, on PostgreSQL.
"""

from __future__ import annotations

import io
import re
import subprocess
import sys
import textwrap
import zipfile

import pytest
from tests.servers.test_crash import VERSION, _kill, _start, environment  # noqa: F401 (its fixture)
from tests.servers.test_two_servers import Browser, _free_port, _token

pytestmark = pytest.mark.servers

ROUNDS = 10
FACTOR = 30


def _add_grown_bakery(env: dict[str, str]) -> int:
    """The bakery ×30 as a new strategy in the demo workspace; its id."""
    script = textwrap.dedent(
        f"""
        import os, django
        os.environ["DJANGO_SETTINGS_MODULE"] = "socialstrategy.web.settings"
        django.setup()
        from socialstrategy.core.demos import grown_demo
        from socialstrategy.web.strategies.store import create_strategy
        from socialstrategy.web.workspaces.models import Workspace
        strategy = create_strategy(Workspace.objects.get(pk=1), grown_demo("bakery", {FACTOR}), None, "grown")
        print(strategy.pk)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return int(result.stdout.strip())


def test_a_strategy_thirty_times_the_demo_is_edited_and_downloaded_ten_times_in_a_row(environment):  # noqa: F811
    from pathlib import Path

    port = _free_port()
    server = f"http://127.0.0.1:{port}"
    process = _start(environment, port, "--demo")
    try:
        pk = _add_grown_bakery(environment)
        browser = Browser()
        password = (Path(environment["SOCIALSTRATEGY_DATA"]) / "demo_password").read_text().strip()
        assert browser.log_in(server, "demo", password) == 302
        step = f"{server}/s/{pk}/step/organisation/"
        for round_ in range(ROUNDS):
            _, page = browser.get(step)
            data = {
                "csrfmiddlewaretoken": _token(page),
                "version": VERSION.search(page).group(1),  # type: ignore[union-attr]
                "organisation.name": f"Bäckerei Sonnenkorn, Fassung {round_}",
            }
            assert browser.post(step, data, step)[0] == 302, f"save {round_}"
            status, pdf = browser.get_bytes(f"{server}/s/{pk}/export/pdf/")
            assert status == 200 and pdf.startswith(b"%PDF-"), f"PDF {round_}: {status} {pdf[:200]!r}"
            assert re.search(rb"/Count (\d+)", pdf), "the PDF has pages"
            status, docx = browser.get_bytes(f"{server}/s/{pk}/export/docx/")
            assert status == 200, f"DOCX {round_}: {status} {docx[:200]!r}"
            with zipfile.ZipFile(io.BytesIO(docx)) as archive:
                text = archive.read("word/document.xml").decode()
            assert f"Fassung {round_}" in text, "the DOCX is the edited strategy"
    finally:
        _kill(process)
