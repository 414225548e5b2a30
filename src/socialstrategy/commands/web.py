"""CLI commands of the web workshop: ``serve`` (the default command) and ``manage``."""

from __future__ import annotations

import os
import shutil
import sys
import threading
import webbrowser
from collections.abc import Mapping
from pathlib import Path

import click

SETTINGS = "socialstrategy.web.settings"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")
KILL_TIMEOUT_SECONDS = 2


def _setup_django() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    import django

    django.setup()


def _prepare_database(verbosity: int = 0) -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=verbosity)


@click.command()
@click.option(
    "--host",
    default="127.0.0.1",
    show_default=True,
    help="Address to listen on (127.0.0.1 = this computer only).",
)
@click.option("--port", default=8000, show_default=True, type=int, help="Port to listen on.")
@click.option(
    "--demo", is_flag=True, help="Load the demo strategies into a demo workspace and print how to log in."
)
@click.option("--open", "open_browser", is_flag=True, help="Open the workshop in the web browser.")
@click.option("--workers", default=2, show_default=True, type=int, help="Server processes.")
@click.option("--threads", default=4, show_default=True, type=int, help="Threads per server process.")
def serve(host: str, port: int, demo: bool, open_browser: bool, workers: int, threads: int) -> None:
    """Start the web workshop (creates the database on first start)."""
    if host not in _LOOPBACK and "ALLOWED_HOSTS" not in os.environ:
        # Participants reach this computer by its address in the room's network.
        os.environ["ALLOWED_HOSTS"] = "*"
        click.secho("Any host name is accepted; set ALLOWED_HOSTS to restrict it.", fg="yellow", err=True)
    _adopt_earlier_data()
    _setup_django()
    from django.conf import settings

    _prepare_database()
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    if host not in _LOOPBACK and not settings.HTTPS:
        click.secho("Warning: reachable from other computers over plain HTTP.", fg="yellow", err=True)
    if demo:
        _load_demo(url)
    from django.db import connections

    from socialstrategy.web.warmup import warm_up

    warm_up()  # before the address is announced: the first click should find a warm server
    _announce(url, settings.DATABASES["default"], demo)
    connections.close_all()  # the server forks its workers; they must not share a connection
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=[url]).start()
    _run_server(host, port, workers, threads)


def _announce(url: str, database: Mapping[str, object], demo: bool) -> None:
    from socialstrategy.web.datafolder import data_dir
    from socialstrategy.web.demo import has_owner

    click.echo(f"socialstrategy runs at {url}  (database: {database['NAME']})")
    click.echo(f"Data folder: {data_dir()}  (another one: --data DIR or SOCIALSTRATEGY_DATA)")
    if not has_owner():
        later = " The demo workspace is shared with it." if demo else ""
        click.echo(f"First start: open {url}setup/ to create the owner account.{later}")
    click.echo("Stop with Ctrl+C.")


def _load_demo(url: str) -> None:
    from socialstrategy.web.datafolder import kept_secret
    from socialstrategy.web.demo import load_demo_workspace

    # Kept in the data folder, so the login written on the flip chart still works after a restart.
    username, password = load_demo_workspace(kept_secret("demo_password", 9))
    click.echo(f"Demo workspace ready. Log in at {url} as “{username}” with password “{password}”.")


def _adopt_earlier_data() -> None:
    """Earlier versions kept the data in ``./var`` of the current directory. Copy it into the data
    folder once (the old folder stays as it was); when the data folder has its own, say so."""
    from socialstrategy.web.datafolder import DATABASE_FILE, data_dir

    earlier = Path("var").resolve()
    if os.environ.get("SOCIALSTRATEGY_DATA") or not (earlier / DATABASE_FILE).exists():
        return
    folder = data_dir()
    if folder == earlier:
        return
    if (folder / DATABASE_FILE).exists():
        click.secho(
            f"Note: {earlier} holds data of an earlier version that is not used. To work with it, "
            f"start with SOCIALSTRATEGY_DATA={earlier}",
            fg="yellow",
            err=True,
        )
        return
    backup_sqlite(str(earlier / DATABASE_FILE), str(folder / DATABASE_FILE))
    for name in ("secret_key", "demo_password"):  # sessions and the demo login stay valid
        if (earlier / name).exists():
            shutil.copy2(earlier / name, folder / name)
            os.chmod(folder / name, 0o600)  # an earlier version left them readable by everyone
    click.secho(f"Copied the data of an earlier version from {earlier} to {folder}.", fg="yellow", err=True)


def _run_server(host: str, port: int, workers: int, threads: int) -> None:
    """Granian: a WSGI server whose HTTP side is written in Rust, so a request costs the server a
    third less CPU than under gunicorn (bench/bench_web.py), and it is the server production uses
    too. Each worker process runs Django on its threads."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    Granian(
        "socialstrategy.web.wsgi:application",
        address=host,
        port=port,
        interface=Interfaces.WSGI,
        workers=workers,
        blocking_threads=threads,
        log_level=LogLevels.warning,
        respawn_failed_workers=True,
        # Ctrl+C in a terminal signals the whole process group: each worker gets SIGINT and, a
        # moment later, SIGTERM from the main process; with both, a worker sometimes never stops
        # and the main process waited for it forever (half of the first Ctrl+C did nothing).
        workers_kill_timeout=KILL_TIMEOUT_SECONDS,
    ).serve()


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command (migrate, createsuperuser, check --deploy, collectstatic …)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["socialstrategy manage", *args])
    sys.exit(0)


@click.command()
@click.argument("out", type=click.Path(dir_okay=False, writable=True))
@click.option("--force", is_flag=True, help="Overwrite OUT if it exists.")
def backup(out: str, force: bool) -> None:
    """Copy the workshop's SQLite database to OUT, safely while the server runs.

    Uses SQLite's online backup API: a consistent snapshot, never a plain file copy (which can
    miss what still sits in the write-ahead log). For PostgreSQL use pg_dump.
    """
    _setup_django()
    from django.conf import settings

    database = settings.DATABASES["default"]
    if "sqlite" not in database["ENGINE"]:
        raise click.ClickException(
            "The database is PostgreSQL (DATABASE_URL). Back it up with pg_dump, e.g. "
            'pg_dump --format=custom --file=socialstrategy.dump "$DATABASE_URL".'
        )
    source_path = str(database["NAME"])
    if not os.path.exists(source_path):
        raise click.ClickException(f"There is no database at {source_path} yet.")
    if _is_live_database(out, source_path):
        raise click.ClickException(f"{out} is the live database; choose another name for the backup.")
    if os.path.exists(out) and not force:
        raise click.ClickException(f"{out} exists; choose another name or add --force.")
    folder = os.path.dirname(os.path.abspath(out))
    if not os.path.isdir(folder):
        raise click.ClickException(f"the folder {folder} does not exist.")
    pages = backup_sqlite(source_path, out)
    click.echo(f"Backed up {source_path} to {out} ({pages} pages). Restore: stop the server, copy it back.")


def _is_live_database(out: str, source_path: str) -> bool:
    """Whether ``out`` is the database itself or one of its -wal/-shm/-journal files (also by
    another name for the same file: a link, a relative path)."""
    live = os.path.realpath(source_path)
    if os.path.realpath(out) in {live, *(f"{live}{suffix}" for suffix in ("-wal", "-shm", "-journal"))}:
        return True
    return os.path.exists(out) and os.path.samefile(out, source_path)


def backup_sqlite(source_path: str, out: str) -> int:
    """Write a consistent snapshot of the SQLite database at ``source_path`` to ``out``."""
    import sqlite3

    partial = f"{out}.partial"
    if os.path.exists(partial):
        os.remove(partial)
    # Private from the start, like the database: it holds every session and password hash.
    os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    source = sqlite3.connect(f"file:{source_path}?mode=ro", uri=True, timeout=30)
    target = sqlite3.connect(partial)
    try:
        source.backup(target)  # the online backup API; one step, so a writer cannot restart it
        target.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        check = target.execute("PRAGMA integrity_check").fetchone()[0]
        if check != "ok":
            raise click.ClickException(f"The backup failed its integrity check: {check}")
        pages = int(target.execute("PRAGMA page_count").fetchone()[0])
    finally:
        target.close()
        source.close()
    os.replace(partial, out)  # nothing half-written under the final name
    return pages


COMMANDS: list[click.Command] = [serve, manage, backup]
