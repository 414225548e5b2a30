"""A server killed with SIGKILL while people save loses none of the saves it acknowledged (#15).

The attack on the landed tree killed the server three times during saves; this repeats it: a real
``socialstrategy serve`` process, four writers saving the organisation step as fast as the server
answers, SIGKILL to the server's whole process group in the middle, a restart on the same data,
and then every save that got its redirect must be in the strategy's history. On SQLite and, with
``DATABASE_URL``, on PostgreSQL.
"""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.servers.test_two_servers import (
    Browser,
    _drop_postgres_database,
    _first_strategy,
    _free_port,
    _fresh_postgres_database,
    _token,
    _wait_until_up,
)

pytestmark = pytest.mark.servers

WRITERS = 4
KILLS = 3
VERSION = re.compile(r'id="doc-version" name="version" value="(\d+)"')


@pytest.fixture
def environment(tmp_path: Path) -> Iterator[dict[str, str]]:
    env = {key: value for key, value in os.environ.items() if key not in ("REDIS_URL", "TASKS_BACKEND")}
    env["SOCIALSTRATEGY_DATA"] = str(tmp_path / "data")
    database = os.environ.get("DATABASE_URL")
    if database:
        env["DATABASE_URL"] = _fresh_postgres_database(database)
    yield env
    if database:
        _drop_postgres_database(database, env["DATABASE_URL"])


def _start(env: dict[str, str], port: int, *extra: str) -> subprocess.Popen[bytes]:
    command = [str(Path(sys.executable).parent / "socialstrategy"), "serve", "--port", str(port)]
    process = subprocess.Popen(
        [*command, "--workers", "1", "--threads", "4", *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,  # its own process group: SIGKILL reaches the workers too
    )
    _wait_until_up(f"http://127.0.0.1:{port}", process)
    return process


def _kill(process: subprocess.Popen[bytes]) -> None:
    os.killpg(process.pid, signal.SIGKILL)
    process.wait(timeout=20)


def _writer(server: str, password: str, number: str, acknowledged: list[str], stop: threading.Event) -> None:
    """Save the organisation's name again and again; note each name the server confirmed."""
    browser = Browser()
    try:
        browser.log_in(server, "demo", password)
        step = _first_strategy(browser, server) + "step/organisation/"
        count = 0
        while not stop.is_set():
            _, page = browser.get(server + step)
            version = VERSION.search(page)
            if version is None:
                continue
            name = f"Writer {number} save {count}"
            data = {
                "csrfmiddlewaretoken": _token(page),
                "version": version.group(1),
                "organisation.name": name,
            }
            status, _ = browser.post(server + step, data, server + step)
            if status == 302:
                acknowledged.append(name)
            count += 1
    except (OSError, AssertionError):
        return  # the server is gone: what it acknowledged before is what counts


def _saved_names(env: dict[str, str]) -> set[str]:
    """Every organisation name in the strategies' histories, read straight from the database."""
    script = textwrap.dedent(
        """
        import os, django
        os.environ["DJANGO_SETTINGS_MODULE"] = "socialstrategy.web.settings"
        django.setup()
        from socialstrategy.web.strategies.models import Revision
        for revision in Revision.objects.all().iterator():
            print((revision.document.get("organisation") or {}).get("name", ""))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return set(result.stdout.splitlines())


def test_a_server_killed_during_saves_keeps_every_save_it_acknowledged(environment):
    port = _free_port()
    server = f"http://127.0.0.1:{port}"
    process = _start(environment, port, "--demo")
    password = (Path(environment["SOCIALSTRATEGY_DATA"]) / "demo_password").read_text().strip()
    acknowledged: list[str] = []
    for kill in range(KILLS):
        stop = threading.Event()
        writers = [
            threading.Thread(target=_writer, args=(server, password, f"{kill}.{n}", acknowledged, stop))
            for n in range(WRITERS)
        ]
        before = len(acknowledged)
        for writer in writers:
            writer.start()
        deadline = time.monotonic() + 30
        while len(acknowledged) < before + 20 and time.monotonic() < deadline:
            time.sleep(0.05)
        _kill(process)  # in the middle of the writers' saves
        stop.set()
        for writer in writers:
            writer.join(timeout=60)
        process = _start(environment, port)
    _kill(process)

    assert len(acknowledged) >= KILLS * 20, "the writers saved too little to test anything"
    missing = set(acknowledged) - _saved_names(environment)
    assert missing == set(), f"{len(missing)} of {len(acknowledged)} acknowledged saves were lost"
