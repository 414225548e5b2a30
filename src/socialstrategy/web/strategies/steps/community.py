"""Step 6, community address: how the strategy speaks with its community, with the tone guide."""

from __future__ import annotations

from dataclasses import asdict

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.texts import build_tone_guide
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import Field
from socialstrategy.web.strategies.steps.base import (
    PANEL_STEP,
    Panel,
    Step,
    active_platforms,
)


def tone_panel(document: StrategyDocument, language: str) -> Panel:
    """Community step: what the chosen tone means in practice, with example replies (in the
    strategy's own language and form of address, as they will appear in the documents)."""

    guide = asdict(build_tone_guide(document))
    has_tone = bool(document.community and document.community.tone)
    return {
        "template": "strategies/panels/_tone.html",
        **guide,
        "language": document.language,
        "has_tone": has_tone,
    }


STEP = Step(
    "community",
    fields=(
        Field("community.address", v.core_text("Address"), "select", choices=v.ADDRESSES),
        Field("community.use_ihr_for_groups", _("Address groups with “ihr”"), "bool"),
        Field("community.tone", v.core_text("Tone"), "tags", help=_("Comma-separated, e.g. warm, competent")),
        Field("community.emoji_policy", v.core_text("Emoji"), "select", choices=v.EMOJI_POLICIES),
        Field("community.response_time_hours", _("Answer within (hours)"), "float"),
        Field(
            "community.response_times",
            _("Answer times per platform"),
            "mapping",
            choices=active_platforms,
            unit=pgettext_lazy("unit", "hours"),
            wide=True,
            help=_("Where a platform needs another target than the one above; empty means that one."),
        ),
        Field("community.netiquette", v.core_text("Netiquette"), "textarea", wide=True),
        Field(
            "community.moderation_rules",
            v.core_text("Moderation rules"),
            "lines",
            wide=True,
            help=_("One per line"),
        ),
    ),
    panel="tone",
    build_panel=tone_panel,
    template=PANEL_STEP,
)
