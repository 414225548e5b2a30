"""The measurement model: a fact is one figure of one metric on one platform for one day.

Daily facts (``post == ""``) are the account's own figures for that day; per-post facts carry
the post's (or video's, or location's) id and are filed under the day it was published. A day's
value of a metric is the account's daily fact when there is one, else the sum of its per-post
facts, so that importing both the overview and the posts of the same export never counts twice.

>>> facts = [Fact(dt.date(2026, 1, 5), "instagram", "reach", 40.0, "p1"),
...          Fact(dt.date(2026, 1, 5), "instagram", "reach", 60.0, "p2"),
...          Fact(dt.date(2026, 1, 6), "instagram", "reach", 10.0, "p3"),
...          Fact(dt.date(2026, 1, 6), "instagram", "reach", 90.0)]
>>> daily_series(facts)[("instagram", "reach")]
{datetime.date(2026, 1, 5): 100.0, datetime.date(2026, 1, 6): 90.0}
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from socialstrategy.core.message import Message

Series = dict[dt.date, float]
"""A metric's value per day, in order of the days."""
SeriesKey = tuple[str, str]
"""``(platform, metric)``."""


@dataclass(frozen=True, slots=True)
class Fact:
    day: dt.date
    platform: str
    metric: str
    value: float
    post: str = ""

    @property
    def key(self) -> tuple[str, str, dt.date, str]:
        """What makes a fact unique: a later import of the same key replaces it."""
        return (self.platform, self.metric, self.day, self.post)


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an imported file, with the line and column where it is."""

    file: str
    message: Message
    line: int | None = None
    column: str | None = None

    def render(self, language: str = "en") -> str:
        where = self.file if self.line is None else f"{self.file}:{self.line}"
        if self.column:
            where = f"{where}: {self.column}"
        return f"{where}: {self.message.render(language)}"


class ImportFailed(Exception):
    """Files that could not be imported; nothing of them was kept."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__("\n".join(problem.render("en") for problem in problems))
        self.problems = problems


@dataclass(frozen=True)
class Recognised:
    """One imported file: which export it is and the facts it holds."""

    file: str
    format: str
    facts: tuple[Fact, ...]
    account: str | None = None
    notes: tuple[Message, ...] = field(default_factory=tuple)

    @property
    def first(self) -> dt.date | None:
        return min((fact.day for fact in self.facts), default=None)

    @property
    def last(self) -> dt.date | None:
        return max((fact.day for fact in self.facts), default=None)

    def metrics(self) -> list[str]:
        return sorted({fact.metric for fact in self.facts})

    def platforms(self) -> list[str]:
        return sorted({fact.platform for fact in self.facts})


def latest(facts: Iterable[Fact]) -> dict[tuple[str, str, dt.date, str], Fact]:
    """The facts by key, a later one replacing an earlier one (re-imports, overlapping files)."""
    return {fact.key: fact for fact in facts}


def daily_series(facts: Iterable[Fact]) -> dict[SeriesKey, Series]:
    """Each ``(platform, metric)``'s value per day: the account's daily fact where there is
    one, else the sum of the day's per-post facts."""
    own: dict[SeriesKey, Series] = defaultdict(dict)
    posts: dict[SeriesKey, Series] = defaultdict(lambda: defaultdict(float))
    for fact in latest(facts).values():
        key = (fact.platform, fact.metric)
        if fact.post:
            posts[key][fact.day] += fact.value
        else:
            own[key][fact.day] = fact.value
    series: dict[SeriesKey, Series] = {}
    for key in own.keys() | posts.keys():
        merged = {**posts.get(key, {}), **own.get(key, {})}
        series[key] = dict(sorted(merged.items()))
    return series


def combined(series: Mapping[SeriesKey, Series], metric: str, platform: str | None) -> Series:
    """The series of ``metric`` on ``platform``, or summed over every platform when None."""
    if platform is not None:
        return series.get((platform, metric), {})
    total: dict[dt.date, float] = defaultdict(float)
    for (_platform, name), values in series.items():
        if name == metric:
            for day, value in values.items():
                total[day] += value
    return dict(sorted(total.items()))
