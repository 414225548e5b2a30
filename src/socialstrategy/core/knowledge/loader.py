"""Reading the package's data files and an optional user overlay into a validated :class:`Knowledge`.

Package files are trusted and parsed with libyaml for speed; the overlay is user input: it is
size-capped, may not use YAML anchors or aliases, and is validated exactly like package data.
Entries that come from the overlay carry ``origin: overlay`` so that outputs can mark them.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from socialstrategy.core.knowledge.base import Knowledge, KnowledgeError
from socialstrategy.core.knowledge.schema import (
    FORMAT_IDS,
    PLATFORM_IDS,
    EffortDefaults,
    EffortFigure,
    Estimate,
    Metric,
    Platform,
    Provider,
    SectorNote,
    Source,
    Tool,
    UsageFigure,
)
from socialstrategy.core.runtime import compiled, gc_paused
from socialstrategy.core.vocabulary import PLATFORMS

DATA_DIR = Path(__file__).parent / "data"
ENV_VAR = "SOCIALSTRATEGY_KNOWLEDGE"
MAX_OVERLAY_BYTES = 1_000_000
OVERLAY_KEYS = frozenset({"sources", "platforms", "usage", "tools", "sector_notes", "effort", "metrics"})
_ENTRY_LISTS = ("limits", "cadence", "benchmarks")
_ASSESSMENT_MAPS = ("goal_fit", "audience_fit", "business_fit")
_USAGE_COLUMNS = (
    "country",
    "platform",
    "age_band",
    "group",
    "metric",
    "value",
    "year",
    "source",
    "qualifier",
    "note",
)

Model = TypeVar("Model", bound=BaseModel)
Raw = dict[str, Any]


def load_knowledge(overlay: str | Path | None = None) -> Knowledge:
    """The knowledge base, with ``overlay`` (or the file named by ``$SOCIALSTRATEGY_KNOWLEDGE``).

    Results are cached per overlay file and its modification time, so repeated calls are free.
    """
    chosen = overlay if overlay is not None else os.environ.get(ENV_VAR) or None
    if chosen is None:
        return _load(None, 0, 0)
    path = Path(chosen).expanduser().resolve()
    try:
        stat = path.stat()
    except OSError as error:
        raise KnowledgeError(str(chosen), "", f"cannot read overlay file ({error.strerror})") from None
    return _load(str(path), stat.st_mtime_ns, stat.st_size)


@cache
def _load(overlay: str | None, _mtime: int, _size: int) -> Knowledge:
    with gc_paused():
        return _load_uncached(overlay)


def _load_uncached(overlay: str | None) -> Knowledge:
    raw = _package_raw()
    if overlay is not None:
        raw = _merge_overlay(raw, _read_overlay(Path(overlay)), Path(overlay).name)
    return _build(raw, Path(overlay) if overlay else None)


# --- package data ---------------------------------------------------------------------------


_PACKAGE_FILES = (
    "metrics.yaml",
    "effort.yaml",
    "sources.yaml",
    "usage.csv",
    "tools.yaml",
    "sector_notes.yaml",
)


@cache
def _package_raw() -> Raw:
    """The package's data files as read, from their compiled form once they have been read."""
    files = [DATA_DIR / name for name in _PACKAGE_FILES]
    files += [DATA_DIR / f"platforms/{platform_id}.yaml" for platform_id in PLATFORM_IDS]
    raw: Raw = compiled("knowledge", files, _read_package_raw)
    return raw


def _read_package_raw() -> Raw:
    platforms = {}
    for platform_id in PLATFORM_IDS:
        name = f"platforms/{platform_id}.yaml"
        platforms[platform_id] = {"__file__": name, **_read_yaml(DATA_DIR / name, name)}
    metrics = _read_yaml(DATA_DIR / "metrics.yaml", "metrics.yaml")
    effort = _read_yaml(DATA_DIR / "effort.yaml", "effort.yaml")
    return {
        "platforms": platforms,
        "sources": _read_yaml(DATA_DIR / "sources.yaml", "sources.yaml")["sources"],
        "metrics": metrics["metrics"],
        "reach_metrics": metrics["reach_metrics"],
        "providers": metrics["providers"],
        "usage": _read_usage_csv(DATA_DIR / "usage.csv"),
        "tools": _read_yaml(DATA_DIR / "tools.yaml", "tools.yaml")["tools"],
        "sector_notes": _read_yaml(DATA_DIR / "sector_notes.yaml", "sector_notes.yaml")["notes"],
        "effort": effort["effort"],
        "effort_defaults": {key: value for key, value in effort.items() if key != "effort"},
    }


def _read_yaml(path: Path, name: str) -> Raw:
    with path.open("rb") as handle:
        data = yaml.load(handle, Loader=yaml.CSafeLoader)
    if not isinstance(data, dict):
        raise KnowledgeError(name, "", "must contain a mapping at the top level")
    return data


def _read_usage_csv(path: Path) -> list[Raw]:
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != _USAGE_COLUMNS:
            raise KnowledgeError("usage.csv", "header", f"columns must be {', '.join(_USAGE_COLUMNS)}")
        return [_usage_row(row, line) for line, row in enumerate(reader, start=2)]


def _usage_row(row: Mapping[str, str], line: int) -> Raw:
    cleaned: Raw = {key: value for key, value in row.items() if value != ""}
    cleaned["line"] = line
    return cleaned


# --- overlay --------------------------------------------------------------------------------


class _StrictLoader(yaml.SafeLoader):
    """Safe YAML without anchors and aliases (an alias bomb would blow up on traversal)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        event = self.peek_event()  # type: ignore[no-untyped-call]
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                problem="YAML anchors and aliases are not allowed in an overlay",
                problem_mark=event.start_mark,
            )
        return super().compose_node(parent, index)


def _read_overlay(path: Path) -> Raw:
    name = path.name
    if path.stat().st_size > MAX_OVERLAY_BYTES:
        raise KnowledgeError(name, "", f"overlay is larger than {MAX_OVERLAY_BYTES // 1000} kB")
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f"line {mark.line + 1}" if mark else ""
        raise KnowledgeError(name, where, str(error.problem)) from None
    except (yaml.YAMLError, UnicodeDecodeError) as error:
        raise KnowledgeError(name, "", f"not valid YAML ({error})") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise KnowledgeError(name, "", "must contain a mapping at the top level")
    unknown = sorted(set(data) - OVERLAY_KEYS)
    if unknown:
        raise KnowledgeError(name, unknown[0], f"unknown section; allowed: {', '.join(sorted(OVERLAY_KEYS))}")
    return data


def _merge_overlay(base: Raw, overlay: Raw, name: str) -> Raw:
    merged = dict(base)
    for key in ("sources", "usage", "tools", "sector_notes", "effort", "metrics"):
        items = _overlay_list(overlay, key, name)
        merged[key] = _replace_by_id(base[key], [_as_overlay(item) for item in items], key)
    platforms = overlay.get("platforms") or {}
    if not isinstance(platforms, dict):
        raise KnowledgeError(name, "platforms", "must be a mapping of platform id to fields")
    merged["platforms"] = {**base["platforms"]}
    for platform_id, fields in platforms.items():
        if not isinstance(fields, dict):
            raise KnowledgeError(name, f"platforms.{platform_id}", "must be a mapping of fields")
        current = base["platforms"].get(platform_id)
        merged["platforms"][platform_id] = _merge_platform(current, fields, name, str(platform_id))
    return merged


def _overlay_list(overlay: Raw, key: str, name: str) -> list[Raw]:
    items = overlay.get(key) or []
    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise KnowledgeError(name, key, "must be a list of entries")
    return items


def _replace_by_id(base: list[Raw], extra: list[Raw], key: str) -> list[Raw]:
    """Overlay entries with an id replace the package entry of that id; the rest are added."""
    if key in ("usage", "effort"):
        return [*base, *extra]
    ids = {item.get("id") for item in extra}
    return [item for item in base if item.get("id") not in ids] + extra


def _as_overlay(item: Raw) -> Raw:
    return {**item, "origin": "overlay"}


def _merge_platform(current: Raw | None, fields: Raw, name: str, platform_id: str) -> Raw:
    marked = _mark_platform_fields(fields)
    if current is None:
        return {
            "__file__": name,
            **marked,
            "id": platform_id,
            "origin": "overlay",
            "overlaid": sorted(fields),
        }
    merged = {**current, "__file__": name, "overlaid": sorted(fields)}
    for key, value in marked.items():
        if key in _ASSESSMENT_MAPS and isinstance(value, dict):
            merged[key] = {**current.get(key, {}), **value}
        elif key in _ENTRY_LISTS and isinstance(value, list):
            merged[key] = _merge_entries(current.get(key, []), value, key)
        elif key == "caveats" and isinstance(value, list):
            merged[key] = [*current.get(key, []), *value]
        else:
            merged[key] = value
    return merged


def _merge_entries(current: list[Raw], extra: list[Raw], key: str) -> list[Raw]:
    if key != "limits":
        return [*current, *extra]
    replaced = {item.get("item") for item in extra if isinstance(item, dict)}
    return [item for item in current if item.get("item") not in replaced] + extra


def _mark_platform_fields(fields: Raw) -> Raw:
    marked: Raw = {}
    for key, value in fields.items():
        if key in _ASSESSMENT_MAPS and isinstance(value, dict):
            marked[key] = {k: _as_overlay(v) if isinstance(v, dict) else v for k, v in value.items()}
        elif key in _ENTRY_LISTS and isinstance(value, list):
            marked[key] = [_as_overlay(v) if isinstance(v, dict) else v for v in value]
        elif key in ("workload", "ads_dependence") and isinstance(value, dict):
            marked[key] = _as_overlay(value)
        else:
            marked[key] = value
    return marked


# --- validation -----------------------------------------------------------------------------


def _build(raw: Raw, overlay: Path | None) -> Knowledge:
    overlay_name = overlay.name if overlay else ""
    sources = _by_id(_validate_all(Source, raw["sources"], "sources.yaml", overlay_name))
    metrics = _by_id(_validate_all(Metric, raw["metrics"], "metrics.yaml", overlay_name))
    providers = _by_id(_validate_all(Provider, raw["providers"], "metrics.yaml", overlay_name))
    platforms = {pid: _validate_platform(data) for pid, data in raw["platforms"].items()}
    usage = tuple(_validate_usage(row, overlay_name) for row in raw["usage"])
    _check_usage(usage, sources, metrics, platforms, overlay_name)
    kb = Knowledge(
        platforms=platforms,
        usage=usage,
        metrics=metrics,
        reach_metrics=dict(raw["reach_metrics"]),
        providers=providers,
        sources=sources,
        tools=_by_id(_validate_all(Tool, raw["tools"], "tools.yaml", overlay_name)),
        sector_notes=tuple(_validate_all(SectorNote, raw["sector_notes"], "sector_notes.yaml", overlay_name)),
        effort=tuple(_validate_all(EffortFigure, raw["effort"], "effort.yaml", overlay_name)),
        effort_defaults=_validate(EffortDefaults, raw["effort_defaults"], "effort.yaml", "effort model"),
        overlay=overlay,
    )
    _check_references(kb, raw, overlay_name)
    return kb


def _validate(model: type[Model], data: Any, file: str, entry: str) -> Model:
    try:
        return model.model_validate(data)
    except ValidationError as error:
        first = error.errors()[0]
        where = ".".join(str(part) for part in first["loc"])
        label = f"{entry}.{where}" if where else entry
        raise KnowledgeError(file, label, first["msg"]) from None


def _validate_all(model: type[Model], items: Iterable[Raw], file: str, overlay_name: str) -> list[Model]:
    result = []
    for index, item in enumerate(items):
        origin_file = overlay_name if item.get("origin") == "overlay" else file
        result.append(_validate(model, item, origin_file, _entry_label(item, index)))
    return result


def _entry_label(item: Raw, index: int) -> str:
    for key in ("id", "format"):
        if isinstance(item.get(key), str):
            return str(item[key])
    return f"entry {index + 1}"


def _validate_platform(data: Raw) -> Platform:
    """A platform; the package's platforms take their name from the vocabulary, a platform that
    only an overlay adds brings its own."""
    body = {key: value for key, value in data.items() if key != "__file__"}
    if body.get("id") in PLATFORMS.labels:
        body["name"] = PLATFORMS.labels[body["id"]]
    return _validate(Platform, body, data["__file__"], str(data.get("id", "platform")))


def _validate_usage(row: Raw, overlay_name: str) -> UsageFigure:
    if row.get("origin") == "overlay":
        return _validate(UsageFigure, row, overlay_name, "usage")
    return _validate(UsageFigure, row, "usage.csv", f"line {row['line']}")


def _by_id(items: list[Model]) -> dict[str, Model]:
    return {item.id: item for item in items}  # type: ignore[attr-defined]


def _check_references(kb: Knowledge, raw: Raw, overlay_name: str) -> None:
    """Every source, metric, provider, platform and format named outside the usage table must exist."""
    for platform in kb.platforms.values():
        _check_platform(kb, platform, raw["platforms"][platform.id]["__file__"])
    for country, metric in kb.reach_metrics.items():
        _require(
            metric in kb.metrics, ("metrics.yaml", f"reach_metrics.{country}"), f"unknown metric '{metric}'"
        )
    for tool in kb.tools.values():
        for ref in (tool.price_source, tool.gdpr_source):
            _require(ref is None or ref in kb.sources, ("tools.yaml", tool.id), f"unknown source '{ref}'")
    for effort in kb.effort:
        file = overlay_name if effort.origin == "overlay" else "effort.yaml"
        _require(effort.format in FORMAT_IDS, (file, effort.format), "unknown format")
        _require(
            effort.source is None or effort.source in kb.sources, (file, effort.format), "unknown source"
        )
        _require_year(kb, effort.year, effort.source, (file, effort.format))
    _check_effort_defaults(kb)


def _check_effort_defaults(kb: Knowledge) -> None:
    defaults = kb.effort_defaults
    estimates: dict[str, Estimate | None] = {
        "community_default": defaults.community_default,
        "external_hourly_rate": defaults.external_hourly_rate,
    }
    for platform_id, platform in defaults.platforms.items():
        _require(platform_id in kb.platforms, ("effort.yaml", f"platforms.{platform_id}"), "unknown platform")
        estimates[f"platforms.{platform_id}.community_hours_per_week"] = platform.community_hours_per_week
        estimates[f"platforms.{platform_id}.min_posts_per_week"] = platform.min_posts_per_week
    for where, estimate in estimates.items():
        if estimate is not None and estimate.source is not None:
            _require(
                estimate.source in kb.sources, ("effort.yaml", where), f"unknown source '{estimate.source}'"
            )
            _require_year(kb, estimate.year, estimate.source, ("effort.yaml", where))


def _check_usage(
    usage: Iterable[UsageFigure],
    sources: Mapping[str, Source],
    metrics: Mapping[str, Metric],
    platforms: Mapping[str, Platform],
    overlay_name: str,
) -> None:
    for figure in usage:
        where = _usage_where(figure, overlay_name)
        _require(figure.source in sources, where, f"unknown source '{figure.source}'")
        _require(figure.metric in metrics, where, f"unknown metric '{figure.metric}'")
        _require(figure.platform in platforms, where, f"unknown platform '{figure.platform}'")


def _usage_where(figure: UsageFigure, overlay_name: str) -> tuple[str, str]:
    return (overlay_name, "usage") if figure.origin == "overlay" else ("usage.csv", f"line {figure.line}")


def _check_platform(kb: Knowledge, platform: Platform, file: str) -> None:
    for fmt in [*platform.formats, *([platform.primary_format] if platform.primary_format else [])]:
        _require(fmt in FORMAT_IDS, (file, f"{platform.id}.formats"), f"unknown format '{fmt}'")
    for key in _ENTRY_LISTS:
        for index, figure in enumerate(getattr(platform, key)):
            where = (file, f"{platform.id}.{key}[{index + 1}]")
            _require(
                figure.source is None or figure.source in kb.sources,
                where,
                f"unknown source '{figure.source}'",
            )
            _require_year(kb, figure.year, figure.source, where)
    for benchmark in platform.benchmarks:
        _require(
            benchmark.provider in kb.providers,
            (file, platform.id),
            f"unknown provider '{benchmark.provider}'",
        )


def _require_year(kb: Knowledge, year: int | None, source: str | None, where: tuple[str, str]) -> None:
    if source is not None and source in kb.sources:
        _require(
            kb.figure_year(year, source) is not None, where, "a figure needs a year (or a source with one)"
        )


def _require(condition: bool, where: tuple[str, str], message: str) -> None:
    if not condition:
        raise KnowledgeError(where[0], where[1], message)


def clear_cache() -> None:
    """Forget loaded knowledge (tests and long-running processes that edit data files)."""
    _load.cache_clear()
    _package_raw.cache_clear()
