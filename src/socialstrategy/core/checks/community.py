"""Rules on the community address: du or Sie, tone, emoji, response times, netiquette
(community, step 6 of the process)."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy


@rule(
    "no-address-form",
    "community",
    "error",
    N_("It is not decided whether the community is addressed as “du” or “Sie”."),
    N_("Choose one; guidelines, replies and generated texts follow it."),
)
def check_address_form(strategy: Strategy) -> Iterator[Place]:
    """German has two ways to address a person; a strategy has to choose one."""
    if strategy.language == "de" and not (strategy.community and strategy.community.address):
        yield at("community.address")


@rule(
    "no-tone",
    "community",
    "warning",
    N_("No tone of voice is described."),
    N_("Name three to five tone attributes, e.g. warm, competent, plain-spoken."),
)
def check_tone(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.community and strategy.community.tone):
        yield at("community.tone")


@rule(
    "no-response-time",
    "community",
    "warning",
    N_("There is no target for how quickly comments and messages are answered."),
    N_("Set a response time in hours; it tells the team how often to look in."),
)
def check_response_time(strategy: Strategy) -> Iterator[Place]:
    community = strategy.community
    if not (community and (community.response_time_hours or community.response_times)):
        yield at("community.response_time_hours")


@rule(
    "no-netiquette",
    "community",
    "warning",
    N_("There is no netiquette for the community."),
    N_("Say what is welcome and what gets deleted; it is the basis for moderating fairly."),
)
def check_netiquette(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.community and strategy.community.netiquette):
        yield at("community.netiquette")


@rule(
    "no-emoji-policy",
    "community",
    "info",
    N_("It is not decided whether emoji are used."),
    N_("Choose none, sparing or welcome, so that posts by different people look alike."),
)
def check_emoji_policy(strategy: Strategy) -> Iterator[Place]:
    if not (strategy.community and strategy.community.emoji_policy):
        yield at("community.emoji_policy")
