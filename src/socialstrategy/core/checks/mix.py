"""Rules on the alignment with the marketing mix: 4P/7P and marketing events
(marketing_mix, step 7 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import MIX_ELEMENTS_4P, Strategy
from socialstrategy.core.planning.mix import supporting_entries


@rule("no-marketing-mix", "marketing_mix")
def check_mix_exists(strategy: Strategy) -> Iterator[Finding]:
    if strategy.marketing_mix is None or not strategy.marketing_mix.elements():
        yield finding(
            "no-marketing-mix",
            "warning",
            "marketing_mix",
            N_("The strategy is not aligned with the marketing mix."),
            N_("Describe product, price, place and promotion and what social media does for each."),
        )


@rule("mix-element-missing", "marketing_mix")
def check_four_ps(strategy: Strategy) -> Iterator[Finding]:
    mix = strategy.marketing_mix
    if mix is None or not mix.elements():
        return
    for name in MIX_ELEMENTS_4P:
        if getattr(mix, name) is None:
            yield finding(
                "mix-element-missing",
                "warning",
                f"marketing_mix.{name}",
                N_("The marketing mix leaves out “{element}”."),
                N_(
                    "Describe its current state and the role social "
                    "media plays for it, even if the role is small."
                ),
                element=name,
            )


@rule("mix-element-without-social-role", "marketing_mix")
def check_social_roles(strategy: Strategy) -> Iterator[Finding]:
    mix = strategy.marketing_mix
    if mix is None:
        return
    for name, element in mix.elements().items():
        if not (element.social_role and element.social_role.strip()):
            yield finding(
                "mix-element-without-social-role",
                "warning",
                f"marketing_mix.{name}.social_role",
                N_("The marketing-mix element “{element}” has no role for social media."),
                N_("Say what social media does for it, e.g. explains the price or shows where to buy."),
                element=name,
            )


@rule("event-end-before-start", "marketing_mix")
def check_event_dates(strategy: Strategy) -> Iterator[Finding]:
    events = strategy.marketing_mix.events if strategy.marketing_mix else []
    for index, event in enumerate(events):
        if event.end is not None and event.end < event.date:
            yield finding(
                "event-end-before-start",
                "error",
                f"marketing_mix.events[{index}].end",
                N_("The event “{title}” ends before it starts."),
                N_("Correct the start or end date."),
                title=event.title,
            )


@rule("event-without-content", "marketing_mix", waits_for="content")
def check_events_have_content(strategy: Strategy) -> Iterator[Finding]:
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
            yield finding(
                "event-without-content",
                "info",
                f"marketing_mix.events[{index}]",
                N_("The event “{title}” falls within the editorial plan, but no post is planned around it."),
                N_("Plan posts in the two weeks before the event and on its day, or link a post to it."),
                title=event.title,
            )
