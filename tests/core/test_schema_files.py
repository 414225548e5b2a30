"""The JSON Schema that editors use (``socialstrategy schema``) accepts every file the project
writes, checked by an independent validator with format checking on."""

import datetime as dt
import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from click.testing import CliRunner

from socialstrategy.cli import main
from socialstrategy.core.demos import demo_text, list_demos, load_demo
from socialstrategy.core.fileformat import dump_strategy, schema

VALIDATOR = jsonschema.Draft202012Validator(
    schema(), format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
)


def _as_an_editor_reads(value):
    """YAML 1.2 (the YAML language server) has no date type: dates and times are strings."""
    if isinstance(value, dict):
        return {key: _as_an_editor_reads(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_as_an_editor_reads(item) for item in value]
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    return value


def _errors(data):
    return [f"{list(e.absolute_path)}: {e.message}" for e in VALIDATOR.iter_errors(data)]


def test_the_validator_checks_formats():
    assert _errors({"schema_version": 1, "created": "yesterday"})


@pytest.mark.parametrize("name", list_demos())
def test_every_demo_as_shipped_fits_the_schema(name):
    assert _errors(_as_an_editor_reads(yaml.safe_load(demo_text(name)))) == []


@pytest.mark.parametrize("name", list_demos())
@pytest.mark.parametrize("fmt", ["yaml", "json"])
def test_every_demo_as_saved_fits_the_schema(name, fmt):
    text = dump_strategy(load_demo(name), fmt)
    data = json.loads(text) if fmt == "json" else yaml.safe_load(text)
    assert _errors(_as_an_editor_reads(data)) == []


def test_a_post_time_is_a_local_wall_clock_time_without_offset():
    entry = {"date": "2026-12-04", "time": "07:30:00", "platform": "tiktok", "title": "x"}
    assert _errors({"schema_version": 1, "content": {"calendar": [entry]}}) == []
    entry["time"] = "7 Uhr"
    assert _errors({"schema_version": 1, "content": {"calendar": [entry]}})


@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("suffix", [".yaml", ".json"])
def test_every_file_new_writes_fits_the_schema(tmp_path: Path, lang, suffix):
    target = tmp_path / f"strategy{suffix}"
    result = CliRunner().invoke(main, ["new", str(target), "--lang", lang])
    assert result.exit_code == 0, result.output
    text = target.read_text(encoding="utf-8")
    data = json.loads(text) if suffix == ".json" else yaml.safe_load(text)
    assert _errors(_as_an_editor_reads(data)) == []
