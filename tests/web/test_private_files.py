"""Files that hold sessions, password hashes and secrets are readable by their owner only, also
under the usual umask 022: the data folder, the SQLite database with its -wal and -shm, and
backups (the secret key: tests/web/test_kept_secret.py)."""

from __future__ import annotations

import os
import sqlite3
import stat
import subprocess
import sys

MAIN = [sys.executable, "-c", "from socialstrategy.cli import main; main()"]


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _run(args, data, **kwargs):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.pop("SOCIALSTRATEGY_DB", None)
    env["SOCIALSTRATEGY_DATA"] = str(data)
    previous = os.umask(0o022)  # inherited by the child, as from a login shell
    try:
        return subprocess.run([*MAIN, *args], env=env, capture_output=True, text=True, timeout=180, **kwargs)
    finally:
        os.umask(previous)


def test_the_data_folder_database_wal_and_backup_are_private_under_umask_022(tmp_path):
    data = tmp_path / "new" / "socialstrategy"
    migrated = _run(["manage", "migrate", "-v0"], data)
    assert migrated.returncode == 0, migrated.stderr
    database = data / "socialstrategy.sqlite3"
    assert _mode(data) == 0o700
    assert _mode(database) == 0o600
    assert _mode(data / "secret_key") == 0o600
    reader = sqlite3.connect(database)  # a second connection keeps -wal and -shm while it is open
    reader.execute("SELECT count(*) FROM django_migrations").fetchone()
    assert _mode(f"{database}-wal") == 0o600 and _mode(f"{database}-shm") == 0o600
    reader.close()
    backed_up = _run(["backup", str(tmp_path / "backup.sqlite3")], data)
    assert backed_up.returncode == 0, backed_up.stderr
    assert _mode(tmp_path / "backup.sqlite3") == 0o600


def test_a_database_an_earlier_version_left_readable_is_made_private_on_the_next_start(tmp_path):
    data = tmp_path / "data"
    assert _run(["manage", "migrate", "-v0"], data).returncode == 0
    database = data / "socialstrategy.sqlite3"
    os.chmod(database, 0o644)
    assert _run(["manage", "migrate", "-v0"], data).returncode == 0
    assert _mode(database) == 0o600
