"""Rules on the community address: du or Sie, tone, emoji, response times, netiquette
(community, step 6 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy


@rule("no-address-form", "community")
def check_address_form(strategy: Strategy) -> Iterator[Finding]:
    """German has two ways to address a person; a strategy has to choose one."""
    if strategy.language == "de" and not (strategy.community and strategy.community.address):
        yield finding(
            "no-address-form",
            "error",
            "community.address",
            N_("It is not decided whether the community is addressed as “du” or “Sie”."),
            N_("Choose one; guidelines, replies and generated texts follow it."),
        )


@rule("no-tone", "community")
def check_tone(strategy: Strategy) -> Iterator[Finding]:
    if not (strategy.community and strategy.community.tone):
        yield finding(
            "no-tone",
            "warning",
            "community.tone",
            N_("No tone of voice is described."),
            N_("Name three to five tone attributes, e.g. warm, competent, plain-spoken."),
        )


@rule("no-response-time", "community")
def check_response_time(strategy: Strategy) -> Iterator[Finding]:
    community = strategy.community
    if not (community and (community.response_time_hours or community.response_times)):
        yield finding(
            "no-response-time",
            "warning",
            "community.response_time_hours",
            N_("There is no target for how quickly comments and messages are answered."),
            N_("Set a response time in hours; it tells the team how often to look in."),
        )


@rule("no-netiquette", "community")
def check_netiquette(strategy: Strategy) -> Iterator[Finding]:
    if not (strategy.community and strategy.community.netiquette):
        yield finding(
            "no-netiquette",
            "warning",
            "community.netiquette",
            N_("There is no netiquette for the community."),
            N_("Say what is welcome and what gets deleted; it is the basis for moderating fairly."),
        )


@rule("no-emoji-policy", "community")
def check_emoji_policy(strategy: Strategy) -> Iterator[Finding]:
    if not (strategy.community and strategy.community.emoji_policy):
        yield finding(
            "no-emoji-policy",
            "info",
            "community.emoji_policy",
            N_("It is not decided whether emoji are used."),
            N_("Choose none, sparing or welcome, so that posts by different people look alike."),
        )
