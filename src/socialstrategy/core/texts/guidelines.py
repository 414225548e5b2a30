"""Employee social media guidelines (Social-Media-Guidelines), generated from the strategy.

They are the company speaking to its employees: the voice's address is ``guidelines.address``,
by default the community's (:meth:`Strategy.employee_variant`)."""

from __future__ import annotations

from socialstrategy.core.model import Guidelines, Strategy, TextSection
from socialstrategy.core.texts.context import build_context
from socialstrategy.core.texts.engine import render_document, render_section
from socialstrategy.core.texts.sections import merge_sections

GUIDELINE_KEYS: tuple[str, ...] = (
    "purpose",
    "spokespeople",
    "private_use",
    "confidentiality",
    "legal",
    "tone",
    "critical_situations",
    "contacts",
)
"""Stable keys: principles link to them (``Principle.guideline_sections``)."""


def generate_guideline_sections(strategy: Strategy) -> list[TextSection]:
    """Freshly generated sections, none of them customised."""
    variant = strategy.employee_variant()
    context = build_context(strategy, variant)
    return [
        TextSection(key=s.key, title=s.title, body=s.body)
        for s in (render_section(variant, "guidelines", key, context) for key in GUIDELINE_KEYS)
    ]


def regenerate_guidelines(strategy: Strategy) -> Strategy:
    """A copy of the strategy with its guideline sections regenerated; customised ones survive."""
    guidelines = strategy.guidelines or Guidelines()
    sections = merge_sections(guidelines.sections, generate_guideline_sections(strategy))
    return strategy.model_copy(
        deep=True, update={"guidelines": guidelines.model_copy(update={"sections": sections})}
    )


def render_guidelines(strategy: Strategy) -> str:
    """The guidelines as a Markdown document (regenerated first, so nothing is missing)."""
    strategy = regenerate_guidelines(strategy)
    assert strategy.guidelines is not None
    variant = strategy.employee_variant()
    return render_document(
        variant, "guidelines", {**build_context(strategy, variant), "sections": strategy.guidelines.sections}
    )
