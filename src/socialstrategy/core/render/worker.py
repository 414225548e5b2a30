"""Compile a fixed Typst template in a separate process with a time and a memory limit.

The parent (:func:`compile_template`) starts this file as a script with ``python -I``, sends
one JSON request on stdin and reads the pages back. The child limits its own address space and
CPU time before it imports the compiler, compiles with an explicit root, bundled fonts only, no
system fonts and an empty package folder, and writes each page as an 8-byte length followed by
its bytes. A crash, a runaway document or a memory blow-up costs only the child.

This file must stay importable without the rest of the package: the child runs it by path.
"""

from __future__ import annotations

import json
import os
import struct
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

TEMPLATE_DIR = Path(__file__).parent / "template"
TIME_LIMIT_SECONDS = 60
CPU_LIMIT_SECONDS = 60
MEMORY_LIMIT_BYTES = 2 * 1024**3


class CompileError(RuntimeError):
    """The Typst compiler failed, ran out of time or memory."""


def compile_template(
    template: str,
    data: str,
    output_format: str = "pdf",
    ppi: float | None = None,
    root: Path = TEMPLATE_DIR,
    timeout: float = TIME_LIMIT_SECONDS,
) -> list[bytes]:
    """Compile ``root/template`` with ``data`` as ``sys.inputs.data``; one bytes per page for PNG."""
    check_root(root)
    request = {"root": str(root), "template": template, "format": output_format, "ppi": ppi, "data": data}
    with tempfile.TemporaryDirectory(prefix="socialstrategy-typst-") as packages:
        request["packages"] = packages
        try:
            done = subprocess.run(
                [sys.executable, "-I", __file__],
                input=json.dumps(request).encode(),
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired as error:
            raise CompileError(f"the document took longer than {timeout:g} seconds to compile") from error
    if done.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        reason = lines[0] if lines else "no message"
        raise CompileError(f"the document could not be compiled (exit {done.returncode}): {reason}")
    return _unframe(done.stdout)


def check_root(root: Path) -> None:
    """Refuse a compile root that holds symbolic links (they could point anywhere)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            raise CompileError(f"the template folder must not contain symbolic links: {path.name}")


def _unframe(stream: bytes) -> list[bytes]:
    pages, offset = [], 0
    while offset < len(stream):
        (size,) = struct.unpack(">Q", stream[offset : offset + 8])
        pages.append(stream[offset + 8 : offset + 8 + size])
        offset += 8 + size
    return pages


def _limit_resources() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT_BYTES, MEMORY_LIMIT_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_LIMIT_SECONDS, CPU_LIMIT_SECONDS))


def _compile(request: dict[str, Any]) -> list[bytes]:
    import typst

    root = Path(request["root"])
    compiler = typst.Compiler(
        root=str(root),
        font_paths=[str(root / "fonts")],
        ignore_system_fonts=True,
        sys_inputs={"data": request["data"]},
        package_path=request["packages"],
        package_cache_path=request["packages"],
    )
    result = compiler.compile(
        input=str(root / request["template"]), format=request["format"], ppi=request["ppi"]
    )
    return result if isinstance(result, list) else [result]


def _main() -> int:
    _limit_resources()
    request = json.loads(sys.stdin.buffer.read())
    try:
        pages = _compile(request)
    except Exception as error:  # the parent turns this line into a CompileError
        print(f"typst: {getattr(error, 'message', error)}", file=sys.stderr)
        return 1
    out = sys.stdout.buffer
    for page in pages:
        out.write(struct.pack(">Q", len(page)))
        out.write(page)
    out.flush()
    return 0


if __name__ == "__main__":
    os.environ.pop("TYPST_ROOT", None)
    sys.exit(_main())
