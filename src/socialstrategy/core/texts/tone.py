"""Tone-of-voice guide: a do/don't pair per tone attribute and example replies to typical situations.

The catalogue of common attributes (``data/tone.yaml``) maps English and German names to one id;
the do/don't texts of each variant are in ``templates/<variant>/tone.yaml``. An attribute the
catalogue does not know gets a sensible generic pair that names it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from socialstrategy.core.model import Strategy
from socialstrategy.core.texts.context import build_context
from socialstrategy.core.texts.engine import data, environment, render_document, variant_data

SITUATIONS: tuple[str, ...] = ("praise", "question", "complaint", "unfair_attack", "troll")


@dataclass(frozen=True)
class ToneAttribute:
    name: str
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


def find_tone_attribute(name: str) -> str | None:
    """The catalogue id for a tone attribute named in English or German, e.g. ``herzlich`` → ``warm``."""
    wanted = _normalise(name)
    for entry in data("tone")["attributes"]:
        if wanted in {_normalise(alias) for alias in entry["names"]}:
            return str(entry["id"])
    return None


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


def _attribute(variant: str, name: str) -> ToneAttribute:
    catalogue_id = find_tone_attribute(name)
    texts: dict[str, Any] = variant_data(variant, "tone")  # type: ignore[arg-type]
    if catalogue_id is not None:
        entry = texts["attributes"][catalogue_id]
        return ToneAttribute(name=name, catalogue_id=catalogue_id, do=entry["do"], dont=entry["dont"])
    fallback = texts["fallback"]
    return ToneAttribute(
        name=name,
        catalogue_id=None,
        do=fallback["do"].format(attribute=name),
        dont=fallback["dont"].format(attribute=name),
    )


def _reply(variant: str, situation: str, context: dict[str, Any]) -> ExampleReply:
    template = environment().get_template(f"{variant}/replies/{situation}.md.j2")
    module = template.make_module(context)
    return ExampleReply(
        situation=situation,
        title=str(module.title).strip(),
        comment=str(module.comment).strip(),
        reply=str(module).strip(),
        note=str(module.note).strip(),
    )


def _normalise(name: str) -> str:
    return " ".join(name.casefold().replace("-", " ").split())
