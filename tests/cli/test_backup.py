"""`socialstrategy backup`: SQLite's online backup API, safe while the server writes."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import textwrap

WRITERS = textwrap.dedent(
    """
    import os, subprocess, sys, threading, django
    os.environ["DJANGO_SETTINGS_MODULE"] = "socialstrategy.web.settings"
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from socialstrategy.core.model import Strategy as Document
    from socialstrategy.web.strategies.models import Strategy
    from socialstrategy.web.strategies.store import StaleVersion, create_strategy, save_document
    from socialstrategy.web.workspaces.models import Workspace

    call_command("migrate", verbosity=0)
    assert connection.vendor == "sqlite"
    assert connection.cursor().execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    strategy = create_strategy(Workspace.objects.create(name="w"), Document(title="t"), None, "start")
    committed, stop = [1], threading.Event()

    def writer(number):
        i = 0
        while not stop.is_set():
            current = Strategy.objects.get(pk=strategy.pk)
            try:
                saved = save_document(current, Document(title=f"{number}-{i}"), current.version, None, "s")
                committed.append(saved.version)
                i += 1
            except StaleVersion:
                pass
        connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    while len(committed) < 30:
        pass
    before = max(committed)
    main = "from socialstrategy.cli import main; main()"
    command = [sys.executable, "-c", main, "backup", sys.argv[1]]
    result = subprocess.run(command, capture_output=True, text=True)
    during = len(committed)
    while len(committed) < during + 20:
        pass
    stop.set()
    for t in threads:
        t.join()
    print("RC", result.returncode, result.stdout.strip(), result.stderr.strip()[-500:])
    print("BEFORE", before)
    print("WRITES_DURING", during - 30)
    print("TOTAL", max(committed))
    """
)


def _env(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["SOCIALSTRATEGY_DATA"] = str(tmp_path)
    env.pop("SOCIALSTRATEGY_DB", None)
    return env


def _figure(output, name):
    return int(next(line.split()[1] for line in output.splitlines() if line.startswith(name)))


def test_a_backup_taken_while_writers_run_holds_every_committed_revision(tmp_path):
    out = tmp_path / "backup.sqlite3"
    result = subprocess.run(
        [sys.executable, "-c", WRITERS, str(out)],
        env=_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert "RC 0" in result.stdout, result.stdout
    before, total = _figure(result.stdout, "BEFORE"), _figure(result.stdout, "TOTAL")
    assert not os.path.exists(f"{out}-wal")
    backup = sqlite3.connect(out)
    assert backup.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    (version,) = backup.execute("SELECT version FROM strategies_strategy").fetchone()
    revisions = [v for (v,) in backup.execute("SELECT version FROM strategies_revision ORDER BY version")]
    # Every revision committed before the backup began is there, with no gaps, and the strategy
    # row agrees with its newest revision: a consistent snapshot, not a torn copy.
    assert revisions == list(range(1, version + 1))
    assert version >= before
    assert total > version, "the writers kept writing after the backup"


def test_a_backup_refuses_to_overwrite_and_names_pg_dump_for_postgresql(tmp_path):
    env = _env(tmp_path)
    main = [sys.executable, "-c", "from socialstrategy.cli import main; main()"]
    cli = [*main, "backup"]
    subprocess.run([*main, "manage", "migrate", "-v0"], env=env, check=True, timeout=120)
    target = tmp_path / "copy.sqlite3"
    first = subprocess.run([*cli, str(target)], env=env, capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    again = subprocess.run([*cli, str(target)], env=env, capture_output=True, text=True, timeout=120)
    assert again.returncode != 0 and "--force" in again.stderr
    postgres = {**env, "DATABASE_URL": "postgres://nobody@127.0.0.1:1/none"}
    refused = subprocess.run(
        [*cli, str(tmp_path / "pg.sqlite3")], env=postgres, capture_output=True, text=True
    )
    assert refused.returncode != 0 and "pg_dump" in refused.stderr
    assert not (tmp_path / "pg.sqlite3").exists()


def test_a_backup_into_a_missing_folder_or_onto_the_live_database_is_refused_in_one_line(tmp_path):
    env = _env(tmp_path)
    main = [sys.executable, "-c", "from socialstrategy.cli import main; main()"]
    subprocess.run([*main, "manage", "migrate", "-v0"], env=env, check=True, timeout=120)
    live = tmp_path / "socialstrategy.sqlite3"
    size = live.stat().st_size
    for out, words in (
        (tmp_path / "no-such-folder" / "copy.sqlite3", "does not exist"),
        (live, "is the live database"),
        (tmp_path / "." / "socialstrategy.sqlite3-wal", "is the live database"),
    ):
        for extra in ([], ["--force"]):
            result = subprocess.run(
                [*main, "backup", str(out), *extra], env=env, capture_output=True, text=True, timeout=120
            )
            assert result.returncode == 1 and words in result.stderr, result.stderr
            assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert live.stat().st_size == size and sqlite3.connect(live).execute("PRAGMA integrity_check").fetchone()
