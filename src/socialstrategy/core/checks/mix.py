"""Rules on the alignment with the marketing mix: 4P/7P and marketing events
(marketing_mix, step 7 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import MIX_ELEMENTS_4P, Strategy
from socialstrategy.core.planning.mix import supporting_entries


@rule(
    "no-marketing-mix",
    "marketing_mix",
    "warning",
    N_("The strategy is not aligned with the marketing mix."),
    N_("Describe product, price, place and promotion and what social media does for each."),
)
def check_mix_exists(strategy: Strategy) -> Iterator[Place]:
    if strategy.marketing_mix is None or not strategy.marketing_mix.elements():
        yield at("marketing_mix")


@rule(
    "mix-element-missing",
    "marketing_mix",
    "warning",
    N_("The marketing mix leaves out “{element}”."),
    N_("Describe its current state and the role social media plays for it, even if the role is small."),
)
def check_four_ps(strategy: Strategy) -> Iterator[Place]:
    mix = strategy.marketing_mix
    if mix is None or not mix.elements():
        return
    for name in MIX_ELEMENTS_4P:
        if getattr(mix, name) is None:
            yield at(f"marketing_mix.{name}", element=name)


@rule(
    "mix-element-without-social-role",
    "marketing_mix",
    "warning",
    N_("The marketing-mix element “{element}” has no role for social media."),
    N_("Say what social media does for it, e.g. explains the price or shows where to buy."),
)
def check_social_roles(strategy: Strategy) -> Iterator[Place]:
    mix = strategy.marketing_mix
    if mix is None:
        return
    for name, element in mix.elements().items():
        if not (element.social_role and element.social_role.strip()):
            yield at(f"marketing_mix.{name}.social_role", element=name)


@rule(
    "event-end-before-start",
    "marketing_mix",
    "error",
    N_("The event “{title}” ends before it starts."),
    N_("Correct the start or end date."),
)
def check_event_dates(strategy: Strategy) -> Iterator[Place]:
    events = strategy.marketing_mix.events if strategy.marketing_mix else []
    for index, event in enumerate(events):
        if event.end is not None and event.end < event.date:
            yield at(f"marketing_mix.events[{index}].end", title=event.title)


@rule(
    "event-without-content",
    "marketing_mix",
    "info",
    N_("The event “{title}” falls within the editorial plan, but no post is planned around it."),
    N_("Plan posts in the two weeks before the event and on its day, or link a post to it."),
    waits_for="content",
)
def check_events_have_content(strategy: Strategy) -> Iterator[Place]:
    """An event within the planned calendar period should have at least one post around it:
    linked to it, or planned in the two weeks before it up to its last day."""
    events = strategy.marketing_mix.events if strategy.marketing_mix else []
    calendar = strategy.content.calendar if strategy.content else []
    if not calendar:
        return
    first, last = min(e.date for e in calendar), max(e.date for e in calendar)
    for index, event in enumerate(events):
        within = event.date <= last and (event.end or event.date) >= first
        if within and not supporting_entries(strategy, event):
            yield at(f"marketing_mix.events[{index}]", title=event.title)
