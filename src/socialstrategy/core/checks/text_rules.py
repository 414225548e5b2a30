"""Check rules for community address, guidelines, crisis playbook and principles (issue 5).

Codes (documented in docs/checks.md):

- ``response-time-unreachable``: a response-time target the team's hours cannot meet.
- ``principle-contradiction``: a principle the strategy visibly contradicts, e.g. transparency
  without a disclosure rule in the guidelines. Keywords live in
  ``core/texts/data/principle_rules.yaml``, in English and German.

Left to the core rules so that nothing is reported twice: ``crisis-level-without-responsible``,
``principle-not-referenced``, ``principle-tone-not-used`` and dangling principle references.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Community, Principle, Strategy

BUSINESS_HOURS_PER_WEEK = 40.0
"""Response targets are read as business-hours targets: nobody is expected to answer at night."""

MIN_SESSION_HOURS = 0.5
"""The shortest useful community session: open the channels, read, answer, escalate."""


def longest_gap_hours(team_hours_per_week: float) -> float:
    """How long a message may wait, at worst, for the team's next community session.

    The team's weekly hours split into sessions of at least half an hour, spread evenly over a
    40-hour business week, so sessions start every ``40 / (hours / 0.5)`` hours. A target shorter
    than that gap cannot be met; with no hours at all it never can.

    >>> longest_gap_hours(3)   # 6 sessions a week, one every 6.7 business hours
    6.666666666666667
    >>> longest_gap_hours(20)  # 40 sessions: one every hour
    1.0
    """
    sessions = team_hours_per_week / MIN_SESSION_HOURS
    return BUSINESS_HOURS_PER_WEEK / sessions if sessions else math.inf


@rule("response-time-unreachable", "community", waits_for="resources")
def response_time_unreachable(strategy: Strategy) -> Iterator[Finding]:
    community = strategy.community
    if community is None:
        return
    hours = sum(member.hours_per_week for member in strategy.team())
    gap = longest_gap_hours(hours)
    for path, target, platform in _response_targets(community):
        if math.isinf(gap):
            yield finding(
                "response-time-unreachable",
                "warning",
                path,
                N_("A response time of {target} h cannot be met: nobody has hours a week for social media."),
                N_("Give the team hours for social media under resources, or drop the response-time target."),
                target=float(target),
                platform=platform or "",
            )
        elif target < gap:
            # Floats, so that the message writes them in the reader's language (6.7 / 6,7).
            yield finding(
                "response-time-unreachable",
                "warning",
                path,
                N_("A response time of {target} h cannot be met with {hours} h a week for social media."),
                N_(
                    "With these hours someone looks at the channels about every {gap} business hours. Allow at least that long, or plan more hours."  # noqa: E501
                ),
                target=float(target),
                hours=float(hours),
                gap=math.ceil(gap * 10) / 10,
                platform=platform or "",
            )


@rule("principle-contradiction", "organisation")
def principle_contradiction(strategy: Strategy) -> Iterator[Finding]:
    principles = strategy.organisation.principles if strategy.organisation else []
    for index, principle in enumerate(principles):
        for entry in _principle_rules()["rules"]:
            if _mentions(principle.statement, entry["keywords"]) and not _REQUIREMENTS[entry["requires"]](
                strategy, principle
            ):
                message, hint = _MESSAGES[entry["requires"]]
                path = f"organisation.principles[{index}]"
                yield finding(
                    "principle-contradiction",
                    "warning",
                    path,
                    message,
                    hint,
                    waits_for=_WAITS_FOR.get(entry["requires"], "guidelines"),
                    principle=principle.id,
                )


# --- what a principle requires ----------------------------------------------------------------


def _has_disclosure_rule(strategy: Strategy, principle: Principle) -> bool:
    return _guidelines_mention(strategy, _principle_rules()["disclosure"])


def _has_linked_goal(strategy: Strategy, principle: Principle) -> bool:
    goal_ids = {goal.id for goal in strategy.goals}
    return any(goal in goal_ids for goal in principle.goals)


def _has_response_time(strategy: Strategy, principle: Principle) -> bool:
    community = strategy.community
    return bool(community and (community.response_time_hours or community.response_times))


def _has_netiquette(strategy: Strategy, principle: Principle) -> bool:
    community = strategy.community
    return bool(community and (community.netiquette or community.moderation_rules))


def _has_privacy_rule(strategy: Strategy, principle: Principle) -> bool:
    return _guidelines_mention(strategy, _principle_rules()["privacy"])


_REQUIREMENTS: dict[str, Callable[[Strategy, Principle], bool]] = {
    "disclosure_rule": _has_disclosure_rule,
    "linked_goal": _has_linked_goal,
    "response_time": _has_response_time,
    "netiquette": _has_netiquette,
    "privacy_rule": _has_privacy_rule,
}

_WAITS_FOR: dict[str, str] = {"linked_goal": "goals", "response_time": "community", "netiquette": "community"}
"""The step where each requirement is met (the guidelines for the rest)."""

_MESSAGES: dict[str, tuple[str, str]] = {
    "disclosure_rule": (
        N_(
            "Principle “{principle}” asks for transparency, but the guidelines have no rule on disclosing one's affiliation."  # noqa: E501
        ),
        N_(
            "Generate the guidelines or add a section that asks employees to disclose that they work for the organisation."  # noqa: E501
        ),
    ),
    "linked_goal": (
        N_("Principle “{principle}” is not served by any goal."),
        N_("Link the principle to a goal that puts it into practice, e.g. content about regional suppliers."),
    ),
    "response_time": (
        N_("Principle “{principle}” promises good service, but the community address sets no response time."),
        N_("Set a response-time target in the community address."),
    ),
    "netiquette": (
        N_("Principle “{principle}” asks for respect, but there is no netiquette or moderation rule."),
        N_("Write a netiquette and moderation rules in the community address."),
    ),
    "privacy_rule": (
        N_("Principle “{principle}” stresses privacy, but the guidelines say nothing about data protection."),
        N_("Generate the guidelines or add a section on data protection and photos of people."),
    ),
}


# --- helpers ----------------------------------------------------------------------------------


@cache
def _principle_rules() -> dict[str, Any]:
    # Read directly: importing the texts package would load Jinja2, which `check` does not need.
    path = Path(__file__).parents[1] / "texts" / "data" / "principle_rules.yaml"
    rules: dict[str, Any] = yaml.safe_load(path.read_text(encoding="utf-8"))
    return rules


def _response_targets(community: Community) -> Iterator[tuple[str, float, str | None]]:
    if community.response_time_hours:
        yield "community.response_time_hours", community.response_time_hours, None
    for platform, target in community.response_times.items():
        yield f"community.response_times.{platform}", target, platform


def _mentions(text: str, keywords: dict[str, list[str]]) -> bool:
    words = [word for language in keywords.values() for word in language]
    pattern = r"\b(?:" + "|".join(re.escape(word.casefold()) for word in words) + ")"
    return re.search(pattern, text.casefold()) is not None


def _guidelines_mention(strategy: Strategy, keywords: dict[str, list[str]]) -> bool:
    sections = strategy.guidelines.sections if strategy.guidelines else []
    return any(_mentions(f"{s.title}\n{s.body}", keywords) for s in sections)
