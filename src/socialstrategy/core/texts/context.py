"""What the templates see: a plain view of the strategy, with the people picked for each job.

Picking people is a domain rule, so it lives here and not in templates: the person with the
highest rating in a competence does the job; without ratings, the person with the most hours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from babel import Locale

from socialstrategy.core.model import Community, Strategy, TeamMember
from socialstrategy.core.texts.catalogue import tone_label
from socialstrategy.core.texts.engine import Variant, labels

DACH = frozenset({"DE", "AT", "CH"})
_LEGAL_FORM = re.compile(
    r",?\s+(?:GmbH\s*&\s*Co\.?\s*KG|gGmbH|GmbH|AG|KGaA|KG|OHG|UG(?:\s*\(haftungsbeschränkt\))?|e\.\s?K\.|"
    r"e\.\s?V\.|eG|SE|Inc\.?|Ltd\.?|LLC|LLP|PLC|plc|Corp\.?|S\.A\.|SA|B\.V\.|BV|N\.V\.)$"
)


@dataclass(frozen=True)
class PlatformView:
    id: str
    name: str
    account: str | None
    posters: list[TeamMember] = field(default_factory=list)
    response_time_hours: float | None = None


def pick_member(team: list[TeamMember], *competences: str) -> TeamMember | None:
    """The best-rated member for the first competence anyone has; else the one with most hours."""
    for competence in competences:
        rated = [m for m in team if m.competences.get(competence)]
        if rated:
            return max(rated, key=lambda m: (m.competences[competence], m.hours_per_week))
    return max(team, key=lambda m: m.hours_per_week) if team else None


def crisis_lead(strategy: Strategy) -> TeamMember | None:
    return pick_member(strategy.team(), "crisis_communication", "strategy", "community_management")


def crisis_phone(strategy: Strategy) -> str | None:
    """The number to call in a crisis: the one the crisis contacts give for the crisis lead (often
    a mobile), else the lead's own number."""
    lead = crisis_lead(strategy)
    if lead is None:
        return None
    contacts = strategy.crisis.contacts if strategy.crisis else []
    return next((c.phone for c in contacts if c.member == lead.id and c.phone), None) or lead.phone


def community_lead(strategy: Strategy) -> TeamMember | None:
    return pick_member(strategy.team(), "community_management", "copywriting", "crisis_communication")


def management_lead(strategy: Strategy) -> TeamMember | None:
    return pick_member(strategy.team(), "strategy", "crisis_communication")


def legal_lead(strategy: Strategy) -> TeamMember | None:
    """Only someone actually rated in law and privacy: a guess here would be dangerous."""
    team = strategy.team()
    rated = [m for m in team if m.competences.get("law_privacy")]
    return pick_member(rated, "law_privacy") if rated else None


def member_by_id(strategy: Strategy, member_id: str | None) -> TeamMember | None:
    return next((m for m in strategy.team() if m.id == member_id), None)


def spokespeople(strategy: Strategy) -> list[TeamMember]:
    ids = strategy.guidelines.spokespeople if strategy.guidelines else []
    return [m for m in (member_by_id(strategy, i) for i in ids) if m is not None]


def platform_views(strategy: Strategy) -> list[PlatformView]:
    names = labels(strategy.text_variant()).platforms
    community = strategy.community or Community()
    fallback = community_lead(strategy)
    views = []
    for decision in strategy.active_platforms():
        poster = pick_member(
            [m for m in strategy.team() if m.competences.get(f"platform_{decision.platform}")],
            f"platform_{decision.platform}",
        )
        views.append(
            PlatformView(
                id=decision.platform,
                name=names.get(decision.platform, decision.platform.replace("_", " ").title()),
                account=decision.account,
                posters=[m for m in (poster or fallback,) if m is not None],
                response_time_hours=community.response_times.get(
                    decision.platform, community.response_time_hours
                ),
            )
        )
    return views


def build_context(strategy: Strategy, variant: Variant | None = None) -> dict[str, Any]:
    """Everything a template may use; templates never reach into the model on their own.
    ``variant`` is the template set of the text's voice (default: the community's)."""
    variant = variant or strategy.text_variant()
    organisation = strategy.organisation
    community = strategy.community or Community()
    country = organisation.country if organisation else None
    return {
        "variant": variant,
        "org": short_name(organisation.name) if organisation and organisation.name else None,
        "industry": organisation.industry if organisation else None,
        "city": organisation.city if organisation else None,
        "country": country,
        "is_dach": country in DACH,
        "country_name": _country_name(country, strategy.language),
        "sector": organisation.sector if organisation else None,
        "mission": " ".join(organisation.mission.split()) if organisation and organisation.mission else None,
        "website": organisation.website if organisation else None,
        "business_model": organisation.business_model if organisation else None,
        "principles": organisation.principles if organisation else [],
        "objectives": strategy.corporate_objectives,
        "goals": strategy.goals,
        "platforms": platform_views(strategy),
        "team": strategy.team(),
        "spokespeople": spokespeople(strategy),
        "community": community,
        "tone": [tone_label(variant, name) for name in community.tone],
        "ihr": community.use_ihr_for_groups,
        "emoji": community.emoji_policy or "sparing",
        "response_time": community.response_time_hours,
        "crisis_lead": crisis_lead(strategy),
        "crisis_phone": crisis_phone(strategy),
        "community_lead": community_lead(strategy),
        "management_lead": management_lead(strategy),
        "legal_lead": legal_lead(strategy),
        "crisis": strategy.crisis,
        "member": lambda member_id: member_by_id(strategy, member_id),
        "names": lambda ids: [_name(strategy, member_id) for member_id in ids],
    }


def short_name(name: str) -> str:
    """The name as people say it in running text, without the legal form.

    >>> short_name("Bäckerei Sonnenkorn GmbH"), short_name("Ridgeline Sensor Systems, Inc.")
    ('Bäckerei Sonnenkorn', 'Ridgeline Sensor Systems')
    """
    return _LEGAL_FORM.sub("", name.strip()) or name.strip()


def _name(strategy: Strategy, member_id: str) -> str:
    """A team member's name; an unknown id is shown as it is, so the gap stays visible."""
    member = member_by_id(strategy, member_id)
    return member.name if member else member_id


def _country_name(country: str | None, language: str) -> str | None:
    """``DE`` → ``Germany`` / ``Deutschland``, from Babel's CLDR data."""
    if country is None:
        return None
    return str(Locale.parse(language).territories.get(country, country))
