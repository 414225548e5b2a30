"""The effort model: hours per post by platform and format, community hours per platform, the
least sensible cadence and the price of a bought-in hour.

There is one effort model. Its figures live in ``data/effort.yaml``, where every number names a
source or is marked as an assumption; the strategy's own figures (``resources.effort``) always
win. The recommendation, capacity planning, the checks and the documents all ask it.

>>> model = EffortModel(load_knowledge())
>>> model.hours_per_post("instagram", "image").assumption
True
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass
from typing import Any, Literal

from socialstrategy.core.knowledge.base import Knowledge
from socialstrategy.core.knowledge.loader import load_knowledge
from socialstrategy.core.knowledge.schema import EffortFigure, Estimate
from socialstrategy.core.model import EffortOverride, Strategy

FigureOrigin = Literal["default", "overlay", "override"]

FALLBACK_FORMAT = "image"


@dataclass(frozen=True)
class Figure:
    """One number of the effort model and where it comes from."""

    value: float
    origin: FigureOrigin = "default"
    """``default`` (effort.yaml), ``overlay`` (a knowledge overlay) or ``override`` (the strategy)."""
    assumption: bool = False
    note: str = ""
    source: str | None = None
    """The id of the source in sources.yaml, when the figure has one."""
    source_title: str | None = None
    source_url: str | None = None
    year: int | None = None

    @property
    def is_own(self) -> bool:
        return self.origin == "override"

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class EffortModel:
    """Effort figures for one strategy: the knowledge base's figures overlaid with its own."""

    def __init__(self, kb: Knowledge, overrides: Iterable[EffortOverride] = ()) -> None:
        self._kb = kb
        self._defaults = kb.effort_defaults
        self._overrides = list(overrides)
        self._hours: dict[tuple[str, str], Figure] = {}
        self._community: dict[str, Figure] = {}

    def hours_per_post(self, platform: str, format_id: str) -> Figure:
        """Hours to produce and publish one post; the most specific figure wins."""
        key = (platform, format_id)
        if key not in self._hours:
            self._hours[key] = self._hours_per_post(platform, format_id)
        return self._hours[key]

    def _hours_per_post(self, platform: str, format_id: str) -> Figure:
        for override in self._overrides_for(platform, format_id):
            if override.hours_per_post is not None:
                return Figure(override.hours_per_post, "override", note=override.note or "")
        figure = self._kb.effort_for(format_id)
        if figure is None or figure.hours is None:
            return Figure(1.0, assumption=True, note="No figure for this format; one hour assumed.")
        return self._from_effort(figure, figure.hours)

    def community_hours(self, platform: str) -> Figure:
        """Hours per week for comments, messages and moderation on ``platform``."""
        if platform not in self._community:
            self._community[platform] = self._community_hours(platform)
        return self._community[platform]

    def _community_hours(self, platform: str) -> Figure:
        for override in self._overrides_for(platform, None):
            if override.community_hours_per_week is not None:
                return Figure(override.community_hours_per_week, "override", note=override.note or "")
        entry = self._defaults.platforms.get(platform)
        estimate = entry.community_hours_per_week if entry else None
        return self._from_estimate(estimate or self._defaults.community_default)

    def min_posts_per_week(self, platform: str) -> Figure:
        """The least sensible cadence: below it, dropping the platform is the better choice."""
        entry = self._defaults.platforms.get(platform)
        if entry is None or entry.min_posts_per_week is None:
            return Figure(1.0, assumption=True, note="No figure for this platform; one post a week assumed.")
        return self._from_estimate(entry.min_posts_per_week)

    def default_format(self, platform: str) -> str:
        """The format a platform decision uses when it names none: the platform card's own."""
        card = self._kb.platforms.get(platform)
        return (card.primary_format if card else None) or FALLBACK_FORMAT

    def hourly_rate(self) -> Figure:
        return self._from_estimate(self._defaults.external_hourly_rate)

    @property
    def currency(self) -> str:
        return self._defaults.external_hourly_rate.currency

    def _overrides_for(self, platform: str, format_id: str | None) -> list[EffortOverride]:
        """Overrides for (platform, format) first, then those for the whole platform."""
        exact = [o for o in self._overrides if o.platform == platform and o.format == format_id]
        whole = [o for o in self._overrides if o.platform == platform and o.format is None]
        return exact + whole if format_id is not None else whole

    def _from_effort(self, figure: EffortFigure, hours: float) -> Figure:
        return Figure(
            hours,
            "overlay" if figure.origin == "overlay" else "default",
            assumption=figure.assumption or self._kb.is_weak(figure.source),
            note=(figure.note or "").strip(),
            **self._source(figure.source, figure.year),
        )

    def _from_estimate(self, estimate: Estimate) -> Figure:
        # a figure read in a weak source is an estimate too: it never counts as sourced
        return Figure(
            estimate.value,
            assumption=estimate.assumption or self._kb.is_weak(estimate.source),
            note=(estimate.note or "").strip(),
            **self._source(estimate.source, estimate.year),
        )

    def _source(self, source_id: str | None, year: int | None) -> dict[str, Any]:
        source = self._kb.sources.get(source_id) if source_id else None
        return {
            "source": source_id if source else None,
            "source_title": source.title if source else None,
            "source_url": source.url if source else None,
            "year": self._kb.figure_year(year, source_id),
        }


def effort_model(strategy: Strategy, kb: Knowledge | None = None) -> EffortModel:
    """The effort model of ``strategy``: its own figures over the knowledge base's."""
    overrides = strategy.resources.effort if strategy.resources else []
    return EffortModel(kb or load_knowledge(), overrides)
