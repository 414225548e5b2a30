"""The demo strategies: complete, realistic examples that also serve as test fixtures.

>>> list_demos()
['bakery', 'sensors']
>>> load_demo("bakery").language
'de'
"""

from __future__ import annotations

from datetime import timedelta
from importlib import resources
from typing import Any

from socialstrategy.core.fileformat import loads_strategy
from socialstrategy.core.model import Strategy

_PACKAGE = "socialstrategy.core.demos"


def list_demos() -> list[str]:
    """Names of the demo strategies, sorted."""
    files = resources.files(_PACKAGE).iterdir()
    return sorted(item.name.removesuffix(".yaml") for item in files if item.name.endswith(".yaml"))


def demo_text(name: str) -> str:
    """The YAML text of a demo strategy, as shipped (comments included)."""
    if name not in list_demos():
        raise KeyError(f"unknown demo {name!r}; choose one of {', '.join(list_demos())}")
    return resources.files(_PACKAGE).joinpath(f"{name}.yaml").read_text(encoding="utf-8")


def load_demo(name: str) -> Strategy:
    """A fresh copy of a demo strategy."""
    return loads_strategy(demo_text(name), f"demo:{name}", "yaml")


def grown_demo(name: str, factor: int) -> Strategy:
    """A demo ``factor`` times its size, to watch how cost grows with the work.

    Goals (with their KPIs), audiences and team members are copied ``factor`` times with the
    suffix ``-x2``, ``-x3``, …; every list that names goals or audiences names the copies too, and
    the calendar holds each entry ``factor`` times, a week apart, for the copied goal and owner.
    The grown strategy stays consistent: ``grown_demo("bakery", 10)`` checks as clean as the demo.
    """
    data = load_demo(name).model_dump()
    copies = [""] + [f"-x{index}" for index in range(2, factor + 1)]
    for section in ("goals", "audiences"):
        data[section] = [_suffixed(item, suffix) for suffix in copies for item in data[section]]
    data["resources"]["team"] = [
        _suffixed(item, suffix) for suffix in copies for item in data["resources"]["team"]
    ]
    _name_copies(data, copies)
    content = data["content"]
    content["calendar"] = [
        _grown_entry(entry, suffix, week)
        for week, suffix in enumerate(copies)
        for entry in content["calendar"]
    ]
    return Strategy.model_validate(data)


def _suffixed(item: dict[str, Any], suffix: str) -> dict[str, Any]:
    copy = dict(item, id=f"{item['id']}{suffix}")
    if isinstance(item.get("kpis"), list):
        copy["kpis"] = [dict(kpi, id=f"{kpi['id']}{suffix}") for kpi in item["kpis"]]
    return copy


def _name_copies(value: object, copies: list[str]) -> None:
    """Every list of goal or audience ids names their copies too."""
    if isinstance(value, dict):
        for key, inner in value.items():
            if (
                key in ("goals", "audiences")
                and isinstance(inner, list)
                and all(isinstance(i, str) for i in inner)
            ):
                value[key] = [f"{item}{suffix}" for suffix in copies for item in inner]
            else:
                _name_copies(inner, copies)
    elif isinstance(value, list):
        for inner in value:
            _name_copies(inner, copies)


def _grown_entry(entry: dict[str, object], suffix: str, week: int) -> dict[str, object]:
    copy = dict(entry, date=entry["date"] + timedelta(weeks=week))  # type: ignore[operator]
    for key in ("id", "goal", "owner"):
        if copy.get(key):
            copy[key] = f"{copy[key]}{suffix}"
    return copy
