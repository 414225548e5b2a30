"""Step 5, platform choice: platforms and channels, the recommendation's weights and its decision matrix."""

from __future__ import annotations

from typing import Any

from django.utils import formats
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.recommend import DEFAULT_WEIGHTS, WEIGHT_ALIASES, recommend
from socialstrategy.core.recommend import effective_weights as core_effective_weights
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Collection, Field
from socialstrategy.web.strategies.steps.base import (
    AUDIENCES,
    GOALS,
    Panel,
    Step,
)

# --- the weights of the platform recommendation ----------------------------------------------------

WEIGHT_LABELS = {
    "audience_reach": _("Reach in the audiences"),
    "goal_fit": _("Fit with the goals"),
    "audience_fit": _("Fit with the audiences"),
    "business_model_fit": _("Fit with the business model"),
    "feasibility": _("Feasibility for the team"),
    "budget_fit": _("Fit with the budget"),
}


def _weight_field(key: str, label: str | Promise) -> Field:
    return Field(
        f"recommendation.weights.{key}",
        label,
        "float",
        group=_("Weights of the recommendation"),
        minimum=0,
        note=lambda document: _weight_note(document, key),
        aliases=tuple(f"recommendation.weights.{old}" for old, new in WEIGHT_ALIASES.items() if new == key),
    )


def effective_weights(document: dict[str, Any]) -> dict[str, float]:
    """The weights in effect for a draft of the form: the core's rule on the document's weights."""
    return core_effective_weights((document.get("recommendation") or {}).get("weights") or {})


def _weight_note(document: dict[str, Any], key: str) -> str:
    """The default weight and the one in effect, with its share of all weights."""
    weights = effective_weights(document)
    total = sum(weights.values())
    share = weights[key] / total * 100 if total > 0 else 0
    return str(
        _("Default %(default)s; in effect %(value)s (%(share)s%% of the total).")
        % {
            "default": _number(DEFAULT_WEIGHTS[key]),
            "value": _number(weights[key]),
            "share": _number(round(share)),
        }
    )


def _number(value: float) -> str:
    return str(formats.number_format(int(value) if value == int(value) else value, use_l10n=True))


def weight_errors(document: dict[str, Any]) -> dict[str, str]:
    """The recommendation needs at least one weight above zero."""
    if sum(effective_weights(document).values()) > 0:
        return {}
    message = str(_("At least one weight must be greater than zero."))
    return {f"recommendation.weights.{key}": message for key in WEIGHT_LABELS}


SHOWN = 8
"""The best platforms the panel lists (and offers to adopt)."""


def recommendation_panel(document: StrategyDocument, language: str) -> Panel:
    """Platform step: the explainable decision matrix, best first."""
    rows = recommend(document).as_dict(language)["platforms"]
    decisions = {p.platform: p.status for p in document.platforms}
    for row in rows:
        status = decisions.get(row["platform"])
        row["decision"] = v.label(v.PLATFORM_STATUSES, status) if status else ""  # as the user set it
        row["name"] = v.label(v.PLATFORMS, row["platform"])
    shown = rows[:SHOWN]
    adoptable = [row for row in shown if not row["decision"]]
    return {"template": "strategies/panels/_recommendation.html", "rows": shown, "adoptable": adoptable}


STEP = Step(
    "platforms",
    collections=(
        Collection(
            "platforms",
            v.core_text("Platforms and channels"),
            _("platform"),
            (
                Field("platform", v.core_text("Platform"), "select", choices=v.PLATFORMS, required=True),
                Field("status", v.core_text("Decision"), "select", choices=v.PLATFORM_STATUSES),
                Field("account", _("Account")),
                Field("posts_per_week", v.core_text("Posts per week"), "float"),
                Field("rationale", v.core_text("Why"), "textarea", wide=True),
                Field("audiences", v.core_text("Audiences"), "multi", choices=AUDIENCES),
                Field("goals", v.core_text("Goals"), "multi", choices=GOALS),
                Field("formats", v.core_text("Formats"), "multi", choices=v.FORMATS),
            ),
            title=lambda item: v.label(v.PLATFORMS, item.get("platform")),
        ),
    ),
    fields=tuple(_weight_field(key, label) for key, label in WEIGHT_LABELS.items()),
    check=weight_errors,
    panel="recommendation",
    build_panel=recommendation_panel,
)
