"""Load test of the web workshop on loopback: the real server (`socialstrategy serve --demo`) on a
fresh SQLite database, or on the PostgreSQL database ``DATABASE_URL`` names (which should be an
empty one: the demo workspace is added to it), 16 and then 64 concurrent clients (a process
each, http.client), bounded in count and time.

Each client logs in, copies a demo strategy, warms up (every page once, one save) and then
runs its rounds back to back (no pause unless --think): every step of every demo strategy, the
check panel, and a save of its own copy (open the community step, save it with htmx). The
clients start at different places in the round, as people in a room are not in step.

Prints the throughput of the measured window only (from the moment every client is logged in
and warmed up to the moment the last one finishes; log-in and warm-up are not counted), median,
p95 and p99 of every step page and the check panel, of a save including the check, and the
resident memory of each server process. Targets (issue 20): at 64 clients pages p95 < 80 ms and
saves p95 < 120 ms on SQLite, PostgreSQL's throughput within 1.3 times SQLite's.

    uv run python bench/bench_web.py [--clients 16,64] [--rounds 6] [--seconds 120] [--think MS]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_web uv run python bench/bench_web.py
"""

from __future__ import annotations

import argparse
import http.client
import multiprocessing
import os
import re
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections import defaultdict
from http.cookies import SimpleCookie

from socialstrategy.core.process import STEP_IDS


class Client:
    """One browser: keeps its cookies and one keep-alive connection."""

    def __init__(self, port: int):
        self.connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        self.cookies: dict[str, str] = {}

    def request(self, method: str, path: str, form: dict[str, str] | None = None, htmx: bool = False):
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        body = None
        if form is not None:
            body = urllib.parse.urlencode(form, doseq=True)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["X-CSRFToken"] = self.cookies.get("csrftoken", "")
            headers["Referer"] = f"http://127.0.0.1:{self.connection.port}/"
        if htmx:
            headers["HX-Request"] = "true"
        started = time.perf_counter()
        try:
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError):
            # the server closed an idle keep-alive connection: reconnect, as a browser does
            self.connection.close()
            started = time.perf_counter()
            self.connection.request(method, path, body=body, headers=headers)
            response = self.connection.getresponse()
        content = response.read()
        elapsed = (time.perf_counter() - started) * 1000
        for header in response.headers.get_all("Set-Cookie") or []:
            for key, morsel in SimpleCookie(header).items():
                self.cookies[key] = morsel.value
        return response.status, response.headers, content, elapsed

    def log_in(self, username: str, password: str) -> None:
        self.request("GET", "/login/")
        status, _, _, _ = self.request("POST", "/login/", {"username": username, "password": password})
        assert status == 302, f"login failed with {status}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(port: int, data: str, extra: list[str]) -> tuple[subprocess.Popen, str]:
    env = dict(os.environ)  # DATABASE_URL, if set, chooses PostgreSQL
    env["SOCIALSTRATEGY_DATA"] = data
    # Every client logs in as the demo user from 127.0.0.1 at the same moment: an attempt counts
    # until its password is checked, so the throttle would refuse the sixth (429).
    env["LOGIN_FAILURES_PER_USER"] = env["LOGIN_FAILURES_PER_ADDRESS"] = "1000"
    command = [sys.executable, "-c", "from socialstrategy.cli import main; main()", "serve", "--demo"]
    process = subprocess.Popen(
        [*command, "--port", str(port), *extra],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    password = ""
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and not password:
        line = process.stdout.readline()
        found = re.search(r"password “([^”]+)”", line)
        password = found.group(1) if found else ""
    for _ in range(100):
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process, password
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("server did not start")


def server_pids(pid: int) -> list[int]:
    pids = [pid]
    children = f"/proc/{pid}/task/{pid}/children"
    if os.path.exists(children):
        with open(children) as handle:
            pids += [int(p) for p in handle.read().split()]
    return pids


def server_cpu(pid: int) -> float:
    """CPU seconds used so far by the server and its workers."""
    total = 0
    for p in server_pids(pid):
        with open(f"/proc/{p}/stat") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
        total += int(fields[11]) + int(fields[12])
    return total / os.sysconf("SC_CLK_TCK")


def server_rss(pid: int) -> dict[int, float]:
    """Resident memory in MB of the server and its worker processes."""
    pids = server_pids(pid)
    result = {}
    for p in pids:
        with open(f"/proc/{p}/status") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    result[p] = int(line.split()[1]) / 1024
    return result


def run_client(port, password, strategies, rounds, seconds, results, barrier, think, warmup, offset) -> None:
    """One participant, in a process of its own: a load generator whose clients shared one
    interpreter (threads) measured its own waits for Python's GIL as server latency."""
    timings: dict[str, list[float]] = defaultdict(list)
    errors: dict[object, int] = defaultdict(int)
    try:
        _run_client(
            port, password, strategies, rounds, seconds, timings, errors, barrier, think, warmup, offset
        )
    finally:
        results.put((dict(timings), dict(errors), time.process_time(), time.monotonic()))


def _run_client(
    port, password, strategies, rounds, seconds, timings, errors, barrier, think, warmup, offset
) -> None:
    client = Client(port)
    try:
        client.log_in("demo", password)
        source = strategies[0]
        status, headers, _, _ = client.request("POST", f"/s/{source}/duplicate/", {})
        own = int(headers["Location"].strip("/").split("/")[-1])
        for pk in strategies if warmup else ():  # every server thread renders each page once
            for step in STEP_IDS:
                client.request("GET", f"/s/{pk}/step/{step}/")
        if warmup:  # and saves once
            save_community(client, own, think)
        barrier.wait()
        stop_at = time.monotonic() + seconds  # the measured window, after log-in and warm-up
        cycle = one_round(strategies)
        # Participants are not in step: each client starts its rounds at its own place in the
        # round (in step, all 16 saved within the same few milliseconds and queued for the write).
        start = offset % len(cycle)
        for what, path in (cycle[(start + i) % len(cycle)] for i in range(rounds * len(cycle))):
            if time.monotonic() > stop_at:
                return
            time.sleep(think / 1000)
            if what == "save with check":
                status, ms = save_community(client, own, think)
            else:
                status, _, _, ms = client.request("GET", path)
            timings[what].append(ms)
            errors[status] += status != 200
    except Exception as error:  # reported below
        errors[repr(error)] += 1
        barrier.abort()  # a client that fails before the measured rounds fails the run at once


def one_round(strategies: list[int]) -> list[tuple[str, str]]:
    """What a client does in one round: every step of every demo strategy and the check panel,
    then a save of its own strategy."""
    cycle = []
    for pk in strategies:
        cycle += [(f"step {step}", f"/s/{pk}/step/{step}/") for step in STEP_IDS]
        cycle.append(("check panel", f"/s/{pk}/check/?step=goals"))
    return [*cycle, ("save with check", "")]


def save_community(client: Client, pk: int, think: float) -> tuple[int, float]:
    """Open the community step of one's own strategy and save it (htmx): status and ms of the save."""
    _, _, body, _ = client.request("GET", f"/s/{pk}/step/community/")
    version = re.search(rb'id="doc-version" name="version" value="(\d+)"', body).group(1).decode()
    form = {"version": version, "community.address": "sie", "community.tone": "warm, kompetent"}
    time.sleep(think / 1000)
    status, _, _, ms = client.request("POST", f"/s/{pk}/step/community/", form, htmx=True)
    return status, ms


def _line(name: str, values: list[float]) -> None:
    median, p95, p99 = statistics.median(values), percentile(values, 0.95), percentile(values, 0.99)
    print(f"{name:28} {len(values):5d} {median:10.1f} {p95:8.1f} {p99:8.1f}")


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", default="16,64", help="concurrent clients, one run per number")
    parser.add_argument("--rounds", type=int, default=6, help="passes over every page per client")
    parser.add_argument(
        "--seconds", type=float, default=120, help="stop the measured rounds after this long in any case"
    )
    parser.add_argument("--think", type=float, default=0, help="pause in ms between a client's requests")
    parser.add_argument(
        "--cold", action="store_true", help="measure from the first request (no warm-up pass)"
    )
    parser.add_argument("--workers", type=int, default=2, help="server processes")
    parser.add_argument("--threads", type=int, default=4, help="threads per server process")
    args = parser.parse_args()
    database = "PostgreSQL (DATABASE_URL)" if os.environ.get("DATABASE_URL") else "SQLite"
    for clients in (int(part) for part in args.clients.split(",")):
        args.clients = clients
        print(f"\n=== {clients} clients on {database} ===")
        run(args)


def run(args: argparse.Namespace) -> None:
    port = _free_port()
    with tempfile.TemporaryDirectory() as data:
        extra = ["--workers", str(args.workers), "--threads", str(args.threads)]
        process, password = start_server(port, data, extra)
        try:
            probe = Client(port)
            probe.log_in("demo", password)
            _, _, body, _ = probe.request("GET", "/w/1/")
            strategies = sorted({int(pk) for pk in re.findall(rb'href="/s/(\d+)/"', body)})
            print(
                f"server pid {process.pid} ({args.workers} workers x {args.threads} threads), "
                f"demo strategies {strategies}, {args.clients} clients, think time {args.think:.0f} ms, "
                f"load average {os.getloadavg()[0]:.1f}, "
                f"{'no warm-up' if args.cold else 'after one warm-up pass'}"
            )
            timings: dict[str, list[float]] = defaultdict(list)
            errors: dict[object, int] = defaultdict(int)
            # CPU from the moment every client is logged in and warmed up: what the measured
            # requests cost, without the logins (password hashing) and the warm-up pass.
            context = multiprocessing.get_context("fork")
            mark = context.Array("d", 2)  # server CPU seconds and time when all clients are ready
            barrier = context.Barrier(args.clients + 1, timeout=300)
            results = context.Queue()
            clients = [
                context.Process(
                    target=run_client,
                    args=(
                        port,
                        password,
                        strategies,
                        args.rounds,
                        args.seconds,
                        results,
                        barrier,
                        args.think,
                        not args.cold,
                        number * len(one_round(strategies)) // args.clients,
                    ),
                )
                for number in range(args.clients)
            ]
            started = time.monotonic()
            cpu_before = server_cpu(process.pid)
            for client in clients:
                client.start()
            try:
                barrier.wait()
            except threading.BrokenBarrierError:
                print(f"a client failed before the measured rounds: {results.get()[1]}")
                return
            mark[0], mark[1] = server_cpu(process.pid), time.monotonic()
            own_seconds, finished = 0.0, mark[1]
            for _ in clients:
                client_timings, client_errors, client_cpu, client_end = results.get()
                own_seconds += client_cpu
                finished = max(finished, client_end)
                for name, values in client_timings.items():
                    timings[name] += values
                for key, count in client_errors.items():
                    errors[key] += count
            for client in clients:
                client.join()
            elapsed = time.monotonic() - started
            server_seconds = server_cpu(process.pid) - cpu_before
            rss = server_rss(process.pid)
            measured_cpu = server_cpu(process.pid) - mark[0]
            measured_seconds = finished - mark[1]
            load_after = os.getloadavg()[0]
        finally:
            process.terminate()
            process.wait(timeout=30)

    total = sum(len(v) for v in timings.values())
    if not total:
        print(f"no request was measured; errors: {dict(errors)}")
        return
    print(
        f"{total} measured requests in {measured_seconds:.1f} s: {total / measured_seconds:.0f} per second "
        f"(the whole run with log-ins and warm-up took {elapsed:.1f} s)"
    )
    print(f"{'what':28} {'n':>5} {'median ms':>10} {'p95 ms':>8} {'p99 ms':>8}")
    for name in sorted(timings, key=lambda n: (n.startswith("save"), n)):
        _line(name, timings[name])
    _line("all pages and check panel", [v for k, vs in timings.items() if k != "save with check" for v in vs])
    print(
        f"CPU: server {server_seconds:.1f} s ({1000 * server_seconds / total:.1f} ms per request, including "
        f"the warm-up), load generator {own_seconds:.1f} s, on {os.cpu_count()} cores"
    )
    print(
        f"CPU of the measured requests only: server {measured_cpu:.1f} s in {measured_seconds:.1f} s "
        f"({1000 * measured_cpu / total:.1f} ms per request); load average at the end {load_after:.1f}"
    )
    print("server RSS (MB): " + ", ".join(f"pid {pid}: {mb:.0f}" for pid, mb in rss.items()))
    failures = {k: v for k, v in errors.items() if v}
    print(f"errors: {failures or 'none'}")


if __name__ == "__main__":
    main()
