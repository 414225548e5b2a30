"""Secrets kept in the data folder: made once, private from the moment they exist."""

from __future__ import annotations

import os
import stat

from socialstrategy.web.datafolder import kept_secret


def test_a_kept_secret_is_made_once_and_readable_by_its_owner_only(tmp_path, monkeypatch):
    monkeypatch.setenv("SOCIALSTRATEGY_DATA", str(tmp_path))
    previous = os.umask(0o022)
    try:
        first = kept_secret("demo_password", 9)
    finally:
        os.umask(previous)
    assert kept_secret("demo_password", 9) == first
    assert stat.S_IMODE((tmp_path / "demo_password").stat().st_mode) == 0o600
