"""The core demos in any text variant, for the text tests and golden files.

``bakery`` is a German café-bakery that says "du", ``practice`` a German physiotherapy practice
that says "Sie", ``sensors`` an English-language B2B maker of process sensors. :func:`in_variant`
shows any of them as it would be written in another variant.
"""

from __future__ import annotations

from socialstrategy.core.demos import load_demo
from socialstrategy.core.model import Strategy

VARIANTS = ("en", "de-sie", "de-du")


def demo(name: str) -> Strategy:
    return load_demo(name)


def in_variant(strategy: Strategy, variant: str) -> Strategy:
    """The same strategy in the language and address form of ``variant``.

    Texts written for another variant cannot serve this one: the sections, crisis levels and
    crisis contacts stored in the strategy are dropped and generated afresh, hand-written or not.
    """
    if strategy.text_variant() == variant:
        return strategy.model_copy(deep=True)
    data = strategy.model_dump()
    data["language"] = "en" if variant == "en" else "de"
    community = data.get("community") or {}
    community["address"] = "du" if variant == "de-du" else "sie"
    data["community"] = community
    if data.get("guidelines"):
        data["guidelines"]["sections"] = []
    data["crisis"] = None
    return Strategy.model_validate(data)


def understaffed() -> Strategy:
    """The sensors demo with two people for 3 hours a week and a 1-hour response target."""
    strategy = load_demo("sensors")
    assert strategy.resources is not None and strategy.community is not None
    dana, marcus = strategy.resources.team[:2]
    dana.hours_per_week, marcus.hours_per_week = 2, 1
    strategy.resources.team = [dana, marcus]
    strategy.community.response_time_hours = 1
    strategy.community.response_times = {}
    return strategy
