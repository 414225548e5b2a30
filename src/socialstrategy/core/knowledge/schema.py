"""The shape of the knowledge base: pydantic models that every data file is validated against.

Two kinds of content live here and are kept apart on purpose:

* **Figures** (numbers) always name a source from ``sources.yaml`` and a year. A figure whose
  value is unknown is absent (``value: null``) and shows up in :meth:`Knowledge.gaps`.
* **Assessments** (goal strengths, audience and business-model fit) are editorial judgements:
  a rating from 0 to 3 with a one-line reason. They are never presented as data.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

from socialstrategy.core.model import GoalType
from socialstrategy.core.vocabulary import FORMAT_IDS, PLATFORM_IDS, SECTOR_CODES

__all__ = ["FORMAT_IDS", "PLATFORM_IDS", "SECTOR_IDS"]

SECTOR_IDS = SECTOR_CODES
EU_COUNTRIES: frozenset[str] = frozenset(
    (
        "AT",
        "BE",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "DE",
        "GR",
        "HU",
        "IE",
        "IT",
        "LV",
        "LT",
        "LU",
        "MT",
        "NL",
        "PL",
        "PT",
        "RO",
        "SK",
        "SI",
        "ES",
        "SE",
    )
)

Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9][a-z0-9_]*$", max_length=64)]
Origin = Literal["package", "overlay"]
Rating = Annotated[int, Field(ge=0, le=3)]
BusinessFitKey = Literal["b2b", "b2c", "nonprofit", "public"]
AudienceKindKey = Literal[
    "consumers", "business_buyers", "candidates", "members", "citizens", "donors", "partners", "media"
]
PlatformKind = Literal[
    "social_network", "professional_network", "video", "messenger", "forum", "live_streaming", "owned_channel"
]


class Entry(BaseModel):
    """Base of every data entry: unknown keys are errors so that typos in data files are caught."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Localized(Entry):
    """A text in English with its German translation (the overlay may leave German out)."""

    en: str
    de: str | None = None

    def get(self, language: str) -> str:
        return self.de if language == "de" and self.de else self.en

    def render(self, language: str, address: object = None) -> str:
        """The text in ``language`` (a :class:`~socialstrategy.core.message.Renderable`)."""
        return self.get(language)


class Source(Entry):
    """Where a figure comes from. ``year`` is the publication year, or the year an undated
    documentation page was read (``year_kind: accessed``)."""

    id: Id
    title: str
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    year: int | None = Field(None, ge=1990, le=2100)
    year_kind: Literal["published", "accessed"] = "published"
    quality: Literal["primary", "secondary", "weak"] = "secondary"
    caveat: str | None = None
    quote: str | None = None
    """The sentence or table cell a figure was read from (the additions of 2026-12 carry one)."""
    origin: Origin = "package"


class Figure(Entry):
    """A number with its source. ``value`` is numeric where the source gives one number;
    ``text`` keeps ranges and wordings such as ``5-60`` or ``~210 vs ~140``."""

    value: float | None = None
    text: str | None = None
    unit: str = ""
    year: int | None = Field(None, ge=1990, le=2100)
    source: Id | None = None
    note: str | None = None
    origin: Origin = "package"

    @property
    def is_known(self) -> bool:
        return self.value is not None or self.text is not None

    @model_validator(mode="after")
    def _known_figures_have_a_source(self) -> Figure:
        if self.is_known and self.source is None:
            raise ValueError("a figure with a value needs a 'source' (an id from sources.yaml)")
        return self


class Limit(Figure):
    """A text or media limit of a platform (limits change often; re-check against official help)."""

    item: Id


class Cadence(Figure):
    """Posting-frequency guidance; ``min_per_week`` is the low end of the guidance."""

    min_per_week: float | None = Field(None, ge=0)
    max_per_week: float | None = Field(None, ge=0)
    guidance: str


class Benchmark(Figure):
    """An engagement or reach benchmark; only compare benchmarks of one ``provider``."""

    provider: Id
    metric: Literal["engagement", "organic_reach"] = "engagement"


class Assessment(Entry):
    """An editorial judgement (0 = unsuited … 3 = strong) with the reason a coach would give."""

    rating: Rating
    reason: Localized
    origin: Origin = "package"


class Platform(Entry):
    id: Id
    name: str
    kind: PlatformKind
    description: Localized
    formats: list[Id] = Field(default_factory=list)
    limits: list[Limit] = Field(default_factory=list)
    cadence: list[Cadence] = Field(default_factory=list)
    benchmarks: list[Benchmark] = Field(default_factory=list)
    goal_fit: dict[GoalType, Assessment] = Field(default_factory=dict)
    audience_fit: dict[AudienceKindKey, Assessment] = Field(default_factory=dict)
    business_fit: dict[BusinessFitKey, Assessment] = Field(default_factory=dict)
    primary_format: Id | None = Field(None, description="The format the cadence guidance is about.")
    workload: Assessment | None = Field(None, description="Editorial: 3 = light workload, 0 = very heavy.")
    ads_dependence: Assessment | None = Field(
        None, description="Editorial: 3 = organic reach is hard to get."
    )
    local_presence: bool = Field(False, description="Only useful for a location customers visit.")
    hub: bool = Field(False, description="Editorial: the home base every organisation needs (the website).")
    caveats: list[Localized] = Field(default_factory=list)
    origin: Origin = "package"
    overlaid: list[str] = Field(default_factory=list, description="Keys an overlay changed.")

    @property
    def is_owned_channel(self) -> bool:
        return self.kind == "owned_channel"

    def minimum_cadence(self) -> Cadence | None:
        """The most lenient sourced guidance: the lowest ``min_per_week`` on record."""
        known = [c for c in self.cadence if c.min_per_week is not None]
        return min(known, key=lambda c: c.min_per_week or 0.0) if known else None


class Metric(Entry):
    id: Id
    label: Localized
    definition: Localized
    full_reach_at: float | None = Field(
        None, gt=0, le=100, description="Share (in %) that earns full reach points in the scoring."
    )
    rankable: bool = Field(True, description="False for profile figures (mean age, share of women).")
    unit: str = "%"


class Provider(Entry):
    """A benchmark provider and its own definition of the rate it reports."""

    id: Id
    name: str
    definition: Localized


class UsageFigure(Entry):
    """One cell of a usage survey: the share of a population group using a platform."""

    country: Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]
    platform: Id
    age_band: str | None = None
    group: str | None = None
    metric: Id
    value: float = Field(ge=0, le=100)
    year: int = Field(ge=1990, le=2100)
    source: Id
    qualifier: Literal["", "approx", "lower_bound"] = ""
    note: str | None = None
    origin: Origin = "package"
    line: int = 0

    @property
    def ages(self) -> tuple[int, int] | None:
        return parse_age_band(self.age_band)


class EffortFigure(Figure):
    """Hours to produce one piece of a format: from a source, or an assumption with its reasoning."""

    format: Id
    hours: float | None = Field(None, ge=0)
    assumption: bool = Field(False, description="No source measures it; ``note`` says how it was estimated.")

    @model_validator(mode="after")
    def _hours_are_sourced_or_assumed(self) -> EffortFigure:
        if self.hours is not None and self.source is None and not self.assumption:
            raise ValueError("'hours' needs a 'source' or 'assumption: true' with a 'note'")
        _require_note(self.assumption, self.note)
        return self


class Estimate(Entry):
    """One number of the effort model that is not hours per piece: sourced or assumed."""

    value: float = Field(ge=0)
    assumption: bool = False
    source: Id | None = None
    year: int | None = Field(None, ge=1990, le=2100)
    note: str | None = None

    @model_validator(mode="after")
    def _sourced_or_assumed(self) -> Estimate:
        if (self.source is None) == (not self.assumption):
            raise ValueError("give either a 'source' or 'assumption: true' with a 'note'")
        _require_note(self.assumption, self.note)
        return self


class HourlyRate(Estimate):
    currency: Annotated[str, StringConstraints(pattern=r"^[A-Z]{3}$")] = "EUR"


class PlatformEffort(Entry):
    community_hours_per_week: Estimate | None = None
    min_posts_per_week: Estimate | None = Field(
        None, description="The least sensible cadence for capacity planning; below it, drop the platform."
    )


class EffortDefaults(Entry):
    """The effort model's figures beside hours per piece (effort.yaml, without its ``effort`` list)."""

    version: int
    community_default: Estimate
    platforms: dict[Id, PlatformEffort]
    external_hourly_rate: HourlyRate


def _require_note(assumption: bool, note: str | None) -> None:
    if assumption and not (note and note.strip()):
        raise ValueError("an assumption needs a 'note' saying how it was estimated")


class Tool(Entry):
    id: Id
    name: str
    categories: list[Literal["scheduling", "design", "analytics", "listening", "community"]]
    description: Localized
    price_class: Literal["free", "free_tier", "low", "mid", "high"] | None = None
    price_source: Id | None = None
    eu_hosting: Literal["yes", "optional", "no"] | None = None
    gdpr_note: Localized | None = None
    gdpr_source: Id | None = None
    website: str | None = None
    origin: Origin = "package"

    @model_validator(mode="after")
    def _claims_have_sources(self) -> Tool:
        if self.price_class is not None and self.price_source is None:
            raise ValueError("'price_class' needs a 'price_source'")
        if self.eu_hosting is not None and self.gdpr_source is None:
            raise ValueError("'eu_hosting' needs a 'gdpr_source'")
        return self


class LegalSource(Entry):
    title: str
    url: Annotated[str, StringConstraints(pattern=r"^https?://\S+$")]
    year: int | None = None


class SectorNote(Entry):
    """A legal or professional rule that applies to a sector (and optionally some platforms)."""

    id: Id
    sectors: list[Id] = Field(description="Sector codes, or ['all'].")
    countries: list[str] = Field(description="ISO codes, or ['EU'] for every EU member state.")
    platforms: list[Id] = Field(default_factory=list, description="Empty: every platform.")
    title: Localized
    text: Localized
    sources: list[LegalSource] = Field(min_length=1)
    origin: Origin = "package"

    @model_validator(mode="after")
    def _sectors_are_known(self) -> SectorNote:
        unknown = [s for s in self.sectors if s != "all" and s not in SECTOR_IDS]
        if unknown:
            raise ValueError(f"unknown sector {unknown[0]!r}; the sectors are those of core/vocabulary.py")
        return self

    def applies_to(self, sector: str | None, country: str | None, platform: str) -> bool:
        sector_ok = "all" in self.sectors or (sector is not None and sector in self.sectors)
        country_ok = country is not None and (
            country in self.countries or ("EU" in self.countries and country in EU_COUNTRIES)
        )
        return sector_ok and country_ok and (not self.platforms or platform in self.platforms)


def parse_age_band(band: str | None) -> tuple[int, int] | None:
    """``'14-29'`` → (14, 29); ``'70+'`` → (70, 120); ``'all'`` or ``None`` → None.

    >>> parse_age_band("30-49"), parse_age_band("65+"), parse_age_band("all")
    ((30, 49), (65, 120), None)
    """
    if not band or band == "all":
        return None
    if band.endswith("+"):
        return int(band[:-1]), 120
    low, _, high = band.partition("-")
    return int(low), int(high)
