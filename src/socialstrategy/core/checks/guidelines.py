"""Rules on the employee guidelines and the crisis playbook (guidelines, step 9 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Finding, Place, at, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import CrisisContact, Strategy, TeamMember


@rule(
    "no-guidelines",
    "guidelines",
    "warning",
    N_("There are no social media guidelines for employees."),
    N_("Guidelines tell the team what to post, how, and how to behave in critical situations."),
)
def check_guidelines_exist(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.guidelines and strategy.guidelines.sections):
        yield at("guidelines.sections")


@rule(
    "empty-guideline-section",
    "guidelines",
    "info",
    N_("The section “{title}” has no text yet."),
    N_("Write it or generate a draft from the strategy."),
)
def check_sections_have_text(strategy: Strategy) -> Iterator[Place]:
    for prefix, sections in (
        ("guidelines.sections", strategy.guidelines.sections if strategy.guidelines else []),
        ("crisis.sections", strategy.crisis.sections if strategy.crisis else []),
    ):
        for index, section in enumerate(sections):
            if not section.body.strip():
                yield at(f"{prefix}[{index}].body", title=section.title)


@rule(
    "no-spokesperson",
    "guidelines",
    "warning",
    N_("Nobody is named to speak for the company on social media."),
    N_("Name the team members who may speak officially, so everyone else knows whom to ask."),
)
def check_spokespeople(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.guidelines and strategy.guidelines.spokespeople):
        yield at("guidelines.spokespeople")


@rule(
    "no-crisis-contact",
    "guidelines",
    "error",
    N_("The crisis playbook names no contact."),
    N_("Name who decides in a crisis and how to reach them, also at the weekend."),
)
def check_crisis_contact(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.crisis and strategy.crisis.contacts):
        yield at("crisis.contacts")


@rule(
    "crisis-contact-unreachable",
    "guidelines",
    "warning",
    N_("The crisis contact “{role}” has no phone number or e-mail address."),
    N_("Add a phone number; in a crisis nobody has time to look it up."),
)
def check_contacts_reachable(strategy: Strategy) -> Iterator[Place]:
    contacts = strategy.crisis.contacts if strategy.crisis else []
    members = {member.id: member for member in strategy.team()}
    for index, contact in enumerate(contacts):
        if not _is_reachable(contact, members):
            yield at(f"crisis.contacts[{index}]", role=contact.role)


def _is_reachable(contact: CrisisContact, members: dict[str, TeamMember]) -> bool:
    member = members.get(contact.member or "")
    return bool(contact.phone or contact.email or (member and (member.phone or member.email)))


@rule(
    "no-crisis-levels",
    "guidelines",
    "warning",
    N_("The crisis playbook has no escalation levels."),
    N_("Distinguish e.g. routine, issue and crisis, each with criteria, who decides and how fast."),
)
def check_crisis_levels(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.crisis and strategy.crisis.levels):
        yield at("crisis.levels")


@rule(
    "crisis-level-without-responsible",
    "guidelines",
    "warning",
    N_("Nobody is responsible for the escalation level “{name}”."),
    N_("Name the team member who decides at this level."),
)
def check_levels_have_owner(strategy: Strategy) -> Iterator[Place]:
    levels = strategy.crisis.levels if strategy.crisis else []
    for index, level in enumerate(levels):
        if level.responsible is None:
            yield at(f"crisis.levels[{index}].responsible", name=level.name)


_OTHER_ADDRESS = {
    ("guidelines", "sie"): N_(
        "The guideline section “{title}” says “du”, but the guidelines address employees as “Sie”."
    ),
    ("guidelines", "du"): N_(
        "The guideline section “{title}” says “Sie”, but the guidelines address employees as “du”."
    ),
    ("crisis", "sie"): N_(
        "The crisis playbook section “{title}” says “du”, but the community is addressed as “Sie”."
    ),
    ("crisis", "du"): N_(
        "The crisis playbook section “{title}” says “Sie”, but the community is addressed as “du”."
    ),
}


@rule("section-in-other-address", "guidelines")
def check_sections_keep_the_address(strategy: Strategy) -> Iterator[Finding]:
    """A section the user wrote (customised, or of their own) in the other form of address: after
    switching between du and Sie, the document would mix both without anyone noticing."""
    from socialstrategy.core.texts import kept_in_other_address

    for part, index, section, address in kept_in_other_address(strategy):
        yield finding(
            "section-in-other-address",
            "warning",
            f"{part}.sections[{index}].body",
            _OTHER_ADDRESS[(part, address)],
            N_("Rewrite the section in the document's form of address, or reset it to the generated text."),
            title=section.title,
        )
