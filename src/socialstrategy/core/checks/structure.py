"""Rules on the document as a whole: every id is unique, every reference names something real.

References are the strategy's wiring: a goal serves corporate objectives, a platform decision
names audiences and goals, a calendar entry names a platform, a pillar and an owner. Each kind of
reference has its own message, so the user reads "is not the id of a goal" rather than a code.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from socialstrategy.core.checks import Finding, finding, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy

DUPLICATE_ID = "duplicate-id"
DANGLING_REFERENCE = "dangling-reference"
_MAX_KNOWN = 12


@dataclass(frozen=True)
class _Target:
    """A kind of thing that can be referred to, with its message."""

    message: str
    ids: frozenset[str]
    step: str
    """The step where the things referred to are entered."""


@dataclass(frozen=True)
class _Reference:
    path: str
    value: str
    target: _Target


# --- duplicate-id -----------------------------------------------------------------------------


@rule(DUPLICATE_ID, "review")
def check_duplicate_ids(strategy: Strategy) -> Iterator[Finding]:
    """Two things of one kind with the same id make every reference to them ambiguous."""
    for collection, ids in _id_collections(strategy):
        seen: set[str] = set()
        for index, identifier in enumerate(ids):
            if identifier is None:
                continue
            if identifier in seen:
                yield _duplicate(f"{collection}[{index}]", identifier)
            seen.add(identifier)


def _duplicate(path: str, identifier: str) -> Finding:
    return finding(
        DUPLICATE_ID,
        "error",
        path,
        N_("The id “{id}” is used more than once here."),
        N_("Give each entry its own id; references would otherwise be ambiguous."),
        id=identifier,
    )


def _id_collections(strategy: Strategy) -> Iterator[tuple[str, list[str | None]]]:
    organisation, mix = strategy.organisation, strategy.marketing_mix
    resources, guidelines, crisis, content = (
        strategy.resources,
        strategy.guidelines,
        strategy.crisis,
        strategy.content,
    )
    if organisation:
        yield "organisation.principles", [p.id for p in organisation.principles]
    yield "corporate_objectives", [o.id for o in strategy.corporate_objectives]
    yield "goals", [g.id for g in strategy.goals]
    for index, goal in enumerate(strategy.goals):
        yield f"goals[{index}].kpis", [k.id for k in goal.kpis]
    yield "audiences", [a.id for a in strategy.audiences]
    yield "platforms", [p.platform for p in strategy.platforms]
    if mix:
        yield "marketing_mix.events", [e.id for e in mix.events]
    if resources:
        yield "resources.team", [m.id for m in resources.team]
    if guidelines:
        yield "guidelines.sections", [s.key for s in guidelines.sections]
    if crisis:
        yield "crisis.levels", [level.id for level in crisis.levels]
        yield "crisis.sections", [s.key for s in crisis.sections]
    if content:
        yield "content.pillars", [p.id for p in content.pillars]
        yield "content.calendar", [e.id for e in content.calendar]


# --- dangling-reference -----------------------------------------------------------------------


@rule(DANGLING_REFERENCE, "review")
def check_references(strategy: Strategy) -> Iterator[Finding]:
    """Every id a field refers to must exist in the strategy."""
    for reference in references(strategy):
        if reference.value not in reference.target.ids:
            yield _dangling(reference)


def _dangling(reference: _Reference) -> Finding:
    known = sorted(reference.target.ids)
    if len(known) > _MAX_KNOWN:
        known = [*known[:_MAX_KNOWN], "…"]
    hint = (
        N_("Correct the id or add what it refers to. Known ids: {known}.")
        if known
        else N_("Add what it refers to first; there is nothing of this kind yet.")
    )
    return finding(
        DANGLING_REFERENCE,
        "error",
        reference.path,
        reference.target.message,
        hint,
        waits_for=reference.target.step,
        ref=reference.value,
        known=known,
    )


def references(strategy: Strategy) -> Iterator[_Reference]:
    """Every id reference in the strategy with the path of the field that holds it."""
    targets = _targets(strategy)
    yield from _goal_references(strategy, targets)
    yield from _organisation_references(strategy, targets)
    yield from _platform_references(strategy, targets)
    yield from _mix_references(strategy, targets)
    yield from _resource_references(strategy, targets)
    yield from _content_references(strategy, targets)


def _targets(strategy: Strategy) -> dict[str, _Target]:
    mix, guidelines, content = strategy.marketing_mix, strategy.guidelines, strategy.content
    return {
        "objective": _Target(
            N_("“{ref}” is not the id of a corporate objective."),
            frozenset(o.id for o in strategy.corporate_objectives),
            "goals",
        ),
        "goal": _Target(
            N_("“{ref}” is not the id of a goal."), frozenset(g.id for g in strategy.goals), "goals"
        ),
        "audience": _Target(
            N_("“{ref}” is not the id of an audience."),
            frozenset(a.id for a in strategy.audiences),
            "audiences",
        ),
        "platform": _Target(
            N_("There is no platform decision about “{ref}”."),
            frozenset(p.platform for p in strategy.platforms),
            "platforms",
        ),
        "member": _Target(
            N_("“{ref}” is not the id of a team member."),
            frozenset(m.id for m in strategy.team()),
            "resources",
        ),
        "section": _Target(
            N_("“{ref}” is not the key of a guideline section."),
            frozenset(s.key for s in guidelines.sections) if guidelines else frozenset(),
            "guidelines",
        ),
        "pillar": _Target(
            N_("“{ref}” is not the id of a content pillar."),
            frozenset(p.id for p in content.pillars) if content else frozenset(),
            "content",
        ),
        "event": _Target(
            N_("“{ref}” is not the id of a marketing event."),
            frozenset(e.id for e in mix.events if e.id) if mix else frozenset(),
            "marketing_mix",
        ),
    }


def _each(path: str, values: Iterable[str], target: _Target) -> Iterator[_Reference]:
    for index, value in enumerate(values):
        yield _Reference(f"{path}[{index}]", value, target)


def _one(path: str, value: str | None, target: _Target) -> Iterator[_Reference]:
    if value is not None:
        yield _Reference(path, value, target)


def _goal_references(strategy: Strategy, targets: dict[str, _Target]) -> Iterator[_Reference]:
    for index, goal in enumerate(strategy.goals):
        yield from _each(f"goals[{index}].serves", goal.serves, targets["objective"])
        for number, kpi in enumerate(goal.kpis):
            yield from _one(f"goals[{index}].kpis[{number}].platform", kpi.platform, targets["platform"])


def _organisation_references(strategy: Strategy, targets: dict[str, _Target]) -> Iterator[_Reference]:
    if strategy.organisation is None:
        return
    for index, principle in enumerate(strategy.organisation.principles):
        path = f"organisation.principles[{index}]"
        yield from _each(f"{path}.goals", principle.goals, targets["goal"])
        yield from _each(f"{path}.guideline_sections", principle.guideline_sections, targets["section"])


def _platform_references(strategy: Strategy, targets: dict[str, _Target]) -> Iterator[_Reference]:
    for index, decision in enumerate(strategy.platforms):
        yield from _each(f"platforms[{index}].audiences", decision.audiences, targets["audience"])
        yield from _each(f"platforms[{index}].goals", decision.goals, targets["goal"])
    if strategy.community:
        for platform in strategy.community.response_times:
            yield _Reference(f"community.response_times.{platform}", platform, targets["platform"])


def _mix_references(strategy: Strategy, targets: dict[str, _Target]) -> Iterator[_Reference]:
    mix = strategy.marketing_mix
    if mix is None:
        return
    for name, element in mix.elements().items():
        yield from _each(f"marketing_mix.{name}.goals", element.goals, targets["goal"])
    for index, event in enumerate(mix.events):
        yield from _each(f"marketing_mix.events[{index}].goals", event.goals, targets["goal"])


def _resource_references(strategy: Strategy, targets: dict[str, _Target]) -> Iterator[_Reference]:
    member = targets["member"]
    if strategy.resources:
        for index, effort in enumerate(strategy.resources.effort):
            yield _Reference(f"resources.effort[{index}].platform", effort.platform, targets["platform"])
    if strategy.guidelines:
        yield from _each("guidelines.spokespeople", strategy.guidelines.spokespeople, member)
    if strategy.crisis is None:
        return
    for index, contact in enumerate(strategy.crisis.contacts):
        yield from _one(f"crisis.contacts[{index}].member", contact.member, member)
    for index, level in enumerate(strategy.crisis.levels):
        path = f"crisis.levels[{index}]"
        yield from _one(f"{path}.responsible", level.responsible, member)
        yield from _each(f"{path}.inform", level.inform, member)
        yield from _each(f"{path}.approval", level.approval, member)


def _content_references(strategy: Strategy, targets: dict[str, _Target]) -> Iterator[_Reference]:
    if strategy.content is None:
        return
    for index, pillar in enumerate(strategy.content.pillars):
        yield from _each(f"content.pillars[{index}].goals", pillar.goals, targets["goal"])
    for index, entry in enumerate(strategy.content.calendar):
        path = f"content.calendar[{index}]"
        yield _Reference(f"{path}.platform", entry.platform, targets["platform"])
        yield from _one(f"{path}.pillar", entry.pillar, targets["pillar"])
        yield from _one(f"{path}.goal", entry.goal, targets["goal"])
        yield from _one(f"{path}.event", entry.event, targets["event"])
        yield from _one(f"{path}.owner", entry.owner, targets["member"])
