"""Crisis playbook (Krisenleitfaden): severity levels, contacts and the texts around them.

Generation fills what is empty from the team and keeps every choice the user made: existing
levels keep their names, criteria and people; only empty fields get a default.
"""

from __future__ import annotations

from socialstrategy.core.model import Crisis, CrisisContact, CrisisLevel, Strategy, TeamMember, TextSection
from socialstrategy.core.texts.context import (
    build_context,
    community_lead,
    crisis_lead,
    legal_lead,
    management_lead,
)
from socialstrategy.core.texts.engine import render_document, render_section, variant_data
from socialstrategy.core.texts.sections import merge_sections

LEVEL_IDS: tuple[str, ...] = ("routine", "issue", "crisis")
CRISIS_KEYS: tuple[str, ...] = ("first_steps", "approval", "holding_statements", "dont", "review")
DEFAULT_RESPONSE_HOURS = {"routine": 24.0, "issue": 4.0, "crisis": 1.0}


def default_levels(strategy: Strategy) -> list[CrisisLevel]:
    """The three standard levels with criteria in the strategy's language and people from the team."""
    texts = variant_data(strategy.text_variant(), "crisis")["levels"]
    return [
        fill_level(
            strategy,
            CrisisLevel(id=level_id, name=texts[level_id]["name"], criteria=texts[level_id]["criteria"]),
        )
        for level_id in LEVEL_IDS
    ]


def fill_level(strategy: Strategy, level: CrisisLevel) -> CrisisLevel:
    """Fill the empty fields of a level with defaults from the team; set fields stay as they are."""
    defaults = _level_defaults(strategy, level.id)
    update = {name: value for name, value in defaults.items() if not getattr(level, name)}
    return level.model_copy(update=update)


def default_contacts(strategy: Strategy) -> list[CrisisContact]:
    roles = variant_data(strategy.text_variant(), "crisis")["roles"]
    people = {
        "crisis": crisis_lead(strategy),
        "management": management_lead(strategy),
        "community": community_lead(strategy),
        "legal": legal_lead(strategy),
    }
    contacts: list[CrisisContact] = []
    seen: set[str] = set()
    for role, member in people.items():
        if member is None or member.id in seen:
            continue
        seen.add(member.id)
        contacts.append(
            CrisisContact(
                role=roles[role], member=member.id, name=member.name, phone=member.phone, email=member.email
            )
        )
    return contacts


def generate_crisis_sections(strategy: Strategy, crisis: Crisis) -> list[TextSection]:
    context = {**build_context(strategy), "crisis": crisis}
    variant = strategy.text_variant()
    return [
        TextSection(key=s.key, title=s.title, body=s.body)
        for s in (render_section(variant, "crisis", key, context) for key in CRISIS_KEYS)
    ]


def regenerate_crisis(strategy: Strategy) -> Strategy:
    """A copy of the strategy with the crisis playbook completed; the user's choices survive."""
    crisis = strategy.crisis or Crisis()
    levels = [fill_level(strategy, level) for level in crisis.levels] or default_levels(strategy)
    contacts = crisis.contacts or default_contacts(strategy)
    crisis = crisis.model_copy(update={"levels": levels, "contacts": contacts})
    sections = merge_sections(crisis.sections, generate_crisis_sections(strategy, crisis))
    return strategy.model_copy(deep=True, update={"crisis": crisis.model_copy(update={"sections": sections})})


def render_crisis(strategy: Strategy) -> str:
    """The crisis playbook as a Markdown document."""
    strategy = regenerate_crisis(strategy)
    assert strategy.crisis is not None
    return render_document(
        strategy.text_variant(), "crisis", {**build_context(strategy), "crisis": strategy.crisis}
    )


def _level_defaults(strategy: Strategy, level_id: str) -> dict[str, object]:
    lead, community, management, legal = (
        crisis_lead(strategy),
        community_lead(strategy),
        management_lead(strategy),
        legal_lead(strategy),
    )
    community_hours = strategy.community.response_time_hours if strategy.community else None
    if level_id == "routine":
        responsible = community or lead
        return {
            "responsible": _id(responsible),
            "response_time_hours": community_hours or DEFAULT_RESPONSE_HOURS["routine"],
        }
    if level_id == "issue":
        return {
            "responsible": _id(lead),
            "inform": _ids(management, community, exclude=lead),
            "approval": _ids(lead),
            "response_time_hours": DEFAULT_RESPONSE_HOURS["issue"],
        }
    if level_id == "crisis":
        others = [m for m in strategy.team() if m is not lead]
        return {
            "responsible": _id(lead),
            "inform": _ids(*others, exclude=lead),
            "approval": _ids(lead, management, legal),
            "response_time_hours": DEFAULT_RESPONSE_HOURS["crisis"],
        }
    return {"responsible": _id(lead)}


def _id(member: TeamMember | None) -> str | None:
    return member.id if member else None


def _ids(*members: TeamMember | None, exclude: TeamMember | None = None) -> list[str]:
    ids: list[str] = []
    for member in members:
        if member is not None and member is not exclude and member.id not in ids:
            ids.append(member.id)
    return ids
