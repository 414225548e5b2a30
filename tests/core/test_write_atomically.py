"""Files written atomically get the permissions any other new file would get."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager

from socialstrategy.core.fileformat import write_atomically


@contextmanager
def umask(mask: int) -> Iterator[None]:
    previous = os.umask(mask)
    try:
        yield
    finally:
        os.umask(previous)


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_new_file_respects_the_usual_umask(tmp_path):
    with umask(0o022):
        write_atomically(tmp_path / "strategy.pdf", b"%PDF")
    assert mode(tmp_path / "strategy.pdf") == 0o644


def test_a_new_file_respects_a_strict_umask(tmp_path):
    with umask(0o077):
        write_atomically(tmp_path / "strategy.pdf", b"%PDF")
    assert mode(tmp_path / "strategy.pdf") == 0o600


def test_a_replaced_file_keeps_its_permissions_and_gets_the_new_content(tmp_path):
    path = tmp_path / "strategy.yaml"
    path.write_bytes(b"old")
    path.chmod(0o640)
    with umask(0o022):
        write_atomically(path, b"new")
    assert mode(path) == 0o640
    assert path.read_bytes() == b"new"


def test_no_temporary_file_is_left_behind(tmp_path):
    write_atomically(tmp_path / "a.md", b"# A")
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]
