"""Compile the fixed Typst templates in a long-lived worker process with time and memory limits.

One :class:`TypstWorker` per server process (``WORKER``) starts its child (``typst_child.py``,
run by path with ``python -I -S``) on first use and keeps it: the interpreter, the compiler and
the fonts load once, and every later document compiles warm. Jobs go over a pipe, one at a time
(a lock makes the worker safe for a threaded web server). The child limits its address space
before it imports the compiler and its CPU time per job; the parent gives every job a wall-clock
limit and kills the child when it is exceeded. A killed or crashed child is replaced on the next
job. Typst memoises every compile and typst-py never evicts it (about 130 MB per edited compile of
the bakery demo ×30), so a child whose peak memory has passed ``RECYCLE_BYTES`` is retired after
its job, as is one after ``MAX_JOBS`` jobs: a worker holds at most that plus one compile. A job
that kills a child which had compiled before is tried once more in a fresh one; a document that
a fresh child cannot compile within the limits gets a message naming the limit. The child is
stopped when the program exits. The child compiles with an explicit root, bundled
fonts only, no system fonts and an empty package folder. The last few results are kept: the
same document asked for again (a second download) is answered without compiling.
"""

from __future__ import annotations

import atexit
import hashlib
import importlib.util
import json
import os
import select
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import threading
import time
from collections import OrderedDict
from pathlib import Path
from typing import Any

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message

TEMPLATE_DIR = Path(__file__).parent / "template"
CHILD = Path(__file__).parent / "typst_child.py"
TIME_LIMIT_SECONDS = 60.0
CPU_LIMIT_SECONDS = 60
MEMORY_LIMIT_BYTES = 2 * 1024**3
MAX_JOBS = 200
RECYCLE_BYTES = 320 * 1024**2
"""A child whose peak resident memory has passed this is replaced after its job."""
CACHED_RESULTS = 4


class CompileError(RuntimeError):
    """The Typst compiler failed, ran out of time or memory. ``detail`` says so in any language
    where a limit was reached; otherwise it carries the compiler's own (English) words."""

    def __init__(self, message: str, detail: Message | None = None) -> None:
        super().__init__(message)
        fallback = N_("the document could not be compiled: {reason}")
        self.detail = detail or Message(fallback, {"reason": message})

    @classmethod
    def limit(cls, template: str, reason: str = "", **params: object) -> CompileError:
        """A document that runs into one of the limits: ``template`` names the limit."""
        detail = Message(template, params)
        english = detail.render("en")
        return cls(f"{english} ({reason})" if reason else english, detail)


class _ChildGone(Exception):
    """The child closed its pipe: it crashed or was killed."""


class TypstWorker:
    """A warm compiler process, started on first use and replaced when it dies or hangs."""

    def __init__(
        self,
        memory_bytes: int = MEMORY_LIMIT_BYTES,
        cpu_seconds: int = CPU_LIMIT_SECONDS,
        max_jobs: int = MAX_JOBS,
        recycle_bytes: int = RECYCLE_BYTES,
    ):
        self._limits = [str(memory_bytes), str(cpu_seconds)]
        self._memory_bytes, self._cpu_seconds = memory_bytes, cpu_seconds
        self._max_jobs, self._recycle_bytes = max_jobs, recycle_bytes
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._owner = 0
        self._packages = ""
        self._jobs = 0
        self.compiles = 0
        """How many jobs this worker sent to a child (answers from the cache do not count)."""
        self.peak_bytes = 0
        """The most memory any of this worker's children has reported holding."""
        self._results: OrderedDict[str, list[bytes]] = OrderedDict()

    @property
    def pid(self) -> int | None:
        """The child's process id, or None when no child runs."""
        return self._process.pid if self._process is not None and self._running() else None

    def start(self) -> None:
        """Start the child now, unless it runs or a job is under way (never waits)."""
        if self._lock.acquire(blocking=False):
            try:
                self._ensure_running()
            finally:
                self._lock.release()

    def compile(
        self, template: str, data: str, output_format: str, ppi: float | None, root: Path, timeout: float
    ) -> list[bytes]:
        """Compile ``root/template`` with ``data`` as ``sys.inputs.data``: one bytes per page for PNG."""
        check_root(root)
        try:
            edited = (root / template).stat().st_mtime_ns  # an edited template is no stale hit
        except OSError as error:
            raise CompileError(f"the template {template} cannot be read: {error.strerror}") from None
        request_key = json.dumps([str(root), template, edited, output_format, ppi, data])
        key = hashlib.sha256(request_key.encode()).hexdigest()
        with self._lock:
            if key in self._results:  # the same document again, e.g. a second download
                self._results.move_to_end(key)
                return list(self._results[key])
            answer, pages = self._job(template, data, output_format, ppi, root, timeout)
            self._jobs += 1
            self.compiles += 1
            self.peak_bytes = max(self.peak_bytes, answer.get("peak", 0))
            if answer.get("peak", 0) > self._recycle_bytes:
                self._stop()
                self._ensure_running()  # its successor starts up while nobody waits
            elif self._jobs >= self._max_jobs:
                self._stop()
            if not answer["ok"]:
                raise CompileError(f"the document could not be compiled: {answer['error']}")
            self._results[key] = pages
            while len(self._results) > CACHED_RESULTS:
                self._results.popitem(last=False)
        return list(pages)

    def _job(
        self, template: str, data: str, output_format: str, ppi: float | None, root: Path, timeout: float
    ) -> tuple[dict[str, Any], list[bytes]]:
        """Send one job and read its answer; a job that kills a warm child gets a fresh one."""
        deadline = time.monotonic() + timeout
        for attempt in range(2):
            process = self._ensure_running()
            fresh = self._jobs == 0
            request = {
                "root": str(root),
                "template": template,
                "format": output_format,
                "ppi": ppi,
                "packages": self._packages,
                "data": data,
            }
            try:
                _write_frame(process, json.dumps(request).encode(), deadline)
                answer: dict[str, Any] = json.loads(_read_frame(process, deadline))
                return answer, [_read_frame(process, deadline) for _ in range(answer["pages"])]
            except TimeoutError as error:
                self._stop(kill=True)
                message = N_("the document took longer than {seconds} seconds to compile")
                raise CompileError.limit(message, seconds=timeout) from error
            except _ChildGone as error:
                code, reason = self._stop()
                if fresh or attempt:
                    raise self._died(code, reason) from error
        raise AssertionError("unreachable")

    def _died(self, code: int | None, reason: str) -> CompileError:
        """Why a fresh child died, naming the limit it ran into."""
        if code == -signal.SIGXCPU or (code == -signal.SIGKILL and reason == "no message"):
            message = N_("the document is too large to compile within the limit of {seconds} s of CPU time")
            return CompileError.limit(message, f"exit {code}", seconds=self._cpu_seconds)
        if "memory allocation" in reason:
            message = N_("the document is too large to compile within the limit of {size} GB of memory")
            return CompileError.limit(message, reason, size=round(self._memory_bytes / 1024**3, 1))
        return CompileError(f"the document could not be compiled (exit {code}): {reason}")

    def shutdown(self) -> None:
        """Stop the child: close its input so that it ends, kill it if it does not."""
        with self._lock:
            self._stop()

    def _running(self) -> bool:
        return self._process is not None and self._owner == os.getpid() and self._process.poll() is None

    def _ensure_running(self) -> subprocess.Popen[bytes]:
        if self._process is not None and not self._running():
            self._stop()  # it died, or this process was forked and the child is the parent's
        if self._process is None:
            self._packages = tempfile.mkdtemp(prefix="socialstrategy-typst-")
            _link_emoji_font(Path(self._packages) / "fonts")
            command = [sys.executable, "-I", "-S", str(CHILD), _site_packages(), *self._limits]
            self._process = subprocess.Popen(
                command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            assert self._process.stdin is not None
            os.set_blocking(self._process.stdin.fileno(), False)
            self._owner, self._jobs = os.getpid(), 0
        return self._process

    def _stop(self, kill: bool = False) -> tuple[int | None, str]:
        """End the child (closing its input ends it); its exit code and first line of stderr."""
        process, self._process = self._process, None
        if process is None or self._owner != os.getpid():
            return None, ""  # none, or a forked parent's child that is not ours to stop
        if kill:
            process.kill()
        try:
            _, err = process.communicate(timeout=1)
        except subprocess.TimeoutExpired:
            process.kill()
            _, err = process.communicate()
        shutil.rmtree(self._packages, ignore_errors=True)
        lines = err.decode(errors="replace").strip().splitlines()
        return process.returncode, lines[0] if lines else "no message"


WORKER = TypstWorker()
atexit.register(WORKER.shutdown)


def compile_template(
    template: str,
    data: str,
    output_format: str = "pdf",
    ppi: float | None = None,
    root: Path = TEMPLATE_DIR,
    timeout: float = TIME_LIMIT_SECONDS,
) -> list[bytes]:
    """Compile ``root/template`` in the shared worker with ``data`` as ``sys.inputs.data``."""
    return WORKER.compile(template, data, output_format, ppi, root, timeout)


def check_root(root: Path) -> None:
    """Refuse a compile root that holds symbolic links (they could point anywhere)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            raise CompileError(f"the template folder must not contain symbolic links: {path.name}")


EMOJI_FONTS = (
    "/usr/share/fonts/truetype/noto/NotoColorEmoji.ttf",  # Debian, Ubuntu: fonts-noto-color-emoji
    "/usr/share/fonts/noto/NotoColorEmoji.ttf",  # Arch
    "/usr/share/fonts/google-noto-color-emoji-fonts/NotoColorEmoji.ttf",  # Fedora
    "/usr/share/fonts/google-noto-emoji/NotoColorEmoji.ttf",
)
"""Where the colour emoji font is on common systems; ``SOCIALSTRATEGY_EMOJI_FONT`` names another."""


def emoji_font() -> Path | None:
    """The colour emoji font Typst falls back to for emoji (Inter has none), if the system has one."""
    candidates = [os.environ.get("SOCIALSTRATEGY_EMOJI_FONT", ""), *EMOJI_FONTS]
    return next((Path(path) for path in candidates if path and Path(path).is_file()), None)


def _link_emoji_font(folder: Path) -> None:
    """Put only the emoji font into the child's font folder: a system font folder would load
    hundreds of fonts into every compile."""
    font = emoji_font()
    if font is not None:
        folder.mkdir()
        (folder / font.name).symlink_to(font)


def _site_packages() -> str:
    """Where the compiler is installed: the child runs without ``site`` and adds only this."""
    spec = importlib.util.find_spec("typst")
    if spec is None or not spec.submodule_search_locations:
        raise CompileError("the typst package is not installed")
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


def _write_frame(process: subprocess.Popen[bytes], payload: bytes, deadline: float) -> None:
    assert process.stdin is not None
    fd = process.stdin.fileno()
    view = memoryview(struct.pack(">Q", len(payload)) + payload)
    while view:
        _wait(fd, deadline, write=True)
        try:
            written = os.write(fd, view[: 1 << 16])
        except BlockingIOError:
            continue
        except BrokenPipeError as error:
            raise _ChildGone from error
        view = view[written:]


def _read_frame(process: subprocess.Popen[bytes], deadline: float) -> bytes:
    assert process.stdout is not None
    fd = process.stdout.fileno()
    (size,) = struct.unpack(">Q", _read_exactly(fd, 8, deadline))
    return _read_exactly(fd, size, deadline)


def _read_exactly(fd: int, size: int, deadline: float) -> bytes:
    chunks, missing = [], size
    while missing:
        _wait(fd, deadline, write=False)
        chunk = os.read(fd, min(missing, 1 << 20))
        if not chunk:
            raise _ChildGone
        chunks.append(chunk)
        missing -= len(chunk)
    return b"".join(chunks)


def _wait(fd: int, deadline: float, write: bool) -> None:
    """Wait until ``fd`` is ready, or raise TimeoutError at ``deadline``."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    ready = select.select([], [fd], [], left) if write else select.select([fd], [], [], left)
    if not any(ready):
        raise TimeoutError
