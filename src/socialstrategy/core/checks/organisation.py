"""Rules on the organisation, its corporate objectives and principles (organisation,
step 1 of the process).

The source text's central demand: social media goals relate to the corporate objectives, and the
strategy stays true to the company's principles.
"""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.vocabulary import SECTOR_CODES


@rule(
    "organisation-missing",
    "organisation",
    "error",
    N_("The strategy does not say whose strategy it is."),
    N_("Add the organisation with at least its name, sector and business model."),
)
def check_organisation(strategy: Strategy) -> Iterator[Place]:
    if strategy.organisation is None:
        yield at("organisation")


@rule(
    "strategy-untitled",
    "organisation",
    "info",
    N_("The strategy has no title."),
    N_("A title such as “Social media strategy 2027” heads the strategy document."),
)
def check_title(strategy: Strategy) -> Iterator[Place]:
    if not strategy.title.strip():
        yield at("title")


@rule(
    "unknown-sector",
    "information",
    "warning",
    N_("“{sector}” is not a known sector, so no sector-specific advice can be given."),
    N_("Use one of: {known}."),
)
def check_sector(strategy: Strategy) -> Iterator[Place]:
    organisation = strategy.organisation
    if organisation and organisation.sector and organisation.sector not in SECTOR_CODES:
        yield at("organisation.sector", sector=organisation.sector, known=list(SECTOR_CODES))


@rule(
    "no-corporate-objectives",
    "organisation",
    "error",
    N_("No corporate objectives are recorded, so no social media goal can be tied to the business."),
    N_("Write down what the company as a whole wants to achieve, e.g. “Grow café sales by 10% in 2027”."),
)
def check_objectives_exist(strategy: Strategy) -> Iterator[Place]:
    if not strategy.corporate_objectives:
        yield at("corporate_objectives")


@rule(
    "objective-without-deadline",
    "organisation",
    "warning",
    N_("The corporate objective “{id}” has no deadline."),
    N_("Give it a date by which it should be reached; goals and KPIs take their deadlines from it."),
)
def check_objective_deadlines(strategy: Strategy) -> Iterator[Place]:
    for index, objective in enumerate(strategy.corporate_objectives):
        if objective.due is None:
            yield at(f"corporate_objectives[{index}].due", id=objective.id)


@rule(
    "objective-not-served",
    "goals",
    "info",
    N_("No social media goal serves the corporate objective “{id}”."),
    N_("That can be right; otherwise add a goal that serves it."),
)
def check_objectives_served(strategy: Strategy) -> Iterator[Place]:
    served = {objective for goal in strategy.goals for objective in goal.serves}
    for index, objective in enumerate(strategy.corporate_objectives):
        if objective.id not in served:
            yield at(f"corporate_objectives[{index}]", id=objective.id)


@rule(
    "no-principles",
    "organisation",
    "warning",
    N_("No corporate principles are recorded."),
    N_("Note the principles the company lives by; the strategy, tone and guidelines should reflect them."),
)
def check_principles_exist(strategy: Strategy) -> Iterator[Place]:
    if strategy.organisation and not strategy.organisation.principles:
        yield at("organisation.principles")


@rule(
    "principle-not-referenced",
    "organisation",
    "warning",
    N_("Nothing in the strategy puts the principle “{id}” into practice."),
    N_("Link it to tone attributes, guideline sections or goals that express it."),
)
def check_principles_referenced(strategy: Strategy) -> Iterator[Place]:
    """A principle is reflected when tone attributes, guideline sections or goals refer to it."""
    principles = strategy.organisation.principles if strategy.organisation else []
    for index, principle in enumerate(principles):
        if not (principle.tone or principle.guideline_sections or principle.goals):
            yield at(f"organisation.principles[{index}]", id=principle.id)


@rule(
    "principle-tone-not-used",
    "organisation",
    "warning",
    N_("The principle “{id}” asks for a “{tone}” tone, but the community tone does not include it."),
    N_("Add “{tone}” to the tone of the community address, or remove it from the principle."),
    waits_for="community",
)
def check_principle_tone(strategy: Strategy) -> Iterator[Place]:
    principles = strategy.organisation.principles if strategy.organisation else []
    tone = {attribute.casefold() for attribute in (strategy.community.tone if strategy.community else [])}
    for index, principle in enumerate(principles):
        for number, attribute in enumerate(principle.tone):
            if attribute.casefold() not in tone:
                yield at(f"organisation.principles[{index}].tone[{number}]", id=principle.id, tone=attribute)
