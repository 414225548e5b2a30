"""Generated texts: tone-of-voice guide, employee guidelines and crisis playbook.

Pure Python and Jinja2 templates, one template set per text variant (``en``, ``de-sie``,
``de-du``) chosen by :meth:`Strategy.text_variant`. Every generator takes a strategy and
returns data or a new strategy; nothing here writes files.

Public API (used by the CLI and the web app)::

    build_tone_guide(strategy) -> ToneGuide            # attributes with do/don't, example replies
    render_tone_guide(strategy) -> str                 # Markdown
    regenerate(strategy) -> Strategy                   # guidelines + crisis, customised sections kept
    regenerate_guidelines(strategy) / regenerate_crisis(strategy) -> Strategy
    render_guidelines(strategy) / render_crisis(strategy) -> str   # Markdown
    edit_section(strategy, part, key, title, body) -> Strategy     # marks it customised
    reset_section(strategy, part, key) -> Strategy                 # back to generated text
"""

from __future__ import annotations

from typing import Literal

from socialstrategy.core.message import Address
from socialstrategy.core.model import Crisis, Guidelines, Strategy, TextSection
from socialstrategy.core.texts.catalogue import find_tone_attribute
from socialstrategy.core.texts.crisis import CRISIS_KEYS, LEVEL_IDS, regenerate_crisis, render_crisis
from socialstrategy.core.texts.guidelines import GUIDELINE_KEYS, regenerate_guidelines, render_guidelines
from socialstrategy.core.texts.sections import customise, merge_sections
from socialstrategy.core.texts.tone import (
    ExampleReply,
    ToneAttribute,
    ToneGuide,
    build_tone_guide,
    render_tone_guide,
)

Part = Literal["guidelines", "crisis"]

__all__ = [
    "CRISIS_KEYS",
    "GUIDELINE_KEYS",
    "LEVEL_IDS",
    "ExampleReply",
    "ToneAttribute",
    "ToneGuide",
    "build_tone_guide",
    "edit_section",
    "find_tone_attribute",
    "in_current_address",
    "kept_in_other_address",
    "merge_sections",
    "regenerate",
    "regenerate_crisis",
    "regenerate_guidelines",
    "render_crisis",
    "render_guidelines",
    "render_tone_guide",
    "reset_section",
]


def regenerate(strategy: Strategy) -> Strategy:
    """Guidelines and crisis playbook regenerated; sections marked ``customised`` are never touched."""
    return regenerate_crisis(regenerate_guidelines(strategy))


def in_current_address(strategy: Strategy) -> Strategy:
    """The strategy with its guidelines and crisis playbook regenerated where a generated
    (not customised) section is in the other German form of address, as after switching between
    du and Sie; otherwise unchanged. Customised sections are kept (the check names those)."""
    from socialstrategy.core.voice import is_written_in_other_form

    community = strategy.community.address if strategy.community else None
    employees = (strategy.guidelines.address if strategy.guidelines else None) or community
    parts = (
        (
            strategy.guidelines.sections if strategy.guidelines else [],
            GUIDELINE_KEYS,
            employees,
            regenerate_guidelines,
        ),
        (strategy.crisis.sections if strategy.crisis else [], CRISIS_KEYS, community, regenerate_crisis),
    )
    for sections, generated, address, regenerate_part in parts:
        if strategy.language != "de" or address is None:
            continue
        if any(
            not s.customised and s.key in generated and is_written_in_other_form(s.body, address)
            for s in sections
        ):
            strategy = regenerate_part(strategy)
    return strategy


def kept_in_other_address(strategy: Strategy) -> list[tuple[Part, int, TextSection, Address]]:
    """The sections regeneration keeps (customised, or with a key of the user's own) that are
    written in the other German form of address: ``(part, index, section, expected address)``.
    Guidelines follow the employees' address, the crisis playbook the community's."""
    from socialstrategy.core.voice import is_written_in_other_form

    community = strategy.community.address if strategy.community else None
    employees = (strategy.guidelines.address if strategy.guidelines else None) or community
    found: list[tuple[Part, int, TextSection, Address]] = []
    parts: tuple[tuple[Part, list[TextSection], tuple[str, ...], Address | None], ...] = (
        (
            "guidelines",
            strategy.guidelines.sections if strategy.guidelines else [],
            GUIDELINE_KEYS,
            employees,
        ),
        ("crisis", strategy.crisis.sections if strategy.crisis else [], CRISIS_KEYS, community),
    )
    for part, sections, generated, address in parts:
        if strategy.language != "de" or address is None:  # undecided: no-address-form says so
            continue
        for index, section in enumerate(sections):
            is_kept = section.customised or section.key not in generated
            if is_kept and is_written_in_other_form(f"{section.title}\n{section.body}", address):
                found.append((part, index, section, address))
    return found


def edit_section(strategy: Strategy, part: Part, key: str, title: str, body: str) -> Strategy:
    """The strategy with one section replaced by the user's text and marked customised."""
    if part == "guidelines":
        guidelines = strategy.guidelines or Guidelines()
        sections = customise(guidelines.sections, key, title, body)
        return strategy.model_copy(
            deep=True, update={"guidelines": guidelines.model_copy(update={"sections": sections})}
        )
    crisis = strategy.crisis or Crisis()
    sections = customise(crisis.sections, key, title, body)
    return strategy.model_copy(deep=True, update={"crisis": crisis.model_copy(update={"sections": sections})})


def reset_section(strategy: Strategy, part: Part, key: str) -> Strategy:
    """Drop the user's version of a section and put the generated text back."""
    document = strategy.guidelines if part == "guidelines" else strategy.crisis
    if document is None:
        return strategy
    sections = [s.model_copy(update={"customised": False}) if s.key == key else s for s in document.sections]
    document = document.model_copy(update={"sections": sections})
    strategy = strategy.model_copy(deep=True, update={part: document})
    return regenerate_guidelines(strategy) if part == "guidelines" else regenerate_crisis(strategy)
