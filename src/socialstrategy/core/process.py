"""The process: the ordered steps of building a social media strategy, defined once.

Every layer takes its steps from here: the check files each finding under the step that owns its
path, the web workshop shows one page per step in this order, the documents and the command line
name steps by these labels, and the number a user sees ("step 8 of 11") is the position here.

>>> [step.identifier for step in STEPS][:3]
['organisation', 'information', 'goals']
>>> step_for_path("goals[2].serves[0]").identifier, step_for_path("organisation.sector").identifier
('goals', 'information')
>>> get_step("resources").number
8
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy

StepId = str


@dataclass(frozen=True)
class Step:
    """One step of the process.

    ``sections`` are the dotted paths into the strategy document that this step edits; a path
    belongs to the step with the longest matching section (``organisation.sector`` to
    *information*, the rest of ``organisation`` to *organisation*). ``label`` and ``question``
    are English message ids (translate with :func:`socialstrategy.core.i18n.translate`).
    """

    identifier: StepId
    label: str
    question: str
    sections: tuple[str, ...]
    is_completed: Callable[[Strategy], bool]

    @property
    def number(self) -> int:
        """The step's number as users see it, counted from 1."""
        return STEPS.index(self) + 1


def _organisation_done(s: Strategy) -> bool:
    o = s.organisation
    return bool(o and o.name and o.corporate_strategy and o.principles)


def _information_done(s: Strategy) -> bool:
    o = s.organisation
    return bool(o and o.sector and o.country and o.business_model)


def _goals_done(s: Strategy) -> bool:
    return bool(s.corporate_objectives and s.goals and all(g.serves and g.kpis for g in s.goals))


def _audiences_done(s: Strategy) -> bool:
    return bool(s.audiences)


def _platforms_done(s: Strategy) -> bool:
    active = s.active_platforms()
    return bool(active) and all(p.rationale for p in active)


def _community_done(s: Strategy) -> bool:
    # du or Sie is a question for German only (as the check's ``no-address-form`` says).
    c = s.community
    return bool(c and c.tone and (c.address or s.language != "de"))


def _mix_done(s: Strategy) -> bool:
    mix = s.marketing_mix
    return bool(mix and len(mix.elements()) >= 4)


def _resources_done(s: Strategy) -> bool:
    r = s.resources
    return bool(r and r.team and any(m.hours_per_week for m in r.team))


def _guidelines_done(s: Strategy) -> bool:
    return bool(s.guidelines and s.guidelines.sections and s.crisis and s.crisis.levels)


def _content_done(s: Strategy) -> bool:
    return bool(s.content and s.content.pillars and s.content.calendar)


def _review_done(s: Strategy) -> bool:
    return all(step.is_completed(s) for step in STEPS if step.identifier != "review")


STEPS: tuple[Step, ...] = (
    Step(
        "organisation",
        N_("Organisation & corporate strategy"),
        N_("Who is the company, where does it want to go, and what does it stand for?"),
        ("title", "language", "author", "document_version", "branding", "organisation"),
        _organisation_done,
    ),
    Step(
        "information",
        N_("Platforms, channels & tools"),
        N_("What do we need to know about platforms, channels and tools for this organisation?"),
        (
            "organisation.sector",
            "organisation.business_model",
            "organisation.country",
            "organisation.region",
        ),
        _information_done,
    ),
    Step(
        "goals",
        N_("Goals & KPIs"),
        N_("What should social media achieve, and which corporate objective does each goal serve?"),
        ("corporate_objectives", "goals"),
        _goals_done,
    ),
    Step(
        "audiences",
        N_("Audiences"),
        N_("Whom do we want to reach?"),
        ("audiences",),
        _audiences_done,
    ),
    Step(
        "platforms",
        N_("Platform choice"),
        N_("On which platforms and channels do we meet these audiences, and why?"),
        ("platforms", "recommendation"),
        _platforms_done,
    ),
    Step(
        "community",
        N_("Community address"),
        N_("How do we speak with our community?"),
        ("community",),
        _community_done,
    ),
    Step(
        "marketing_mix",
        N_("Marketing mix"),
        N_("What does social media do for product, price, place and promotion?"),
        ("marketing_mix",),
        _mix_done,
    ),
    Step(
        "resources",
        N_("Resources & competences"),
        N_("Who does the work, with which skills, tools and budget?"),
        ("resources",),
        _resources_done,
    ),
    Step(
        "guidelines",
        N_("Guidelines & crisis"),
        N_("What may employees say, and what happens when things go wrong?"),
        ("guidelines", "crisis"),
        _guidelines_done,
    ),
    Step(
        "content",
        N_("Content pillars & calendar"),
        N_("Which topics do we post about, and what is planned when?"),
        ("content",),
        _content_done,
    ),
    Step(
        "review",
        N_("Review & export"),
        N_("Is the strategy complete and consistent? Take it with you."),
        (),
        _review_done,
    ),
)
"""The steps in the order of the process (the source text's steps 1 to 8, then implementation)."""

RESULTS = Step(
    "results",
    N_("Results"),
    N_("Is the strategy working? Compare the platforms' figures with the targets."),
    (),
    lambda s: False,
)
"""After the process, once the strategy is in the networks: not one of the numbered steps."""

STEP_IDS: tuple[StepId, ...] = tuple(step.identifier for step in STEPS)
STEPS_BY_ID: dict[StepId, Step] = {step.identifier: step for step in STEPS}
REVIEW: Step = STEPS_BY_ID["review"]
"""Where findings go whose path names no field (a rule that could not run, the whole strategy)."""

_SEGMENT = re.compile(r"[.\[\]]+")


def get_step(identifier: str) -> Step | None:
    return STEPS_BY_ID.get(identifier)


def step_for_path(path: str) -> Step:
    """The step that edits the field at ``path`` (``goals[2].kpis[0]`` or ``goals.2.kpis.0``);
    the review step for a path no step owns."""
    parts = [part for part in _SEGMENT.split(path) if part and not part.isdigit()]
    for length in range(len(parts), 0, -1):
        step = _OWNERS.get(".".join(parts[:length]))
        if step is not None:
            return step
    return REVIEW


def neighbours(step: Step) -> tuple[Step | None, Step | None]:
    """The steps before and after ``step``."""
    index = STEPS.index(step)
    previous = STEPS[index - 1] if index > 0 else None
    following = STEPS[index + 1] if index + 1 < len(STEPS) else None
    return previous, following


def completed_steps(strategy: Strategy) -> list[Step]:
    return [step for step in STEPS if step.is_completed(strategy)]


_OWNERS: dict[str, Step] = {section: step for step in STEPS for section in step.sections}
