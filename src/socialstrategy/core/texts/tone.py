"""Tone-of-voice guide: a do/don't pair per tone attribute and example replies to typical situations.

The catalogue of common attributes (``data/tone.yaml``) maps English and German names to one id;
the do/don't texts of each variant are in ``templates/<variant>/tone.yaml``. An attribute the
catalogue does not know gets a sensible generic pair that names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from socialstrategy.core.model import Strategy
from socialstrategy.core.texts.catalogue import find_tone_attribute, tone_label
from socialstrategy.core.texts.context import build_context
from socialstrategy.core.texts.engine import Variant, environment, render_document, variant_data

SITUATIONS: tuple[str, ...] = ("praise", "question", "complaint", "unfair_attack", "troll")


@dataclass(frozen=True)
class ToneAttribute:
    name: str
    """As the user typed it."""
    label: str
    """The catalogue's word in the text's language (``herzlich`` → ``warm`` in English); else ``name``."""
    catalogue_id: str | None
    do: str
    dont: str

    @property
    def is_known(self) -> bool:
        return self.catalogue_id is not None


@dataclass(frozen=True)
class ExampleReply:
    situation: str
    title: str
    comment: str
    reply: str
    note: str


@dataclass(frozen=True)
class ToneGuide:
    variant: str
    attributes: list[ToneAttribute]
    replies: list[ExampleReply]


def build_tone_guide(strategy: Strategy) -> ToneGuide:
    variant = strategy.text_variant()
    context = build_context(strategy)
    tone = strategy.community.tone if strategy.community else []
    return ToneGuide(
        variant=variant,
        attributes=[_attribute(variant, name) for name in tone],
        replies=[_reply(variant, situation, context) for situation in SITUATIONS],
    )


def render_tone_guide(strategy: Strategy) -> str:
    """The tone-of-voice guide as a Markdown document."""
    guide = build_tone_guide(strategy)
    context = {**build_context(strategy), "guide": guide}
    return render_document(strategy.text_variant(), "tone", context)


def _attribute(variant: Variant, name: str) -> ToneAttribute:
    catalogue_id = find_tone_attribute(name)
    texts: dict[str, Any] = variant_data(variant, "tone")
    if catalogue_id is not None:
        entry = texts["attributes"][catalogue_id]
        return ToneAttribute(
            name=name,
            label=tone_label(variant, name),
            catalogue_id=catalogue_id,
            do=entry["do"],
            dont=entry["dont"],
        )
    fallback = texts["fallback"]
    return ToneAttribute(
        name=name,
        label=name,
        catalogue_id=None,
        do=fallback["do"].format(attribute=name),
        dont=fallback["dont"].format(attribute=name),
    )


def _reply(variant: str, situation: str, context: dict[str, Any]) -> ExampleReply:
    template = environment().get_template(f"{variant}/replies/{situation}.md.j2")
    module = template.make_module(context)
    return ExampleReply(
        situation=situation,
        title=str(vars(module)["title"]).strip(),
        comment=str(vars(module)["comment"]).strip(),
        reply=str(module).strip(),
        note=str(vars(module)["note"]).strip(),
    )
