"""Identifiers the topics agreed on: platforms, formats, competences and sectors.

The knowledge base describes each of them; these tuples are what the strategy check accepts.
"""

from __future__ import annotations

from socialstrategy.core.i18n import N_

PLATFORM_IDS: tuple[str, ...] = (
    "facebook",
    "instagram",
    "tiktok",
    "youtube",
    "linkedin",
    "xing",
    "x",
    "pinterest",
    "snapchat",
    "whatsapp",
    "threads",
    "reddit",
    "bluesky",
    "mastodon",
    "twitch",
    "website",
    "newsletter",
    "google_business_profile",
)
OWNED_CHANNELS: frozenset[str] = frozenset({"website", "newsletter"})
"""Channels the company owns: no community to moderate in the effort estimate."""

FORMAT_IDS: tuple[str, ...] = (
    "text",
    "image",
    "carousel",
    "short_video",
    "video",
    "story",
    "live",
    "article",
    "newsletter_issue",
    "poll",
    "event",
)

PLATFORM_NAMES: dict[str, str] = {
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "youtube": "YouTube",
    "linkedin": "LinkedIn",
    "xing": "XING",
    "x": "X",
    "pinterest": "Pinterest",
    "snapchat": "Snapchat",
    "whatsapp": "WhatsApp",
    "threads": "Threads",
    "reddit": "Reddit",
    "bluesky": "Bluesky",
    "mastodon": "Mastodon",
    "twitch": "Twitch",
    "website": N_("Website"),
    "newsletter": N_("Newsletter"),
    "google_business_profile": N_("Google Business Profile"),
}
"""Display names of the platforms; translate them (only the owned channels differ in German)."""

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
"""Translatable labels of the formats."""

BASE_COMPETENCE_IDS: tuple[str, ...] = (
    "copywriting",
    "photo",
    "video",
    "design",
    "community_management",
    "analytics",
    "advertising",
    "law_privacy",
    "crisis_communication",
    "strategy",
)
COMPETENCE_IDS: tuple[str, ...] = BASE_COMPETENCE_IDS + tuple(f"platform_{p}" for p in PLATFORM_IDS)

SECTOR_CODES: tuple[str, ...] = (
    "legal",
    "tax_advice",
    "pharmacy",
    "medical",
    "public_sector",
    "food_hospitality",
    "craft",
    "manufacturing",
    "retail",
    "ecommerce",
    "nonprofit",
    "professional_services",
    "finance",
    "education",
    "it_software",
    "other",
)
