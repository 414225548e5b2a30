"""What an agency strategy paper has beyond the steps: the one-page executive summary, the
12-month roadmap, persona cards, example posts and the next steps.

Every figure comes from the strategy (or the knowledge base through :mod:`extras`); what the
strategy does not say is shown as unknown, never estimated here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from socialstrategy.core.i18n import N_, translate, translate_plural
from socialstrategy.core.model import KPI, Audience, CalendarEntry, Goal, MarketingEvent, Strategy
from socialstrategy.core.render import extras
from socialstrategy.core.render.blocks import (
    Block,
    BulletList,
    Chapter,
    Facts,
    Note,
    Paragraph,
    Quote,
    Span,
    Subheading,
    Table,
)
from socialstrategy.core.render.charts import Chart
from socialstrategy.core.render.labels import (
    code_label,
    format_date,
    format_month,
    format_number,
    format_short_date,
    goal_numbers,
)
from socialstrategy.core.render.markup import text_blocks
from socialstrategy.core.vocabulary import GOAL_NAMES, platform_name
from socialstrategy.core.voice import address_forms

UNKNOWN = N_("unknown")
HEADLINE_TARGETS = 5
ROADMAP_MONTHS = 12
ROADMAP_MONTHS_AT_MOST = 18
NEXT_STEPS = 8


def _t(language: str) -> Callable[..., str]:
    def t(message: str, **params: object) -> str:
        text = translate(message, language)
        return text.format(**params) if params else text

    return t


def _join(items: Iterable[str], language: str) -> str:
    values = [value for value in items if value]
    if len(values) < 2:
        return "".join(values)
    return ", ".join(values[:-1]) + translate(N_(" and "), language) + values[-1]


def _amount(value: float, currency: str, language: str) -> str:
    """``1.234 EUR`` with a no-break space, so that a number never parts from its unit."""
    return f"{format_number(value, language)}\u00a0{currency}"


# --- executive summary -------------------------------------------------------------------------


def executive_summary(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """One page: the key decisions, the headline targets with their deadlines, budget, time and
    timeline, and the version of the paper."""
    t = _t(language)
    blocks: list[Block] = []
    decisions = key_decisions(strategy, language)
    if decisions:
        items = tuple("".join(span.text for span in runs) for runs in decisions)
        blocks += [Subheading(t(N_("Key decisions"))), BulletList(items, item_spans=tuple(decisions))]
    blocks += _headline_targets(strategy, language)
    rows = (*_frame_rows(strategy, language), (t(N_("Version")), version_line(strategy, language)))
    blocks += [Subheading(t(N_("Budget, time and timeline"))), Facts(rows)]
    return Chapter("summary", t(N_("Executive summary")), tuple(blocks))


def key_decisions(strategy: Strategy, language: str) -> list[tuple[Span, Span]]:
    """Three to five decisions, each led by what it is about: platforms, focus, address and
    tone, content, team and money."""
    t = _t(language)
    found = [
        (t(N_("Platforms")), _platform_decision(strategy, language)),
        (
            t(N_("Audiences")),
            _join((a.name for a in strategy.audiences), language) + "." if strategy.audiences else "",
        ),
        (t(N_("Focus")), _focus(strategy, language)),
        (t(N_("Address and tone")), _address_and_tone(strategy, language)),
        (t(N_("Content")), _content_decision(strategy, language)),
    ]
    return [(Span(f"{lead}: ", strong=True), Span(text)) for lead, text in found if text][:5]


def _platform_decision(strategy: Strategy, language: str) -> str:
    t = _t(language)
    by_status: dict[str, list[str]] = {}
    for decision in strategy.platforms:
        by_status.setdefault(decision.status, []).append(platform_name(decision.platform, language))
    parts = []
    if by_status.get("use"):
        parts.append(_join(by_status["use"], language))
    if by_status.get("test"):
        parts.append(t(N_("{platforms} as a test"), platforms=_join(by_status["test"], language)))
    if by_status.get("reject"):
        parts.append(t(N_("not used: {platforms}"), platforms=_join(by_status["reject"], language)))
    return "; ".join(parts) + "." if parts else ""


def _focus(strategy: Strategy, language: str) -> str:
    focus = [g for g in strategy.goals if g.priority == "high"]
    if not focus:
        return ""
    types = dict.fromkeys(translate(GOAL_NAMES[g.type], language) for g in focus)
    return translate(N_("{goals} (goals of high priority)."), language, goals=_join(types, language))


def _address_and_tone(strategy: Strategy, language: str) -> str:
    community = strategy.community
    if community is None:
        return ""
    parts = [address_text(strategy, language), ", ".join(community.tone)]
    return "; ".join(part for part in parts if part) + "." if any(parts) else ""


def _content_decision(strategy: Strategy, language: str) -> str:
    pillars = strategy.content.pillars if strategy.content else []
    if not pillars:
        return ""
    names = (
        f"{p.name} ({format_number(p.share, language)}\u00a0%)" if p.share is not None else p.name
        for p in pillars
    )
    return translate_plural(
        "{count} content pillar: {pillars}.",
        "{count} content pillars: {pillars}.",
        len(pillars),
        language,
        pillars=_join(names, language),
    )


def _headline_targets(strategy: Strategy, language: str) -> list[Block]:
    """The KPIs of the high-priority goals (else of all goals), at most five, with deadlines."""
    t = _t(language)
    goals = [g for g in strategy.goals if g.priority == "high" and g.kpis] or strategy.goals
    pairs = [(goal, kpi) for goal in goals for kpi in goal.kpis][:HEADLINE_TARGETS]
    if not pairs:
        return []
    numbers = goal_numbers(strategy.goals, language)
    header = (t(N_("Goal")), t(N_("Key figure")), t(N_("Now → target")), t(N_("Due")))
    rows = tuple(
        (
            numbers[goal.id],
            kpi.metric,
            target_text(kpi, language),
            format_short_date(kpi.due, language) or t(UNKNOWN),
        )
        for goal, kpi in pairs
    )
    return [Subheading(t(N_("Headline targets"))), Table(header, rows, (0.5, 3.4, 2.1, 1.1), names=(3,))]


def target_text(kpi: KPI, language: str) -> str:
    """``1.850 → 3.200 Follower``; unknown ends are ``?``; a reduction keeps its direction."""
    t = _t(language)
    low = format_number(kpi.baseline, language) if kpi.baseline is not None else "?"
    high = format_number(kpi.target, language) if kpi.target is not None else t(UNKNOWN)
    unit = f"\u00a0{kpi.unit}" if kpi.unit and kpi.target is not None else ""
    return f"{low}\u00a0→ {high}{unit}"


def _frame_rows(strategy: Strategy, language: str) -> tuple[tuple[str, str], ...]:
    t = _t(language)
    unknown = t(UNKNOWN)
    budget = strategy.resources.budget if strategy.resources else []
    currencies = {line.currency for line in budget}
    if budget and len(currencies) == 1:
        monthly = sum(line.monthly_amount for line in budget)
        currency = currencies.pop()
        per_month, per_year = _amount(monthly, currency, language), _amount(monthly * 12, currency, language)
    else:
        per_month = per_year = unknown
    total = (
        per_month
        if per_month == unknown
        else t(N_("{month} a month, {year} a year"), month=per_month, year=per_year)
    )
    return (
        (t(N_("Total budget")), total),
        (t(N_("Time per week")), _time_text(strategy, language)),
        (t(N_("Timeline")), _timeline_text(strategy, language)),
    )


def _time_text(strategy: Strategy, language: str) -> str:
    t = _t(language)
    team = strategy.team()
    if not team:
        return t(UNKNOWN)
    available = format_number(sum(m.hours_per_week for m in team), language)
    text = translate_plural(
        "{hours}\u00a0h from {count} person",
        "{hours}\u00a0h from {count} people",
        len(team),
        language,
        hours=available,
    )
    figures = extras.capacity_figures(strategy, language)
    if figures is not None:
        text += t(
            N_(" (the plan needs {hours}\u00a0h)"), hours=format_number(round(figures.required, 1), language)
        )
    return text


def _timeline_text(strategy: Strategy, language: str) -> str:
    t = _t(language)
    span = plan_span(strategy)
    if span is None:
        return t(UNKNOWN)
    start, end = span
    return f"{format_month(start, language)} – {format_month(end, language)}"


def plan_span(strategy: Strategy) -> tuple[dt.date, dt.date] | None:
    """From the first dated item of the plan (event, post, training) to the last KPI deadline."""
    days = _plan_days(strategy)
    return (min(days), max(days)) if days else None


def _plan_days(strategy: Strategy) -> list[dt.date]:
    days = [kpi.due for goal in strategy.goals for kpi in goal.kpis if kpi.due]
    days += [o.due for o in strategy.corporate_objectives if o.due]
    days += [e.date for e in _events(strategy)]
    days += [e.date for e in _calendar(strategy)]
    return days


def version_line(strategy: Strategy, language: str) -> str:
    """``1.0 of 24 November 2026, by …``: which paper the reader holds."""
    t = _t(language)
    moment = strategy.updated or strategy.created
    day = moment.date() if isinstance(moment, dt.datetime) else dt.date.today()
    line = t(
        N_("{version} of {date}"),
        version=strategy.document_version or "1.0",
        date=format_date(day, language),
    )
    if strategy.author:
        line += t(N_(", by {author}"), author=strategy.author)
    return line + "."


# --- roadmap -----------------------------------------------------------------------------------


def roadmap_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """Twelve months from the start of the plan (longer when key figures are due later, up to
    eighteen): phases, campaigns and the milestones of the key figures; quiet months together."""
    t = _t(language)
    title = t(N_("Roadmap"))
    span = plan_span(strategy)
    if span is None:
        return Chapter("roadmap", title, (Note(t(N_("The plan has no dates yet."))),))
    count = (span[1].year - span[0].year) * 12 + span[1].month - span[0].month + 1
    months = _months(span[0], min(max(count, ROADMAP_MONTHS), ROADMAP_MONTHS_AT_MOST))
    blocks: list[Block] = []
    phases = _phase_rows(strategy, language)
    if phases:
        blocks += [Subheading(t(N_("Phases"))), Table((t(N_("Phase")), t(N_("When"))), phases, (3, 2))]
    header = (t(N_("Month")), t(N_("Campaigns and occasions")), t(N_("Milestones")), t(N_("Posts")))
    rows = _quiet_months_together(
        [_month_row(strategy, month, language) for month in months], months, language
    )
    blocks += [Subheading(t(N_("Month by month"))), Table(header, rows, (1.3, 2.6, 2.8, 0.8))]
    later = [
        kpi
        for goal in strategy.goals
        for kpi in goal.kpis
        if kpi.due and kpi.due >= _add_months(months[-1], 1)
    ]
    if later:
        blocks.append(
            Note(
                translate_plural(
                    "{count} key figure is due after these months.",
                    "{count} key figures are due after these months.",
                    len(later),
                    language,
                )
            )
        )
    return Chapter("roadmap", title, tuple(blocks))


def _quiet_months_together(
    rows: list[tuple[str, ...]], months: list[dt.date], language: str
) -> tuple[tuple[str, ...], ...]:
    """Consecutive months without campaign, milestone or post as one row (``April – Mai 2027``)."""
    merged: list[tuple[str, ...]] = []
    quiet: list[dt.date] = []

    def flush() -> None:
        if quiet:
            first, last = quiet[0], quiet[-1]
            label = format_month(first, language)
            if last != first:
                start = _babel_month(first, language, with_year=first.year != last.year)
                label = f"{start} – {format_month(last, language)}"
            merged.append((label, "–", "–", "–"))
            quiet.clear()

    for row, month in zip(rows, months, strict=True):
        if row[1:] == ("–", "–", "–"):
            quiet.append(month)
            continue
        flush()
        merged.append(row)
    flush()
    return tuple(merged)


def _babel_month(day: dt.date, language: str, with_year: bool) -> str:
    from babel.dates import format_date as babel_date

    return format_month(day, language) if with_year else babel_date(day, format="LLLL", locale=language)


def _months(start: dt.date, count: int) -> list[dt.date]:
    first = start.replace(day=1)
    return [_add_months(first, n) for n in range(count)]


def _add_months(day: dt.date, months: int) -> dt.date:
    total = day.month - 1 + months
    return dt.date(day.year + total // 12, total % 12 + 1, 1)


def _in_month(day: dt.date, month: dt.date) -> bool:
    return (day.year, day.month) == (month.year, month.month)


def _month_row(strategy: Strategy, month: dt.date, language: str) -> tuple[str, ...]:
    end = _add_months(month, 1)
    events = [e.title for e in _events(strategy) if e.date < end and (e.end or e.date) >= month]
    milestones = [
        f"{kpi.metric}: {target_text(kpi, language)}"
        for goal in strategy.goals
        for kpi in goal.kpis
        if kpi.due and _in_month(kpi.due, month)
    ]
    milestones += [
        _training_text(need, language)
        for need in extras.training_plan(strategy, language)
        if need.due and _in_month(need.due, month)
    ]
    posts = sum(1 for entry in _calendar(strategy) if _in_month(entry.date, month))
    return (
        format_month(month, language),
        "\n".join(f"• {title}" for title in events) or "–",
        "\n".join(f"• {text}" for text in milestones) or "–",
        str(posts) if posts else "–",
    )


def _training_text(need: extras.TrainingNeed, language: str) -> str:
    return translate(
        N_("Training {competence}: {who}"),
        language,
        competence=code_label(need.competence, language),
        who=need.who,
    )


def _phase_rows(strategy: Strategy, language: str) -> tuple[tuple[str, str], ...]:
    """Phases the plan's own dates give: training, publishing by the calendar, campaigns, targets."""
    t = _t(language)
    rows: list[tuple[str, str]] = []
    training = [need.due for need in extras.training_plan(strategy, language) if need.due]
    if training:
        rows.append((t(N_("Build the team's skills (training plan)")), _until(max(training), language)))
    calendar = [e.date for e in _calendar(strategy)]
    if calendar:
        rows.append(
            (t(N_("Publish by the editorial calendar")), _range(min(calendar), max(calendar), language))
        )
    events = _events(strategy)
    if events:
        last = max(e.end or e.date for e in events)
        rows.append((t(N_("Campaigns of the marketing calendar")), _range(events[0].date, last, language)))
    dues = [kpi.due for goal in strategy.goals for kpi in goal.kpis if kpi.due]
    if dues:
        rows.append((t(N_("Reach the key figures' targets")), _range(min(dues), max(dues), language)))
    return tuple(rows)


def _until(day: dt.date, language: str) -> str:
    return translate(N_("until {date}"), language, date=format_short_date(day, language))


def _range(first: dt.date, last: dt.date, language: str) -> str:
    if first == last:
        return format_short_date(first, language)
    return f"{format_short_date(first, language)} – {format_short_date(last, language)}"


def _events(strategy: Strategy) -> list[MarketingEvent]:
    mix = strategy.marketing_mix
    return sorted(mix.events, key=lambda e: e.date) if mix else []


def _calendar(strategy: Strategy) -> list[CalendarEntry]:
    return sorted(strategy.content.calendar, key=lambda e: e.date) if strategy.content else []


# --- persona cards -----------------------------------------------------------------------------


def persona_cards(strategy: Strategy, language: str) -> list[Block]:
    """A card per audience: who they are, where we reach them, which goals they serve."""
    blocks: list[Block] = []
    for audience in strategy.audiences:
        blocks += _persona_card(strategy, audience, language)
    return blocks


def _persona_card(strategy: Strategy, audience: Audience, language: str) -> list[Block]:
    t = _t(language)
    decisions = [d for d in strategy.platforms if audience.id in d.audiences and d.status in ("use", "test")]
    goals = dict.fromkeys(g for d in decisions for g in d.goals)
    numbers = goal_numbers(strategy.goals, language)
    age = age_range(audience.age_min, audience.age_max)
    rows = [
        (t(N_("Kind")), code_label(audience.kind, language)),
        (t(N_("Age")), age or t(UNKNOWN)),
        (t(N_("Region")), audience.region or t(UNKNOWN)),
        (t(N_("Roles")), ", ".join(audience.roles)),
        (
            t(N_("Reached on")),
            ", ".join(_cadence_platform(d.platform, d.posts_per_week, language) for d in decisions),
        ),
        (t(N_("Goals")), ", ".join(numbers[g] for g in goals if g in numbers)),
    ]
    text = " ".join(b.text for b in text_blocks(audience.description or "") if isinstance(b, Paragraph))
    return [Facts(tuple((label, value) for label, value in rows if value), title=audience.name, text=text)]


def _cadence_platform(platform: str, posts_per_week: float | None, language: str) -> str:
    name = platform_name(platform, language)
    return f"{name} ({cadence(posts_per_week, language)})" if posts_per_week else name


def cadence(posts_per_week: float | None, language: str) -> str:
    """A posting rhythm as people say it: ``3 a week``, ``every two weeks``, ``monthly``.

    >>> cadence(3, "en"), cadence(0.5, "en"), cadence(0.25, "de")
    ('3 a week', 'every two weeks', 'monatlich')
    """
    t = _t(language)
    if posts_per_week is None:
        return ""
    if posts_per_week > 1:
        return t(N_("{count} a week"), count=format_number(posts_per_week, language))
    words = (
        (0.9, N_("weekly")),
        (0.45, N_("every two weeks")),
        (0.3, N_("every three weeks")),
        (0.2, N_("monthly")),
        (0.1, N_("every two months")),
        (0.07, N_("quarterly")),
    )
    for least, word in words:
        if posts_per_week >= least:
            return t(word)
    return t(N_("less than quarterly"))


# --- example posts -----------------------------------------------------------------------------


def example_posts(strategy: Strategy, language: str) -> list[Block]:
    """One written post per platform in use, from different pillars where the calendar allows,
    in the community's address; posts in the other form of address are not shown."""
    t = _t(language)
    content = strategy.content
    if content is None:
        return []
    pillars = {p.id: p.name for p in content.pillars}
    chosen: list[CalendarEntry] = []
    used_pillars: set[str] = set()
    for decision in strategy.platforms:
        if decision.status not in ("use", "test"):
            continue
        candidates = [
            e for e in _calendar(strategy) if e.platform == decision.platform and _fits_address(strategy, e)
        ]
        fresh = [e for e in candidates if e.pillar not in used_pillars]
        pick = (fresh or candidates)[:1]
        chosen += pick
        used_pillars.update(e.pillar or "" for e in pick)
    if not chosen:
        return []
    blocks: list[Block] = [Subheading(t(N_("Example posts")))]
    if strategy.language != language:
        blocks.append(
            Note(t(N_("The posts are shown as they will be published, in the strategy's language.")))
        )
    for entry in chosen:
        title = " · ".join(
            part
            for part in (
                platform_name(entry.platform, language),
                pillars.get(entry.pillar or "", ""),
                entry.title,
            )
            if part
        )
        text = (entry.text or "").strip()
        if entry.hashtags:
            text += "\n" + " ".join(f"#{tag}" for tag in entry.hashtags)
        blocks.append(Quote(text, title=title))
    return blocks


def _fits_address(strategy: Strategy, entry: CalendarEntry) -> bool:
    if not (entry.text or "").strip():
        return False
    address = strategy.community.address if strategy.community else None
    if strategy.language != "de" or address is None:
        return True
    form = address_forms(entry.text or "").form
    return form in (None, "none", address)


# --- next steps --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Step:
    day: dt.date | None
    what: str
    who: str


def next_steps_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """What happens next, with owners and dates from the plan: trainings, each platform's first
    planned post, the first deadlines of the key figures."""
    t = _t(language)
    title = t(N_("Next steps"))
    steps = sorted(_steps(strategy, language), key=lambda s: (s.day or dt.date.max, s.what))[:NEXT_STEPS]
    if not steps:
        return Chapter("next-steps", title, (Note(t(N_("The plan has no dated steps yet."))),))
    header = (t(N_("No.")), t(N_("Step")), t(N_("Who")), t(N_("Due")))
    rows = tuple(
        (str(n), s.what, s.who or t(N_("not assigned")), format_short_date(s.day, language) or t(UNKNOWN))
        for n, s in enumerate(steps, 1)
    )
    return Chapter("next-steps", title, (Table(header, rows, (0.4, 4.2, 1.6, 1.2), names=(2,)),))


def _steps(strategy: Strategy, language: str) -> list[Step]:
    t = _t(language)
    owners = {m.id: m.name for m in strategy.team()}
    steps = [
        Step(
            need.due,
            t(N_("Training: {competence}"), competence=code_label(need.competence, language)),
            need.who,
        )
        for need in extras.training_plan(strategy, language)
    ]
    seen: set[str] = set()
    for entry in _calendar(strategy):
        if entry.platform in seen or entry.status == "published":
            continue
        seen.add(entry.platform)
        what = t(
            N_("First post on {platform}: “{title}”"),
            platform=platform_name(entry.platform, language),
            title=entry.title,
        )
        steps.append(Step(entry.date, what, owners.get(entry.owner or "", entry.owner or "")))
    firsts: dict[str, tuple[Goal, KPI]] = {}
    for goal in strategy.goals:
        for kpi in goal.kpis:
            if kpi.due and (goal.id not in firsts or kpi.due < (firsts[goal.id][1].due or dt.date.max)):
                firsts[goal.id] = (goal, kpi)
    numbers = goal_numbers(strategy.goals, language)
    for goal, kpi in firsts.values():
        what = t(
            N_("Check target of {goal}: {metric}, {target}"),
            goal=numbers[goal.id],
            metric=kpi.metric,
            target=target_text(kpi, language),
        )
        steps.append(Step(kpi.due, what, ""))
    return steps


def budget_split_note(strategy: Strategy, language: str) -> list[Block]:
    """Budget lines carry no goal or platform: the paper says so instead of dividing them up."""
    if not (strategy.resources and strategy.resources.budget):
        return []
    return [
        Note(
            translate(
                N_(
                    "The budget lines are not assigned to goals or platforms, so the paper shows no "
                    "split per goal or platform; the time per platform is in the chapter “Capacity”."
                ),
                language,
            )
        )
    ]


def address_text(strategy: Strategy, language: str) -> str:
    community = strategy.community
    if community is None or community.address is None:
        return ""
    text = translate(N_("informal (du)") if community.address == "du" else N_("formal (Sie)"), language)
    if community.use_ihr_for_groups:
        text += translate(N_(", groups as “ihr”"), language)
    return text


def age_range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return f"{low if low is not None else ''}–{high if high is not None else ''}"
