"""Progress against the strategy: each KPI's actual value compared with its baseline, target and
deadline, rolled up per goal and per corporate objective along the goal tree.

progress = (actual − baseline) / (target − baseline): 0 at the baseline, 1 at the target, for a
reduction (a target below the baseline) just as for a growth. The expected progress is the
straight pace line from the baseline's date (``KPI.since``, else the first figure) to the
deadline. A KPI is *achieved* at progress 1, *ahead* or *behind* when it is more than
:data:`TOLERANCE` off the pace line, else *on track*.

>>> import datetime as dt
>>> from socialstrategy.core.model import KPI
>>> kpi = KPI(metric="Followers", platform="instagram", baseline=100, target=200,
...           since=dt.date(2026, 1, 1), due=dt.date(2026, 12, 31))
>>> facts = [Fact(dt.date(2026, 7, 1), "instagram", "followers", 130.0)]
>>> result = kpi_result("g", kpi, daily_series(facts), dt.date(2026, 7, 1))
>>> result.actual, result.progress, round(result.expected_progress, 2), result.status
(130.0, 0.3, 0.5, 'behind')
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import accumulate

from socialstrategy.core.i18n import N_
from socialstrategy.core.i18n import date as date_text
from socialstrategy.core.message import Message
from socialstrategy.core.model import KPI, Strategy
from socialstrategy.core.results.facts import Fact, Series, SeriesKey, combined, daily_series
from socialstrategy.core.results.mapping import PERIOD_DAYS, Measure, measured
from socialstrategy.core.vocabulary import METRICS, PLATFORM_NAMES, RESULT_STATUSES

TOLERANCE = 0.1
"""How far (in shares of the way from baseline to target) a KPI may be off its pace line and
still be on track: 10 percentage points."""
STALE_DAYS = 30
"""Figures older than this before the report's date are a finding: an export is due."""
TREND_DAYS = 90
"""The recent trend is the change over the last 90 days, per 30 days."""
MEASURED = ("achieved", "ahead", "on_track", "behind")
STATUS_ORDER = RESULT_STATUSES.codes


@dataclass(frozen=True)
class KpiResult:
    goal: str
    kpi: str
    label: str
    measure: Measure | None
    baseline: float | None
    target: float | None
    due: dt.date | None
    since: dt.date | None
    actual: float | None
    actual_date: dt.date | None
    progress: float | None
    expected_progress: float | None
    status: str
    needed_per_month: float | None = None
    trend_per_month: float | None = None
    notes: tuple[Message, ...] = ()
    history: tuple[tuple[dt.date, float], ...] = ()
    """The KPI's value at the end of each month from its start, for the chart."""

    @property
    def variance(self) -> float | None:
        """Actual minus the value the pace line expects at the actual's date."""
        if None in (self.actual, self.expected_progress, self.baseline, self.target):
            return None
        assert self.actual is not None and self.baseline is not None and self.target is not None
        assert self.expected_progress is not None
        return self.actual - (self.baseline + self.expected_progress * (self.target - self.baseline))

    def pace(self, when: dt.date) -> float | None:
        """The value the straight pace line expects on ``when``."""
        if None in (self.baseline, self.target, self.since, self.due):
            return None
        assert self.baseline is not None and self.target is not None
        assert self.since is not None and self.due is not None
        return self.baseline + _share(self.since, self.due, when) * (self.target - self.baseline)


@dataclass(frozen=True)
class RollUp:
    """A goal's or corporate objective's status from its KPIs' (or goals')."""

    identifier: str
    label: str
    status: str
    progress: float | None
    expected_progress: float | None
    parts: tuple[str, ...] = ()
    counts: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Results:
    as_of: dt.date
    kpis: tuple[KpiResult, ...]
    goals: tuple[RollUp, ...]
    objectives: tuple[RollUp, ...]
    latest: dt.date | None


def build_results(strategy: Strategy, facts: Iterable[Fact], as_of: dt.date | None = None) -> Results:
    """The results of ``strategy`` on ``as_of`` (default: the latest figure, else today)."""
    series = daily_series(facts)
    latest = max((max(s) for s in series.values() if s), default=None)
    as_of = as_of or latest or dt.date.today()
    kpis = tuple(
        kpi_result(goal.id, kpi, series, as_of, str(index))
        for goal in strategy.goals
        for index, kpi in enumerate(goal.kpis)
    )
    goals = tuple(
        _goal_rollup(goal.id, goal.statement, [k for k in kpis if k.goal == goal.id])
        for goal in strategy.goals
    )
    objectives = tuple(
        _rollup(
            objective.id,
            objective.statement,
            [g for g, goal in zip(goals, strategy.goals, strict=True) if objective.id in goal.serves],
        )
        for objective in strategy.corporate_objectives
    )
    return Results(as_of, kpis, goals, objectives, latest)


def kpi_result(
    goal: str, kpi: KPI, series: Mapping[SeriesKey, Series], as_of: dt.date, index: str = "0"
) -> KpiResult:
    """One KPI's actual, progress and status on ``as_of``."""
    measure = measured(kpi)
    blank = KpiResult(
        goal, kpi.id or index, kpi.metric, measure, kpi.baseline, kpi.target, kpi.due, kpi.since,
        None, None, None, None, "not_measurable", notes=(_NOT_MEASURABLE,),
    )  # fmt: skip
    if measure is None:
        return blank
    if kpi.baseline is None or kpi.target is None or kpi.due is None:
        return replace(blank, notes=(_NOT_SMART,))
    line = _Line(_series_of(series, measure, kpi))
    since = kpi.since or (line.days[0] - dt.timedelta(days=1) if line.days else None)
    found = _value(line, measure, since, as_of)
    notes = [_inferred(measure)] if measure.inferred else []
    if found is None or since is None:
        notes.append(_no_data(measure, kpi.metric, as_of, line))
        return replace(blank, since=since, status="no_data", notes=tuple(notes))
    actual, actual_date = found
    progress = _progress(actual, kpi.baseline, kpi.target)
    expected = _share(since, kpi.due, actual_date)
    status = _status(progress, expected, actual_date, kpi.due)
    needed = _needed(actual, actual_date, kpi.target, kpi.due)
    trend = _trend(line, measure, since, actual, actual_date)
    if (as_of - actual_date).days > STALE_DAYS:
        notes.append(Message(_STALE, {"date": Day(actual_date)}))
    if status == "behind" and needed is not None:
        notes.append(_behind(needed, trend, kpi.due))
    return replace(
        blank, since=since, actual=actual, actual_date=actual_date, progress=progress,
        expected_progress=expected, status=status, needed_per_month=needed, trend_per_month=trend,
        notes=tuple(notes), history=_history(line, measure, since, as_of),
    )  # fmt: skip


# --- values of a KPI at a date ----------------------------------------------------------------


class _Line:
    """A series as sorted days with running sums, for window sums in logarithmic time."""

    def __init__(self, series: Series) -> None:
        self.days = list(series)
        self.values = list(series.values())
        self.sums = [0.0, *accumulate(self.values)]

    def last_index(self, when: dt.date) -> int | None:
        index = bisect_right(self.days, when) - 1
        return index if index >= 0 else None

    def window(self, after: dt.date, until: dt.date) -> tuple[float, int]:
        """Sum and count of the values after ``after`` up to and including ``until``."""
        start, end = bisect_right(self.days, after), bisect_right(self.days, until)
        return self.sums[end] - self.sums[start], end - start

    def starts_by(self, when: dt.date) -> bool:
        return bool(self.days) and self.days[0] <= when


def _series_of(series: Mapping[SeriesKey, Series], measure: Measure, kpi: KPI) -> Series:
    """The KPI's series; followers without a level of their own are the baseline plus the new
    followers after the baseline's date (YouTube's and LinkedIn's exports count only those)."""
    own = combined(series, measure.metric, measure.platform)
    if own or measure.metric != "followers" or kpi.baseline is None:
        return own
    new = combined(series, "new_followers", measure.platform)
    since = kpi.since or (next(iter(new)) - dt.timedelta(days=1) if new else None)
    level, running = {}, kpi.baseline
    for when, value in new.items():
        if since is not None and when > since:
            running += value
            level[when] = running
    return level


def _value(
    line: _Line, measure: Measure, since: dt.date | None, when: dt.date
) -> tuple[float, dt.date] | None:
    index = line.last_index(when)
    if index is None:
        return None
    end = line.days[index]
    if measure.combine == "level":
        return line.values[index], end
    if measure.per == "total":
        assert since is not None
        return line.window(since, end)[0], end
    length = PERIOD_DAYS[measure.per]
    start = end - dt.timedelta(days=length)
    if not line.starts_by(start + dt.timedelta(days=1)):
        return None  # less than a full period of figures
    total, count = line.window(start, end)
    if measure.combine == "mean":
        return (total / count if count else 0.0), end
    return total, end


def _progress(actual: float, baseline: float, target: float) -> float:
    if target == baseline:
        return 1.0 if actual >= target else 0.0
    return (actual - baseline) / (target - baseline)


def _share(start: dt.date, end: dt.date, when: dt.date) -> float:
    """How far ``when`` is along the way from ``start`` to ``end``, between 0 and 1."""
    if end <= start:
        return 1.0
    return min(max((when - start).days / (end - start).days, 0.0), 1.0)


def _status(progress: float, expected: float, when: dt.date, due: dt.date) -> str:
    if progress >= 1:
        return "achieved"
    if when >= due:
        return "behind"
    if progress > expected + TOLERANCE:
        return "ahead"
    return "on_track" if progress >= expected - TOLERANCE else "behind"


def _needed(actual: float, when: dt.date, target: float, due: dt.date) -> float | None:
    """The change per 30 days that reaches the target by the deadline."""
    days = (due - when).days
    return (target - actual) / days * 30 if days > 0 else None


def _trend(line: _Line, measure: Measure, since: dt.date, actual: float, when: dt.date) -> float | None:
    earlier = _value(line, measure, since, when - dt.timedelta(days=TREND_DAYS))
    if earlier is None:
        return None
    return (actual - earlier[0]) / (TREND_DAYS / 30)


def _history(
    line: _Line, measure: Measure, since: dt.date, as_of: dt.date
) -> tuple[tuple[dt.date, float], ...]:
    points: list[tuple[dt.date, float]] = []
    month_end = _month_end(since)
    while month_end <= _month_end(as_of):
        when = min(month_end, as_of)
        found = _value(line, measure, since, when)
        if found is not None and found[1] > since and (not points or points[-1][0] != found[1]):
            points.append((found[1], found[0]))
        month_end = _month_end(month_end + dt.timedelta(days=1))
    return tuple(points)


def _month_end(when: dt.date) -> dt.date:
    following = (when.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    return following - dt.timedelta(days=1)


# --- roll-ups -----------------------------------------------------------------------------------


def _goal_rollup(identifier: str, label: str, kpis: list[KpiResult]) -> RollUp:
    parts = [(k.status, k.progress, k.expected_progress) for k in kpis]
    return _combined(identifier, label, parts, tuple(k.kpi for k in kpis))


def _rollup(identifier: str, label: str, goals: list[RollUp]) -> RollUp:
    parts = [(g.status, g.progress, g.expected_progress) for g in goals]
    return _combined(identifier, label, parts, tuple(g.identifier for g in goals))


def _combined(
    identifier: str, label: str, parts: list[tuple[str, float | None, float | None]], names: tuple[str, ...]
) -> RollUp:
    counts = {status: sum(1 for s, _p, _e in parts if s == status) for status in STATUS_ORDER}
    measured_parts = [(s, p, e) for s, p, e in parts if s in MEASURED and p is not None and e is not None]
    if not measured_parts:
        status = "no_data" if counts["no_data"] else "not_measurable"
        return RollUp(identifier, label, status, None, None, names, counts)
    progress = sum(min(p, 1.0) for _s, p, _e in measured_parts) / len(measured_parts)
    expected = sum(e for _s, _p, e in measured_parts) / len(measured_parts)
    statuses = {s for s, _p, _e in measured_parts}
    if statuses == {"achieved"}:
        status = "achieved"
    elif "behind" in statuses:
        status = "behind"
    else:
        status = "ahead" if progress > expected + TOLERANCE else "on_track"
    return RollUp(identifier, label, status, progress, expected, names, counts)


# --- notes ---


@dataclass(frozen=True)
class Day:
    """A date as a message parameter, written as the reader writes dates."""

    value: dt.date

    def render(self, language: str, address: object = None) -> str:
        return date_text(self.value, language)


_NOT_MEASURABLE = Message(
    N_(
        "Choose the metric this KPI measures (and its platform) in the goals step,"
        " or enter its figures by hand."
    )
)
_STALE = N_("The latest figures are from {date}: time for a new export.")
_NOT_SMART = Message(
    N_("Give this KPI a baseline, a target and a deadline, so that its progress can be measured.")
)


def metric_name(metric: str) -> Message | str:
    """A metric's label as a message parameter; a custom metric (a KPI id) as it is."""
    label = METRICS.labels.get(metric)
    return Message(label) if label else metric


def platform_label(platform: str | None) -> Message | str:
    if platform is None:
        return Message(N_("all platforms"))
    name = PLATFORM_NAMES.get(platform)
    return Message(name) if name else platform


INFERRED = N_(
    "Measured as “{metric}”, as the KPI's wording suggests; set the metric in the goals step to be sure."
)
"""A note for the coach, not for the client's report."""


def _inferred(measure: Measure) -> Message:
    return Message(INFERRED, {"metric": metric_name(measure.metric)})


def _no_data(measure: Measure, label: str, as_of: dt.date, line: _Line) -> Message:
    """``label`` names a custom metric (the KPI's own words), whose code is only its id; its
    figures are counted by hand, so they are entered, not imported from a platform."""
    custom = measure.metric not in METRICS.labels
    name = label if custom else metric_name(measure.metric)
    where = {"metric": name, "platform": platform_label(measure.platform)}
    if line.days and line.days[0] <= as_of:
        return Message(N_("The figures for “{metric}” ({platform}) do not cover a full period yet."), where)
    if custom:
        return Message(  # its name is the KPI's own words, on the line above
            N_(
                "No figures for this KPI up to {date}: enter them on the results page"
                " or import a generic CSV."
            ),
            {"date": Day(as_of)},
        )
    return Message(
        N_("No figures for “{metric}” ({platform}) up to {date}: import an export."),
        where | {"date": Day(as_of)},
    )


def _behind(needed: float, trend: float | None, due: dt.date) -> Message:
    if trend is None:
        return Message(
            N_("Behind plan: {needed} per month are needed to reach the target by {due}."),
            {"needed": round(needed, 1), "due": Day(due)},
        )
    return Message(
        N_(
            "Behind plan: {needed} per month are needed to reach the target by {due};"
            " recently {trend} per month."
        ),
        {"needed": round(needed, 1), "due": Day(due), "trend": round(trend, 1)},
    )
