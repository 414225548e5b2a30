"""The `serve` command: the default command, safe defaults, first start."""

from __future__ import annotations

import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

from socialstrategy.commands import web

SCRIPT = (
    "import sys; from socialstrategy.commands import web; "
    "from django.conf import settings; "
    "web._run_server = lambda host, port, workers, threads: print('BIND', f'{host}:{port}', "
    "'KEY', settings.SECRET_KEY[:8]); "
    "from socialstrategy.cli import main; main(sys.argv[1:])"
)


def serve(tmp_path, *args, cwd=None, data=True):
    """Run the CLI in a fresh process up to where the server would start (Django is configured
    once per process, so this cannot share the test process). Without ``data`` the data folder is
    the user's, below ``tmp_path/home``."""
    command = [sys.executable, "-c", SCRIPT, *args]
    return subprocess.run(
        command, env=environment(tmp_path, data), cwd=cwd, capture_output=True, text=True, timeout=120
    )


def environment(tmp_path, data=True):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "DJANGO_SETTINGS_MODULE")}
    env.pop("SOCIALSTRATEGY_DATA", None)
    if data:
        env["SOCIALSTRATEGY_DATA"] = str(tmp_path)
    env["XDG_DATA_HOME"] = str(tmp_path / "home")
    return env


def demo_password(output):
    return re.search(r"with password “([^”]+)”", output).group(1)


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


def test_options_without_a_command_are_the_workshops(tmp_path):
    result = serve(tmp_path, "--port", "9999", "--host", "localhost")
    assert result.returncode == 0, result.stderr
    assert "BIND localhost:9999" in result.stdout


def test_the_demo_login_stays_the_same_across_restarts(tmp_path):
    first = serve(tmp_path, "serve", "--demo")
    second = serve(tmp_path, "--demo")
    assert first.returncode == second.returncode == 0, second.stderr
    assert demo_password(first.stdout) == demo_password(second.stdout)
    assert (tmp_path / "demo_password").stat().st_mode & 0o077 == 0


def test_the_owner_account_can_be_created_beside_the_demo(tmp_path):
    result = serve(tmp_path, "--demo")
    assert "open http://127.0.0.1:8000/setup/ to create the owner account" in result.stdout


def test_the_data_lives_in_the_users_folder_whatever_the_current_directory(tmp_path):
    for name in ("one", "two"):
        (tmp_path / name).mkdir()
        result = serve(tmp_path, "--demo", cwd=tmp_path / name, data=False)
        assert result.returncode == 0, result.stderr
        assert f"Data folder: {tmp_path / 'home' / 'socialstrategy'}" in result.stdout
        assert not (tmp_path / name / "var").exists()
    assert (tmp_path / "home" / "socialstrategy" / "socialstrategy.sqlite3").exists()


def test_data_of_an_earlier_version_in_var_is_copied_once(tmp_path):
    serve(tmp_path / "var", "--demo")  # as an earlier version left it in ./var
    earlier = demo_password(serve(tmp_path / "var", "--demo").stdout)
    for name in ("socialstrategy.sqlite3", "secret_key", "demo_password"):
        os.chmod(tmp_path / "var" / name, 0o644)  # as an earlier version made them
    result = serve(tmp_path, "--demo", cwd=tmp_path, data=False)
    assert result.returncode == 0, result.stderr
    assert "Copied the data of an earlier version" in result.stderr
    assert demo_password(result.stdout) == earlier
    for name in ("socialstrategy.sqlite3", "secret_key", "demo_password"):
        assert (tmp_path / "home" / "socialstrategy" / name).stat().st_mode & 0o077 == 0, name
    key = (tmp_path / "var" / "secret_key").read_text().strip()
    assert f"KEY {key[:8]}" in result.stdout, "the first run after the copy signs with the earlier key"
    again = serve(tmp_path, cwd=tmp_path, data=False)
    assert "Copied" not in again.stderr
    assert "holds data of an earlier version that is not used" in again.stderr


def test_the_first_ctrl_c_stops_the_server(tmp_path):
    """Ctrl+C signals the whole process group; twice, since the hang it fixes came every other time."""
    for _ in range(2):
        server = subprocess.Popen(
            [str(Path(sys.executable).with_name("socialstrategy")), "--port", str(free_port())],
            env=environment(tmp_path),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        for line in server.stdout:
            if "Stop with Ctrl+C" in line:
                break
        time.sleep(1.5)  # the workers are up
        os.killpg(server.pid, signal.SIGINT)
        try:
            server.wait(web.KILL_TIMEOUT_SECONDS + 6)  # raises TimeoutExpired while it hangs
        finally:
            if server.poll() is None:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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


def test_the_data_option_chooses_the_data_folder_before_any_command(tmp_path):
    chosen = tmp_path / "client-data"
    for args in (
        ["--data", str(chosen)],
        ["--data", str(chosen), "--port", "9123"],
        [f"--data={chosen}", "serve"],
    ):
        result = serve(tmp_path, *args, data=False)
        assert result.returncode == 0, result.stderr
        assert f"Data folder: {chosen}" in result.stdout
    assert (chosen / "socialstrategy.sqlite3").exists()
    assert (
        "BIND 127.0.0.1:9123" in serve(tmp_path, "--data", str(chosen), "--port", "9123", data=False).stdout
    )
    assert not (tmp_path / "home" / "socialstrategy" / "socialstrategy.sqlite3").exists()
