"""Sensitivity and confidence: how much a weight would have to change to alter the top three, and
how much of each platform's score rests on data rather than editorial ratings.

A platform's score is linear in the weights once its contributions are known:
``score = 100 · Σ wₖ·vₖ / Σ wₖ`` over its known contributions. So the ranking under other weights
is recomputed from the values alone, without scoring again; the verdict rules that do not depend
on the weights (a gate, a missing usage figure, the home base) keep their effect, and the
thresholds and the rule of too little known weight are applied to the new score.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge.labels import CONTRIBUTION_LABELS
from socialstrategy.core.message import Message
from socialstrategy.core.recommend.results import LabelRef, PlatformScore, Verdict
from socialstrategy.core.recommend.verdicts import MIN_KNOWN_WEIGHT, VERDICT_ORDER, verdict_for

TOP = 3
MAX_FACTOR = 10.0
"""Changes beyond tenfold are not reported: then the order holds for any sensible weighting."""
_STEPS = 12
"""Factors tried per weight and direction, evenly spaced on a log scale from 1 to tenfold."""


@dataclass(frozen=True)
class _Row:
    platform: str
    name: str
    values: Mapping[str, float]
    fixed: Verdict | None
    capped: bool


@dataclass(frozen=True)
class Shift:
    """The smallest change of one weight that changes who stands at ``position`` (1-3)."""

    platform: str
    name: str
    position: int
    key: str | None
    factor: float | None
    """> 1: the weight counts that many times as much; < 1: that share of it; None: no change up
    to tenfold changes the position."""
    by: tuple[str, str] | None = None
    """The platform (id, name) that takes the position then."""

    def message(self) -> Message:
        name = LabelRef({self.platform: self.name}, self.platform)
        if self.key is None or self.factor is None or self.by is None:
            return Message(
                N_(
                    "{platform} stays at rank {position} even if any one weight rises tenfold or falls to a tenth."  # noqa: E501
                ),
                {"platform": name, "position": self.position},
            )
        params = {
            "platform": name,
            "position": self.position,
            "weight": LabelRef(CONTRIBUTION_LABELS, self.key),
            "other": LabelRef({self.by[0]: self.by[1]}, self.by[0]),
        }
        if self.factor > 1:
            text = N_(
                "{platform} stays at rank {position} unless {weight} counts more than {factor} times as much; then {other} takes its place."  # noqa: E501
            )
            return Message(text, {**params, "factor": round(self.factor, 1)})
        text = N_(
            "{platform} stays at rank {position} unless {weight} counts less than {share}% of what it counts now; then {other} takes its place."  # noqa: E501
        )
        return Message(text, {**params, "share": round(100 * self.factor)})


def sensitivity(platforms: tuple[PlatformScore, ...], weights: Mapping[str, float]) -> tuple[Shift, ...]:
    """For each of the top three: the single weight change that soonest changes its position."""
    rows = [_row(p) for p in platforms]
    top = _order(rows, weights)[:TOP]
    return tuple(_shifts(rows, weights, top))


def _row(score: PlatformScore) -> _Row:
    values = {c.key: c.value for c in score.contributions if c.value is not None}
    return _Row(score.platform, score.name, values, score.fixed, score.capped)


def _score(row: _Row, weights: Mapping[str, float]) -> float:
    known = sum(weights[k] for k in row.values if weights[k] > 0)
    return 100 * sum(weights[k] * v for k, v in row.values.items()) / known if known > 0 else 0.0


def _verdict(row: _Row, score: float, weights: Mapping[str, float]) -> Verdict:
    """The rules of ``verdicts.verdict_with_rules`` on a score under other weights."""
    if row.fixed is not None:
        return row.fixed
    verdict = verdict_for(score)
    total = sum(weights.values())
    known_share = sum(weights[k] for k in row.values) / total if total > 0 else 0.0
    if verdict == "recommended" and (row.capped or known_share < MIN_KNOWN_WEIGHT):
        return "consider"
    return verdict


def _order(rows: list[_Row], weights: Mapping[str, float]) -> list[str]:
    scored = [(row, _score(row, weights)) for row in rows]
    ranked = sorted(
        scored, key=lambda rs: (VERDICT_ORDER[_verdict(rs[0], rs[1], weights)], -rs[1], rs[0].platform)
    )
    return [row.platform for row, _ in ranked]


def _shifts(rows: list[_Row], weights: Mapping[str, float], top: list[str]) -> list[Shift]:
    """Scan each weight up and down over factors from 1.2 to 10; per position, the smallest factor
    over all weights that moves its platform out of it."""
    best: dict[int, tuple[float, str, float, str]] = {}
    for key in weights:
        if weights[key] == 0:
            continue
        for up in (True, False):
            for position, (factor, by) in _first_moves(rows, weights, top, key, up).items():
                if position not in best or factor < best[position][0]:
                    best[position] = (factor, key, factor if up else 1 / factor, by)
    names = {r.platform: r.name for r in rows}
    shifts = []
    for position, platform in enumerate(top, start=1):
        found = best.get(position)
        if found is None:
            shifts.append(Shift(platform, names[platform], position, None, None))
        else:
            shifts.append(
                Shift(platform, names[platform], position, found[1], found[2], (found[3], names[found[3]]))
            )
    return shifts


def _first_moves(
    rows: list[_Row], weights: Mapping[str, float], top: list[str], key: str, up: bool
) -> dict[int, tuple[float, str]]:
    moved: dict[int, tuple[float, str]] = {}
    for factor in _FACTORS:
        changed = {**weights, key: weights[key] * (factor if up else 1 / factor)}
        order = _order(rows, changed)
        for position, platform in enumerate(top, start=1):
            if position not in moved and order[position - 1] != platform:
                moved[position] = (factor, order[position - 1])
        if len(moved) == len(top):
            break
    return moved


_FACTORS = tuple(round(MAX_FACTOR ** (step / _STEPS), 2) for step in range(1, _STEPS + 1))
"""1.21, 1.47, 1.78, 2.15, 2.61, 3.16, 3.83, 4.64, 5.62, 6.81, 8.25, 10: each about a fifth above the last."""
