"""Step 5, platform choice: platforms and channels, the recommendation's weights and its decision matrix."""

from __future__ import annotations

from typing import Any

from django.utils import formats
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from socialstrategy.core.knowledge.labels import CONTRIBUTION_LABELS, VERDICT_GROUP_LABELS
from socialstrategy.core.model import IMPORTANCE_MAX
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.recommend import DEFAULT_WEIGHTS, WEIGHT_ALIASES, recommend, weight_shares
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

WEIGHT_LABELS = {key: v.core_text(text) for key, text in CONTRIBUTION_LABELS.items()}
"""The contributions' names as the CLI and the paper write them."""


def _weight_field(key: str, label: str | Promise) -> Field:
    return Field(
        f"recommendation.weights.{key}",
        label,
        "float",
        group=_("Weights of the recommendation"),
        help=_("Importance from 0 (leave out) to 5 (decisive)."),
        minimum=0,
        maximum=IMPORTANCE_MAX,
        halves=True,  # an off-grid weight of at most 1 would read as one of an old file (core/model.py)
        note=lambda document: _weight_note(document, key),
        aliases=tuple(f"recommendation.weights.{old}" for old, new in WEIGHT_ALIASES.items() if new == key),
    )


def effective_weights(document: dict[str, Any]) -> dict[str, float]:
    """The weights in effect for a draft of the form: the core's rule on the document's weights."""
    return core_effective_weights((document.get("recommendation") or {}).get("weights") or {})


def _weight_note(document: dict[str, Any], key: str) -> str:
    """The default importance and the one in effect, with its share of all weights (the shares
    add up to 100, as in the CLI and the paper)."""
    weights = effective_weights(document)
    share = next(s.share for s in weight_shares(weights) if s.key == key)
    return str(
        _("Default %(default)s; in effect %(value)s (%(share)s%% of the total).")
        % {
            "default": _number(DEFAULT_WEIGHTS[key]),
            "value": _number(weights[key]),
            "share": _number(share),
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
    """Platform step: the explainable decision matrix, best first, in its verdict groups."""
    matrix = recommend(document).as_dict(language)
    rows = matrix["platforms"]
    decisions = {p.platform: p.status for p in document.platforms}
    for row in rows:
        status = decisions.get(row["platform"])
        row["decision"] = v.label(v.PLATFORM_STATUSES, status) if status else ""  # as the user set it
        row["name"] = v.label(v.PLATFORMS, row["platform"])
    shown = rows[:SHOWN]
    adoptable = [row for row in shown if not row["decision"]]
    return {
        "template": "strategies/panels/_recommendation.html",
        "rows": shown,
        "groups": _groups(shown),
        "weights": matrix["weights"],
        "sensitivity": matrix["sensitivity"],
        "adoptable": adoptable,
    }


def _groups(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The shown rows in their verdict groups, in the order of the ranking."""
    groups: list[dict[str, Any]] = []
    for row in rows:
        if not groups or groups[-1]["verdict"] != row["verdict"]:
            title = v.core_text(VERDICT_GROUP_LABELS[row["verdict"]])
            groups.append({"verdict": row["verdict"], "title": title, "rows": []})
        groups[-1]["rows"].append(row)
    return groups


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
    settings=_("Change the weights of the recommendation"),
    panel="recommendation",
    build_panel=recommendation_panel,
)
