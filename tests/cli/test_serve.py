"""The `serve` command: the default command, safe defaults, first start."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from socialstrategy.commands import web

SCRIPT = (
    "import sys; from socialstrategy.commands import web; "
    "web._run_server = lambda host, port, workers, threads: print('BIND', f'{host}:{port}'); "
    "from socialstrategy.cli import main; main(sys.argv[1:])"
)


def serve(tmp_path, *args):
    """Run the CLI in a fresh process up to where the server would start (Django is configured
    once per process, so this cannot share the test process)."""
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env["SOCIALSTRATEGY_DATA"] = str(tmp_path)
    command = [sys.executable, "-c", SCRIPT, *args]
    return subprocess.run(command, env=env, capture_output=True, text=True, timeout=120)


def test_it_serves_on_the_loopback_address_by_default(tmp_path):
    result = serve(tmp_path, "serve")
    assert result.returncode == 0, result.stderr
    assert "BIND 127.0.0.1:8000" in result.stdout
    assert (tmp_path / "socialstrategy.sqlite3").exists()
    assert "create the owner account" in result.stdout


def test_running_without_a_command_starts_the_workshop(tmp_path):
    result = serve(tmp_path)
    assert result.returncode == 0, result.stderr
    assert "BIND 127.0.0.1:8000" in result.stdout


def test_demo_prints_how_to_log_in(tmp_path):
    result = serve(tmp_path, "serve", "--demo", "--port", "8123")
    assert result.returncode == 0, result.stderr
    assert "as “demo” with password" in result.stdout
    assert "BIND 127.0.0.1:8123" in result.stdout


def test_every_serve_option_is_documented():
    docs = Path(__file__).parents[2].joinpath("docs", "deploying.md").read_text()
    for option in web.serve.params:
        assert f"`--{option.name.replace('_browser', '').replace('_', '-')}`" in docs, option.name


def test_every_setting_read_from_the_environment_is_documented():
    source = Path(web.__file__).parents[1].joinpath("web", "settings.py").read_text()
    names = set(re.findall(r'env(?:bool|int|list)?\("([A-Z_]+)"', source))
    names |= set(re.findall(r'os\.environ(?:\.get)?\(?\[?"([A-Z_]+)"', source))
    docs = Path(__file__).parents[2].joinpath("docs", "deploying.md").read_text()
    assert names, "the settings read environment variables"
    assert sorted(n for n in names if f"`{n}`" not in docs) == []
