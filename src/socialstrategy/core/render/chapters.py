"""The chapters of the three documents, one function per step of the process.

Each function takes the strategy and a language and returns a :class:`Chapter` of plain-text
blocks. A step that is not filled in yet still gets its chapter, with a note saying so, so that
the document shows what is missing instead of silently leaving it out.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from socialstrategy.core.i18n import N_, translate, translate_plural
from socialstrategy.core.knowledge.labels import (
    CONFIDENCE_LABELS,
    SOURCE_QUALITY_LABELS,
    VERDICT_GROUP_LABELS,
)
from socialstrategy.core.model import Goal, Strategy, TextSection
from socialstrategy.core.process import StepId
from socialstrategy.core.render import extras, overview
from socialstrategy.core.render.blocks import (
    Block,
    BulletList,
    Chapter,
    Facts,
    Figure,
    Note,
    Paragraph,
    Span,
    Subheading,
    Table,
)
from socialstrategy.core.render.charts import Chart, strategy_charts
from socialstrategy.core.render.labels import (
    code_label,
    format_month,
    format_number,
    format_short_date,
    goal_numbers,
    objective_numbers,
)
from socialstrategy.core.render.markup import text_blocks
from socialstrategy.core.render.overview import address_text as _address
from socialstrategy.core.vocabulary import platform_name

ChapterMaker = Callable[[Strategy, str, dict[str, Chart]], Chapter]

NOT_YET = N_("This step is not filled in yet.")


def strategy_chapters(strategy: Strategy, language: str, working_copy: bool = False) -> list[Chapter]:
    """Executive summary, one chapter per step (in the order of the process), then the appendices.

    The client copy leaves out the open findings of the check and cites no weak source; the
    working copy (for the coach) has both.
    """
    charts = strategy_charts(strategy, language)
    makers: Sequence[ChapterMaker] = (
        summary_chapter,
        *STEP_CHAPTERS,
        overview.roadmap_chapter,
        overview.next_steps_chapter,
        *((findings_chapter,) if working_copy else ()),
        calendar_chapter,
        working_sources_chapter if working_copy else sources_chapter,
    )
    return [_with_step(make, make(strategy, language, charts)) for make in makers]


def _with_step(make: ChapterMaker, chapter: Chapter) -> Chapter:
    step = STEP_CHAPTERS.get(make)
    return replace(chapter, step=step) if step else chapter


def guidelines_chapters(strategy: Strategy, language: str) -> list[Chapter]:
    """The employee guidelines (step ``guidelines``): who speaks for us, then the guideline sections."""
    t = _translator(language)
    guidelines = strategy.guidelines
    chapters = [_intro_chapter(strategy, language, N_("About these guidelines"), _GUIDELINES_INTRO)]
    chapters += _first_call_chapter(strategy, language)
    spokespeople = [
        _member_line(strategy, member) for member in (guidelines.spokespeople if guidelines else [])
    ]
    if spokespeople:
        chapters.append(
            Chapter("spokespeople", t(N_("Who speaks for us")), (BulletList(tuple(spokespeople)),))
        )
    sections = guidelines.sections if guidelines else []
    chapters += [_text_chapter(section) for section in sections]
    if not sections:
        chapters.append(Chapter("guidelines", t(N_("Guidelines")), (Note(t(NOT_YET)),)))
    return [replace(chapter, step="guidelines") for chapter in chapters]


def crisis_chapters(strategy: Strategy, language: str) -> list[Chapter]:
    """The crisis playbook (step ``guidelines``): contacts, escalation levels, then its sections."""
    t = _translator(language)
    crisis = strategy.crisis
    chapters = [_intro_chapter(strategy, language, N_("About this playbook"), _CRISIS_INTRO)]
    chapters.append(Chapter("contacts", t(N_("Crisis contacts")), _contact_blocks(strategy, language)))
    chapters.append(Chapter("levels", t(N_("Escalation levels")), _level_blocks(strategy, language)))
    chapters += [_text_chapter(section) for section in (crisis.sections if crisis else [])]
    return [replace(chapter, step="guidelines") for chapter in chapters]


def poster_chapters(strategy: Strategy, language: str) -> list[Chapter]:
    """The crisis poster for the wall („Wenn es brennt“, step ``guidelines``): the first call,
    three rules, every crisis contact and the escalation levels, on one A4 page."""
    t = _translator(language)
    rules = BulletList(tuple(t(rule) for rule in _POSTER_RULES), ordered=True)
    chapters = [
        *_first_call_chapter(strategy, language),
        Chapter("rules", t(N_("What to do")), (rules,)),
        Chapter("contacts", t(N_("Crisis contacts")), _contact_blocks(strategy, language)),
        Chapter("levels", t(N_("Escalation levels")), _level_blocks(strategy, language, brief=True)),
    ]
    return [replace(chapter, step="guidelines") for chapter in chapters]


_POSTER_RULES = (
    N_("Stay calm, delete nothing, take screenshots."),
    N_("Call first, then answer: what is posted is decided by whoever is responsible for the level below."),
    N_("No statement, no guess and no blame in public until it is approved."),
)


def _first_call_chapter(strategy: Strategy, language: str) -> list[Chapter]:
    """Whom to call first, with the crisis phone: the first crisis contact with a number."""
    t = _translator(language)
    team = {m.id: m for m in strategy.team()}
    for contact in strategy.crisis.contacts if strategy.crisis else []:
        member = team.get(contact.member or "")
        phone = contact.phone or (member.phone if member and member.phone else "")
        if phone:
            name = contact.name or (member.name if member else "")
            rows = (
                (t(N_("Crisis phone")), phone),
                (t(N_("Who")), f"{name} – {contact.role}" if name else contact.role),
            )
            return [Chapter("first-call", t(N_("In an emergency, call")), (Facts(rows),))]
    return []


_GUIDELINES_INTRO = N_(
    "These guidelines are for everyone at {organisation} who uses social media, privately or on "
    "behalf of the company. They say what we do, how we do it and how to behave when things get "
    "difficult."
)
_CRISIS_INTRO = N_(
    "This playbook says what to do when criticism of {organisation} on social media escalates: "
    "whom to call, who decides, and how quickly we answer."
)


# --- strategy chapters -------------------------------------------------------------------------


def summary_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """The executive summary, on one page: what the paper is, its most important goals, the key
    decisions, the headline targets, budget, time and timeline, and the version."""
    t = _translator(language)
    org = strategy.organisation
    sentences = []
    if org:
        sentences.append(t(N_("This document sets out the social media strategy of {name}."), name=org.name))
    if strategy.corporate_objectives or strategy.goals:
        objectives = translate_plural(
            "{count} corporate objective",
            "{count} corporate objectives",
            len(strategy.corporate_objectives),
            language,
        )
        sentences.append(
            translate_plural(
                "It pursues {count} social media goal that serves {objectives}.",
                "It pursues {count} social media goals that serve {objectives}.",
                len(strategy.goals),
                language,
                objectives=objectives,
            )
        )
    blocks: list[Block] = [Paragraph(" ".join(sentences))] if sentences else [Note(t(NOT_YET))]
    top = ([g for g in strategy.goals if g.priority == "high"] or strategy.goals)[:4]
    if top:
        numbers = goal_numbers(strategy.goals, language)
        blocks += [
            Subheading(t(N_("Most important goals"))),
            BulletList(tuple(f"{numbers[g.id]}\u2002{g.statement}" for g in top)),
        ]
    summary = overview.executive_summary(strategy, language, charts)
    return replace(summary, blocks=(*blocks, *summary.blocks))


def organisation_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    org = strategy.organisation
    title = t(N_("Organisation and principles"))
    if org is None:
        return Chapter("organisation", title, (Note(t(NOT_YET)),))
    location = ", ".join(part for part in (org.city, org.region, org.country) if part)
    rows = [
        (t(N_("Name")), org.name),
        (t(N_("Industry")), org.industry or ""),
        (t(N_("Business model")), code_label(org.business_model, language) if org.business_model else ""),
        (t(N_("Location")), location),
        (t(N_("Employees")), format_number(org.employees, language)),
        (t(N_("Website")), org.website or ""),
    ]
    blocks: list[Block] = [Facts(tuple((label, value) for label, value in rows if value))]
    if org.mission:
        blocks += [Subheading(t(N_("Mission"))), *_paragraphs(org.mission)]
    if org.corporate_strategy:
        blocks += [Subheading(t(N_("Corporate strategy"))), *_paragraphs(org.corporate_strategy)]
    if org.principles:
        blocks.append(Subheading(t(N_("Corporate principles"))))
        header: tuple[str, ...] = (t(N_("Principle")), t(N_("Expressed in tone")), t(N_("Served by goals")))
        rows_ = tuple(
            (p.statement, ", ".join(p.tone), _goal_refs(strategy, p.goals, language)) for p in org.principles
        )
        blocks.append(Table(header, rows_, (3, 1.4, 1.6)))
    return Chapter("organisation", title, tuple(blocks))


def goals_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Goals and key figures"))
    if not strategy.goals and not strategy.corporate_objectives:
        return Chapter("goals", title, (Note(t(NOT_YET)),))
    blocks: list[Block] = []
    if strategy.corporate_objectives:
        blocks.append(Subheading(t(N_("Corporate objectives"))))
        numbers = objective_numbers(strategy.corporate_objectives, language)
        header: tuple[str, ...] = (t(N_("No.")), t(N_("Corporate objective")), t(N_("Due")))
        rows: tuple[tuple[str, ...], ...] = tuple(
            (numbers[o.id], o.statement, format_short_date(o.due, language))
            for o in strategy.corporate_objectives
        )
        blocks.append(Table(header, rows, (0.5, 5, 1.2)))
    blocks += _figure(charts, "goal-tree")
    if strategy.goals:
        blocks.append(Subheading(t(N_("Social media goals"))))
        numbers = goal_numbers(strategy.goals, language)
        header = (t(N_("No.")), t(N_("Goal")), t(N_("Type")), t(N_("Priority")), t(N_("Serves")))
        rows = tuple(
            (
                numbers[g.id],
                g.statement,
                code_label(g.type, language),
                code_label(g.priority, language),
                _objective_refs(strategy, g, language),
            )
            for g in strategy.goals
        )
        blocks.append(Table(header, rows, (0.5, 3.6, 1.3, 0.9, 1)))
    blocks += _kpi_blocks(strategy, language, charts)
    return Chapter("goals", title, tuple(blocks))


def _kpi_blocks(strategy: Strategy, language: str, charts: dict[str, Chart]) -> list[Block]:
    t = _translator(language)
    kpis = [(goal, kpi) for goal in strategy.goals for kpi in goal.kpis]
    if not kpis:
        return [Subheading(t(N_("Key figures (KPIs)"))), Note(t(N_("No KPIs are defined yet.")))]
    header: tuple[str, ...] = (
        t(N_("Goal")),
        t(N_("Metric")),
        t(N_("Platform")),
        t(N_("Baseline")),
        t(N_("Target")),
        t(N_("Due")),
    )
    numbers = goal_numbers(strategy.goals, language)
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            numbers[goal.id],
            kpi.metric,
            platform_name(kpi.platform, language) if kpi.platform else "",
            _with_unit(kpi.baseline, kpi.unit, language),
            _with_unit(kpi.target, kpi.unit, language),
            format_short_date(kpi.due, language),
        )
        for goal, kpi in kpis
    )
    table = Table(header, rows, (0.5, 2.2, 1.3, 1.35, 1.35, 1.15), names=(2,))
    return [Subheading(t(N_("Key figures (KPIs)"))), table, *_figure(charts, "kpi-targets")]


def audiences_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Audiences"))
    if not strategy.audiences:
        return Chapter("audiences", title, (Note(t(NOT_YET)),))
    # One card per audience (who, age, region, roles, where reached, goals): no table besides.
    blocks: list[Block] = overview.persona_cards(strategy, language)
    return Chapter("audiences", title, tuple(blocks))


def platforms_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Platform decisions"))
    if not strategy.platforms:
        return Chapter("platforms", title, (Note(t(NOT_YET)),))
    header: tuple[str, ...] = (
        t(N_("Platform")),
        t(N_("Decision")),
        t(N_("Rhythm")),
        t(N_("Formats")),
        t(N_("Audiences")),
    )
    audiences = {a.id: a.name for a in strategy.audiences}
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            platform_name(d.platform, language) + (f" ({d.account})" if d.account else ""),
            code_label(d.status, language),
            overview.cadence(d.posts_per_week, language),
            ", ".join(code_label(f, language) for f in d.formats),
            ", ".join(audiences.get(a, a) for a in d.audiences),
        )
        for d in strategy.platforms
    )
    blocks: list[Block] = [Table(header, rows, (1.6, 0.9, 0.9, 2, 2), names=(0,))]
    blocks += _figure(charts, "platform-matrix")
    reasons = [
        (platform_name(d.platform, language), code_label(d.status, language), d.rationale)
        for d in strategy.platforms
        if d.rationale
    ]
    if reasons:
        blocks.append(Subheading(t(N_("Reasons"))))
        header = (t(N_("Platform")), t(N_("Decision")), t(N_("Reason")))
        blocks.append(Table(header, tuple((n, s, r or "") for n, s, r in reasons), (1.3, 0.9, 5), names=(0,)))
    blocks += _recommendation_blocks(strategy, language, charts)
    if "reach-by-age" in charts:
        blocks += [
            *_figure(charts, "reach-by-age"),
            Note(t(N_("The sources of these figures are listed in the appendix."))),
        ]
    return Chapter("platforms", title, tuple(blocks))


RECOMMENDATION_ROWS = 10


def _recommendation_blocks(strategy: Strategy, language: str, charts: dict[str, Chart]) -> list[Block]:
    """The explainable recommendation: its weights, then rank, score, verdict and reasons beside
    the decision, in the verdict groups and with the ranks of the CLI and the web."""
    t = _translator(language)
    matrix = extras.recommendation(strategy, language)
    if not matrix:
        return []
    chosen = {d.platform: d.status for d in strategy.platforms}
    shown = [p for p in matrix if p["rank"] <= RECOMMENDATION_ROWS or p["platform"] in chosen]
    weights = ", ".join(
        f"{w['label']} {format_number(w['share'], language)}\u00a0%"
        for w in extras.recommendation_weights(strategy, language)
    )
    intro = Paragraph(
        t(
            N_(
                "The recommendation scores every platform against the audiences, goals and resources "
                "of this strategy; figures come from the sources in the appendix."
            )
        )
        + " "
        + t(N_("Weights: {weights}."), weights=weights)
    )
    blocks: list[Block] = [Subheading(t(N_("Recommendation matrix"))), intro]
    for verdict in ("recommended", "consider", "not_recommended"):
        members = [p for p in shown if p["verdict"] == verdict]
        if members:
            title = t(VERDICT_GROUP_LABELS[verdict])
            blocks.append(Paragraph(title, (Span(title, strong=True),)))
            blocks.append(_recommendation_table(members, chosen, language))
    sensitivity = extras.recommendation_sensitivity(strategy, language)
    if sensitivity:
        blocks.append(
            Paragraph(t(N_("How sure is the order?")), (Span(t(N_("How sure is the order?")), strong=True),))
        )
        blocks.append(BulletList(tuple(sensitivity)))
    return [*blocks, *_figure(charts, "recommendation-matrix")]


def _recommendation_table(members: list[dict[str, Any]], chosen: Mapping[str, str], language: str) -> Table:
    """One verdict group; where ranks are left out between two rows, a row "…" says so."""
    t = _translator(language)
    header = (
        t(N_("Rank")),
        t(N_("Platform")),
        t(N_("Score")),
        t(N_("Why")),
        t(N_("Confidence")),
        t(N_("Decision")),
    )
    rows: list[tuple[str, ...]] = []
    previous: int | None = None
    for p in members:
        if previous is not None and p["rank"] > previous + 1:
            rows.append(("…", "", "", "", "", ""))
        previous = p["rank"]
        rows.append(
            (
                str(p["rank"]),
                platform_name(p["platform"], language),
                format_number(p["score"], language),
                " ".join(p.get("reasons", [])[:1]),
                f"{t(CONFIDENCE_LABELS[p['confidence']['level']])} ({p['confidence']['share']}\u00a0%)",
                code_label(chosen[p["platform"]], language) if p["platform"] in chosen else "–",
            )
        )
    return Table(header, tuple(rows), (0.5, 1.3, 0.75, 3.9, 0.9, 0.9), names=(1,))


def community_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Community address and tone"))
    community = strategy.community
    if community is None:
        return Chapter("community", title, (Note(t(NOT_YET)),))
    rows = [
        (t(N_("Address")), _address(strategy, language)),
        (t(N_("Tone")), ", ".join(community.tone)),
        (t(N_("Emoji")), code_label(community.emoji_policy, language) if community.emoji_policy else ""),
        (t(N_("Response time")), _hours(community.response_time_hours, language)),
    ]
    rows += [
        (t(N_("Response time on {platform}"), platform=platform_name(p, language)), _hours(h, language))
        for p, h in community.response_times.items()
    ]
    blocks: list[Block] = [Facts(tuple((label, value) for label, value in rows if value))]
    blocks += _tone_guide(strategy, language)
    if community.netiquette:
        blocks += [Subheading(t(N_("Netiquette"))), *_paragraphs(community.netiquette)]
    if community.moderation_rules:
        blocks += [Subheading(t(N_("Moderation rules"))), BulletList(tuple(community.moderation_rules))]
    return Chapter("community", title, tuple(blocks))


def _tone_guide(strategy: Strategy, language: str) -> list[Block]:
    t = _translator(language)
    principles = strategy.organisation.principles if strategy.organisation else []
    rows: tuple[tuple[str, ...], ...] = tuple((", ".join(p.tone), p.statement) for p in principles if p.tone)
    if not rows:
        return []
    return [
        Subheading(t(N_("Tone guide"))),
        Table((t(N_("We sound")), t(N_("Because we stand for"))), rows, (1, 2)),
    ]


def marketing_mix_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Marketing mix"))
    mix = strategy.marketing_mix
    if mix is None or not (mix.elements() or mix.events):
        return Chapter("marketing-mix", title, (Note(t(NOT_YET)),))
    blocks: list[Block] = []
    if mix.elements():
        header: tuple[str, ...] = (
            t(N_("Element")),
            t(N_("Today")),
            t(N_("Role of social media")),
            t(N_("Goals")),
        )
        rows: tuple[tuple[str, ...], ...] = tuple(
            (
                code_label(name, language),
                el.current_state or "",
                el.social_role or "",
                _goal_refs(strategy, el.goals, language),
            )
            for name, el in mix.elements().items()
        )
        blocks.append(Table(header, rows, (1.1, 2, 2.4, 1.6)))
    if mix.events:
        blocks.append(Subheading(t(N_("Marketing calendar"))))
        header = (t(N_("Date")), t(N_("Occasion")), t(N_("Kind")), t(N_("Goals")))
        rows = tuple(
            (
                _period(e.date, e.end, language),
                e.title,
                code_label(e.kind, language),
                _goal_refs(strategy, e.goals, language),
            )
            for e in sorted(mix.events, key=lambda event: event.date)
        )
        blocks.append(Table(header, rows, (1.4, 2.4, 1, 2)))
    return Chapter("marketing-mix", title, tuple(blocks))


def resources_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Resources, competences and training"))
    resources = strategy.resources
    if resources is None or not (resources.team or resources.budget or resources.tools):
        return Chapter("resources", title, (Note(t(NOT_YET)),))
    blocks: list[Block] = []
    if resources.team:
        blocks.append(Subheading(t(N_("Team"))))
        header: tuple[str, ...] = (
            t(N_("Name")),
            t(N_("Role")),
            t(N_("Hours per week")),
            t(N_("Competences (1–5)")),
        )
        rows: tuple[tuple[str, ...], ...] = tuple(
            (
                m.name,
                m.role or "",
                format_number(m.hours_per_week, language),
                ", ".join(f"{code_label(c, language)} {level}" for c, level in sorted(m.competences.items())),
            )
            for m in resources.team
        )
        blocks.append(Table(header, rows, (1.4, 1.6, 0.9, 3.4), names=(0,)))
    blocks += _training_blocks(strategy, language)
    if resources.budget:
        blocks.append(Subheading(t(N_("Budget per month"))))
        header = (t(N_("Category")), t(N_("Amount")), t(N_("Note")))
        rows = tuple(
            (
                code_label(b.category, language),
                f"{format_number(b.monthly_amount, language)} {b.currency}",
                b.note or "",
            )
            for b in resources.budget
        )
        currencies = {b.currency for b in resources.budget}
        if len(resources.budget) > 1 and len(currencies) == 1:
            total = sum(b.monthly_amount for b in resources.budget)
            rows += ((t(N_("Total")), f"{format_number(total, language)} {currencies.pop()}", ""),)
        blocks.append(Table(header, rows, (1.4, 1.2, 3)))
        blocks += overview.budget_split_note(strategy, language)
    if resources.tools:
        blocks.append(Subheading(t(N_("Tools"))))
        header = (t(N_("Tool")), t(N_("Purpose")), t(N_("Cost per month")))
        rows = tuple(
            (tool.name, tool.purpose or "", format_number(tool.monthly_cost, language))
            for tool in resources.tools
        )
        blocks.append(Table(header, rows, (1.6, 3, 1.2)))
    return Chapter("resources", title, tuple(blocks))


def _training_blocks(strategy: Strategy, language: str) -> list[Block]:
    t = _translator(language)
    plan = extras.training_plan(strategy, language)
    blocks: list[Block] = [Subheading(t(N_("Training plan")))]
    if not plan:
        return [*blocks, Paragraph(t(N_("The team has every competence the plan needs.")))]
    header: tuple[str, ...] = (
        t(N_("Competence")),
        t(N_("Who")),
        t(N_("Level now → needed")),
        t(N_("Form")),
        t(N_("Until")),
    )
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            code_label(item.competence, language),
            item.who,
            f"{item.current} → {item.needed}",
            item.form,
            format_short_date(item.due, language),
        )
        for item in plan
    )
    return [*blocks, Table(header, rows, (2, 1.6, 1.1, 1.8, 1), names=(1,))]


def capacity_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Capacity"))
    team = strategy.team()
    figures = extras.capacity(strategy)
    if not team and figures is None:
        return Chapter("capacity", title, (Note(t(NOT_YET)),))
    available = sum(member.hours_per_week for member in team)
    blocks: list[Block] = [
        Paragraph(
            t(
                N_("The team has {hours} h a week for social media."),
                hours=format_number(available, language),
            )
        )
    ]
    if figures is None:
        blocks.append(Note(t(N_("The hours the plan requires are calculated once platforms are chosen."))))
    else:
        required = figures[0]
        message = (
            N_("The plan requires {hours} hours per week: more than the team has.")
            if required > figures[1]
            else N_("The plan requires {hours} hours per week and fits the team's time.")
        )
        blocks.append(Paragraph(t(message, hours=format_number(round(required, 1), language))))
        blocks += _demand_table(strategy, language)
    blocks += _figure(charts, "capacity")
    return Chapter("capacity", title, tuple(blocks))


def _demand_table(strategy: Strategy, language: str) -> list[Block]:
    t = _translator(language)
    figures = extras.capacity_figures(strategy, language)
    if figures is None:
        return []
    header: tuple[str, ...] = (t(N_("Platform")), t(N_("Posts per week")), t(N_("Hours per week")))
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            platform_name(load.platform, language),
            format_number(load.posts_per_week, language),
            format_number(round(load.hours, 1), language),
        )
        for load in figures.platforms
    )
    note = Note(t(N_("Estimated hours per post and format, plus time for answering comments and messages.")))
    return [Table(header, rows, (2, 1, 1), names=(0,)), note]


def guidelines_summary_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Guidelines"))
    guidelines = strategy.guidelines
    if guidelines is None or not (guidelines.sections or guidelines.spokespeople):
        return Chapter("guidelines", title, (Note(t(NOT_YET)),))
    blocks: list[Block] = [
        Paragraph(t(N_("The full employee guidelines are a document of their own. In short:")))
    ]
    if guidelines.spokespeople:
        people = tuple(_member_line(strategy, member) for member in guidelines.spokespeople)
        blocks += [Subheading(t(N_("Who speaks for us"))), BulletList(people)]
    if guidelines.sections:
        header: tuple[str, ...] = (t(N_("Section")), t(N_("In brief")))
        rows: tuple[tuple[str, ...], ...] = tuple(
            (s.title, section_summary(s.body, language)) for s in guidelines.sections
        )
        blocks.append(Table(header, rows, (1.4, 4)))
    return Chapter("guidelines", title, tuple(blocks))


def crisis_levels_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Crisis levels"))
    if strategy.crisis is None or not (strategy.crisis.levels or strategy.crisis.contacts):
        return Chapter("crisis", title, (Note(t(NOT_YET)),))
    blocks = [
        Paragraph(t(N_("The crisis playbook for employees is a document of their own. Its levels:"))),
        *_level_blocks(strategy, language),
    ]
    return Chapter("crisis", title, tuple(blocks))


def content_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Content pillars and editorial calendar"))
    content = strategy.content
    if content is None or not (content.pillars or content.calendar):
        return Chapter("content", title, (Note(t(NOT_YET)),))
    blocks: list[Block] = []
    if content.pillars:
        header: tuple[str, ...] = (t(N_("Pillar")), t(N_("Description")), t(N_("Share")), t(N_("Goals")))
        rows: tuple[tuple[str, ...], ...] = tuple(
            (
                p.name,
                p.description or "",
                f"{format_number(p.share, language)} %" if p.share is not None else "",
                _goal_refs(strategy, p.goals, language),
            )
            for p in content.pillars
        )
        blocks.append(Table(header, rows, (1.4, 3, 0.7, 1.8)))
    blocks += _figure(charts, "pillar-shares")
    blocks += overview.example_posts(strategy, language)
    blocks += _calendar_overview(strategy, language)
    return Chapter("content", title, tuple(blocks))


def _calendar_overview(strategy: Strategy, language: str) -> list[Block]:
    t = _translator(language)
    calendar = strategy.content.calendar if strategy.content else []
    if not calendar:
        return []
    months: dict[str, list[str]] = {}
    for entry in sorted(calendar, key=lambda item: item.date):
        months.setdefault(format_month(entry.date, language), []).append(entry.platform)
    header: tuple[str, ...] = (t(N_("Month")), t(N_("Posts")), t(N_("Platforms")))
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            month,
            str(len(platforms)),
            ", ".join(f"{platform_name(p, language)} {n}" for p, n in Counter(platforms).most_common()),
        )
        for month, platforms in months.items()
    )
    blocks: list[Block] = [Subheading(t(N_("Editorial calendar overview"))), Table(header, rows, (1, 0.8, 4))]
    blocks.append(Paragraph(t(N_("Every planned post is listed in the appendix “Editorial calendar”."))))
    return blocks


def findings_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    t = _translator(language)
    title = t(N_("Open findings of the check"))
    found = extras.findings(strategy)
    if not found:
        return Chapter(
            "findings", title, (Paragraph(t(N_("The check found nothing to fix."))),), appendix=True
        )
    header: tuple[str, ...] = (t(N_("Severity")), t(N_("Finding")), t(N_("How to fix it")), t(N_("Where")))
    rows = []
    for finding in found:
        text = finding.as_dict(language)
        rows.append((code_label(text["severity"], language), text["message"], text["hint"], text["path"]))
    return Chapter("findings", title, (Table(header, tuple(rows), (1.1, 3, 3, 1.4)),), appendix=True)


def calendar_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """The whole editorial calendar, in date order (an appendix; the content chapter has the overview)."""
    t = _translator(language)
    title = t(N_("Editorial calendar"))
    calendar = strategy.content.calendar if strategy.content else []
    if not calendar:
        return Chapter("calendar", title, (Note(t(NOT_YET)),), appendix=True)
    pillars = {p.id: p.name for p in strategy.content.pillars} if strategy.content else {}
    owners = {m.id: m.name for m in strategy.team()}
    header: tuple[str, ...] = (
        t(N_("Date")),
        t(N_("Platform")),
        t(N_("Format")),
        t(N_("Title")),
        t(N_("Pillar")),
        t(N_("Owner")),
        t(N_("Status")),
    )
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            format_short_date(e.date, language) + (f" {e.time:%H:%M}" if e.time else ""),
            platform_name(e.platform, language),
            code_label(e.format, language) if e.format else "",
            e.title,
            pillars.get(e.pillar or "", e.pillar or ""),
            owners.get(e.owner or "", e.owner or ""),
            code_label(e.status, language),
        )
        for e in sorted(calendar, key=lambda item: (item.date, item.time or dt.time.min))
    )
    return Chapter(
        "calendar",
        title,
        (Table(header, rows, (1.15, 1.25, 1.1, 2.6, 1.3, 1.35, 1.05), names=(1, 5)),),
        appendix=True,
    )


def sources_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """The sources as a client sees them: clean titles, publisher, year, address; no weak source."""
    t = _translator(language)
    found = extras.sources(strategy, language)
    cited = [source for source in found if not source.is_weak()]
    if not found:
        return _no_sources(language)
    header: tuple[str, ...] = (
        t(N_("Figure")),
        t(N_("Source")),
        t(N_("Publisher")),
        t(N_("Year")),
        t(N_("Web address")),
    )
    rows: tuple[tuple[str, ...], ...] = tuple(
        (s.used_for, s.clean_title(), s.publisher(), str(s.year or t(N_("unknown"))), s.url) for s in cited
    )
    blocks: list[Block] = [Table(header, rows, (1.5, 2.1, 1.9, 0.7, 2.6), names=(2,))] if rows else []
    if len(cited) < len(found):
        blocks.append(
            Note(t(N_("Estimates from weaker sources, such as vendors' blogs, are not cited here.")))
        )
    return Chapter("sources", t(N_("Sources")), tuple(blocks), appendix=True)


def working_sources_chapter(strategy: Strategy, language: str, charts: dict[str, Chart]) -> Chapter:
    """The sources as the knowledge base has them, caveats and quality included (working copy)."""
    t = _translator(language)
    found = extras.sources(strategy, language)
    if not found:
        return _no_sources(language)
    header: tuple[str, ...] = (
        t(N_("Figure")),
        t(N_("Source")),
        t(N_("Quality")),
        t(N_("Year")),
        t(N_("Web address")),
    )
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            s.used_for,
            s.title + (f" ({s.caveat})" if s.caveat else ""),
            t(SOURCE_QUALITY_LABELS.get(s.quality, s.quality)),
            str(s.year or t(N_("unknown"))),
            s.url,
        )
        for s in found
    )
    return Chapter(
        "sources", t(N_("Sources")), (Table(header, rows, (1.8, 2.8, 0.9, 0.6, 2.5)),), appendix=True
    )


def _no_sources(language: str) -> Chapter:
    t = _translator(language)
    note = Paragraph(t(N_("This document shows no figures from external sources.")))
    return Chapter("sources", t(N_("Sources")), (note,), appendix=True)


# --- shared pieces -----------------------------------------------------------------------------


def _level_blocks(strategy: Strategy, language: str, brief: bool = False) -> tuple[Block, ...]:
    """The escalation levels as a table; ``brief`` (the poster): level, when, who decides, how fast."""
    t = _translator(language)
    levels = strategy.crisis.levels if strategy.crisis else []
    if not levels:
        return (Note(t(NOT_YET)),)
    names = {m.id: m.name for m in strategy.team()}
    header: tuple[str, ...] = (
        t(N_("Level")),
        t(N_("When")),
        t(N_("Decides")),
        t(N_("Inform")),
        t(N_("Answer within")),
        t(N_("Approves statements")),
    )
    rows: tuple[tuple[str, ...], ...] = tuple(
        (
            level.name,
            "\n".join(f"• {criterion}" for criterion in level.criteria),
            names.get(level.responsible or "", level.responsible or ""),
            ", ".join(names.get(m, m) for m in level.inform),
            _hours(level.response_time_hours, language),
            ", ".join(names.get(m, m) for m in level.approval),
        )
        for level in levels
    )
    if brief:
        return (
            Table(
                header[:3] + header[4:5], tuple(r[:3] + r[4:5] for r in rows), (1, 3.4, 1.5, 1.2), names=(2,)
            ),
        )
    return (Table(header, rows, (1, 2.8, 1.1, 1.3, 0.9, 1.2), names=(2, 3, 5)),)


def _contact_blocks(strategy: Strategy, language: str) -> tuple[Block, ...]:
    t = _translator(language)
    contacts = strategy.crisis.contacts if strategy.crisis else []
    if not contacts:
        return (Note(t(NOT_YET)),)
    team = {m.id: m for m in strategy.team()}
    header: tuple[str, ...] = (t(N_("Role")), t(N_("Name")), t(N_("Phone")), t(N_("Email")))
    rows = []
    for contact in contacts:
        member = team.get(contact.member or "")
        name = contact.name or (member.name if member else "")
        phone = contact.phone or (member.phone if member and member.phone else "")
        email = contact.email or (member.email if member and member.email else "")
        rows.append((contact.role, name, phone, email))
    return (Table(header, tuple(rows), (1.6, 1.6, 1.4, 2), names=(1, 2, 3)),)


def _intro_chapter(strategy: Strategy, language: str, title: str, text: str) -> Chapter:
    t = _translator(language)
    organisation = strategy.organisation.name if strategy.organisation else t(N_("our organisation"))
    return Chapter("intro", t(title), (Paragraph(t(text, organisation=organisation)),))


def _text_chapter(section: TextSection) -> Chapter:
    return Chapter(f"section-{section.key}", section.title, tuple(text_blocks(section.body, markup=True)))


def _paragraphs(text: str) -> list[Block]:
    return text_blocks(text)


def section_summary(body: str, language: str) -> str:
    """A section in brief: its first sentence, with the list it introduces, or its list's items.

    >>> section_summary("Wichtig sind:\n\n- **Impressum.** Immer.\n- **Fotos.** Nur mit Einwilligung.", "de")
    'Wichtig sind: Impressum und Fotos.'
    """
    blocks = text_blocks(body, markup=True)
    if not blocks:
        return ""
    first = blocks[0]
    if isinstance(first, BulletList):
        return "\n".join(f"• {_lead(runs)}" for runs in first.runs())
    sentence = _first_sentence(getattr(first, "text", ""))
    following = blocks[1] if len(blocks) > 1 else None
    if sentence.endswith(":") and isinstance(following, BulletList):
        return f"{sentence} {_join((_lead(runs) for runs in following.runs()), language)}."
    return sentence


def _first_sentence(text: str) -> str:
    flat = " ".join(text.split())
    for mark in (". ", "! ", "? "):
        if mark in flat[:400]:
            return flat[: flat.index(mark) + 1]
    return flat if len(flat) <= 300 else flat[:299] + "…"


_LEAD_LENGTH = 80


def _lead(runs: Sequence[Span]) -> str:
    """What a list item is about: its strong lead-in (``**Impressum.**``), else its first clause."""
    if runs and runs[0].strong:
        return runs[0].text.strip().rstrip(".:")
    text = _first_sentence("".join(span.text for span in runs).split(" – ")[0]).rstrip(".")
    if len(text) <= _LEAD_LENGTH:
        return text
    # Cut where the item's own structure allows: before its colon, else at its last comma.
    for cut in (text.find(": "), text.rfind(", ", 0, _LEAD_LENGTH)):
        if 10 < cut <= _LEAD_LENGTH:
            return text[:cut]
    return text[: text.rfind(" ", 0, _LEAD_LENGTH)] + " …"


def _figure(charts: dict[str, Chart], key: str) -> list[Block]:
    return [Figure(charts[key])] if key in charts else []


def _translator(language: str) -> Callable[..., str]:
    def t(message: str, **params: object) -> str:
        text = translate(message, language)
        return _one_period(text.format(**params), params) if params else text

    return t


def _one_period(text: str, params: dict[str, object]) -> str:
    """A name ending in a period closes the sentence too: "…, Inc." and not "…, Inc..".

    >>> _one_period("The strategy of Acme, Inc.. It works.", {"name": "Acme, Inc."})
    'The strategy of Acme, Inc. It works.'
    """
    for value in params.values():
        if isinstance(value, str) and value.endswith("."):
            text = text.replace(value + ".", value)
    return text


def _join(items: Iterable[str], language: str) -> str:
    values = list(items)
    if len(values) < 2:
        return "".join(values)
    return ", ".join(values[:-1]) + translate(N_(" and "), language) + values[-1]


def _hours(hours: float | None, language: str) -> str:
    if hours is None:
        return ""
    return translate(N_("{hours} h"), language, hours=format_number(hours, language))


def _with_unit(value: float | None, unit: str | None, language: str) -> str:
    if value is None:
        return ""
    return f"{format_number(value, language)} {unit}".strip() if unit else format_number(value, language)


def _period(start: dt.date, end: dt.date | None, language: str) -> str:
    first, last = format_short_date(start, language), format_short_date(end, language)
    return f"{first} – {last}" if last else first


def _goal_refs(strategy: Strategy, ids: Sequence[str], language: str) -> str:
    """Goals as their short labels (``G1, G3``); an unknown id is shown as it is."""
    numbers = goal_numbers(strategy.goals, language)
    return ", ".join(numbers.get(i, i) for i in ids)


def _objective_refs(strategy: Strategy, goal: Goal, language: str) -> str:
    if not goal.serves:
        return translate(N_("no corporate objective"), language)
    numbers = objective_numbers(strategy.corporate_objectives, language)
    return ", ".join(numbers.get(i, i) for i in goal.serves)


def _member_line(strategy: Strategy, member_id: str) -> str:
    member = next((m for m in strategy.team() if m.id == member_id), None)
    if member is None:
        return member_id
    return f"{member.name} ({member.role})" if member.role else member.name


# The strategy document's chapters of each step of the process, in the order of ``process.STEPS``.
STEP_CHAPTERS: dict[ChapterMaker, StepId] = {
    organisation_chapter: "organisation",
    goals_chapter: "goals",
    audiences_chapter: "audiences",
    platforms_chapter: "platforms",
    community_chapter: "community",
    marketing_mix_chapter: "marketing_mix",
    resources_chapter: "resources",
    capacity_chapter: "resources",
    guidelines_summary_chapter: "guidelines",
    crisis_levels_chapter: "guidelines",
    content_chapter: "content",
}
