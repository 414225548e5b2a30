"""What scoring needs to know about a strategy, and the small formatting helpers it shares."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge
from socialstrategy.core.knowledge.base import AudienceReach
from socialstrategy.core.knowledge.schema import Assessment, Localized
from socialstrategy.core.message import Message
from socialstrategy.core.model import Audience, Strategy
from socialstrategy.core.recommend.results import Basis, SourceRef

PRIORITY_WEIGHT = {"high": 3, "medium": 2, "low": 1}
LARGE_TEAM_HOURS = 10.0
BARELY_REACHES = 10.0
"""A share (in %) below which a platform 'barely reaches' an age band (used by the check)."""
NON_LOCAL_SECTORS = frozenset({"ecommerce", "it_software"})
NOT_IN_POPULATION_SURVEYS = frozenset({"business_buyers", "partners", "media"})
"""Audience kinds that general-population usage surveys do not describe (their reach is not scored)."""


@dataclass(frozen=True)
class Context:
    strategy: Strategy
    kb: Knowledge
    team_hours: float | None
    ads_budget: float | None
    is_local: bool
    variant: str
    leaders: dict[tuple[str, bool], AudienceReach | None] = field(default_factory=dict, compare=False)
    """Per audience (and total-only or not): the platform that reaches the most of it; filled as used."""

    @classmethod
    def build(cls, strategy: Strategy, kb: Knowledge) -> Context:
        resources = strategy.resources
        team_hours = sum(m.hours_per_week for m in resources.team) if resources and resources.team else None
        ads = None
        if resources and resources.budget:
            ads = sum(line.monthly_amount for line in resources.budget if line.category == "ads")
        return cls(strategy, kb, team_hours, ads, is_local(strategy), strategy.text_variant())


def is_local(strategy: Strategy) -> bool:
    """Whether customers come to the premises or book appointments, as the organisation step asks.

    Files that do not answer yet keep the older reading: a city, and a sector that is not online."""
    org = strategy.organisation
    if org is not None and org.customers_visit is not None:
        return org.customers_visit
    return bool(org and org.city and org.sector not in NON_LOCAL_SECTORS)


def audience_country(audience: Audience, strategy: Strategy) -> str | None:
    """The audience's own country code if its region is one, else the organisation's country."""
    region = (audience.region or "").strip()
    if len(region) == 2 and region.isalpha() and region.isupper():
        return region
    return strategy.organisation.country if strategy.organisation else None


def basis_of(assessments: Iterable[Assessment]) -> Basis:
    return "overlay" if any(a.origin == "overlay" for a in assessments) else "editorial"


def flat(text: Localized) -> Localized:
    """'Weekly use (ARD/ZDF)' → 'Weekly use, ARD/ZDF', so that it reads well inside parentheses."""
    return Localized(en=_unbracket(text.en), de=_unbracket(text.de) if text.de else None)


def _unbracket(text: str) -> str:
    return text.replace(" (", ", ").replace(")", "")


def source_ref(kb: Knowledge, source_id: str | None) -> SourceRef | None:
    if source_id is None:
        return None
    s = kb.sources[source_id]
    return SourceRef(s.title, s.url, s.year, s.quality, s.caveat)


def pct(value: float) -> str:
    return f"{value:.0f}" if value >= 1 or value == 0 else f"{value:.1f}"


def num(value: float) -> float:
    """A number for a message, to one decimal; the message writes it as the reader does (1,5 in German)."""
    return round(float(value), 1)


def band(band: str | None) -> Message:
    """An age band for a sentence: "the 14–29-year-olds", or "the whole population" for "all"."""
    if not band or band == "all":
        return Message(N_("the whole population"))
    if band.endswith("+"):
        return Message(N_("those aged {age} and over"), {"age": band[:-1]})
    return Message(N_("the {band}-year-olds"), {"band": band.replace("-", "–")})


def short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
