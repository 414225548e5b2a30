"""Display names of platforms and formats, used in generated titles and exports."""

from __future__ import annotations

from socialstrategy.core.i18n import N_, translate

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
    "website": "Website",
    "newsletter": "Newsletter",
    "google_business_profile": "Google Business Profile",
}

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
FORMATS: tuple[str, ...] = tuple(FORMAT_LABELS)

STATUS_LABELS: dict[str, str] = {
    "idea": N_("idea"),
    "planned": N_("planned"),
    "in_progress": N_("in progress"),
    "scheduled": N_("scheduled"),
    "published": N_("published"),
    "cancelled": N_("cancelled"),
}


def platform_name(platform: str) -> str:
    """The platform's name as its owner writes it; unknown ids are shown as they are."""
    return PLATFORM_NAMES.get(platform, platform)


def format_label(format_id: str, language: str) -> str:
    return translate(FORMAT_LABELS[format_id], language) if format_id in FORMAT_LABELS else format_id


def status_label(status: str, language: str) -> str:
    return translate(STATUS_LABELS[status], language) if status in STATUS_LABELS else status
