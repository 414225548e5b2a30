"""Platform recommendation: an explainable decision matrix over every platform and owned channel.

Each platform's score (0-100) is a weighted mean of named contributions, each between 0 and 1:

* ``audience_reach`` (data): the share of each audience's age band the platform reaches in the
  audience's country, from that country's main usage survey, scaled by the metric's
  ``full_reach_at``;
* ``goal_fit``, ``audience_fit``, ``business_model_fit`` (editorial assessments with reasons);
* ``feasibility``: the hours the platform's minimum sourced cadence needs against the team's hours,
  or the editorial workload rating when no sourced hours exist;
* ``budget_fit``: whether a platform that depends on ads meets an ad budget.

A contribution without data is *unknown*: it is left out and the weights of the known ones are
rescaled, and the output says what is missing. See ``docs/scoring.md``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.knowledge import Knowledge, load_knowledge
from socialstrategy.core.knowledge.base import AudienceReach
from socialstrategy.core.knowledge.labels import (
    AUDIENCE_KIND_LABELS,
    BUSINESS_MODEL_LABELS,
    CONTRIBUTION_LABELS,
    GOAL_LABELS,
    PRIORITY_LABELS,
    data_text,
    label,
)
from socialstrategy.core.knowledge.schema import Assessment, Localized, Platform, SectorNote
from socialstrategy.core.model import Audience, Goal, Strategy
from socialstrategy.core.vocabulary import FORMAT_LABELS

Verdict = Literal["recommended", "consider", "not_recommended"]
Basis = Literal["data", "editorial", "strategy", "overlay"]

DEFAULT_WEIGHTS: dict[str, float] = {
    "audience_reach": 0.28,
    "goal_fit": 0.28,
    "audience_fit": 0.14,
    "business_model_fit": 0.10,
    "feasibility": 0.15,
    "budget_fit": 0.05,
}
WEIGHT_ALIASES: dict[str, str] = {"effort": "feasibility", "reach": "audience_reach"}
"""Other names accepted for weights (the demos say ``effort``)."""
RECOMMENDED_FROM = 65.0
CONSIDER_FROM = 45.0
MIN_KNOWN_WEIGHT = 0.5
"""Below this share of known weight a platform can at most be 'consider'."""
PRIORITY_WEIGHT = {"high": 3, "medium": 2, "low": 1}
LARGE_TEAM_HOURS = 10.0
BARELY_REACHES = 10.0
"""A share (in %) below which a platform 'barely reaches' an age band (used by the check)."""
NON_LOCAL_SECTORS = frozenset({"ecommerce", "it_software"})
NOT_IN_POPULATION_SURVEYS = frozenset({"business_buyers", "partners", "media"})
"""Audience kinds that general-population usage surveys do not describe (their reach is not scored)."""


# --- result types ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Message:
    """A translatable English template with parameters; parameters may be messages themselves."""

    text: str
    params: Mapping[str, object] = field(default_factory=dict)

    def render(self, language: str, variant: str = "") -> str:
        values = {key: _render_param(value, language, variant) for key, value in self.params.items()}
        return _translate(self.text, language, variant, values)


@dataclass(frozen=True)
class LabelRef:
    """A code whose translated label is looked up at render time."""

    table: Mapping[str, str]
    code: str


@dataclass(frozen=True)
class DataText:
    """A text of the knowledge base's data files (a caveat), translated at render time."""

    text: str


@dataclass(frozen=True)
class SourceRef:
    title: str
    url: str
    year: int | None
    quality: str = "secondary"
    caveat: str | None = None

    def as_dict(self, language: str = "en") -> dict[str, object]:
        return {
            "title": self.title,
            "url": self.url,
            "year": self.year,
            "quality": self.quality,
            "caveat": data_text(self.caveat, language),
        }


@dataclass(frozen=True)
class Evidence:
    """One piece of data or judgement behind a contribution."""

    text: Message
    basis: Basis
    value: float | None = None
    unit: str = ""
    year: int | None = None
    source: SourceRef | None = None
    note: str | None = None

    def as_dict(self, language: str, variant: str = "") -> dict[str, object]:
        return {
            "text": self.text.render(language, variant),
            "basis": self.basis,
            "value": self.value,
            "unit": self.unit,
            "year": self.year,
            "source": self.source.as_dict(language) if self.source else None,
            "note": self.note,
        }


@dataclass(frozen=True)
class Contribution:
    key: str
    weight: float
    value: float | None
    basis: Basis
    summary: Message
    phrase: Message | None = None
    evidence: tuple[Evidence, ...] = ()
    points: float = 0.0

    @property
    def is_known(self) -> bool:
        return self.value is not None

    def as_dict(self, language: str, variant: str = "") -> dict[str, object]:
        return {
            "key": self.key,
            "label": contribution_label(self.key, language, variant),
            "weight": self.weight,
            "value": None if self.value is None else round(self.value, 3),
            "points": round(self.points, 1),
            "basis": self.basis,
            "summary": self.summary.render(language, variant),
            "evidence": [e.as_dict(language, variant) for e in self.evidence],
        }


@dataclass(frozen=True)
class Note:
    kind: Literal["legal", "data", "caution"]
    text: Message | Localized
    title: Localized | None = None
    sources: tuple[SourceRef, ...] = ()

    def as_dict(self, language: str, variant: str = "") -> dict[str, object]:
        text = (
            self.text.render(language, variant) if isinstance(self.text, Message) else self.text.get(language)
        )
        return {
            "kind": self.kind,
            "title": self.title.get(language) if self.title else None,
            "text": text,
            "sources": [s.as_dict(language) for s in self.sources],
        }


@dataclass(frozen=True)
class PlatformScore:
    platform: str
    name: str
    score: float
    verdict: Verdict
    contributions: tuple[Contribution, ...]
    reasons: tuple[Message, ...]
    notes: tuple[Note, ...]
    rank: int = 0
    overlaid: tuple[str, ...] = ()

    def as_dict(self, language: str, variant: str = "") -> dict[str, object]:
        return {
            "platform": self.platform,
            "rank": self.rank,
            "score": round(self.score, 1),
            "verdict": self.verdict,
            "contributions": [c.as_dict(language, variant) for c in self.contributions],
            "reasons": [r.render(language, variant) for r in self.reasons],
            "notes": [n.as_dict(language, variant) for n in self.notes],
        }


@dataclass(frozen=True)
class Recommendation:
    platforms: tuple[PlatformScore, ...]
    weights: Mapping[str, float]
    variant: str = "en"

    def as_dict(self, language: str | None = None) -> dict[str, list[dict[str, Any]]]:
        """The JSON shape of the issue: ``{"platforms": [...]}``."""
        lang, variant = _language(language, self.variant)
        return {"platforms": [p.as_dict(lang, variant) for p in self.platforms]}

    def get(self, platform_id: str) -> PlatformScore:
        return next(p for p in self.platforms if p.platform == platform_id)


class WeightError(ValueError):
    """Weights given by the user are invalid; the message names the offending key."""


# --- public functions -----------------------------------------------------------------------


def recommend(
    strategy: Strategy, knowledge: Knowledge | None = None, weights: Mapping[str, float] | None = None
) -> Recommendation:
    """Score every platform and owned channel for ``strategy`` and rank them.

    ``weights`` override ``strategy.recommendation.weights``, which override the defaults.
    """
    kb = knowledge or load_knowledge()
    chosen = resolve_weights(strategy, weights)
    context = _Context.build(strategy, kb)
    scores = [_score_platform(platform, context, chosen) for platform in kb.platforms.values()]
    ranked = sorted(scores, key=lambda s: (_VERDICT_ORDER[s.verdict], -s.score, s.platform))
    numbered = tuple(_with_rank(score, rank) for rank, score in enumerate(ranked, start=1))
    return Recommendation(numbered, chosen, strategy.text_variant())


def resolve_weights(strategy: Strategy, overrides: Mapping[str, float] | None = None) -> dict[str, float]:
    """Defaults, then the strategy's weights, then ``overrides``; validated.

    Unknown keys in ``overrides`` (the user typed them) are errors; unknown keys in the strategy
    are skipped, reported by :func:`ignored_weights` and by the check ``unknown-recommendation-weight``.
    """
    weights = dict(DEFAULT_WEIGHTS)
    strategy_weights = strategy.recommendation.weights if strategy.recommendation else {}
    weights.update(
        {
            WEIGHT_ALIASES.get(k, k): v
            for k, v in strategy_weights.items()
            if k not in ignored_weights(strategy)
        }
    )
    for key, value in (overrides or {}).items():
        key = WEIGHT_ALIASES.get(key, key)
        if key not in DEFAULT_WEIGHTS:
            raise WeightError(f"unknown weight '{key}'; known: {', '.join(DEFAULT_WEIGHTS)}")
        weights[key] = value
    for key, value in weights.items():
        if value < 0:
            raise WeightError(f"weight '{key}' must not be negative")
    if sum(weights.values()) <= 0:
        raise WeightError("at least one weight must be greater than zero")
    return weights


def ignored_weights(strategy: Strategy) -> list[str]:
    """Weight keys in the strategy that the scoring model does not know."""
    given = strategy.recommendation.weights if strategy.recommendation else {}
    return [k for k in given if WEIGHT_ALIASES.get(k, k) not in DEFAULT_WEIGHTS]


def parse_weights(text: str) -> dict[str, float]:
    """``'goal_fit=0.4,audience_reach=0.3'`` → ``{'goal_fit': 0.4, 'audience_reach': 0.3}``."""
    weights: dict[str, float] = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep:
            raise WeightError(f"'{part}' is not of the form key=value")
        try:
            weights[key.strip()] = float(value)
        except ValueError:
            raise WeightError(f"weight '{key.strip()}' is not a number: '{value}'") from None
    return weights


def contribution_label(key: str, language: str, variant: str = "") -> str:
    """The translated name of a contribution (informal German when ``variant`` is ``de-du``)."""
    return _translate(CONTRIBUTION_LABELS.get(key, key), language, variant, {})


def audience_country(audience: Audience, strategy: Strategy) -> str | None:
    """The audience's own country code if its region is one, else the organisation's country."""
    region = (audience.region or "").strip()
    if len(region) == 2 and region.isalpha() and region.isupper():
        return region
    return strategy.organisation.country if strategy.organisation else None


# --- scoring --------------------------------------------------------------------------------


_VERDICT_ORDER = {"recommended": 0, "consider": 1, "not_recommended": 2}


@dataclass(frozen=True)
class _Context:
    strategy: Strategy
    kb: Knowledge
    team_hours: float | None
    ads_budget: float | None
    is_local: bool
    variant: str

    @classmethod
    def build(cls, strategy: Strategy, kb: Knowledge) -> _Context:
        resources = strategy.resources
        team_hours = sum(m.hours_per_week for m in resources.team) if resources and resources.team else None
        ads = None
        if resources and resources.budget:
            ads = sum(line.monthly_amount for line in resources.budget if line.category == "ads")
        org = strategy.organisation
        is_local = bool(org and org.city and org.sector not in NON_LOCAL_SECTORS)
        return cls(strategy, kb, team_hours, ads, is_local, strategy.text_variant())


def _score_platform(platform: Platform, ctx: _Context, weights: Mapping[str, float]) -> PlatformScore:
    raw = [
        _audience_reach(platform, ctx),
        _goal_fit(platform, ctx),
        _audience_fit(platform, ctx),
        _business_model_fit(platform, ctx),
        _feasibility(platform, ctx),
        _budget_fit(platform, ctx),
    ]
    contributions = _weighted(raw, weights)
    known_weight = sum(weights[c.key] for c in contributions if c.is_known)
    total_weight = sum(weights.values())
    score = min(100.0, max(0.0, sum(c.points for c in contributions)))
    notes = [*_data_notes(platform, ctx, contributions), *_legal_notes(platform, ctx)]
    verdict, caps = _verdict(platform, ctx, score, contributions, known_weight / total_weight)
    notes.extend(caps)
    reasons = (_reason(platform, verdict, contributions, ctx), *_detail_reasons(contributions))
    return PlatformScore(
        platform.id,
        platform.name,
        score,
        verdict,
        tuple(contributions),
        reasons,
        tuple(notes),
        overlaid=tuple(platform.overlaid),
    )


def _weighted(raw: list[Contribution], weights: Mapping[str, float]) -> list[Contribution]:
    known = sum(weights[c.key] for c in raw if c.is_known and weights[c.key] > 0)
    result = []
    for c in raw:
        weight = weights[c.key]
        points = 100 * weight * c.value / known if c.value is not None and known > 0 else 0.0
        result.append(_replace(c, weight=weight, points=points))
    return result


def _replace(c: Contribution, **changes: object) -> Contribution:
    from dataclasses import replace

    return replace(c, **changes)  # type: ignore[arg-type]


def _with_rank(score: PlatformScore, rank: int) -> PlatformScore:
    from dataclasses import replace

    return replace(score, rank=rank)


# --- audience reach -------------------------------------------------------------------------


def _audience_reach(platform: Platform, ctx: _Context) -> Contribution:
    key = "audience_reach"
    if platform.is_owned_channel:
        return Contribution(
            key,
            0,
            None,
            "data",
            Message(
                N_(
                    "Own channels have no survey reach; their reach comes from your other channels and from search."  # noqa: E501
                )
            ),
        )
    if not ctx.strategy.audiences:
        return Contribution(key, 0, None, "data", Message(N_("No audiences defined yet.")))
    audiences = [a for a in ctx.strategy.audiences if a.kind not in NOT_IN_POPULATION_SURVEYS]
    if not audiences:
        text = N_(
            "Population surveys do not describe these audiences; their fit is judged under audience fit."
        )
        return Contribution(key, 0, None, "data", Message(text))
    found = [
        (a, r)
        for a in audiences
        if (r := ctx.kb.reach(audience_country(a, ctx.strategy) or "", platform.id, a.age_min, a.age_max))
    ]
    if not found:
        return Contribution(
            key,
            0,
            None,
            "data",
            Message(N_("No usage survey figures for your audiences' countries and ages.")),
        )
    scaled = [_scaled_reach(ctx.kb, r) for _, r in found]
    value = sum(scaled) / len(scaled)
    best, worst = max(found, key=lambda ar: ar[1].share), min(found, key=lambda ar: ar[1].share)
    evidence = tuple(e for audience, reach in found for e in _reach_evidence(ctx.kb, audience, reach))
    summary = _reach_message(best[0], best[1], ctx.kb)
    phrase = _reach_phrase(best if value >= 0.5 else worst, ctx.kb, positive=value >= 0.5)
    basis: Basis = "overlay" if any(f.origin == "overlay" for _, r in found for f in r.figures) else "data"
    return Contribution(key, 0, value, basis, summary, phrase, evidence)


def _scaled_reach(kb: Knowledge, reach: AudienceReach) -> float:
    full = kb.metrics[reach.metric].full_reach_at or 100.0
    return min(1.0, reach.share / full)


def _reach_message(audience: Audience, reach: AudienceReach, kb: Knowledge) -> Message:
    return Message(
        N_("{share}% of “{audience}” in {country} ({metric})"),
        {
            "share": _pct(reach.share),
            "audience": audience.name,
            "country": reach.country,
            "metric": _flat(kb.metrics[reach.metric].label),
        },
    )


def _reach_phrase(pair: tuple[Audience, AudienceReach], kb: Knowledge, positive: bool) -> Message:
    audience, reach = pair
    params = {
        "share": _pct(reach.share),
        "audience": audience.name,
        "metric": _flat(kb.metrics[reach.metric].label),
    }
    if positive:
        return Message(N_("reaches {share}% of “{audience}” ({metric})"), params)
    return Message(N_("reaches only {share}% of “{audience}” ({metric})"), params)


def _reach_evidence(kb: Knowledge, audience: Audience, reach: AudienceReach) -> list[Evidence]:
    return [
        Evidence(
            Message(
                N_("“{audience}”: {value}% of age band {band} in {country} ({metric}, {year})"),
                {
                    "audience": audience.name,
                    "value": _pct(f.value),
                    "band": _band(f.age_band),
                    "country": f.country,
                    "metric": _flat(kb.metrics[f.metric].label),
                    "year": f.year,
                },
            ),
            "overlay" if f.origin == "overlay" else "data",
            value=f.value,
            unit="%",
            year=f.year,
            source=_source_ref(kb, f.source),
            note=f.note,
        )
        for f in reach.figures
    ]


# --- editorial fits -------------------------------------------------------------------------


def _goal_fit(platform: Platform, ctx: _Context) -> Contribution:
    key = "goal_fit"
    goals = [g for g in ctx.strategy.goals if g.type in platform.goal_fit]
    if not goals:
        text = N_("No goals defined yet.") if not ctx.strategy.goals else N_("No assessment for these goals.")
        return Contribution(key, 0, None, "editorial", Message(text))
    total = sum(PRIORITY_WEIGHT[g.priority] for g in goals)
    value = sum(PRIORITY_WEIGHT[g.priority] * platform.goal_fit[g.type].rating / 3 for g in goals) / total
    evidence = tuple(_goal_evidence(g, platform.goal_fit[g.type]) for g in goals)
    ordered = sorted(goals, key=lambda g: (platform.goal_fit[g.type].rating, PRIORITY_WEIGHT[g.priority]))
    top, bottom = ordered[-1], ordered[0]
    summary = Message(
        N_("{goal}: {reason}"),
        {"goal": LabelRef(GOAL_LABELS, top.type), "reason": platform.goal_fit[top.type].reason},
    )
    if value >= 0.5:
        phrase = Message(N_("suits your goal of {goal}"), {"goal": LabelRef(GOAL_LABELS, top.type)})
    else:
        phrase = Message(
            N_("does little for your goal of {goal}"), {"goal": LabelRef(GOAL_LABELS, bottom.type)}
        )
    return Contribution(
        key, 0, value, _basis_of(platform.goal_fit[g.type] for g in goals), summary, phrase, evidence
    )


def _goal_evidence(goal: Goal, assessment: Assessment) -> Evidence:
    return Evidence(
        Message(
            N_("Goal “{goal}” ({type}, priority {priority}): {rating}/3 – {reason}"),
            {
                "goal": _short(goal.statement),
                "type": LabelRef(GOAL_LABELS, goal.type),
                "priority": LabelRef(PRIORITY_LABELS, goal.priority),
                "rating": assessment.rating,
                "reason": assessment.reason,
            },
        ),
        "overlay" if assessment.origin == "overlay" else "editorial",
        value=assessment.rating,
        unit="/3",
    )


def _audience_fit(platform: Platform, ctx: _Context) -> Contribution:
    key = "audience_fit"
    rated = [a for a in ctx.strategy.audiences if a.kind in platform.audience_fit]
    if not rated:
        return Contribution(
            key, 0, None, "editorial", Message(N_("No assessment for your kinds of audience."))
        )
    fits = [platform.audience_fit[a.kind] for a in rated]  # type: ignore[index]
    value = sum(f.rating for f in fits) / (3 * len(fits))
    pairs = sorted(zip(rated, fits, strict=True), key=lambda p: p[1].rating)
    chosen = pairs[-1] if value >= 0.5 else pairs[0]
    summary = Message(
        N_("{kind}: {reason}"),
        {"kind": LabelRef(AUDIENCE_KIND_LABELS, chosen[0].kind), "reason": chosen[1].reason},
    )
    text = N_("fits {kind}") if value >= 0.5 else N_("is a weak fit for {kind}")
    phrase = Message(text, {"kind": LabelRef(AUDIENCE_KIND_LABELS, chosen[0].kind)})
    evidence = tuple(
        Evidence(
            Message(
                N_("“{audience}” ({kind}): {rating}/3 – {reason}"),
                {
                    "audience": a.name,
                    "kind": LabelRef(AUDIENCE_KIND_LABELS, a.kind),
                    "rating": f.rating,
                    "reason": f.reason,
                },
            ),
            "overlay" if f.origin == "overlay" else "editorial",
            value=f.rating,
            unit="/3",
        )
        for a, f in zip(rated, fits, strict=True)
    )
    return Contribution(key, 0, value, _basis_of(fits), summary, phrase, evidence)


def _business_model_fit(platform: Platform, ctx: _Context) -> Contribution:
    key = "business_model_fit"
    model = ctx.strategy.organisation.business_model if ctx.strategy.organisation else None
    keys = {"b2b2c": ("b2b", "b2c")}.get(model or "", (model,) if model else ())
    fits = [platform.business_fit[k] for k in keys if k in platform.business_fit]
    if not model or not fits:
        return Contribution(key, 0, None, "editorial", Message(N_("Business model not set.")))
    best = max(fits, key=lambda f: f.rating)
    value = best.rating / 3
    summary = Message(
        N_("{model}: {reason}"), {"model": LabelRef(BUSINESS_MODEL_LABELS, model), "reason": best.reason}
    )
    text = N_("suits a {model} business") if value >= 0.5 else N_("is a weak fit for a {model} business")
    phrase = Message(text, {"model": LabelRef(BUSINESS_MODEL_LABELS, model)})
    evidence = (
        Evidence(
            summary, "overlay" if best.origin == "overlay" else "editorial", value=best.rating, unit="/3"
        ),
    )
    return Contribution(key, 0, value, _basis_of([best]), summary, phrase, evidence)


def _basis_of(assessments: Iterable[Assessment]) -> Basis:
    return "overlay" if any(a.origin == "overlay" for a in assessments) else "editorial"


# --- feasibility and budget -----------------------------------------------------------------


def _feasibility(platform: Platform, ctx: _Context) -> Contribution:
    key = "feasibility"
    hours = ctx.team_hours
    if hours is None:
        return Contribution(key, 0, None, "strategy", Message(N_("No team hours entered yet.")))
    needed = required_hours(platform, ctx.strategy, ctx.kb)
    if needed is not None:
        return _numeric_feasibility(platform, ctx, hours, needed)
    if platform.workload is None:
        return Contribution(key, 0, None, "editorial", Message(N_("No workload assessment.")))
    w = platform.workload.rating
    value = w / 3 if hours < LARGE_TEAM_HOURS else (w + 3) / 6
    summary = Message(
        N_("{reason} Your team has {hours} h a week."),
        {"reason": platform.workload.reason, "hours": _num(hours)},
    )
    text = (
        N_("fits your team's {hours} h a week")
        if value >= 0.5
        else N_("takes more effort than your team's {hours} h a week allow")
    )
    evidence = (
        Evidence(
            Message(
                N_("Workload {rating}/3 (3 = light) – {reason}"),
                {"rating": w, "reason": platform.workload.reason},
            ),
            _basis_of([platform.workload]),
            value=w,
            unit="/3",
        ),
        Evidence(
            Message(N_("Team: {hours} h a week"), {"hours": _num(hours)}),
            "strategy",
            value=hours,
            unit="h/week",
        ),
    )
    return Contribution(
        key,
        0,
        value,
        _basis_of([platform.workload]),
        summary,
        Message(text, {"hours": _num(hours)}),
        evidence,
    )


@dataclass(frozen=True)
class RequiredHours:
    """Hours a week a platform needs at its minimum sourced cadence."""

    hours: float
    posts_per_week: float
    hours_per_post: float
    format: str
    evidence: tuple[Evidence, ...]


def required_hours(platform: Platform, strategy: Strategy, kb: Knowledge) -> RequiredHours | None:
    """Minimum sourced posts per week × hours per post (the strategy's own figure first).

    None when either number is unknown: then nothing is pretended.
    """
    cadence = platform.minimum_cadence()
    fmt = platform.primary_format
    if cadence is None or cadence.min_per_week is None or fmt is None:
        return None
    own = _own_effort(strategy, platform.id, fmt)
    if own is not None:
        per_post, effort_evidence = (
            own,
            Evidence(
                Message(
                    N_("Your own figure: {hours} h per {format}"),
                    {"hours": _num(own), "format": LabelRef(FORMAT_LABELS, fmt)},
                ),
                "strategy",
                value=own,
                unit="h",
            ),
        )
    else:
        figure = kb.effort_for(fmt)
        if figure is None or figure.hours is None:
            return None
        per_post = figure.hours
        effort_evidence = Evidence(
            Message(
                N_("{hours} h per {format}"),
                {"hours": _num(per_post), "format": LabelRef(FORMAT_LABELS, fmt)},
            ),
            "overlay" if figure.origin == "overlay" else "data",
            value=per_post,
            unit="h",
            year=kb.figure_year(figure.year, figure.source),
            source=_source_ref(kb, figure.source),
            note=figure.note,
        )
    cadence_evidence = Evidence(
        Message(
            N_("Minimum sourced cadence: {posts} posts a week ({guidance})"),
            {"posts": _num(cadence.min_per_week), "guidance": cadence.guidance},
        ),
        "overlay" if cadence.origin == "overlay" else "data",
        value=cadence.min_per_week,
        unit="posts/week",
        year=kb.figure_year(cadence.year, cadence.source),
        source=_source_ref(kb, cadence.source),
        note=cadence.note,
    )
    hours = cadence.min_per_week * per_post + _community_hours(strategy, platform.id)
    return RequiredHours(hours, cadence.min_per_week, per_post, fmt, (cadence_evidence, effort_evidence))


def _own_effort(strategy: Strategy, platform_id: str, fmt: str) -> float | None:
    if not strategy.resources:
        return None
    for override in strategy.resources.effort:
        if (
            override.platform == platform_id
            and override.format in (fmt, None)
            and override.hours_per_post is not None
        ):
            return override.hours_per_post
    return None


def _community_hours(strategy: Strategy, platform_id: str) -> float:
    if not strategy.resources:
        return 0.0
    return sum(
        o.community_hours_per_week or 0.0 for o in strategy.resources.effort if o.platform == platform_id
    )


def _numeric_feasibility(
    platform: Platform, ctx: _Context, hours: float, needed: RequiredHours
) -> Contribution:
    ratio = needed.hours / hours if hours > 0 else float("inf")
    value = 1.0 if ratio <= 0.25 else max(0.0, 1 - (ratio - 0.25) / 0.75)
    params = {"need": _num(needed.hours), "hours": _num(hours)}
    summary = Message(
        N_("Needs about {need} h a week at its minimum sourced cadence; your team has {hours} h."), params
    )
    text = (
        N_("your team's {hours} h a week can carry it")
        if value >= 0.5
        else N_("needs about {need} h a week, more than your team's {hours} h can carry")
    )
    team = Evidence(
        Message(N_("Team: {hours} h a week"), {"hours": _num(hours)}), "strategy", value=hours, unit="h/week"
    )
    return Contribution(
        "feasibility", 0, value, "data", summary, Message(text, params), (*needed.evidence, team)
    )


def _budget_fit(platform: Platform, ctx: _Context) -> Contribution:
    key = "budget_fit"
    dependence = platform.ads_dependence
    if dependence is None:
        return Contribution(key, 0, None, "editorial", Message(N_("Works without an ad budget.")))
    if ctx.ads_budget is None:
        return Contribution(key, 0, None, "strategy", Message(N_("No budget entered yet.")))
    value = 1.0 if ctx.ads_budget > 0 else 1 - dependence.rating / 3
    summary = Message(
        N_("{reason} Ad budget: {budget} a month."),
        {"reason": dependence.reason, "budget": _num(ctx.ads_budget)},
    )
    text = (
        N_("your ad budget can lift its reach")
        if value >= 0.5
        else N_("needs an ad budget you have not planned")
    )
    evidence = (
        Evidence(
            Message(
                N_("Dependence on ads {rating}/3 – {reason}"),
                {"rating": dependence.rating, "reason": dependence.reason},
            ),
            _basis_of([dependence]),
            value=dependence.rating,
            unit="/3",
        ),
        Evidence(
            Message(N_("Ad budget: {budget} a month"), {"budget": _num(ctx.ads_budget)}),
            "strategy",
            value=ctx.ads_budget,
        ),
    )
    return Contribution(key, 0, value, _basis_of([dependence]), summary, Message(text), evidence)


# --- verdict, reasons and notes -------------------------------------------------------------


def _verdict(
    platform: Platform, ctx: _Context, score: float, contributions: list[Contribution], known_share: float
) -> tuple[Verdict, list[Note]]:
    verdict: Verdict = (
        "recommended"
        if score >= RECOMMENDED_FROM
        else "consider"
        if score >= CONSIDER_FROM
        else "not_recommended"
    )
    notes: list[Note] = []
    if platform.hub and verdict != "recommended":
        note = N_("Recommended in any case: your own website is the home base every other channel links to.")
        return "recommended", [Note("caution", Message(note))]
    if platform.local_presence and not ctx.is_local:
        return "not_recommended", [
            Note(
                "caution",
                Message(
                    N_("Only useful for a place customers visit; no location is set in the organisation.")
                ),
            )
        ]
    if verdict == "recommended" and known_share < MIN_KNOWN_WEIGHT:
        verdict = "consider"
        notes.append(
            Note(
                "data",
                Message(
                    N_(
                        "Too little is known to recommend it outright; the score rests on less than half of the weights."  # noqa: E501
                    )
                ),
            )
        )
    by_key = {c.key: c for c in contributions}
    reach = by_key["audience_reach"]
    surveyed = [a for a in ctx.strategy.audiences if a.kind not in NOT_IN_POPULATION_SURVEYS]
    if verdict == "recommended" and surveyed and not platform.is_owned_channel and not reach.is_known:
        verdict = "consider"
        notes.append(
            Note("data", Message(N_("Not recommended outright because no usage data covers your audiences.")))
        )
    feasibility = by_key["feasibility"]
    if verdict == "recommended" and feasibility.basis == "data" and feasibility.value == 0:
        verdict = "consider"
        notes.append(
            Note("caution", Message(N_("Your team's hours cannot carry even the minimum sourced cadence.")))
        )
    return verdict, notes


def _reason(
    platform: Platform, verdict: Verdict, contributions: list[Contribution], ctx: _Context
) -> Message:
    phrased = [c for c in contributions if c.phrase is not None and c.value is not None and c.weight > 0]
    strengths = sorted(
        (c for c in phrased if c.value is not None and c.value >= 0.5), key=lambda c: -c.points
    )
    weaknesses = sorted(
        (c for c in phrased if c.value is not None and c.value < 0.5),
        key=lambda c: (c.value or 0.0) - c.weight,
    )
    name = platform.name
    if platform.hub and not (score_verdict(contributions) == "recommended" and strengths):
        return Message(
            N_("{platform}: recommended as your home base, every other channel links here."),
            {"platform": name},
        )
    if platform.local_presence and not ctx.is_local:
        return Message(
            N_("{platform}: not recommended, it only helps a place that customers visit."), {"platform": name}
        )
    if verdict == "recommended" and len(strengths) >= 2:
        return Message(
            N_("{platform}: recommended, it {a} and {b}."),
            {"platform": name, "a": strengths[0].phrase, "b": strengths[1].phrase},
        )
    if verdict == "recommended" and strengths:
        return Message(N_("{platform}: recommended, it {a}."), {"platform": name, "a": strengths[0].phrase})
    if verdict == "consider" and strengths and weaknesses:
        return Message(
            N_("{platform}: worth considering, it {a}, but it {b}."),
            {"platform": name, "a": strengths[0].phrase, "b": weaknesses[0].phrase},
        )
    if verdict == "consider" and strengths:
        return Message(
            N_("{platform}: worth considering, it {a}, but too little is known to be sure."),
            {"platform": name, "a": strengths[0].phrase},
        )
    if weaknesses:
        return Message(
            N_("{platform}: not recommended, it {a}."), {"platform": name, "a": weaknesses[0].phrase}
        )
    return Message(N_("{platform}: not enough information to judge."), {"platform": name})


def score_verdict(contributions: list[Contribution]) -> Verdict:
    """The verdict the score alone would give, before any rule caps or floors it."""
    score = min(100.0, max(0.0, sum(c.points for c in contributions)))
    return (
        "recommended"
        if score >= RECOMMENDED_FROM
        else "consider"
        if score >= CONSIDER_FROM
        else "not_recommended"
    )


def _detail_reasons(contributions: list[Contribution]) -> tuple[Message, ...]:
    return tuple(
        Message(
            N_("{label}: {summary}"), {"label": LabelRef(CONTRIBUTION_LABELS, c.key), "summary": c.summary}
        )
        for c in contributions
        if c.is_known and c.weight > 0
    )


def _data_notes(platform: Platform, ctx: _Context, contributions: list[Contribution]) -> list[Note]:
    notes: list[Note] = []
    if not platform.is_owned_channel:
        notes.extend(_reach_gap_notes(platform, ctx))
    feasibility = next(c for c in contributions if c.key == "feasibility")
    if feasibility.basis == "editorial" and feasibility.is_known and platform.primary_format:
        notes.append(
            Note(
                "data",
                Message(
                    N_(
                        "No sourced hours per {format}: the workload is an editorial estimate. Enter your own figure under resources → effort for a real capacity check."  # noqa: E501
                    ),
                    {"format": LabelRef(FORMAT_LABELS, platform.primary_format)},
                ),
            )
        )
    for caveat in platform.caveats:
        notes.append(Note("data", caveat))
    if platform.overlaid:
        notes.append(
            Note("data", Message(N_("Overlay file changed: {keys}."), {"keys": ", ".join(platform.overlaid)}))
        )
    return notes


def _reach_gap_notes(platform: Platform, ctx: _Context) -> list[Note]:
    notes: list[Note] = []
    for audience in ctx.strategy.audiences:
        country = audience_country(audience, ctx.strategy)
        if not country:
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: no country set, so no usage data can be used."),
                        {"audience": audience.name},
                    ),
                )
            )
            continue
        if country not in ctx.kb.reach_metrics:
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: the knowledge base has no usage survey for {country}."),
                        {"audience": audience.name, "country": country},
                    ),
                )
            )
            continue
        reach = ctx.kb.reach(country, platform.id, audience.age_min, audience.age_max)
        if reach is None:
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: no usage figure for {platform} in {country}."),
                        {"audience": audience.name, "platform": platform.name, "country": country},
                    ),
                )
            )
        elif reach.is_total_only and (audience.age_min is not None or audience.age_max is not None):
            notes.append(
                Note(
                    "data",
                    Message(
                        N_(
                            "“{audience}”: no figure for this age band in {country}; the figure for the whole population is used."  # noqa: E501
                        ),
                        {"audience": audience.name, "country": country},
                    ),
                )
            )
        elif any(ctx.kb.sources[f.source].caveat for f in reach.figures):
            caveat = next(
                ctx.kb.sources[f.source].caveat for f in reach.figures if ctx.kb.sources[f.source].caveat
            )
            notes.append(
                Note(
                    "data",
                    Message(
                        N_("“{audience}”: {caveat}"),
                        {"audience": audience.name, "caveat": DataText(caveat or "")},
                    ),
                )
            )
    return notes


def _legal_notes(platform: Platform, ctx: _Context) -> list[Note]:
    org = ctx.strategy.organisation
    if org is None:
        return []
    return [_legal_note(ctx.kb, n) for n in ctx.kb.notes_for(org.sector, org.country, platform.id)]


def _legal_note(kb: Knowledge, note: SectorNote) -> Note:
    sources = tuple(SourceRef(s.title, s.url, s.year, "primary") for s in note.sources)
    return Note("legal", note.text, title=note.title, sources=sources)


# --- small helpers --------------------------------------------------------------------------


def _flat(text: Localized) -> Localized:
    """'Weekly use (ARD/ZDF)' → 'Weekly use, ARD/ZDF', so that it reads well inside parentheses."""
    return Localized(en=_unbracket(text.en), de=_unbracket(text.de) if text.de else None)


def _unbracket(text: str) -> str:
    return text.replace(" (", ", ").replace(")", "")


def _source_ref(kb: Knowledge, source_id: str | None) -> SourceRef | None:
    if source_id is None:
        return None
    s = kb.sources[source_id]
    return SourceRef(s.title, s.url, s.year, s.quality, s.caveat)


def _pct(value: float) -> str:
    return f"{value:.0f}" if value >= 1 or value == 0 else f"{value:.1f}"


def _num(value: float) -> str:
    return f"{value:g}" if value == int(value) else f"{value:.1f}"


_ALL_AGES = {"all": N_("all ages")}


def _band(band: str | None) -> object:
    return band if band and band != "all" else LabelRef(_ALL_AGES, "all")


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _language(language: str | None, variant: str) -> tuple[str, str]:
    if language is None:
        return ("en", "en") if variant == "en" else ("de", variant)
    if language == "de" and variant == "en":
        return "de", "de-sie"
    return language, variant if language == "de" else "en"


def _render_param(value: object, language: str, variant: str) -> object:
    if isinstance(value, Message):
        return value.render(language, variant)
    if isinstance(value, Localized):
        return value.get(language)
    if isinstance(value, LabelRef):
        return label(dict(value.table), value.code, language)
    if isinstance(value, DataText):
        return data_text(value.text, language)
    return value


def _translate(text: str, language: str, variant: str, values: Mapping[str, object]) -> str:
    if language == "de" and variant == "de-du":
        informal = translate(text, "de", context="du")
        if informal != text:
            return informal.format(**values)
    return translate(text, language).format(**values)
