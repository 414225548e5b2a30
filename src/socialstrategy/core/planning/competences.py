"""Competences (Kompetenzen): what the chosen platforms and formats require, what the team has,
the gaps, and a training plan that closes them.

The catalogue and the requirement table are data (``data/competences.yaml``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass
from typing import Any

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.knowledge.effort import effort_model
from socialstrategy.core.model import Strategy, TeamMember
from socialstrategy.core.planning._data import load_data
from socialstrategy.core.planning.effort import formats_of
from socialstrategy.core.vocabulary import BASE_COMPETENCE_IDS, platform_name

COMPETENCE_IDS = BASE_COMPETENCE_IDS
PLATFORM_PREFIX = "platform_"
TRACKS = 2
"""Trainings one person runs at the same time."""
TRAINING_FORMS = {
    "online_course": N_("online course"),
    "workshop": N_("workshop"),
    "coaching": N_("coaching"),
}


@dataclass(frozen=True)
class Requirement:
    """A competence the strategy needs at ``level``; ``reasons`` say why (``platform:instagram``,
    ``format:short_video``, ``baseline``, ``ads_budget``, ``sector:pharmacy``)."""

    competence: str
    level: int
    reasons: tuple[str, ...]

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Gap:
    """A requirement nobody in the team meets; ``best`` is the closest member (or None)."""

    competence: str
    required: int
    have: int
    best: str | None
    reasons: tuple[str, ...]

    @property
    def size(self) -> int:
        return self.required - self.have

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "size": self.size}


@dataclass(frozen=True)
class Training:
    """Who learns what, by when, in what form."""

    member: str | None
    competence: str
    from_level: int
    to_level: int
    form: str
    start: dt.date
    due: dt.date

    def as_dict(self) -> dict[str, Any]:
        return {**asdict(self), "start": self.start.isoformat(), "due": self.due.isoformat()}


def catalogue(language: str = "en") -> list[dict[str, Any]]:
    """The competence catalogue with labels and level descriptions in ``language``."""
    return [
        {
            "id": cid,
            "label": competence_label(cid, language),
            "description": _text(_entry(cid)["description"], language, cid),
            "levels": {level: level_description(cid, level, language) for level in range(1, 6)},
        }
        for cid in COMPETENCE_IDS
    ]


def competence_label(competence: str, language: str = "en") -> str:
    return _text(_entry(competence)["label"], language, competence)


def level_description(competence: str, level: int, language: str = "en") -> str:
    return _text(_entry(competence)["levels"][level], language, competence)


def scale(language: str = "en") -> dict[int, str]:
    """What the levels 1-5 mean in general."""
    return {
        int(level): _text(text, language, "")
        for level, text in load_data("competences.yaml")["scale"].items()
    }


def required_competences(strategy: Strategy) -> list[Requirement]:
    """The competences and levels the active platforms, their formats, the budget and the sector need."""
    table = load_data("competences.yaml")["requirements"]
    needs: dict[str, tuple[int, list[str]]] = {}
    model = effort_model(strategy)
    active = strategy.active_platforms()
    if not active:
        return []
    _need_all(needs, table["baseline"], "baseline")
    for decision in active:
        _need(
            needs,
            PLATFORM_PREFIX + decision.platform,
            table["platform_level"][decision.status],
            f"platform:{decision.platform}",
        )
        for fmt in formats_of(decision, model):
            _need_all(needs, table["formats"].get(fmt, {}), f"format:{fmt}")
    if _has_ads_budget(strategy):
        _need_all(needs, table["ads_budget"], "ads_budget")
    sector = strategy.organisation.sector if strategy.organisation else None
    if sector in table["regulated_sectors"]:
        _need_all(needs, table["regulated"], f"sector:{sector}")
    return [
        Requirement(cid, level, tuple(dict.fromkeys(reasons))) for cid, (level, reasons) in _ordered(needs)
    ]


def competence_gaps(strategy: Strategy) -> list[Gap]:
    """Requirements that the best-rated team member does not meet, biggest gaps first."""
    team = strategy.team()
    gaps = []
    for req in required_competences(strategy):
        best = _best_member(team, req.competence)
        have = best.competences.get(req.competence, 0) if best else 0
        if have < req.level:
            gaps.append(Gap(req.competence, req.level, have, best.id if best else None, req.reasons))
    return sorted(gaps, key=lambda gap: -gap.size)


def training_plan(strategy: Strategy, start: dt.date) -> list[Training]:
    """One training per gap, small steps first, with time for its form (``data/competences.yaml``).

    The member who is closest already learns it; where nobody has a start, the member who is free
    earliest (more hours first). Everyone runs at most ``TRACKS`` trainings at a time.
    """
    forms = load_data("competences.yaml")["training"]["forms"]
    team = strategy.team()
    tracks = {member.id: [start] * TRACKS for member in team}
    plan = []
    for gap in sorted(competence_gaps(strategy), key=lambda gap: gap.size):
        form = forms[min(gap.size, 3)]
        learner = gap.best if gap.have > 0 else _free_earliest(team, tracks)
        begin = min(tracks[learner]) if learner else start
        due = begin + dt.timedelta(weeks=int(form["weeks"]))
        if learner:
            track = tracks[learner]
            track[track.index(begin)] = due
        plan.append(Training(learner, gap.competence, gap.have, gap.required, str(form["form"]), begin, due))
    return plan


def _free_earliest(team: list[TeamMember], tracks: dict[str, list[dt.date]]) -> str | None:
    best = min(team, key=lambda m: (min(tracks[m.id]), -m.hours_per_week, m.id), default=None)
    return best.id if best else None


def training_form_label(form: str, language: str = "en") -> str:
    return translate(TRAINING_FORMS.get(form, form), language)


def _need(needs: dict[str, tuple[int, list[str]]], competence: str, level: int, reason: str) -> None:
    current, reasons = needs.get(competence, (0, []))
    needs[competence] = (max(current, int(level)), [*reasons, reason])


def _need_all(needs: dict[str, tuple[int, list[str]]], levels: dict[str, int], reason: str) -> None:
    for competence, level in levels.items():
        _need(needs, competence, level, reason)


def _ordered(needs: dict[str, tuple[int, list[str]]]) -> list[tuple[str, tuple[int, list[str]]]]:
    """Catalogue order first, then platform competences in the order they came."""
    order = {cid: index for index, cid in enumerate(COMPETENCE_IDS)}
    keys = sorted(needs, key=lambda cid: order.get(cid, len(order)))
    return [(cid, needs[cid]) for cid in keys]


def _best_member(team: list[TeamMember], competence: str) -> TeamMember | None:
    """The member rated highest; ties go to the one with more hours, then by id."""
    return min(
        team,
        key=lambda m: (-m.competences.get(competence, 0), -m.hours_per_week, m.id),
        default=None,
    )


def _has_ads_budget(strategy: Strategy) -> bool:
    lines = strategy.resources.budget if strategy.resources else []
    return any(line.category == "ads" and line.monthly_amount > 0 for line in lines)


def _entry(competence: str) -> dict[str, Any]:
    data = load_data("competences.yaml")["competences"]
    key = "platform" if competence.startswith(PLATFORM_PREFIX) else competence
    if key not in data:
        raise KeyError(f"unknown competence id: {competence}")
    entry: dict[str, Any] = data[key]
    return entry


def _text(texts: dict[str, str], language: str, competence: str) -> str:
    text = texts.get(language) or texts["en"]
    if competence.startswith(PLATFORM_PREFIX):
        return text.format(platform=platform_name(competence.removeprefix(PLATFORM_PREFIX), language))
    return text
