"""Starter strategies for ``socialstrategy new``: valid files whose comments say what to fill in."""

from __future__ import annotations

import datetime as dt
from importlib import resources

from socialstrategy.core.model import Language

_PACKAGE = "socialstrategy.core.starter"


def starter_text(language: Language = "en", now: dt.datetime | None = None) -> str:
    """The YAML text of an empty strategy in ``language``, with today's date as ``created``."""
    now = (now or dt.datetime.now(dt.UTC)).replace(microsecond=0)
    text = resources.files(_PACKAGE).joinpath(f"{language}.yaml").read_text(encoding="utf-8")
    return text.replace("__CREATED__", now.isoformat())
