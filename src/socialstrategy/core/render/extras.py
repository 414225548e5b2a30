"""What the documents take from the other topics: knowledge base, recommendation, planners, check.

Each function imports its topic inside the function, so that a chart in the workbench does not
load the knowledge base and the recommendation with it. Every external figure that reaches the
document is also returned by :func:`sources`, with title, address and year.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, replace
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import Strategy
from socialstrategy.core.render.labels import code_label

DEFAULT_COUNTRY = "DE"
T = TypeVar("T")
_MEMO: ContextVar[dict[tuple[str, str], Any] | None] = ContextVar("render_memo", default=None)


@contextmanager
def memoised() -> Iterator[None]:
    """Within this block each answer below is computed once (one document asks several times)."""
    token = _MEMO.set({})
    try:
        yield
    finally:
        _MEMO.reset(token)


def _once(name: str, language: str, compute: Callable[[], T]) -> T:
    memo = _MEMO.get()
    if memo is None:
        return compute()
    if (name, language) not in memo:
        memo[(name, language)] = compute()
    return cast(T, memo[(name, language)])


@dataclass(frozen=True)
class Source:
    """Where a figure in the document comes from; ``quality`` as in the knowledge base's sources."""

    title: str
    url: str
    year: int | None
    used_for: str
    quality: str = "secondary"
    caveat: str = ""

    def is_weak(self) -> bool:
        """A source a client document does not cite as evidence (its quality in the knowledge base:
        a vendor's blog, a mirror, an anecdote)."""
        return self.quality == "weak"

    def clean_title(self) -> str:
        """The title without the researchers' caveats (``… - value as QUOTED …; VERIFY``).

        >>> Source("Study PDF - value as QUOTED in notes; PDF itself not read", "", 2025, "").clean_title()
        'Study PDF'
        """
        title = _PARENTHESES.sub("", self.title)
        title = _CAVEAT_TAIL.sub("", title)
        return " ".join(title.split()).strip(" -–:;,") or self.title

    def publisher(self) -> str:
        """Who publishes the source, as the host of its address (``pewresearch.org``)."""
        host = urlsplit(self.url).hostname or ""
        return host.removeprefix("www.")


_PARENTHESES = re.compile(r"\s*\([^()]*\)")
_CAVEAT_TAIL = re.compile(
    r"\s*(?:[-–:;,]\s*)?(?:\b(?:value|figures?)\s+as\s+quoted|\bas\s+(?:quoted|transcribed|reported|"
    r"summari[sz]ed|listed|typed)\b|\btyped into\b|\bprimary page\b|\bpdf itself\b|\bage breakdown\b|"
    r"\bfull demographic\b|\boverall figures\b|\bpew demographic\b|\beducation table\b|\bdaily-use table\b|"
    r"\bforum copy\b|\bcopy$|\bverify\b|\bweak$).*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class TrainingNeed:
    """A competence someone builds up from ``current`` to ``needed`` (1–5)."""

    competence: str
    who: str
    current: int
    needed: int
    form: str = ""
    start: dt.date | None = None
    due: dt.date | None = None


@dataclass(frozen=True)
class PlatformLoad:
    platform: str
    posts_per_week: float
    hours: float


@dataclass(frozen=True)
class CapacityFigures:
    required: float
    available: float
    platforms: tuple[PlatformLoad, ...]
    sources: tuple[Source, ...] = ()


# --- knowledge: reach by age -------------------------------------------------------------------


def reach_by_age(strategy: Strategy) -> dict[str, dict[str, float | None]]:
    """Percent of each age band using each active platform, from the country's main survey."""
    return {
        platform: {band: value for band, (value, _) in bands.items()}
        for platform, bands in _reach(strategy).items()
    }


def _reach(strategy: Strategy) -> dict[str, dict[str, tuple[float, Any]]]:
    return _once("reach", "", lambda: _reach_figures(strategy))


def _reach_figures(strategy: Strategy) -> dict[str, dict[str, tuple[float, Any]]]:
    from socialstrategy.core.knowledge import load_knowledge

    kb = load_knowledge()
    country = _country(strategy)
    metric = kb.reach_metrics.get(country)
    if metric is None:
        return {}
    result: dict[str, dict[str, tuple[float, Any]]] = {}
    for decision in strategy.active_platforms():
        bands = kb.band_figures(country, metric, decision.platform)
        by_age = {band: (figure.value, figure) for band, figure in bands.items() if band != "all"}
        if by_age:
            result[decision.platform] = dict(sorted(by_age.items(), key=lambda item: _band_start(item[0])))
    return result


def _reach_sources(strategy: Strategy, language: str) -> list[Source]:
    from socialstrategy.core.knowledge import load_knowledge

    kb = load_knowledge()
    used_for = translate(N_("Reach by age of the chosen platforms"), language)
    found = []
    for bands in _reach(strategy).values():
        for _, figure in bands.values():
            source = kb.source(figure.source)
            year = figure.year or source.year
            caveat = source.caveat or ""
            found.append(Source(source.title, source.url, year, used_for, source.quality, caveat))
    return found


def _country(strategy: Strategy) -> str:
    return (
        strategy.organisation.country
        if strategy.organisation and strategy.organisation.country
        else DEFAULT_COUNTRY
    )


def _band_start(band: str) -> int:
    digits = "".join(char if char.isdigit() else " " for char in band).split()
    return int(digits[0]) if digits else 0


# --- recommendation ----------------------------------------------------------------------------


def recommendation(strategy: Strategy, language: str) -> list[dict[str, Any]] | None:
    """The ranked decision matrix (``recommend(...).as_dict()["platforms"]``), or ``None`` when
    there is none.

    Without audiences or goals there is nothing to recommend for, so there is no matrix; with
    invalid weights neither (the check reports them).
    """
    matrix = _once("recommendation", language, lambda: _recommendation(strategy, language))
    return matrix["platforms"] if matrix else None


def recommendation_weights(strategy: Strategy, language: str) -> list[dict[str, Any]]:
    """The weights of the matrix with their shares of 100 % (``as_dict()["weights"]``)."""
    matrix = _once("recommendation", language, lambda: _recommendation(strategy, language))
    return matrix["weights"] if matrix else []


def recommendation_sensitivity(strategy: Strategy, language: str) -> list[str]:
    """In words, how much a weight would have to change to alter the top three."""
    matrix = _once("recommendation", language, lambda: _recommendation(strategy, language))
    return matrix["sensitivity"] if matrix else []


def _recommendation(strategy: Strategy, language: str) -> dict[str, list[Any]] | None:
    from socialstrategy.core.recommend import recommend

    if not (strategy.audiences or strategy.goals):
        return None
    try:
        return recommend(strategy).as_dict(language)
    except ValueError:  # invalid weights in the strategy: the check reports them
        return None


def _recommendation_sources(strategy: Strategy, language: str) -> list[Source]:
    matrix = recommendation(strategy, language)
    if not matrix:
        return []
    used_for = translate(N_("Recommendation matrix"), language)
    found = []
    for platform in matrix:
        for contribution in platform.get("contributions", []):
            for evidence in contribution.get("evidence", []):
                source = evidence.get("source")
                if source:
                    label = f"{used_for}: {contribution.get('label', '')}"
                    year = evidence.get("year") or source["year"]
                    quality, caveat = source.get("quality", "secondary"), source.get("caveat") or ""
                    found.append(Source(source["title"], source["url"], year, label, quality, caveat))
    return found


# --- planning: capacity and training -----------------------------------------------------------


def capacity(strategy: Strategy) -> tuple[float, float] | None:
    """Hours per week the platform decisions require and the team has; ``None`` without a plan."""
    figures = capacity_figures(strategy)
    return None if figures is None else (figures.required, figures.available)


def capacity_figures(strategy: Strategy, language: str = "en") -> CapacityFigures | None:
    """Required and available hours per week, per platform; ``None`` without a platform."""
    return _once("capacity", language, lambda: _capacity_figures(strategy, language))


def _capacity_figures(strategy: Strategy, language: str) -> CapacityFigures | None:
    from socialstrategy.core.planning.capacity import capacity as planned

    if not strategy.active_platforms():
        return None
    data = planned(strategy).as_dict()
    loads = tuple(PlatformLoad(p["platform"], p["posts_per_week"], p["hours"]) for p in data["platforms"])
    return CapacityFigures(data["required"], data["available"], loads, tuple(_effort_sources(data, language)))


def _effort_sources(data: dict[str, Any], language: str) -> list[Source]:
    from socialstrategy.core.knowledge import load_knowledge

    sources = load_knowledge().sources
    label = translate(N_("Effort per post"), language)
    found = []
    for platform in data["platforms"]:
        for item in platform.get("formats", []):
            source = item.get("source") or {}
            if source.get("source_title") and source.get("source_url"):
                used_for = f"{label}: {code_label(item['format'], language)}"
                known = sources.get(source.get("source") or "")
                quality, caveat = (known.quality, known.caveat or "") if known else ("secondary", "")
                title, url, year = source["source_title"], source["source_url"], source.get("year")
                found.append(Source(title, url, year, used_for, quality, caveat))
    return found


def training_plan(strategy: Strategy, language: str = "en") -> list[TrainingNeed]:
    """Competence gaps and their training, from the planning module."""
    from socialstrategy.core.planning.competences import training_form_label
    from socialstrategy.core.planning.competences import training_plan as plan

    names = {member.id: member.name for member in strategy.team()}
    start = (strategy.updated or strategy.created or dt.datetime.now()).date()
    return [
        TrainingNeed(
            item.competence,
            names.get(item.member or "", item.member or ""),
            item.from_level,
            item.to_level,
            training_form_label(item.form, language),
            item.start,
            item.due,
        )
        for item in plan(strategy, start)
    ]


# --- check and sources -------------------------------------------------------------------------


def findings(strategy: Strategy) -> list[Any]:
    """The open findings of the strategy check."""
    from socialstrategy.core.checks import run_checks

    return list(run_checks(strategy))


def sources(strategy: Strategy, language: str = "en") -> list[Source]:
    """Sources of every external figure the document shows, each once, in order of use."""
    figures = capacity_figures(strategy, language)
    found = [
        *_reach_sources(strategy, language),
        *_recommendation_sources(strategy, language),
        *(figures.sources if figures else ()),
    ]
    unique: dict[tuple[str, str, int | None], Source] = {}
    for source in found:
        key = (source.title, source.url, source.year)
        if key in unique and source.used_for not in unique[key].used_for:
            unique[key] = replace(unique[key], used_for=f"{unique[key].used_for}; {source.used_for}")
        unique.setdefault(key, source)
    return list(unique.values())
