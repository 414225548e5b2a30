"""The demo strategies: complete, realistic examples that also serve as test fixtures.

>>> list_demos()
['bakery', 'sensors']
>>> load_demo("bakery").language
'de'
"""

from __future__ import annotations

from importlib import resources

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
