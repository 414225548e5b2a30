"""The code lists of the strategy model, each defined once with its translatable label.

The model's Literals, the web's choices, the documents' labels and the knowledge base's names
all take their codes and labels from here; ``tests/core/test_vocabulary.py`` fails when a
Literal and its list disagree. A list's label is the form's wording (``High``); where a
recommendation or a sentence needs another wording (``high``, ``reaching customers``), it is a
second, named table next to its list with exactly the same codes.
"""

from __future__ import annotations

from dataclasses import dataclass

from socialstrategy.core.i18n import N_, translate


@dataclass(frozen=True)
class CodeList:
    """An ordered code list: ``items`` are ``(code, label)``; ``contexts`` give a label's
    gettext context where the same English word means something else elsewhere."""

    items: tuple[tuple[str, str], ...]
    contexts: tuple[tuple[str, str], ...] = ()

    @property
    def codes(self) -> tuple[str, ...]:
        return tuple(code for code, _ in self.items)

    @property
    def labels(self) -> dict[str, str]:
        """The untranslated labels by code."""
        return dict(self.items)

    def context(self, code: str) -> str | None:
        return dict(self.contexts).get(code)

    def label(self, code: str | None, language: str) -> str:
        """The label of ``code`` in ``language``, or the code itself when it is not in the list."""
        text = self.labels.get(code or "")
        if text is None:
            return code or ""
        return translate(text, language, self.context(code or ""))


LANGUAGES = CodeList((("en", N_("English")), ("de", N_("German"))))
BUSINESS_MODELS = CodeList(
    (
        ("b2b", N_("B2B: business customers")),
        ("b2c", N_("B2C: consumers")),
        ("b2b2c", N_("B2B2C: both")),
        ("nonprofit", N_("Non-profit")),
        ("public", N_("Public sector")),
    )
)
BUSINESS_MODEL_NAMES: dict[str, str] = {
    "b2b": N_("B2B"),
    "b2c": N_("B2C"),
    "b2b2c": N_("B2B2C"),
    "nonprofit": N_("non-profit"),
    "public": N_("public sector"),
}
"""Business models inside a sentence (recommendation reasons)."""
SECTORS = CodeList(
    (
        ("legal", N_("Legal services")),
        ("tax_advice", N_("Tax advice")),
        ("pharmacy", N_("Pharmacy")),
        ("medical", N_("Medical practice")),
        ("therapy", N_("Physiotherapy & therapy practice")),
        ("public_sector", N_("Public sector")),
        ("food_hospitality", N_("Food & hospitality")),
        ("craft", N_("Craft trade")),
        ("accommodation", N_("Hotel & holiday accommodation")),
        ("real_estate", N_("Real estate")),
        ("manufacturing", N_("Manufacturing")),
        ("retail", N_("Retail")),
        ("ecommerce", N_("E-commerce")),
        ("nonprofit", N_("Non-profit")),
        ("professional_services", N_("Professional services")),
        ("finance", N_("Finance")),
        ("education", N_("Education")),
        ("school_childcare", N_("School & childcare")),
        ("association", N_("Club or association")),
        ("it_software", N_("IT & software")),
        ("other", N_("Other")),
    )
)
SECTOR_CODES: tuple[str, ...] = SECTORS.codes
GOAL_TYPES = CodeList(
    (
        ("awareness", N_("Awareness")),
        ("reach_customers", N_("Reach customers")),
        ("consumer_insights", N_("Consumer insights")),
        ("sales", N_("Direct sales")),
        ("sales_support", N_("Sales support")),
        ("recruiting", N_("Recruiting")),
        ("customer_service", N_("Customer service")),
        ("community", N_("Community")),
        ("reputation", N_("Reputation")),
    )
)
GOAL_NAMES: dict[str, str] = {
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
"""Goal types inside a sentence (recommendation reasons)."""
PRIORITIES = CodeList((("high", N_("High")), ("medium", N_("Medium")), ("low", N_("Low"))))
PRIORITY_NAMES: dict[str, str] = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}
"""Priorities inside a sentence."""
AUDIENCE_KINDS = CodeList(
    (
        ("consumers", N_("Consumers")),
        ("business_buyers", N_("Business buyers")),
        ("candidates", N_("Job candidates")),
        ("members", N_("Members")),
        ("citizens", N_("Citizens")),
        ("donors", N_("Donors")),
        ("partners", N_("Partners")),
        ("media", N_("Media")),
        ("other", N_("Other")),
    )
)
AUDIENCE_KIND_NAMES: dict[str, str] = {
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
"""Audience kinds inside a sentence (recommendation reasons)."""
PLATFORM_STATUSES = CodeList(
    (("use", N_("Use")), ("test", N_("Test")), ("observe", N_("Observe")), ("reject", N_("Reject")))
)
PLATFORMS = CodeList(
    (
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
        ("website", N_("Website")),
        ("newsletter", N_("Newsletter")),
        ("google_business_profile", N_("Google Business Profile")),
    )
)
PLATFORM_IDS: tuple[str, ...] = PLATFORMS.codes
PLATFORM_NAMES: dict[str, str] = {**PLATFORMS.labels, "x": "X"}
"""Display names of the platforms in documents and sentences; translate them (only the owned
channels differ in German)."""


def platform_name(platform: str, language: str) -> str:
    """The name of a platform in ``language``; an unknown id is shown as it is.

    >>> platform_name("google_business_profile", "de"), platform_name("x", "en")
    ('Google-Unternehmensprofil', 'X')
    """
    name = PLATFORM_NAMES.get(platform)
    return translate(name, language) if name else platform


OWNED_CHANNELS: frozenset[str] = frozenset({"website", "newsletter"})
"""Channels the company owns: no community to moderate in the effort estimate."""

FORMATS = CodeList(
    (
        ("text", N_("Text")),
        ("image", N_("Image")),
        ("carousel", N_("Carousel")),
        ("short_video", N_("Short video")),
        ("video", N_("Video")),
        ("story", N_("Story")),
        ("live", N_("Live")),
        ("article", N_("Article")),
        ("newsletter_issue", N_("Newsletter issue")),
        ("poll", N_("Poll")),
        ("event", N_("Event")),
    ),
    contexts=(("event", "format"),),
)
FORMAT_IDS: tuple[str, ...] = FORMATS.codes
FORMAT_LABELS: dict[str, str] = {
    "text": N_("text post"),
    "image": N_("image post"),
    "carousel": N_("carousel"),
    "short_video": N_("short video"),
    "video": N_("video"),
    "story": N_("story"),
    "live": N_("live stream"),
    "article": N_("article"),
    "newsletter_issue": N_("newsletter issue"),
    "poll": N_("poll"),
    "event": N_("event"),
}
"""Formats inside a sentence (recommendation reasons, capacity)."""
ADDRESSES = CodeList((("du", N_("du (informal)")), ("sie", N_("Sie (formal)"))))
EMOJI_POLICIES = CodeList((("none", N_("None")), ("sparing", N_("Sparing")), ("welcome", N_("Welcome"))))
BUDGET_CATEGORIES = CodeList(
    (
        ("ads", N_("Advertising")),
        ("tools", N_("Tools")),
        ("production", N_("Production")),
        ("training", N_("Training")),
        ("agency", N_("Agency")),
        ("other", N_("Other")),
    )
)
EVENT_KINDS = CodeList(
    (
        ("launch", N_("Launch")),
        ("fair", N_("Trade fair")),
        ("season", N_("Season")),
        ("sale", N_("Sale")),
        ("campaign", N_("Campaign")),
        ("holiday", N_("Holiday")),
        ("other", N_("Other")),
    )
)
CALENDAR_STATUSES = CodeList(
    (
        ("idea", N_("Idea")),
        ("planned", N_("Planned")),
        ("in_progress", N_("In progress")),
        ("ready", N_("Ready")),
        ("scheduled", N_("Scheduled")),
        ("published", N_("Published")),
        ("cancelled", N_("Cancelled")),
    )
)
COMPETENCES = CodeList(
    (
        ("copywriting", N_("Copywriting")),
        ("photo", N_("Photography")),
        ("video", N_("Video")),
        ("design", N_("Design")),
        ("community_management", N_("Community management")),
        ("analytics", N_("Analytics")),
        ("advertising", N_("Advertising")),
        ("law_privacy", N_("Law & privacy")),
        ("crisis_communication", N_("Crisis communication")),
        ("strategy", N_("Strategy")),
    )
)
BASE_COMPETENCE_IDS: tuple[str, ...] = COMPETENCES.codes
PLATFORM_COMPETENCES = CodeList(
    COMPETENCES.items + tuple((f"platform_{code}", name) for code, name in PLATFORMS.items)
)
"""Competences with a platform's own know-how (``platform_instagram``), named by the platform."""
COMPETENCE_IDS: tuple[str, ...] = PLATFORM_COMPETENCES.codes
MIX_ELEMENTS = CodeList(
    (
        ("product", N_("Product")),
        ("price", N_("Price")),
        ("place", N_("Place")),
        ("promotion", N_("Promotion")),
        ("people", N_("People")),
        ("process", N_("Process")),
        ("physical_evidence", N_("Physical evidence")),
    )
)
SEVERITIES = CodeList(
    (("error", N_("Error")), ("warning", N_("Warning")), ("info", N_("Note"))),
    contexts=(("info", "severity"),),
)
TOOL_CATEGORIES = CodeList(
    (
        ("scheduling", N_("Scheduling")),
        ("analytics", N_("Analytics")),
        ("listening", N_("Social listening")),
        ("community", N_("Community management")),
        ("design", N_("Design")),
    )
)
PRICE_CLASSES = CodeList(
    (
        ("free", N_("Free")),
        ("free_tier", N_("Free plan available")),
        ("low", N_("Low-priced")),
        ("mid", N_("Mid-priced")),
        ("high", N_("High-priced")),
    )
)
KNOWLEDGE_AREAS = CodeList(
    (
        ("usage", N_("Usage")),
        ("limits", N_("Limits")),
        ("cadence", N_("Posting guidance")),
        ("benchmarks", N_("Engagement benchmarks")),
        ("effort", N_("Effort per piece")),
        ("tools", N_("Tools")),
    )
)
METRICS = CodeList(
    (
        ("followers", N_("Followers")),
        ("new_followers", N_("New followers")),
        ("reach", N_("Reach")),
        ("views", N_("Views / impressions")),
        ("engagements", N_("Engagements")),
        ("likes", N_("Likes / reactions")),
        ("comments", N_("Comments")),
        ("shares", N_("Shares / reposts")),
        ("saves", N_("Saves")),
        ("link_clicks", N_("Link clicks")),
        ("profile_visits", N_("Profile visits")),
        ("calls", N_("Calls")),
        ("direction_requests", N_("Direction requests")),
        ("website_clicks", N_("Website clicks")),
        ("visitors", N_("Visitors")),
        ("page_views", N_("Page views")),
        ("job_page_views", N_("Job page views")),
        ("applications", N_("Applications")),
        ("engagement_rate", N_("Engagement rate")),
        ("custom", N_("Custom metric (entered by hand)")),
    )
)
"""The canonical metrics a KPI can measure and the importers write (``KPI.measure``)."""
METRIC_IDS: tuple[str, ...] = METRICS.codes
KPI_PERIODS = CodeList(
    (
        ("day", N_("per day")),
        ("week", N_("per week")),
        ("month", N_("per month")),
        ("quarter", N_("per quarter")),
        ("year", N_("per year")),
        ("total", N_("in total since tracking began")),
    )
)
"""The period a summed KPI counts over (``KPI.per``): reach per month, applications in total."""
RESULT_STATUSES = CodeList(
    (
        ("achieved", N_("Achieved")),
        ("ahead", N_("Ahead of plan")),
        ("on_track", N_("On track")),
        ("behind", N_("Behind plan")),
        ("no_data", N_("No data")),
        ("not_measurable", N_("Not measurable")),
    )
)
"""A KPI's, goal's or corporate objective's status against its targets, best first."""
