"""The data folder: where the SQLite database, the local secret key and the demo login live.

Kept apart from the settings so that reading where the data folder is has no side effect: importing
the settings makes the secret key, and the copy of an earlier version's data must happen first.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import platformdirs

DATABASE_FILE = "socialstrategy.sqlite3"


def data_dir() -> Path:
    """Where the SQLite database and the local secret key live: one folder per user, the same
    whichever directory the command runs in (a ``./var`` of the current directory made strategies
    "disappear" when the workshop was started elsewhere). Made private (0700) when it is made."""
    chosen = os.environ.get("SOCIALSTRATEGY_DATA") or platformdirs.user_data_dir("socialstrategy")
    path = Path(chosen).resolve()
    path.mkdir(mode=0o700, parents=True, exist_ok=True)
    return path


def private_database(path: str) -> None:
    """Make the SQLite database at ``path`` and its -wal and -shm readable by their owner only.

    Run on every new connection (accounts' ``ready``): SQLite makes a new database 0644 under the
    usual umask, and the -wal and -shm files take the database's permissions when it makes them,
    so from the first connection on all three are private. A session key read from a
    world-readable database would give that user's access."""
    for name in (path, f"{path}-wal", f"{path}-shm"):
        try:
            status = os.stat(name)
            if status.st_mode & 0o077 and status.st_uid == os.getuid():
                os.chmod(name, 0o600)
        except OSError:
            continue  # not there (yet), or not ours to change


def kept_secret(name: str, length: int) -> str:
    """A random secret made once and kept in the data folder, readable by its owner only from
    the moment it exists (the local secret key, so sessions survive a restart; the demo login)."""
    path = data_dir() / name
    try:
        handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(handle, "w") as file:
        file.write(secrets.token_urlsafe(length))
    return path.read_text().strip()
