"""Compiled package data: built once, read back, rebuilt when a source changes."""

from __future__ import annotations

import os

from socialstrategy.core import runtime
from socialstrategy.core.runtime import compiled


def _counting(result):
    calls = []

    def build():
        calls.append(1)
        return result

    return build, calls


def test_data_is_built_once_and_then_read_from_its_compiled_form(tmp_path, monkeypatch):
    monkeypatch.setenv(runtime.CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "a.po"
    source.write_text("one")
    build, calls = _counting({("ctx", "Goal"): "Ziel", None: ("a", 1)})
    assert compiled("catalogs-de", [source], build) == {("ctx", "Goal"): "Ziel", None: ("a", 1)}
    assert compiled("catalogs-de", [source], build) == {("ctx", "Goal"): "Ziel", None: ("a", 1)}
    assert len(calls) == 1


def test_a_changed_source_is_read_again_and_the_old_form_is_dropped(tmp_path, monkeypatch):
    monkeypatch.setenv(runtime.CACHE_ENV, str(tmp_path / "cache"))
    source = tmp_path / "a.po"
    source.write_text("one")
    compiled("catalogs-de", [source], lambda: "first")
    compiled("catalogs-en", [source], lambda: "other")
    source.write_text("changed")
    os.utime(source, ns=(1, 1))
    assert compiled("catalogs-de", [source], lambda: "second") == "second"
    names = sorted(path.name.split("-")[1] for path in (tmp_path / "cache").glob("*.marshal"))
    assert names == ["de", "en"]


def test_a_folder_that_cannot_be_written_only_costs_the_building(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setenv(runtime.CACHE_ENV, str(blocked / "cache"))
    source = tmp_path / "a.po"
    source.write_text("one")
    build, calls = _counting(["x"])
    assert compiled("knowledge", [source], build) == ["x"]
    assert compiled("knowledge", [source], build) == ["x"]
    assert len(calls) == 2


def test_a_damaged_compiled_file_is_built_again(tmp_path, monkeypatch):
    monkeypatch.setenv(runtime.CACHE_ENV, str(tmp_path))
    source = tmp_path / "a.po"
    source.write_text("one")
    compiled("knowledge", [source], lambda: {"a": 1})
    (next(tmp_path.glob("knowledge-*.marshal"))).write_bytes(b"\x00garbage")
    assert compiled("knowledge", [source], lambda: {"a": 2}) == {"a": 2}


def test_the_german_catalogs_come_from_their_compiled_form_on_the_second_start(tmp_path, monkeypatch):
    from socialstrategy.core import i18n

    monkeypatch.setenv(runtime.CACHE_ENV, str(tmp_path))
    i18n._catalogs.cache_clear()
    first = i18n._catalogs("de")
    i18n._catalogs.cache_clear()
    monkeypatch.setattr(i18n, "_read_catalogs", lambda *args: (_ for _ in ()).throw(AssertionError("parsed")))
    assert i18n._catalogs("de") == first
    assert i18n.translate("Goal tree", "de") == "Zielbaum"
    i18n._catalogs.cache_clear()
