"""The guided workshop flow: an ordered list of steps, in the order of the process.

Each step has an identifier, a translated label, a test whether it is complete, its form (fields
and repeating collections) and a template; ``panel`` names an extra partial (knowledge base,
recommendation, generated texts, capacity) that is shown when its core topic is installed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from django.utils import formats
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.recommend import DEFAULT_WEIGHTS, WEIGHT_ALIASES
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field


@dataclass(frozen=True)
class Step:
    identifier: str
    label: str | Promise
    question: str | Promise
    is_completed: Callable[[StrategyDocument], bool]
    fields: tuple[Field, ...] = ()
    collections: tuple[Collection, ...] = ()
    panel: str | None = None
    template: str = "strategies/step.html"
    check: Callable[[dict[str, Any]], dict[str, str]] | None = None
    """Errors (by field name) that need several fields together, checked before saving."""

    def all_collections(self) -> Iterator[Collection]:
        yield from _walk(self.collections)


def _walk(collections: tuple[Collection, ...]) -> Iterator[Collection]:
    for collection in collections:
        yield collection
        yield from _walk(collection.children)


# --- the weights of the platform recommendation ----------------------------------------------------

WEIGHT_LABELS = {
    "audience_reach": _("Reach in the audiences"),
    "goal_fit": _("Fit with the goals"),
    "audience_fit": _("Fit with the audiences"),
    "business_model_fit": _("Fit with the business model"),
    "feasibility": _("Feasibility for the team"),
    "budget_fit": _("Fit with the budget"),
}


def _weight_field(key: str, label: str | Promise) -> Field:
    return Field(
        f"recommendation.weights.{key}",
        label,
        "float",
        group=_("Weights of the recommendation"),
        minimum=0,
        note=lambda document: _weight_note(document, key),
        aliases=tuple(f"recommendation.weights.{old}" for old, new in WEIGHT_ALIASES.items() if new == key),
    )


def effective_weights(document: dict[str, Any]) -> dict[str, float]:
    """The defaults, overridden by the strategy's weights (other names such as ``effort`` too)."""
    given = (document.get("recommendation") or {}).get("weights") or {}
    weights = dict(DEFAULT_WEIGHTS)
    for key, value in given.items():
        key = WEIGHT_ALIASES.get(key, key)
        if key in weights and isinstance(value, int | float):
            weights[key] = float(value)
    return weights


def _weight_note(document: dict[str, Any], key: str) -> str:
    """The default weight and the one in effect, with its share of all weights."""
    weights = effective_weights(document)
    total = sum(weights.values())
    share = weights[key] / total * 100 if total > 0 else 0
    return str(
        _("Default %(default)s; in effect %(value)s (%(share)s%% of the total).")
        % {
            "default": _number(DEFAULT_WEIGHTS[key]),
            "value": _number(weights[key]),
            "share": _number(round(share)),
        }
    )


def _number(value: float) -> str:
    return str(formats.number_format(int(value) if value == int(value) else value, use_l10n=True))


def weight_errors(document: dict[str, Any]) -> dict[str, str]:
    """The recommendation needs at least one weight above zero."""
    if sum(effective_weights(document).values()) > 0:
        return {}
    message = str(_("At least one weight must be greater than zero."))
    return {f"recommendation.weights.{key}": message for key in WEIGHT_LABELS}


# --- choices that come from the strategy itself ----------------------------------------------------


def _items(path: str, label: str = "name") -> Callable[[dict[str, Any]], list[tuple[str, str]]]:
    def choices(document: dict[str, Any]) -> list[tuple[str, str]]:
        node: Any = document
        for part in path.split("."):
            node = node.get(part) if isinstance(node, dict) else None
        return [
            (item["id"], _short(item.get(label) or item["id"]))
            for item in node or []
            if isinstance(item, dict) and item.get("id")
        ]

    return choices


def _guideline_keys(document: dict[str, Any]) -> list[tuple[str, str]]:
    sections = (document.get("guidelines") or {}).get("sections") or []
    return [(s["key"], _short(s.get("title") or s["key"])) for s in sections]


def _active_platforms(document: dict[str, Any]) -> list[tuple[str, str | Promise]]:
    chosen = [
        p["platform"] for p in document.get("platforms") or [] if p.get("status", "use") in ("use", "test")
    ]
    return [(code, label) for code, label in v.PLATFORMS if code in chosen] or list(v.PLATFORMS)


def _dated(item: dict[str, Any], text: str) -> str:
    """``2027-07-10`` and a title as the reader's language writes dates: ``10.07.2027 · Sommerfest``."""
    try:
        day = formats.date_format(dt.date.fromisoformat(str(item.get("date", ""))), "SHORT_DATE_FORMAT")
    except ValueError:
        day = str(item.get("date", ""))
    return f"{day} · {item.get(text, '')}"


def _short(text: str, length: int = 70) -> str:
    return text if len(text) <= length else text[: length - 1] + "…"


OBJECTIVES = _items("corporate_objectives", "statement")
GOALS = _items("goals", "statement")
AUDIENCES = _items("audiences")
TEAM = _items("resources.team")
PILLARS = _items("content.pillars")
EVENTS = _items("marketing_mix.events", "title")

ID_HELP = _("A short reference without spaces, e.g. g-awareness.")


def _id(required: bool = True) -> Field:
    return Field("id", _("Reference"), help=ID_HELP, required=required)


# --- completeness -------------------------------------------------------------------------------


def _organisation_done(s: StrategyDocument) -> bool:
    o = s.organisation
    return bool(o and o.name and o.corporate_strategy and o.principles)


def _information_done(s: StrategyDocument) -> bool:
    o = s.organisation
    return bool(o and o.sector and o.country and o.business_model)


def _goals_done(s: StrategyDocument) -> bool:
    return bool(s.corporate_objectives and s.goals and all(g.serves and g.kpis for g in s.goals))


def _community_done(s: StrategyDocument) -> bool:
    # du or Sie is a question for German only (as the check's ``no-address-form`` says).
    c = s.community
    return bool(c and c.tone and (c.address or s.language != "de"))


def _mix_done(s: StrategyDocument) -> bool:
    mix = s.marketing_mix
    return bool(mix and len(mix.elements()) >= 4)


def _resources_done(s: StrategyDocument) -> bool:
    r = s.resources
    return bool(r and r.team and any(m.hours_per_week for m in r.team))


def _guidelines_done(s: StrategyDocument) -> bool:
    return bool(s.guidelines and s.guidelines.sections and s.crisis and s.crisis.levels)


def _content_done(s: StrategyDocument) -> bool:
    return bool(s.content and s.content.pillars and s.content.calendar)


def _review_done(s: StrategyDocument) -> bool:
    return all(step.is_completed(s) for step in STEPS if step.identifier != "review")


# --- the steps ----------------------------------------------------------------------------------

KPI = Collection(
    "kpis",
    _("Key figures (KPIs)"),
    _("key figure"),
    (
        Field("metric", _("Metric"), required=True, help=_("What you count, e.g. followers or enquiries.")),
        Field("platform", _("Platform"), "select", choices=v.PLATFORMS),
        Field("baseline", _("Today"), "float"),
        Field("target", _("Target"), "float"),
        Field("unit", _("Unit"), help=_("e.g. per month, %")),
        Field("due", _("By"), "date"),
    ),
    title=lambda item: str(item.get("metric", "")),
)

MIX_FIELDS = tuple(
    field
    for code, label in v.MIX_ELEMENTS
    for field in (
        Field(f"marketing_mix.{code}.current_state", _("Today"), "textarea", group=label),
        Field(f"marketing_mix.{code}.social_role", _("Role of social media"), "textarea", group=label),
        Field(f"marketing_mix.{code}.goals", _("Goals working on it"), "multi", choices=GOALS, group=label),
    )
)

PANEL_STEP = "strategies/step_panels.html"
"""Steps whose panel has its own actions (edit a section, move an entry, ...)."""

STEPS: tuple[Step, ...] = (
    Step(
        "organisation",
        _("Organisation & corporate strategy"),
        _("Who is the company, where does it want to go, and what does it stand for?"),
        _organisation_done,
        fields=(
            Field("title", _("Title of this strategy"), wide=True),
            Field("organisation.name", _("Organisation"), required=True),
            Field("organisation.industry", _("Industry")),
            Field("organisation.city", _("City")),
            Field("organisation.employees", _("Employees"), "int"),
            Field("organisation.website", _("Website")),
            Field("language", _("Document language"), "select", choices=v.LANGUAGES),
            Field("organisation.mission", _("Mission"), "textarea", wide=True),
            Field(
                "organisation.corporate_strategy",
                _("Corporate strategy"),
                "textarea",
                wide=True,
                help=_("The company's strategy in a few sentences: what social media must serve."),
            ),
        ),
        collections=(
            Collection(
                "organisation.principles",
                _("Corporate principles"),
                _("principle"),
                (
                    _id(),
                    Field("statement", _("Principle"), "textarea", required=True, wide=True),
                    Field(
                        "tone",
                        _("Tone that expresses it"),
                        "tags",
                        help=_("Comma-separated, e.g. warm, honest"),
                    ),
                    Field("goals", _("Goals that serve it"), "multi", choices=GOALS),
                    Field("guideline_sections", _("Guideline sections"), "multi", choices=_guideline_keys),
                ),
                title=lambda item: str(item.get("statement", "")),
            ),
        ),
    ),
    Step(
        "information",
        _("Platforms, channels & tools"),
        _("What do we need to know about platforms, channels and tools for this organisation?"),
        _information_done,
        fields=(
            Field("organisation.sector", _("Sector"), "select", choices=v.SECTORS),
            Field("organisation.business_model", _("Business model"), "select", choices=v.BUSINESS_MODELS),
            Field("organisation.country", _("Country"), help=_("Two letters, e.g. DE")),
            Field("organisation.region", _("Region"), help=_("e.g. DE-BY or a local area")),
        ),
        panel="knowledge",
    ),
    Step(
        "goals",
        _("Goals & KPIs"),
        _("What should social media achieve, and which corporate objective does each goal serve?"),
        _goals_done,
        collections=(
            Collection(
                "corporate_objectives",
                _("Corporate objectives"),
                _("corporate objective"),
                (
                    _id(),
                    Field("statement", _("Objective"), "textarea", required=True, wide=True),
                    Field("due", _("By"), "date"),
                ),
                title=lambda item: str(item.get("statement", "")),
            ),
            Collection(
                "goals",
                _("Social media goals"),
                _("goal"),
                (
                    _id(),
                    Field("type", _("Kind of goal"), "select", choices=v.GOAL_TYPES, required=True),
                    Field("priority", _("Priority"), "select", choices=v.PRIORITIES),
                    Field("statement", _("Goal"), "textarea", required=True, wide=True),
                    Field("serves", _("Serves corporate objectives"), "multi", choices=OBJECTIVES, wide=True),
                ),
                title=lambda item: str(item.get("statement", "")),
                children=(KPI,),
            ),
        ),
    ),
    Step(
        "audiences",
        _("Audiences"),
        _("Whom do we want to reach?"),
        lambda s: bool(s.audiences),
        collections=(
            Collection(
                "audiences",
                _("Audiences"),
                _("audience"),
                (
                    _id(),
                    Field("name", _("Name"), required=True),
                    Field("kind", _("Kind"), "select", choices=v.AUDIENCE_KINDS),
                    Field("age_min", _("Age from"), "int"),
                    Field("age_max", _("Age to"), "int"),
                    Field("region", _("Region")),
                    Field("roles", _("Job roles"), "tags", help=_("For business buyers; comma-separated")),
                    Field("description", _("Description"), "textarea", wide=True),
                ),
            ),
        ),
    ),
    Step(
        "platforms",
        _("Platform choice"),
        _("On which platforms and channels do we meet these audiences, and why?"),
        lambda s: bool(s.active_platforms()) and all(p.rationale for p in s.active_platforms()),
        collections=(
            Collection(
                "platforms",
                _("Platforms and channels"),
                _("platform"),
                (
                    Field("platform", _("Platform"), "select", choices=v.PLATFORMS, required=True),
                    Field("status", _("Decision"), "select", choices=v.PLATFORM_STATUSES),
                    Field("account", _("Account")),
                    Field("posts_per_week", _("Posts per week"), "float"),
                    Field("rationale", _("Why"), "textarea", wide=True),
                    Field("audiences", _("Audiences"), "multi", choices=AUDIENCES),
                    Field("goals", _("Goals"), "multi", choices=GOALS),
                    Field("formats", _("Formats"), "multi", choices=v.FORMATS),
                ),
                title=lambda item: v.label(v.PLATFORMS, item.get("platform")),
            ),
        ),
        fields=tuple(_weight_field(key, label) for key, label in WEIGHT_LABELS.items()),
        check=weight_errors,
        panel="recommendation",
    ),
    Step(
        "community",
        _("Community address"),
        _("How do we speak with our community?"),
        _community_done,
        fields=(
            Field("community.address", _("Address"), "select", choices=v.ADDRESSES),
            Field("community.use_ihr_for_groups", _("Address groups with “ihr”"), "bool"),
            Field("community.tone", _("Tone"), "tags", help=_("Comma-separated, e.g. warm, competent")),
            Field("community.emoji_policy", _("Emoji"), "select", choices=v.EMOJI_POLICIES),
            Field("community.response_time_hours", _("Answer within (hours)"), "float"),
            Field(
                "community.response_times",
                _("Answer times per platform"),
                "mapping",
                choices=v.PLATFORMS,
                help=_("One per line, e.g. instagram: 4"),
            ),
            Field("community.netiquette", _("Netiquette"), "textarea", wide=True),
            Field(
                "community.moderation_rules",
                _("Moderation rules"),
                "lines",
                wide=True,
                help=_("One per line"),
            ),
        ),
        panel="tone",
        template=PANEL_STEP,
    ),
    Step(
        "marketing_mix",
        _("Marketing mix"),
        _("What does social media do for product, price, place and promotion?"),
        _mix_done,
        fields=MIX_FIELDS,
        collections=(
            Collection(
                "marketing_mix.events",
                _("Marketing events"),
                _("event"),
                (
                    _id(required=False),
                    Field("title", _("Title"), required=True),
                    Field("kind", _("Kind"), "select", choices=v.EVENT_KINDS),
                    Field("date", _("Date"), "date", required=True),
                    Field("end", _("Until"), "date"),
                    Field("goals", _("Goals"), "multi", choices=GOALS),
                ),
                title=lambda item: _dated(item, "title"),
            ),
        ),
        panel="mix",
        template=PANEL_STEP,
    ),
    Step(
        "resources",
        _("Resources & competences"),
        _("Who does the work, with which skills, tools and budget?"),
        _resources_done,
        collections=(
            Collection(
                "resources.team",
                _("Team"),
                _("team member"),
                (
                    _id(),
                    Field("name", _("Name"), required=True),
                    Field("role", _("Role")),
                    Field("hours_per_week", _("Hours per week for social media"), "float"),
                    Field(
                        "competences",
                        _("Competences (1 novice – 5 expert)"),
                        "mapping",
                        choices=v.PLATFORM_COMPETENCES,
                        wide=True,
                        help=_(
                            "One per line, e.g. copywriting: 4. Known: copywriting, photo, video, design, "
                            "community_management, analytics, advertising, law_privacy, "
                            "crisis_communication, strategy, platform_instagram …"
                        ),
                    ),
                    Field("email", _("Email")),
                    Field("phone", _("Phone")),
                ),
            ),
            Collection(
                "resources.budget",
                _("Budget"),
                _("budget line"),
                (
                    Field("category", _("Category"), "select", choices=v.BUDGET_CATEGORIES, required=True),
                    Field("monthly_amount", _("Per month"), "float", required=True),
                    Field("currency", _("Currency")),
                    Field("note", _("Note")),
                ),
                title=lambda item: v.label(v.BUDGET_CATEGORIES, item.get("category")),
            ),
            Collection(
                "resources.tools",
                _("Tools"),
                _("tool"),
                (
                    Field("name", _("Name"), required=True),
                    Field("purpose", _("Purpose")),
                    Field("monthly_cost", _("Cost per month"), "float"),
                ),
            ),
        ),
        panel="capacity",
        template=PANEL_STEP,
    ),
    Step(
        "guidelines",
        _("Guidelines & crisis"),
        _("What may employees say, and what happens when things go wrong?"),
        _guidelines_done,
        fields=(Field("guidelines.spokespeople", _("Spokespeople"), "multi", choices=TEAM, wide=True),),
        collections=(
            Collection(
                "crisis.levels",
                _("Crisis levels"),
                _("crisis level"),
                (
                    _id(),
                    Field("name", _("Name"), required=True),
                    Field("criteria", _("Criteria"), "lines", wide=True, help=_("One per line")),
                    Field("responsible", _("Decides"), "select", choices=TEAM),
                    Field("response_time_hours", _("Respond within (hours)"), "float"),
                    Field("inform", _("Inform"), "multi", choices=TEAM),
                    Field("approval", _("Approve statements"), "multi", choices=TEAM),
                ),
            ),
            Collection(
                "crisis.contacts",
                _("Crisis contacts"),
                _("contact"),
                (
                    Field("role", _("Role"), required=True),
                    Field("member", _("Team member"), "select", choices=TEAM),
                    Field("name", _("Name")),
                    Field("phone", _("Phone")),
                    Field("email", _("Email")),
                ),
                title=lambda item: str(item.get("role", "")),
            ),
        ),
        panel="texts",
        template=PANEL_STEP,
    ),
    Step(
        "content",
        _("Content pillars & calendar"),
        _("Which topics do we post about, and what is planned when?"),
        _content_done,
        collections=(
            Collection(
                "content.pillars",
                _("Content pillars"),
                _("content pillar"),
                (
                    _id(),
                    Field("name", _("Name"), required=True),
                    Field("share", _("Share of posts (%)"), "float"),
                    Field("description", _("Description"), "textarea", wide=True),
                    Field("goals", _("Goals"), "multi", choices=GOALS),
                ),
            ),
            Collection(
                "content.calendar",
                _("Editorial calendar"),
                _("post"),
                (
                    Field("title", _("Title"), required=True, wide=True),
                    Field("date", _("Date"), "date", required=True),
                    Field("time", _("Time"), "time"),
                    Field("platform", _("Platform"), "select", choices=_active_platforms, required=True),
                    Field("format", _("Format"), "select", choices=v.FORMATS),
                    Field("pillar", _("Content pillar"), "select", choices=PILLARS),
                    Field("goal", _("Goal"), "select", choices=GOALS),
                    Field("event", _("Event"), "select", choices=EVENTS),
                    Field("owner", _("Responsible"), "select", choices=TEAM),
                    Field("status", _("Status"), "select", choices=v.CALENDAR_STATUSES),
                ),
                title=lambda item: _dated(item, "title"),
            ),
        ),
        panel="calendar",
        template=PANEL_STEP,
    ),
    Step(
        "review",
        _("Review & export"),
        _("Is the strategy complete and consistent? Take it with you."),
        _review_done,
        template="strategies/review.html",
    ),
)

STEPS_BY_ID: dict[str, Step] = {step.identifier: step for step in STEPS}


def get_step(identifier: str) -> Step | None:
    return STEPS_BY_ID.get(identifier)


def neighbours(step: Step) -> tuple[Step | None, Step | None]:
    index = STEPS.index(step)
    previous = STEPS[index - 1] if index > 0 else None
    following = STEPS[index + 1] if index + 1 < len(STEPS) else None
    return previous, following
