"""Translatable labels for the codes the knowledge base and the recommendation use."""

from __future__ import annotations

from socialstrategy.core import vocabulary
from socialstrategy.core.i18n import N_, translate

GOAL_LABELS: dict[str, str] = vocabulary.GOAL_NAMES
AUDIENCE_KIND_LABELS: dict[str, str] = vocabulary.AUDIENCE_KIND_NAMES
BUSINESS_MODEL_LABELS: dict[str, str] = vocabulary.BUSINESS_MODEL_NAMES
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
VERDICT_GROUP_LABELS: dict[str, str] = {
    "recommended": N_("Recommended"),
    "consider": N_("Worth considering"),
    "not_recommended": N_("Not recommended"),
}
"""Headings of the verdict groups the ranking is shown in (CLI, web, paper)."""
SOURCE_QUALITY_LABELS: dict[str, str] = {
    "primary": N_("primary"),
    "secondary": N_("secondary"),
    "weak": N_("weak"),
}
"""A source's quality: the study itself, a report of it, or a vendor's blog, a mirror, an anecdote."""
CONFIDENCE_LABELS: dict[str, str] = {"high": N_("high"), "medium": N_("medium"), "low": N_("low")}
"""How much of a platform's score rests on data (see ``PlatformScore.confidence``)."""
PRIORITY_LABELS: dict[str, str] = vocabulary.PRIORITY_NAMES
BASIS_LABELS: dict[str, str] = {
    "data": N_("data"),
    "editorial": N_("editorial assessment"),
    "strategy": N_("your strategy"),
    "overlay": N_("overlay"),
}

LIMIT_LABELS: dict[str, str] = {
    "alt_text_max_chars": N_("Maximum length of the alt text"),
    "api_posts_per_24h": N_("Posts via the API in 24 hours"),
    "article_headline_max_chars": N_("Maximum length of an article headline"),
    "article_max_chars": N_("Maximum length of an article"),
    "bio_max_chars": N_("Maximum length of the profile bio"),
    "caption_max_chars": N_("Maximum length of a caption"),
    "caption_max_chars_in_app": N_("Maximum length of a caption in the app"),
    "caption_max_chars_via_api": N_("Maximum length of a caption via the API"),
    "caption_visible_before_more": N_("Caption shown before “more”"),
    "carousel_max_items": N_("Maximum items in a carousel"),
    "channel_history_retention": N_("Channel history is kept for"),
    "comment_max_chars": N_("Maximum length of a comment"),
    "community_max_members": N_("Maximum members of a community"),
    "description_max_chars": N_("Maximum length of a description"),
    "document_max_pages": N_("Maximum pages of a document post"),
    "hashtags_max_per_post": N_("Maximum hashtags per post"),
    "images_per_post": N_("Images per post"),
    "link_max_chars": N_("Maximum length of a link"),
    "media_per_post": N_("Media per post"),
    "photo_carousel_max_images": N_("Maximum images in a photo carousel"),
    "poll_choices": N_("Polls"),
    "post_body_max_chars": N_("Maximum length of the post text"),
    "post_max_chars": N_("Maximum length of a post"),
    "post_max_chars_free": N_("Maximum length of a post (free account)"),
    "post_max_chars_premium": N_("Maximum length of a post (Premium account)"),
    "post_max_graphemes": N_("Maximum length of a post"),
    "reels_max_length": N_("Maximum duration of a Reel"),
    "reels_title_max_chars": N_("Maximum length of a Reel title"),
    "see_more_cutoff": N_("Text shown before “see more”"),
    "shorts_max_length": N_("Maximum duration of a Short"),
    "spotlight_video_length": N_("Duration of a Spotlight video"),
    "story_video_length": N_("Duration of a Story video"),
    "title_max_chars": N_("Maximum length of a title"),
    "video_max_length": N_("Maximum duration of a video"),
    "video_max_length_unverified_channel": N_("Maximum duration of a video (unverified channel)"),
    "video_max_length_verified_channel": N_("Maximum duration of a video (verified channel)"),
    "video_max_length_via_api": N_("Maximum duration of a video via the API"),
}
"""Names of the text and media limits in the platform files (``limits[].item``)."""
BENCHMARK_LABELS: dict[str, str] = {
    "engagement": N_("Engagement"),
    "organic_reach": N_("Organic reach"),
}
DATA_CONTEXT = "knowledge data"
"""The gettext context of the data files' own texts (units, guidance, usage groups, caveats)."""


def label(table: dict[str, str], code: str, language: str) -> str:
    """The translated label of ``code``, or the code itself when it has none."""
    return translate(table[code], language) if code in table else code


def data_text(text: str | None, language: str) -> str | None:
    """A data file's own English text (a unit, a posting guidance, a caveat) in ``language``;
    the English text itself when the catalog has no translation (e.g. from an overlay)."""
    return translate(text, language, DATA_CONTEXT) if text else text


def has_translation(text: str, language: str) -> bool:
    """Whether ``text`` from a data file reads in ``language`` (English always does)."""
    return language == "en" or data_text(text, language) != text
