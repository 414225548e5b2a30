"""Rules on the organisation, its corporate objectives and principles (organisation,
step 1 of the process).

The source text's central demand: social media goals relate to the corporate objectives, and the
strategy stays true to the company's principles.
"""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy
from socialstrategy.core.vocabulary import SECTOR_CODES


@rule("organisation-missing", "organisation")
def check_organisation(strategy: Strategy) -> Iterator[Finding]:
    if strategy.organisation is None:
        yield finding(
            "organisation-missing",
            "error",
            "organisation",
            N_("The strategy does not say whose strategy it is."),
            N_("Add the organisation with at least its name, sector and business model."),
        )


@rule("strategy-untitled", "organisation")
def check_title(strategy: Strategy) -> Iterator[Finding]:
    if not strategy.title.strip():
        yield finding(
            "strategy-untitled",
            "info",
            "title",
            N_("The strategy has no title."),
            N_("A title such as “Social media strategy 2027” heads the strategy document."),
        )


@rule("unknown-sector", "information")
def check_sector(strategy: Strategy) -> Iterator[Finding]:
    organisation = strategy.organisation
    if organisation and organisation.sector and organisation.sector not in SECTOR_CODES:
        yield finding(
            "unknown-sector",
            "warning",
            "organisation.sector",
            N_("“{sector}” is not a known sector, so no sector-specific advice can be given."),
            N_("Use one of: {known}."),
            sector=organisation.sector,
            known=list(SECTOR_CODES),
        )


@rule("no-corporate-objectives", "organisation")
def check_objectives_exist(strategy: Strategy) -> Iterator[Finding]:
    if not strategy.corporate_objectives:
        yield finding(
            "no-corporate-objectives",
            "error",
            "corporate_objectives",
            N_("No corporate objectives are recorded, so no social media goal can be tied to the business."),
            N_(
                "Write down what the company as a whole wants to "
                "achieve, e.g. “Grow café sales by 10% in 2027”."
            ),
        )


@rule("objective-without-deadline", "organisation")
def check_objective_deadlines(strategy: Strategy) -> Iterator[Finding]:
    for index, objective in enumerate(strategy.corporate_objectives):
        if objective.due is None:
            yield finding(
                "objective-without-deadline",
                "warning",
                f"corporate_objectives[{index}].due",
                N_("The corporate objective “{id}” has no deadline."),
                N_(
                    "Give it a date by which it should be reached; "
                    "goals and KPIs take their deadlines from it."
                ),
                id=objective.id,
            )


@rule("objective-not-served", "goals")
def check_objectives_served(strategy: Strategy) -> Iterator[Finding]:
    served = {objective for goal in strategy.goals for objective in goal.serves}
    for index, objective in enumerate(strategy.corporate_objectives):
        if objective.id not in served:
            yield finding(
                "objective-not-served",
                "info",
                f"corporate_objectives[{index}]",
                N_("No social media goal serves the corporate objective “{id}”."),
                N_("That can be right; otherwise add a goal that serves it."),
                id=objective.id,
            )


@rule("no-principles", "organisation")
def check_principles_exist(strategy: Strategy) -> Iterator[Finding]:
    if strategy.organisation and not strategy.organisation.principles:
        yield finding(
            "no-principles",
            "warning",
            "organisation.principles",
            N_("No corporate principles are recorded."),
            N_(
                "Note the principles the company lives by; the "
                "strategy, tone and guidelines should reflect them."
            ),
        )


@rule("principle-not-referenced", "organisation")
def check_principles_referenced(strategy: Strategy) -> Iterator[Finding]:
    """A principle is reflected when tone attributes, guideline sections or goals refer to it."""
    principles = strategy.organisation.principles if strategy.organisation else []
    for index, principle in enumerate(principles):
        if not (principle.tone or principle.guideline_sections or principle.goals):
            yield finding(
                "principle-not-referenced",
                "warning",
                f"organisation.principles[{index}]",
                N_("Nothing in the strategy puts the principle “{id}” into practice."),
                N_("Link it to tone attributes, guideline sections or goals that express it."),
                id=principle.id,
            )


@rule("principle-tone-not-used", "organisation", waits_for="community")
def check_principle_tone(strategy: Strategy) -> Iterator[Finding]:
    principles = strategy.organisation.principles if strategy.organisation else []
    tone = {attribute.casefold() for attribute in (strategy.community.tone if strategy.community else [])}
    for index, principle in enumerate(principles):
        for number, attribute in enumerate(principle.tone):
            if attribute.casefold() not in tone:
                yield finding(
                    "principle-tone-not-used",
                    "warning",
                    f"organisation.principles[{index}].tone[{number}]",
                    N_(
                        "The principle “{id}” asks for a “{tone}” tone, "
                        "but the community tone does not include it."
                    ),
                    N_("Add “{tone}” to the tone of the community address, or remove it from the principle."),
                    id=principle.id,
                    tone=attribute,
                )
