"""The loaded knowledge base and the questions the rest of the product asks it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from socialstrategy.core.i18n import N_, number, translate
from socialstrategy.core.knowledge.schema import (
    FORMAT_IDS,
    Cadence,
    EffortDefaults,
    EffortFigure,
    Localized,
    Metric,
    Platform,
    Provider,
    SectorNote,
    Source,
    Tool,
    UsageFigure,
    parse_age_band,
)

CORE_COUNTRIES: dict[str, tuple[str, ...]] = {
    "DE": ("14-29", "30-49", "50-69", "70+"),
    "US": ("18-29", "30-49", "50-64", "65+"),
}
"""Countries the issue asks to cover by age band, with the bands of their main survey."""

MIN_BAND_COVERAGE = 0.5
"""Bands with figures must cover at least half of an age range, else the total is used (and flagged)."""
_QUALITY_RANK = {"primary": 0, "secondary": 1, "weak": 2}
_QUALIFIER_RANK = {"": 0, "approx": 1, "lower_bound": 2}


class KnowledgeError(ValueError):
    """A data file (or overlay) is invalid; the message names the file and the entry."""

    def __init__(self, file: str, entry: str, message: str) -> None:
        self.file, self.entry, self.message = file, entry, message
        super().__init__(f"{file}: {entry}: {message}" if entry else f"{file}: {message}")


@dataclass(frozen=True)
class Gap:
    """Something the knowledge base does not know (and therefore never pretends to).

    ``message`` is a translatable template (marked with ``N_``) filled from ``params``;
    ``detail`` is the English text, :meth:`text` the text in any language."""

    area: str
    platform: str
    item: str
    message: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def detail(self) -> str:
        return self.text("en")

    def text(self, language: str) -> str:
        params: dict[str, Any] = {
            k: v.get(language) if isinstance(v, Localized) else v for k, v in self.params
        }
        if "share" in params:
            params["share"] = number(params["share"], language)
        return translate(self.message, language, **params)

    def as_dict(self, language: str = "en") -> dict[str, str]:
        return {
            "area": self.area,
            "platform": self.platform,
            "item": self.item,
            "detail": self.text(language),
        }


def _gap(area: str, platform: str, item: str, message: str, **params: Any) -> Gap:
    return Gap(area, platform, item, message, tuple(params.items()))


@dataclass(frozen=True)
class AudienceReach:
    """How much of an age band a platform reaches in a country, from one survey metric."""

    platform: str
    country: str
    metric: str
    share: float
    figures: tuple[UsageFigure, ...]
    is_total_only: bool = False


@dataclass(frozen=True)
class Knowledge:
    platforms: dict[str, Platform]
    usage: tuple[UsageFigure, ...]
    metrics: dict[str, Metric]
    reach_metrics: dict[str, str]
    providers: dict[str, Provider]
    sources: dict[str, Source]
    tools: dict[str, Tool]
    sector_notes: tuple[SectorNote, ...]
    effort: tuple[EffortFigure, ...]
    effort_defaults: EffortDefaults
    overlay: Path | None = None
    _bands: dict[tuple[str, str, str], dict[str, UsageFigure]] = field(
        default_factory=dict, repr=False, compare=False
    )

    def __post_init__(self) -> None:
        self._bands.update(_index_bands(self))

    # --- lookups --------------------------------------------------------------------------

    def platform(self, platform_id: str) -> Platform:
        try:
            return self.platforms[platform_id]
        except KeyError:
            known = ", ".join(self.platforms)
            raise KnowledgeError("knowledge base", platform_id, f"unknown platform; known: {known}") from None

    def source(self, source_id: str) -> Source:
        return self.sources[source_id]

    def is_weak(self, source_id: str | None) -> bool:
        """Whether a source is weak (a vendor's blog, a mirror, an anecdote): shown on the
        knowledge card, but it never carries a score and never is evidence in a client document."""
        return (
            source_id is not None and source_id in self.sources and self.sources[source_id].quality == "weak"
        )

    def scoring_cadence(self, platform: Platform) -> Cadence | None:
        """The most lenient posting frequency a source that is not weak gives (the recommendation's
        minimum cadence); ``None`` when only weak sources give one."""
        known = [c for c in platform.cadence if c.min_per_week is not None and not self.is_weak(c.source)]
        return min(known, key=lambda c: c.min_per_week or 0.0) if known else None

    def usage_for(self, platform_id: str) -> list[UsageFigure]:
        return [u for u in self.usage if u.platform == platform_id]

    def band_figures(self, country: str, metric: str, platform_id: str) -> dict[str, UsageFigure]:
        """The best figure per age band ('all' for the total) of one survey metric."""
        return self._bands.get((country, metric, platform_id), {})

    def reach(
        self,
        country: str,
        platform_id: str,
        age_min: int | None,
        age_max: int | None,
        metric: str | None = None,
    ) -> AudienceReach | None:
        """Share of an age range reached in ``country`` by one survey metric (default: the main one).

        Bands overlapping the range are averaged, weighted by the years they share with it;
        without an overlapping band the total population figure is used (``is_total_only``).
        """
        metric = metric or self.reach_metrics.get(country)
        if metric is None:
            return None
        bands = self.band_figures(country, metric, platform_id)
        overlapping = _overlapping(bands, age_min, age_max)
        if overlapping and _coverage(overlapping, age_min, age_max) >= MIN_BAND_COVERAGE:
            total = sum(weight for _, weight in overlapping)
            share = sum(f.value * weight for f, weight in overlapping) / total
            figures = tuple(f for f, _ in overlapping)
            return AudienceReach(platform_id, country, metric, share, figures)
        if "all" in bands:
            figure = bands["all"]
            return AudienceReach(platform_id, country, metric, figure.value, (figure,), is_total_only=True)
        return None

    def effort_for(self, format_id: str) -> EffortFigure | None:
        """Hours per piece of a format: an overlay's figure first, then the newest sourced one,
        then the assumption (``assumption`` is true); None when the knowledge base has none."""
        known = [e for e in self.effort if e.format == format_id and e.hours is not None]
        return max(known, key=self._effort_rank) if known else None

    def _effort_rank(self, figure: EffortFigure) -> tuple[bool, bool, int]:
        return (
            figure.origin == "overlay",
            not figure.assumption,
            self.figure_year(figure.year, figure.source) or 0,
        )

    def notes_for(self, sector: str | None, country: str | None, platform_id: str) -> list[SectorNote]:
        return [n for n in self.sector_notes if n.applies_to(sector, country, platform_id)]

    def figure_year(self, year: int | None, source_id: str | None) -> int | None:
        if year is not None or source_id is None:
            return year
        return self.sources[source_id].year

    # --- gaps -----------------------------------------------------------------------------

    def gaps(self) -> list[Gap]:
        """Everything the knowledge base cannot answer, so that nobody mistakes silence for zero."""
        return [
            *self._usage_gaps(),
            *self._property_gaps(),
            *self._effort_gaps(),
            *self._tool_gaps(),
        ]

    def _usage_gaps(self) -> list[Gap]:
        gaps: list[Gap] = []
        for platform in self.platforms.values():
            if platform.is_owned_channel:
                continue
            for country, bands in CORE_COUNTRIES.items():
                metric = self.reach_metrics[country]
                known = self.band_figures(country, metric, platform.id)
                missing = [b for b in bands if b not in known]
                if missing:
                    label = self.metrics[metric].label
                    gaps.append(_missing_bands(platform.id, country, label, missing, known.get("all")))
                gaps.extend(_dated_bands(platform.id, country, known))
            for country in ("AT", "CH"):
                metric = self.reach_metrics.get(country, "")
                known = self.band_figures(country, metric, platform.id)
                if not any(b != "all" for b in known):
                    message = (
                        N_("no age breakdown (total only)")
                        if "all" in known
                        else N_("no age breakdown (no figure at all)")
                    )
                    gaps.append(_gap("usage", platform.id, country, message))
        return gaps

    def _property_gaps(self) -> list[Gap]:
        gaps: list[Gap] = []
        for p in self.platforms.values():
            if not p.limits and not p.is_owned_channel:
                gaps.append(_gap("limits", p.id, "limits", N_("no sourced text or media limits")))
            if self.scoring_cadence(p) is None:
                gaps.append(_gap("cadence", p.id, "cadence", N_("no sourced minimum posting frequency")))
            if not any(b.metric == "engagement" for b in p.benchmarks) and not p.is_owned_channel:
                gaps.append(_gap("benchmarks", p.id, "engagement", N_("no engagement benchmark")))
        return gaps

    def _effort_gaps(self) -> list[Gap]:
        return [
            _gap("effort", "", f, N_("no sourced hours per piece"))
            for f in FORMAT_IDS
            if (figure := self.effort_for(f)) is None or figure.assumption
        ]

    def _tool_gaps(self) -> list[Gap]:
        gaps: list[Gap] = []
        for tool in self.tools.values():
            if tool.price_class is None:
                gaps.append(_gap("tools", "", tool.id, N_("price class unknown")))
            if tool.eu_hosting is None:
                gaps.append(_gap("tools", "", tool.id, N_("GDPR / EU hosting unknown")))
        return gaps


def _missing_bands(
    platform_id: str, country: str, metric: Localized, missing: list[str], total: UsageFigure | None
) -> Gap:
    bands = ", ".join(missing)
    if total is None:
        return _gap(
            "usage", platform_id, country, N_("{metric}: no figure for {bands}"), metric=metric, bands=bands
        )
    return _gap(
        "usage",
        platform_id,
        country,
        N_("{metric}: no figure for {bands}; total population {share}% ({year})"),
        metric=metric,
        bands=bands,
        share=total.value,
        year=total.year,
    )


def _index_bands(kb: Knowledge) -> dict[tuple[str, str, str], dict[str, UsageFigure]]:
    index: dict[tuple[str, str, str], dict[str, UsageFigure]] = {}
    for figure in kb.usage:
        if figure.group or figure.age_band is None or kb.is_weak(figure.source):
            continue  # a weak source never carries a score
        bands = index.setdefault((figure.country, figure.metric, figure.platform), {})
        current = bands.get(figure.age_band)
        if current is None or _rank(kb, figure) < _rank(kb, current):
            bands[figure.age_band] = figure
    return index


def _rank(kb: Knowledge, figure: UsageFigure) -> tuple[int, int, int, int]:
    """Overlay first, then the newest year, the better source and the exact (not approximate) value."""
    quality = _QUALITY_RANK[kb.sources[figure.source].quality]
    return (figure.origin != "overlay", -figure.year, quality, _QUALIFIER_RANK[figure.qualifier])


def _overlapping(
    bands: dict[str, UsageFigure], age_min: int | None, age_max: int | None
) -> list[tuple[UsageFigure, int]]:
    if age_min is None and age_max is None:
        return []
    low, high = age_min if age_min is not None else 0, age_max if age_max is not None else 120
    result = []
    for band, figure in bands.items():
        ages = parse_age_band(band)
        if ages is None:
            continue
        shared = min(high, ages[1]) - max(low, ages[0]) + 1
        if shared > 0:
            result.append((figure, shared))
    return _without_nested(result)


def _coverage(items: list[tuple[UsageFigure, int]], age_min: int | None, age_max: int | None) -> float:
    low, high = age_min if age_min is not None else 14, min(age_max if age_max is not None else 80, 80)
    span = max(1, high - low + 1)
    return min(1.0, sum(weight for _, weight in items) / span)


def _without_nested(items: list[tuple[UsageFigure, int]]) -> list[tuple[UsageFigure, int]]:
    """Drop bands contained in a wider overlapping band (e.g. 20-29 inside 14-29) to avoid double counting."""
    keep = []
    for figure, weight in items:
        ages = parse_age_band(figure.age_band)
        assert ages is not None
        inside = any(
            other is not figure and _contains(parse_age_band(other.age_band), ages) for other, _ in items
        )
        if not inside:
            keep.append((figure, weight))
    return keep


def _contains(outer: tuple[int, int] | None, inner: tuple[int, int]) -> bool:
    return outer is not None and outer != inner and outer[0] <= inner[0] and inner[1] <= outer[1]


def _dated_bands(platform_id: str, country: str, known: dict[str, UsageFigure]) -> list[Gap]:
    newest = max((f.year for f in known.values()), default=0)
    return [
        _gap(
            "usage", platform_id, country, N_("{band}: newest figure is from {year}"), band=band, year=f.year
        )
        for band, f in known.items()
        if band != "all" and newest - f.year >= 3
    ]
