"""Translatable labels for the codes the knowledge base and the recommendation use."""

from __future__ import annotations

from socialstrategy.core.i18n import N_, translate

GOAL_LABELS: dict[str, str] = {
    "awareness": N_("awareness"),
    "reach_customers": N_("reaching customers"),
    "consumer_insights": N_("consumer insights"),
    "sales": N_("direct sales"),
    "sales_support": N_("sales support"),
    "recruiting": N_("recruiting"),
    "customer_service": N_("customer service"),
    "community": N_("community"),
    "reputation": N_("reputation"),
}
AUDIENCE_KIND_LABELS: dict[str, str] = {
    "consumers": N_("consumers"),
    "business_buyers": N_("business buyers"),
    "candidates": N_("candidates"),
    "members": N_("members"),
    "citizens": N_("citizens"),
    "donors": N_("donors"),
    "partners": N_("partners"),
    "media": N_("journalists"),
    "other": N_("other groups"),
}
BUSINESS_MODEL_LABELS: dict[str, str] = {
    "b2b": N_("B2B"),
    "b2c": N_("B2C"),
    "b2b2c": N_("B2B2C"),
    "nonprofit": N_("non-profit"),
    "public": N_("public sector"),
}
CONTRIBUTION_LABELS: dict[str, str] = {
    "audience_reach": N_("Audience reach"),
    "goal_fit": N_("Goal fit"),
    "audience_fit": N_("Audience fit"),
    "business_model_fit": N_("Business-model fit"),
    "feasibility": N_("Feasibility for your hours"),
    "budget_fit": N_("Fit with your ad budget"),
}
VERDICT_LABELS: dict[str, str] = {
    "recommended": N_("recommended"),
    "consider": N_("consider"),
    "not_recommended": N_("not recommended"),
}
PRIORITY_LABELS: dict[str, str] = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}
BASIS_LABELS: dict[str, str] = {
    "data": N_("data"),
    "editorial": N_("editorial assessment"),
    "strategy": N_("your strategy"),
    "overlay": N_("overlay"),
}


def label(table: dict[str, str], code: str, language: str) -> str:
    """The translated label of ``code``, or the code itself when it has none."""
    return translate(table[code], language) if code in table else code
