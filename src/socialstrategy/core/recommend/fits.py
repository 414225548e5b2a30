"""The editorial contributions ``goal_fit``, ``audience_fit`` and ``business_model_fit``."""

from __future__ import annotations

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge.labels import (
    AUDIENCE_KIND_LABELS,
    BUSINESS_MODEL_LABELS,
    GOAL_LABELS,
    PRIORITY_LABELS,
)
from socialstrategy.core.knowledge.schema import Assessment, Platform
from socialstrategy.core.message import Message
from socialstrategy.core.model import Goal
from socialstrategy.core.recommend.context import PRIORITY_WEIGHT, Context, basis_of, short
from socialstrategy.core.recommend.results import Contribution, Evidence, LabelRef


def goal_fit(platform: Platform, ctx: Context) -> Contribution:
    key = "goal_fit"
    goals = [g for g in ctx.strategy.goals if g.type in platform.goal_fit]
    if not goals:
        text = N_("No goals defined yet.") if not ctx.strategy.goals else N_("No assessment for these goals.")
        return Contribution(key, 0, None, "editorial", Message(text))
    total = sum(PRIORITY_WEIGHT[g.priority] for g in goals)
    value = sum(PRIORITY_WEIGHT[g.priority] * platform.goal_fit[g.type].rating / 3 for g in goals) / total
    evidence = tuple(_goal_evidence(g, platform.goal_fit[g.type]) for g in goals)
    ordered = sorted(goals, key=lambda g: (platform.goal_fit[g.type].rating, PRIORITY_WEIGHT[g.priority]))
    top, bottom = ordered[-1], ordered[0]
    summary = Message(
        N_("{goal}: {reason}"),
        {"goal": LabelRef(GOAL_LABELS, top.type), "reason": platform.goal_fit[top.type].reason},
    )
    if value >= 0.5:
        phrase = Message(N_("suits your goal of {goal}"), {"goal": LabelRef(GOAL_LABELS, top.type)})
    else:
        phrase = Message(
            N_("does little for your goal of {goal}"), {"goal": LabelRef(GOAL_LABELS, bottom.type)}
        )
    return Contribution(
        key, 0, value, basis_of(platform.goal_fit[g.type] for g in goals), summary, phrase, evidence
    )


def _goal_evidence(goal: Goal, assessment: Assessment) -> Evidence:
    return Evidence(
        Message(
            N_("Goal “{goal}” ({type}, priority {priority}): {rating}/3 – {reason}"),
            {
                "goal": short(goal.statement),
                "type": LabelRef(GOAL_LABELS, goal.type),
                "priority": LabelRef(PRIORITY_LABELS, goal.priority),
                "rating": assessment.rating,
                "reason": assessment.reason,
            },
        ),
        "overlay" if assessment.origin == "overlay" else "editorial",
        value=assessment.rating,
        unit="/3",
    )


def audience_fit(platform: Platform, ctx: Context) -> Contribution:
    key = "audience_fit"
    rated = [a for a in ctx.strategy.audiences if a.kind in platform.audience_fit]
    if not rated:
        return Contribution(
            key, 0, None, "editorial", Message(N_("No assessment for your kinds of audience."))
        )
    fits = [platform.audience_fit[a.kind] for a in rated]  # type: ignore[index]
    value = sum(f.rating for f in fits) / (3 * len(fits))
    pairs = sorted(zip(rated, fits, strict=True), key=lambda p: p[1].rating)
    chosen = pairs[-1] if value >= 0.5 else pairs[0]
    summary = Message(
        N_("{kind}: {reason}"),
        {"kind": LabelRef(AUDIENCE_KIND_LABELS, chosen[0].kind), "reason": chosen[1].reason},
    )
    text = N_("fits {kind}") if value >= 0.5 else N_("is a weak fit for {kind}")
    phrase = Message(text, {"kind": LabelRef(AUDIENCE_KIND_LABELS, chosen[0].kind)})
    evidence = tuple(
        Evidence(
            Message(
                N_("“{audience}” ({kind}): {rating}/3 – {reason}"),
                {
                    "audience": a.name,
                    "kind": LabelRef(AUDIENCE_KIND_LABELS, a.kind),
                    "rating": f.rating,
                    "reason": f.reason,
                },
            ),
            "overlay" if f.origin == "overlay" else "editorial",
            value=f.rating,
            unit="/3",
        )
        for a, f in zip(rated, fits, strict=True)
    )
    return Contribution(key, 0, value, basis_of(fits), summary, phrase, evidence)


def business_model_fit(platform: Platform, ctx: Context) -> Contribution:
    key = "business_model_fit"
    model = ctx.strategy.organisation.business_model if ctx.strategy.organisation else None
    keys = {"b2b2c": ("b2b", "b2c")}.get(model or "", (model,) if model else ())
    fits = [platform.business_fit[k] for k in keys if k in platform.business_fit]
    if not model or not fits:
        return Contribution(key, 0, None, "editorial", Message(N_("Business model not set.")))
    best = max(fits, key=lambda f: f.rating)
    value = best.rating / 3
    summary = Message(
        N_("{model}: {reason}"), {"model": LabelRef(BUSINESS_MODEL_LABELS, model), "reason": best.reason}
    )
    text = N_("suits a {model} business") if value >= 0.5 else N_("is a weak fit for a {model} business")
    phrase = Message(text, {"model": LabelRef(BUSINESS_MODEL_LABELS, model)})
    evidence = (
        Evidence(
            summary, "overlay" if best.origin == "overlay" else "editorial", value=best.rating, unit="/3"
        ),
    )
    return Contribution(key, 0, value, basis_of([best]), summary, phrase, evidence)
