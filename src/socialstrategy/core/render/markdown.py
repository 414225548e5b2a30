"""The whole strategy as one Markdown document.

Follows the output contract ``render(strategy, language) -> (filename, content_type, bytes)``.
User text is escaped, so that a goal reading ``<script>`` or ``# Title`` shows as typed and never
becomes markup; multi-line text keeps its paragraphs and lists.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

from babel.numbers import format_decimal

from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import (
    MIX_ELEMENTS_7P,
    Content,
    Crisis,
    Goal,
    Guidelines,
    MarketingMix,
    Organisation,
    Resources,
    Strategy,
)

CONTENT_TYPE = "text/markdown; charset=utf-8"

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<>|#~!&])")
_BLOCK_START = re.compile(r"^(\s*)([-+*]|\d+[.)])(\s)")

_MIX_LABELS = {
    "product": N_("Product"),
    "price": N_("Price"),
    "place": N_("Place"),
    "promotion": N_("Promotion"),
    "people": N_("People"),
    "process": N_("Process"),
    "physical_evidence": N_("Physical evidence"),
}
_GOAL_LABELS = {"id": N_("Id"), "type": N_("Type"), "priority": N_("Priority"), "serves": N_("Serves")}
_STATUS_LABELS = {"use": N_("use"), "test": N_("test"), "observe": N_("observe"), "reject": N_("reject")}


def render(strategy: Strategy, language: str | None = None) -> tuple[str, str, bytes]:
    """Render ``strategy`` as Markdown in ``language`` (default: the strategy's own)."""
    language = language or strategy.language
    text = "\n".join(_document(strategy, _Translator(language))).rstrip() + "\n"
    return f"{_slug(strategy.title or 'strategy')}.md", CONTENT_TYPE, text.encode("utf-8")


class _Translator:
    def __init__(self, language: str) -> None:
        self.language = language

    def __call__(self, message: str) -> str:
        return translate(message, self.language)

    def number(self, value: float | None) -> str:
        """12.5 in English, 12,5 in German; no grouping, so ids and years stay readable."""
        if value is None:
            return ""
        return format_decimal(value, format="0.##", locale=self.language)


def _document(strategy: Strategy, t: _Translator) -> Iterator[str]:
    yield "# " + escape(strategy.title or t(N_("Social media strategy")))
    yield ""
    if strategy.organisation:
        yield from _organisation(strategy.organisation, t)
    yield from _objectives(strategy, t)
    yield from _goals(strategy.goals, t)
    yield from _audiences(strategy, t)
    yield from _platforms(strategy, t)
    yield from _community(strategy, t)
    if strategy.marketing_mix:
        yield from _mix(strategy.marketing_mix, t)
    if strategy.resources:
        yield from _resources(strategy.resources, t)
    if strategy.guidelines:
        yield from _guidelines(strategy.guidelines, t)
    if strategy.crisis:
        yield from _crisis(strategy.crisis, t)
    if strategy.content:
        yield from _content(strategy.content, t)
    yield from _open_points(strategy, t)


def _organisation(organisation: Organisation, t: _Translator) -> Iterator[str]:
    yield "## " + t(N_("Organisation"))
    yield ""
    facts = [
        (N_("Name"), organisation.name),
        (N_("Industry"), organisation.industry),
        (N_("Business model"), organisation.business_model),
        (
            N_("Location"),
            ", ".join(filter(None, [organisation.city, organisation.region, organisation.country])),
        ),
        (N_("Employees"), str(organisation.employees) if organisation.employees is not None else None),
        (N_("Website"), organisation.website),
    ]
    yield from (f"- **{t(label)}:** {escape(value)}" for label, value in facts if value)
    yield ""
    for label, text in (
        (N_("Mission"), organisation.mission),
        (N_("Corporate strategy"), organisation.corporate_strategy),
    ):
        if text:
            yield f"### {t(label)}"
            yield ""
            yield from _paragraphs(text)
    if organisation.principles:
        yield "### " + t(N_("Principles"))
        yield ""
        yield from (f"- **{escape(p.id)}:** {escape(p.statement)}" for p in organisation.principles)
        yield ""


def _objectives(strategy: Strategy, t: _Translator) -> Iterator[str]:
    if not strategy.corporate_objectives:
        return
    yield "## " + t(N_("Corporate objectives"))
    yield ""
    rows = [[o.id, o.statement, _date(o.due)] for o in strategy.corporate_objectives]
    yield from _table([t(N_("Id")), t(N_("Objective")), t(N_("Due"))], rows)


def _goals(goals: Sequence[Goal], t: _Translator) -> Iterator[str]:
    if not goals:
        return
    yield "## " + t(N_("Goals"))
    yield ""
    for goal in goals:
        yield f"### {escape(goal.statement)}"
        yield ""
        labels = {key: t(label) for key, label in _GOAL_LABELS.items()}
        yield f"- **{labels['id']}:** {escape(goal.id)}"
        yield f"- **{labels['type']}:** {escape(_words(goal.type))}"
        yield f"- **{labels['priority']}:** {escape(goal.priority)}"
        yield f"- **{labels['serves']}:** {escape(', '.join(goal.serves)) or '—'}"
        yield ""
        if goal.kpis:
            headers = [
                t(h) for h in (N_("KPI"), N_("Platform"), N_("Baseline"), N_("Target"), N_("Unit"), N_("Due"))
            ]
            rows = [
                [k.metric, k.platform, t.number(k.baseline), t.number(k.target), k.unit, _date(k.due)]
                for k in goal.kpis
            ]
            yield from _table(headers, rows)


def _audiences(strategy: Strategy, t: _Translator) -> Iterator[str]:
    if not strategy.audiences:
        return
    yield "## " + t(N_("Audiences"))
    yield ""
    for audience in strategy.audiences:
        ages = _age_range(audience.age_min, audience.age_max)
        yield f"### {escape(audience.name)}"
        yield ""
        details = [escape(_words(audience.kind)), escape(ages), escape(audience.region or "")]
        yield " · ".join(d for d in details if d)
        yield ""
        if audience.roles:
            yield "**" + t(N_("Roles")) + ":** " + escape(", ".join(audience.roles))
            yield ""
        if audience.description:
            yield from _paragraphs(audience.description)


def _platforms(strategy: Strategy, t: _Translator) -> Iterator[str]:
    if not strategy.platforms:
        return
    yield "## " + t(N_("Platform decisions"))
    yield ""
    headers = [
        t(h)
        for h in (
            N_("Platform"),
            N_("Decision"),
            N_("Posts per week"),
            N_("Formats"),
            N_("Audiences"),
            N_("Goals"),
        )
    ]
    rows = [
        [
            d.platform,
            t(_STATUS_LABELS[d.status]),
            t.number(d.posts_per_week),
            ", ".join(d.formats),
            ", ".join(d.audiences),
            ", ".join(d.goals),
        ]
        for d in strategy.platforms
    ]
    yield from _table(headers, rows)
    for decision in strategy.platforms:
        if decision.rationale:
            yield f"- **{escape(decision.platform)}:** {escape(decision.rationale)}"
    yield ""


def _community(strategy: Strategy, t: _Translator) -> Iterator[str]:
    community = strategy.community
    if community is None:
        return
    yield "## " + t(N_("Community address"))
    yield ""
    facts = [
        (N_("Address"), {"du": "du", "sie": "Sie"}.get(community.address or "", "")),
        (N_("Tone"), ", ".join(community.tone)),
        (N_("Emoji"), community.emoji_policy),
        (N_("Response time (hours)"), t.number(community.response_time_hours)),
    ]
    yield from (f"- **{t(label)}:** {escape(value)}" for label, value in facts if value)
    yield ""
    if community.netiquette:
        yield "### " + t(N_("Netiquette"))
        yield ""
        yield from _paragraphs(community.netiquette)
    if community.moderation_rules:
        yield "### " + t(N_("Moderation rules"))
        yield ""
        yield from (f"- {escape(rule)}" for rule in community.moderation_rules)
        yield ""


def _mix(mix: MarketingMix, t: _Translator) -> Iterator[str]:
    yield "## " + t(N_("Marketing mix"))
    yield ""
    rows = [
        [t(_MIX_LABELS[name]), element.current_state, element.social_role]
        for name in MIX_ELEMENTS_7P
        if (element := getattr(mix, name)) is not None
    ]
    if rows:
        yield from _table([t(N_("Element")), t(N_("Today")), t(N_("Role of social media"))], rows)
    if mix.events:
        yield "### " + t(N_("Marketing events"))
        yield ""
        rows = [[_date(e.date), _date(e.end), e.title, _words(e.kind)] for e in mix.events]
        yield from _table([t(N_("From")), t(N_("To")), t(N_("Event")), t(N_("Kind"))], rows)


def _resources(resources: Resources, t: _Translator) -> Iterator[str]:
    yield "## " + t(N_("Resources"))
    yield ""
    if resources.team:
        headers = [t(N_("Name")), t(N_("Role")), t(N_("Hours per week")), t(N_("Competences"))]
        rows = [
            [m.name, m.role, t.number(m.hours_per_week), _competences(m.competences)] for m in resources.team
        ]
        yield from _table(headers, rows)
    if resources.budget:
        yield "### " + t(N_("Budget per month"))
        yield ""
        rows = [[b.category, f"{t.number(b.monthly_amount)} {b.currency}", b.note] for b in resources.budget]
        yield from _table([t(N_("Category")), t(N_("Amount")), t(N_("Note"))], rows)
    if resources.tools:
        yield "### " + t(N_("Tools"))
        yield ""
        yield from (f"- **{escape(tool.name)}**: {escape(tool.purpose or '')}" for tool in resources.tools)
        yield ""


def _guidelines(guidelines: Guidelines, t: _Translator) -> Iterator[str]:
    yield "## " + t(N_("Social media guidelines"))
    yield ""
    if guidelines.spokespeople:
        yield "**" + t(N_("Spokespeople")) + ":** " + escape(", ".join(guidelines.spokespeople))
        yield ""
    for section in guidelines.sections:
        yield f"### {escape(section.title)}"
        yield ""
        yield from _paragraphs(section.body)


def _crisis(crisis: Crisis, t: _Translator) -> Iterator[str]:
    yield "## " + t(N_("Crisis playbook"))
    yield ""
    if crisis.contacts:
        headers = [t(N_("Role")), t(N_("Name")), t(N_("Phone")), t(N_("E-mail"))]
        rows = [[c.role, c.name or c.member, c.phone, c.email] for c in crisis.contacts]
        yield from _table(headers, rows)
    for level in crisis.levels:
        yield f"### {escape(level.name)}"
        yield ""
        yield from (f"- {escape(criterion)}" for criterion in level.criteria)
        if level.criteria:
            yield ""
        facts = [
            (N_("Decides"), level.responsible),
            (N_("Informs"), ", ".join(level.inform)),
            (N_("Approves statements"), ", ".join(level.approval)),
            (N_("Response time (hours)"), t.number(level.response_time_hours)),
        ]
        yield from (f"- **{t(label)}:** {escape(value)}" for label, value in facts if value)
        yield ""
    for section in crisis.sections:
        yield f"### {escape(section.title)}"
        yield ""
        yield from _paragraphs(section.body)


def _content(content: Content, t: _Translator) -> Iterator[str]:
    yield "## " + t(N_("Content pillars and editorial calendar"))
    yield ""
    if content.pillars:
        headers = [t(N_("Pillar")), t(N_("Share")), t(N_("Goals")), t(N_("Description"))]
        rows = [
            [
                p.name,
                f"{t.number(p.share)} %" if p.share is not None else "",
                ", ".join(p.goals),
                p.description,
            ]
            for p in content.pillars
        ]
        yield from _table(headers, rows)
    if content.calendar:
        yield "### " + t(N_("Editorial calendar"))
        yield ""
        headers = [
            t(h)
            for h in (
                N_("Date"),
                N_("Platform"),
                N_("Format"),
                N_("Pillar"),
                N_("Title"),
                N_("Owner"),
                N_("Status"),
            )
        ]
        rows = [
            [_date(e.date), e.platform, e.format, e.pillar, e.title, e.owner, e.status]
            for e in sorted(content.calendar, key=lambda entry: entry.date)
        ]
        yield from _table(headers, rows)


def _open_points(strategy: Strategy, t: _Translator) -> Iterator[str]:
    from socialstrategy.core.checks import run_checks

    findings = [f for f in run_checks(strategy) if f.severity != "info"]
    if not findings:
        return
    yield "## " + t(N_("Open points"))
    yield ""
    for item in findings:
        message = escape(item.translated_message(t.language))
        yield f"- **{escape(item.code)}** ({escape(item.path)}): {message}"
    yield ""


# --- Markdown helpers -------------------------------------------------------------------------


def escape(text: str | None) -> str:
    """Backslash-escape characters that would make markup of one line of user text.

    >>> print(escape("<b>*hi*</b>"))
    \\<b\\>\\*hi\\*\\</b\\>
    """
    if not text:
        return ""
    return _INLINE_SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _paragraphs(text: str) -> Iterator[str]:
    """Multi-line user text: paragraphs and simple lists survive, everything else is literal."""
    for line in text.splitlines():
        match = _BLOCK_START.match(line)
        if match:
            indent, marker, space = match.groups()
            yield f"{indent}{marker}{space}{escape(line[match.end() :])}"
        else:
            yield _literal_line(escape(line))
    yield ""


def _literal_line(line: str) -> str:
    """A line of - + = would turn into a rule or the underline of a heading."""
    return "\\" + line if line[:1] in ("-", "+", "=") else line


def _table(headers: Sequence[str], rows: Iterable[Sequence[str | None]]) -> Iterator[str]:
    yield "| " + " | ".join(escape(h) for h in headers) + " |"
    yield "|" + "|".join("---" for _ in headers) + "|"
    for row in rows:
        yield "| " + " | ".join(escape(cell) or " " for cell in row) + " |"
    yield ""


def _date(value: object) -> str:
    return value.isoformat() if hasattr(value, "isoformat") else ""


def _age_range(low: int | None, high: int | None) -> str:
    if low is None and high is None:
        return ""
    return f"{low if low is not None else ''}–{high if high is not None else ''}"


def _competences(competences: dict[str, int]) -> str:
    return ", ".join(f"{name} {level}" for name, level in competences.items())


def _words(code: str) -> str:
    """``business_buyers`` → ``business buyers``."""
    return code.replace("_", " ")


def _slug(title: str) -> str:
    slug = re.sub(r"[^A-Za-z0-9]+", "-", title).strip("-").lower()
    return slug[:80] or "strategy"
