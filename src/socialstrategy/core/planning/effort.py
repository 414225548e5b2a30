"""The effort model: hours per post by platform and format, community hours per platform.

Defaults come from ``data/effort.yaml``, where every number carries its source or is marked as an
assumption; the strategy's own figures (``resources.effort``) always win.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from socialstrategy.core.model import EffortOverride, PlatformDecision, Strategy
from socialstrategy.core.planning._data import load_data

WEEKS_PER_MONTH = 52 / 12
BOUGHT_HOURS_CATEGORIES = ("production", "agency")


@dataclass(frozen=True)
class Figure:
    """One number of the effort model and where it comes from."""

    value: float
    origin: str = "default"
    """``default`` (effort.yaml) or ``override`` (the strategy's own figure)."""
    assumption: bool = False
    note: str = ""
    source_title: str | None = None
    source_url: str | None = None
    year: int | None = None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


class EffortModel:
    """Effort figures for one strategy: the shipped defaults overlaid with its overrides."""

    def __init__(self, overrides: list[EffortOverride] | None = None) -> None:
        self._data = load_data("effort.yaml")
        self._overrides = list(overrides or [])
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
        entry = self._platform(platform).get("hours_per_post", {}).get(format_id)
        entry = entry or self._data["formats"].get(format_id)
        if entry is None:
            return Figure(1.0, assumption=True, note="No figure for this format; one hour assumed.")
        return _figure(entry, "hours_per_post")

    def community_hours(self, platform: str) -> Figure:
        """Hours per week for comments, messages and moderation on ``platform``."""
        if platform not in self._community:
            self._community[platform] = self._community_hours(platform)
        return self._community[platform]

    def _community_hours(self, platform: str) -> Figure:
        for override in self._overrides_for(platform, None):
            if override.community_hours_per_week is not None:
                return Figure(override.community_hours_per_week, "override", note=override.note or "")
        entry = self._platform(platform).get("community_hours_per_week")
        return _figure(entry or self._data["community_default"])

    def min_posts_per_week(self, platform: str) -> Figure:
        """The least sensible cadence: below it, dropping the platform is the better choice."""
        entry = self._platform(platform).get("min_posts_per_week")
        if entry is None:
            return Figure(1.0, assumption=True, note="No figure for this platform; one post a week assumed.")
        return _figure(entry)

    def default_format(self, platform: str) -> str:
        return str(self._platform(platform).get("default_format", "image"))

    def hourly_rate(self) -> Figure:
        return _figure(self._data["external_hourly_rate"])

    def _platform(self, platform: str) -> dict[str, Any]:
        entry: dict[str, Any] = self._data["platforms"].get(platform, {})
        return entry

    def _overrides_for(self, platform: str, format_id: str | None) -> list[EffortOverride]:
        """Overrides for (platform, format) first, then those for the whole platform."""
        exact = [o for o in self._overrides if o.platform == platform and o.format == format_id]
        whole = [o for o in self._overrides if o.platform == platform and o.format is None]
        return exact + whole if format_id is not None else whole


def effort_model(strategy: Strategy) -> EffortModel:
    return EffortModel(strategy.resources.effort if strategy.resources else [])


def formats_of(decision: PlatformDecision, model: EffortModel) -> list[str]:
    """The formats a platform decision uses, or the platform's usual one when it names none."""
    return list(dict.fromkeys(decision.formats)) or [model.default_format(decision.platform)]


def weekly_budget(strategy: Strategy, currency: str = "EUR") -> float:
    """Money per week that can buy production hours (budget lines production and agency)."""
    lines = strategy.resources.budget if strategy.resources else []
    monthly = sum(
        line.monthly_amount
        for line in lines
        if line.category in BOUGHT_HOURS_CATEGORIES and line.currency == currency
    )
    return monthly / WEEKS_PER_MONTH


def _figure(entry: dict[str, Any], key: str = "value") -> Figure:
    return Figure(
        value=float(entry[key]),
        assumption=bool(entry.get("assumption", False)),
        note=str(entry.get("note", "")).strip(),
        source_title=entry.get("source_title"),
        source_url=entry.get("source_url"),
        year=entry.get("year"),
    )
