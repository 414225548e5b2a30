"""Compile a fixed Typst template in a separate process with a time and a memory limit.

:func:`start_compile` starts the child (``typst_child.py``, run by path with ``python -I -S``)
at once, so that the interpreter starts and imports the compiler while the caller is still
building the document; :meth:`PendingCompile.finish` then sends the data and reads the pages.
The child limits its own address space and CPU time before it imports the compiler, compiles
with an explicit root, bundled fonts only, no system fonts and an empty package folder. A crash,
a runaway document or a memory blow-up costs only the child.
"""

from __future__ import annotations

import importlib.util
import json
import shutil
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from types import TracebackType

TEMPLATE_DIR = Path(__file__).parent / "template"
CHILD = Path(__file__).parent / "typst_child.py"
TIME_LIMIT_SECONDS = 60.0
CPU_LIMIT_SECONDS = 60
MEMORY_LIMIT_BYTES = 2 * 1024**3


class CompileError(RuntimeError):
    """The Typst compiler failed, ran out of time or memory."""


class PendingCompile:
    """A started child process waiting for its data; use as a context manager."""

    def __init__(self, template: str, output_format: str, ppi: float | None, root: Path, timeout: float):
        check_root(root)
        self._timeout = timeout
        self._packages = tempfile.mkdtemp(prefix="socialstrategy-typst-")
        self._request = {
            "root": str(root),
            "template": template,
            "format": output_format,
            "ppi": ppi,
            "packages": self._packages,
        }
        command = [sys.executable, "-I", "-S", str(CHILD), _site_packages()]
        command += [str(MEMORY_LIMIT_BYTES), str(CPU_LIMIT_SECONDS)]
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE
        )

    def finish(self, data: str) -> list[bytes]:
        """Send ``data`` (read by the template as ``sys.inputs.data``) and return the pages."""
        request = json.dumps({**self._request, "data": data}).encode()
        try:
            out, err = self._process.communicate(request, timeout=self._timeout)
        except subprocess.TimeoutExpired as error:
            self.close()
            raise CompileError(
                f"the document took longer than {self._timeout:g} seconds to compile"
            ) from error
        finally:
            shutil.rmtree(self._packages, ignore_errors=True)
        if self._process.returncode != 0:
            lines = err.decode(errors="replace").strip().splitlines()
            reason = lines[0] if lines else "no message"
            raise CompileError(
                f"the document could not be compiled (exit {self._process.returncode}): {reason}"
            )
        return _unframe(out)

    def close(self) -> None:
        if self._process.poll() is None:
            self._process.kill()
            self._process.communicate()
        shutil.rmtree(self._packages, ignore_errors=True)

    def __enter__(self) -> PendingCompile:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None
    ) -> None:
        self.close()


def start_compile(
    template: str,
    output_format: str = "pdf",
    ppi: float | None = None,
    root: Path = TEMPLATE_DIR,
    timeout: float = TIME_LIMIT_SECONDS,
) -> PendingCompile:
    """Start a child process that will compile ``root/template`` once it gets its data."""
    return PendingCompile(template, output_format, ppi, root, timeout)


def compile_template(
    template: str,
    data: str,
    output_format: str = "pdf",
    ppi: float | None = None,
    root: Path = TEMPLATE_DIR,
    timeout: float = TIME_LIMIT_SECONDS,
) -> list[bytes]:
    """Compile ``root/template`` with ``data`` as ``sys.inputs.data``: one bytes per page for PNG."""
    with start_compile(template, output_format, ppi, root, timeout) as pending:
        return pending.finish(data)


def check_root(root: Path) -> None:
    """Refuse a compile root that holds symbolic links (they could point anywhere)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            raise CompileError(f"the template folder must not contain symbolic links: {path.name}")


def _site_packages() -> str:
    """Where the compiler is installed: the child runs without ``site`` and adds only this."""
    spec = importlib.util.find_spec("typst")
    if spec is None or not spec.submodule_search_locations:
        raise CompileError("the typst package is not installed")
    return str(Path(next(iter(spec.submodule_search_locations))).parent)


def _unframe(stream: bytes) -> list[bytes]:
    pages, offset = [], 0
    while offset < len(stream):
        (size,) = struct.unpack(">Q", stream[offset : offset + 8])
        pages.append(stream[offset + 8 : offset + 8 + size])
        offset += 8 + size
    return pages
