"""How the core spends the interpreter's time: package data read once into a compiled cache,
and the cycle collector paused while many objects are built.

``compiled(name, sources, build)`` returns what ``build()`` returns, from a ``marshal`` file in
the user's cache folder (``$SOCIALSTRATEGY_CACHE``, else e.g. ``~/.cache/socialstrategy``) when
one was written for the same package version and the same ``sources`` (names, sizes and
modification times): the translation catalogs and the knowledge base are parsed from their
``.po`` and YAML files on the first start only, and again whenever the package changes. A
folder that cannot be written only costs the time of building.
"""

from __future__ import annotations

import gc
import hashlib
import marshal
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

CACHE_ENV = "SOCIALSTRATEGY_CACHE"

T = TypeVar("T")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a block builds many objects that hold no cycles (a
    parsed file, the knowledge base): it ran again and again over the growing heap, half the
    time of reading a 2 MB file. Switched on again afterwards, unless it was off before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def compiled(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """``build()``, or what it returned the last time for the same ``sources``; its result must
    be plain data (dicts, lists, tuples, strings, numbers, None) that ``marshal`` can hold."""
    folder = cache_folder()
    if folder is None:
        return build()
    path = folder / f"{name}-{_fingerprint(sources)}.marshal"
    with suppress(OSError, ValueError, EOFError, TypeError):
        value: T = marshal.loads(path.read_bytes())
        return value
    value = build()
    with suppress(OSError, ValueError):
        _write(path, marshal.dumps(value))  # type: ignore[arg-type]  # plain data, as documented
    return value


def cache_folder() -> Path | None:
    """Where compiled data is kept, or None when there is no such place."""
    chosen = os.environ.get(CACHE_ENV)
    if chosen:
        return Path(chosen)
    import platformdirs

    return Path(platformdirs.user_cache_dir("socialstrategy"))


def _fingerprint(sources: Sequence[Path]) -> str:
    from socialstrategy import __version__

    parts: list[Any] = [__version__, marshal.version]
    for source in sources:
        stat = source.stat()
        parts.append((source.name, stat.st_size, stat.st_mtime_ns))
    return hashlib.sha256(repr(parts).encode()).hexdigest()[:20]


def _write(path: Path, content: bytes) -> None:
    """Write ``content`` so that a reader sees all of it or nothing, and drop the files an
    earlier version of the same data left."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temporary.write_bytes(content)
    os.replace(temporary, path)
    prefix = path.name.rsplit("-", 1)[0] + "-"
    for old in path.parent.glob(f"{prefix}*.marshal"):
        if old != path and old.name.rsplit("-", 1)[0] + "-" == prefix:
            old.unlink(missing_ok=True)
