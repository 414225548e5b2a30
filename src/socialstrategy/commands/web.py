"""CLI commands of the web workshop: ``serve`` (the default command) and ``manage``."""

from __future__ import annotations

import os
import secrets
import sys
import threading
import webbrowser
from typing import Any

import click

SETTINGS = "socialstrategy.web.settings"
_LOOPBACK = ("127.0.0.1", "localhost", "::1")


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
@click.option("--threads", default=8, show_default=True, type=int, help="Threads per server process.")
def serve(host: str, port: int, demo: bool, open_browser: bool, workers: int, threads: int) -> None:
    """Start the web workshop (creates the database on first start)."""
    if host not in _LOOPBACK and "ALLOWED_HOSTS" not in os.environ:
        # Participants reach this computer by its address in the room's network.
        os.environ["ALLOWED_HOSTS"] = "*"
        click.secho("Any host name is accepted; set ALLOWED_HOSTS to restrict it.", fg="yellow", err=True)
    _setup_django()
    from django.conf import settings

    _prepare_database()
    url = f"http://{'127.0.0.1' if host in ('0.0.0.0', '::') else host}:{port}/"
    if host not in _LOOPBACK and not settings.HTTPS:
        click.secho("Warning: reachable from other computers over plain HTTP.", fg="yellow", err=True)
    if demo:
        _load_demo(url)
    _announce(url, settings.DATABASES["default"])
    from django.db import connections

    connections.close_all()  # the server forks its workers; they must not share a connection
    if open_browser:
        threading.Timer(1.0, webbrowser.open, args=[url]).start()
    _run_gunicorn(f"{host}:{port}" if ":" not in host else f"[{host}]:{port}", workers, threads)


def _announce(url: str, database: dict[str, Any]) -> None:
    from socialstrategy.web.accounts.middleware import has_users

    click.echo(f"socialstrategy runs at {url}  (database: {database['NAME']})")
    if not has_users():
        click.echo(f"First start: open {url} to create the owner account.")
    click.echo("Stop with Ctrl+C.")


def _load_demo(url: str) -> None:
    from socialstrategy.web.demo import load_demo_workspace

    username, password = load_demo_workspace(secrets.token_urlsafe(9))
    click.echo(f"Demo workspace ready. Log in at {url} as “{username}” with password “{password}”.")


def _run_gunicorn(bind: str, workers: int, threads: int) -> None:
    """gunicorn with threads: a real multi-threaded WSGI server, the same one production uses."""
    from gunicorn.app.base import BaseApplication

    from socialstrategy.web.wsgi import application

    class Server(BaseApplication):  # type: ignore[misc]
        def load_config(self) -> None:
            options = {
                "bind": bind,
                "workers": workers,
                "threads": threads,
                "worker_class": "gthread",
                "accesslog": None,
                "errorlog": "-",
                "loglevel": "warning",
                "timeout": 60,
                "keepalive": 5,
                "preload_app": True,
            }
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> Any:
            return application

    Server().run()


@click.command(context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command (migrate, createsuperuser, check --deploy, collectstatic …)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", SETTINGS)
    from django.core.management import execute_from_command_line

    execute_from_command_line(["socialstrategy manage", *args])
    sys.exit(0)


COMMANDS: list[click.Command] = [serve, manage]
