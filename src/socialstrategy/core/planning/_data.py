"""Loading the planning data files shipped with the package."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"


@cache
def load_data(name: str) -> dict[str, Any]:
    """The parsed YAML data file ``name`` (cached: the files do not change at run time)."""
    with (DATA_DIR / name).open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle)
    if not isinstance(data, dict):
        raise ValueError(f"{name}: expected a mapping at the top level")
    return data
