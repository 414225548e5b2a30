"""Translated labels for the codes of the strategy model (goal types, platforms, sectors, ...)."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

Choices = tuple[tuple[str, str | Promise], ...]

LANGUAGES: Choices = (("en", _("English")), ("de", _("German")))
BUSINESS_MODELS: Choices = (
    ("b2b", _("B2B: business customers")),
    ("b2c", _("B2C: consumers")),
    ("b2b2c", _("B2B2C: both")),
    ("nonprofit", _("Non-profit")),
    ("public", _("Public sector")),
)
SECTORS: Choices = (
    ("legal", _("Legal services")),
    ("tax_advice", _("Tax advice")),
    ("pharmacy", _("Pharmacy")),
    ("medical", _("Medical practice")),
    ("public_sector", _("Public sector")),
    ("food_hospitality", _("Food & hospitality")),
    ("craft", _("Craft trade")),
    ("manufacturing", _("Manufacturing")),
    ("retail", _("Retail")),
    ("ecommerce", _("E-commerce")),
    ("nonprofit", _("Non-profit")),
    ("professional_services", _("Professional services")),
    ("finance", _("Finance")),
    ("education", _("Education")),
    ("it_software", _("IT & software")),
    ("other", _("Other")),
)
GOAL_TYPES: Choices = (
    ("awareness", _("Awareness")),
    ("reach_customers", _("Reach customers")),
    ("consumer_insights", _("Consumer insights")),
    ("sales", _("Direct sales")),
    ("sales_support", _("Sales support")),
    ("recruiting", _("Recruiting")),
    ("customer_service", _("Customer service")),
    ("community", _("Community")),
    ("reputation", _("Reputation")),
)
PRIORITIES: Choices = (("high", _("High")), ("medium", _("Medium")), ("low", _("Low")))
AUDIENCE_KINDS: Choices = (
    ("consumers", _("Consumers")),
    ("business_buyers", _("Business buyers")),
    ("candidates", _("Job candidates")),
    ("members", _("Members")),
    ("citizens", _("Citizens")),
    ("donors", _("Donors")),
    ("partners", _("Partners")),
    ("media", _("Media")),
    ("other", _("Other")),
)
PLATFORM_STATUSES: Choices = (
    ("use", _("Use")),
    ("test", _("Test")),
    ("observe", _("Observe")),
    ("reject", _("Reject")),
)
PLATFORMS: Choices = (
    ("facebook", "Facebook"),
    ("instagram", "Instagram"),
    ("tiktok", "TikTok"),
    ("youtube", "YouTube"),
    ("linkedin", "LinkedIn"),
    ("xing", "XING"),
    ("x", "X (Twitter)"),
    ("pinterest", "Pinterest"),
    ("snapchat", "Snapchat"),
    ("whatsapp", "WhatsApp"),
    ("threads", "Threads"),
    ("reddit", "Reddit"),
    ("bluesky", "Bluesky"),
    ("mastodon", "Mastodon"),
    ("twitch", "Twitch"),
    ("website", _("Website")),
    ("newsletter", _("Newsletter")),
    ("google_business_profile", _("Google Business Profile")),
)
FORMATS: Choices = (
    ("text", _("Text")),
    ("image", _("Image")),
    ("carousel", _("Carousel")),
    ("short_video", _("Short video")),
    ("video", _("Video")),
    ("story", _("Story")),
    ("live", _("Live")),
    ("article", _("Article")),
    ("newsletter_issue", _("Newsletter issue")),
    ("poll", _("Poll")),
    ("event", pgettext_lazy("format", "Event")),
)
ADDRESSES: Choices = (("du", _("du (informal)")), ("sie", _("Sie (formal)")))
EMOJI_POLICIES: Choices = (("none", _("None")), ("sparing", _("Sparing")), ("welcome", _("Welcome")))
BUDGET_CATEGORIES: Choices = (
    ("ads", _("Advertising")),
    ("tools", _("Tools")),
    ("production", _("Production")),
    ("training", _("Training")),
    ("agency", _("Agency")),
    ("other", _("Other")),
)
EVENT_KINDS: Choices = (
    ("launch", _("Launch")),
    ("fair", _("Trade fair")),
    ("season", _("Season")),
    ("sale", _("Sale")),
    ("campaign", _("Campaign")),
    ("holiday", _("Holiday")),
    ("other", _("Other")),
)
CALENDAR_STATUSES: Choices = (
    ("idea", _("Idea")),
    ("planned", _("Planned")),
    ("in_progress", _("In progress")),
    ("scheduled", _("Scheduled")),
    ("published", _("Published")),
    ("cancelled", _("Cancelled")),
)
COMPETENCES: Choices = (
    ("copywriting", _("Copywriting")),
    ("photo", _("Photography")),
    ("video", _("Video")),
    ("design", _("Design")),
    ("community_management", _("Community management")),
    ("analytics", _("Analytics")),
    ("advertising", _("Advertising")),
    ("law_privacy", _("Law & privacy")),
    ("crisis_communication", _("Crisis communication")),
    ("strategy", _("Strategy")),
)
PLATFORM_COMPETENCES: Choices = COMPETENCES + tuple((f"platform_{code}", name) for code, name in PLATFORMS)
"""Competences with a platform's own know-how (``platform_instagram``), named by the platform."""
MIX_ELEMENTS: Choices = (
    ("product", _("Product")),
    ("price", _("Price")),
    ("place", _("Place")),
    ("promotion", _("Promotion")),
    ("people", _("People")),
    ("process", _("Process")),
    ("physical_evidence", _("Physical evidence")),
)
SEVERITIES: Choices = (
    ("error", _("Error")),
    ("warning", _("Warning")),
    ("info", pgettext_lazy("severity", "Note")),
)

TOOL_CATEGORIES: Choices = (
    ("scheduling", _("Scheduling")),
    ("analytics", _("Analytics")),
    ("listening", _("Social listening")),
    ("community", _("Community management")),
    ("design", _("Design")),
)
PRICE_CLASSES: Choices = (
    ("free", _("Free")),
    ("free_tier", _("Free plan available")),
    ("low", _("Low-priced")),
    ("mid", _("Mid-priced")),
    ("high", _("High-priced")),
)

KNOWLEDGE_AREAS: Choices = (
    ("usage", _("Usage")),
    ("limits", _("Limits")),
    ("cadence", _("Posting guidance")),
    ("benchmarks", _("Engagement benchmarks")),
    ("effort", _("Effort per piece")),
    ("tools", _("Tools")),
)


def label(choices: Choices, code: str | None) -> str:
    """The translated label of ``code``, or the code itself when it is not in the list."""
    for value, text in choices:
        if value == code:
            return str(text)
    return code or ""
