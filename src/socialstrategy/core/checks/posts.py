"""Rules on the posts of the editorial calendar (content, step 10 of the process): each post
against its platform's sourced limits, media where a platform needs them, alt text."""

from __future__ import annotations

from collections.abc import Iterator

from socialstrategy.core.checks import Place, at, rule
from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge, KnowledgeError, load_knowledge
from socialstrategy.core.model import CalendarEntry, Strategy
from socialstrategy.core.planning.posts import MEDIA_PLATFORMS, PlatformName, excesses

_FIELDS = {"text": "text", "hashtags": "hashtags", "media": "media", "video": "media"}
_LIVE = frozenset({"idea", "planned", "in_progress", "ready", "scheduled"})
"""Posts still to come: a published or cancelled post is not worth a finding."""


def _posts(strategy: Strategy) -> Iterator[tuple[int, CalendarEntry]]:
    calendar = strategy.content.calendar if strategy.content else []
    for index, entry in enumerate(calendar):
        if entry.status in _LIVE:
            yield index, entry


def _over(strategy: Strategy, kind: str) -> Iterator[Place]:
    kb = _knowledge()
    if kb is None:
        return
    for index, entry in _posts(strategy):
        for excess in excesses(kb, entry):
            if excess.limit.kind == kind:
                yield at(
                    f"content.calendar[{index}].{_FIELDS[kind]}",
                    title=entry.title,
                    platform=PlatformName(entry.platform),
                    actual=int(excess.actual),
                    limit=int(excess.limit.value),
                    source=excess.limit.source,
                    year=excess.limit.year or "",
                )


@rule(
    "post-text-too-long",
    "content",
    "warning",
    N_("“{title}” has {actual} characters with its hashtags; {platform} takes {limit} ({source}, {year})."),
    N_("Shorten the copy or move details into the first comment or the link."),
)
def check_text_length(strategy: Strategy) -> Iterator[Place]:
    yield from _over(strategy, "text")


@rule(
    "post-too-many-hashtags",
    "content",
    "warning",
    N_("“{title}” has {actual} hashtags; {platform} takes {limit} ({source}, {year})."),
    N_("Keep the most specific hashtags and drop the general ones."),
)
def check_hashtags(strategy: Strategy) -> Iterator[Place]:
    yield from _over(strategy, "hashtags")


@rule(
    "post-too-many-media",
    "content",
    "warning",
    N_("“{title}” has {actual} images or videos; {platform} takes {limit} ({source}, {year})."),
    N_("Choose the strongest ones or split the post."),
)
def check_media_count(strategy: Strategy) -> Iterator[Place]:
    yield from _over(strategy, "media")


@rule(
    "post-video-too-long",
    "content",
    "warning",
    N_("The video of “{title}” runs {actual} seconds; {platform} takes {limit} ({source}, {year})."),
    N_("Cut the video or choose a format that takes longer videos."),
)
def check_video_length(strategy: Strategy) -> Iterator[Place]:
    yield from _over(strategy, "video")


@rule(
    "post-without-media",
    "content",
    "warning",
    N_("“{title}” is ready but has no image or video, which every post on {platform} needs."),
    N_("Add the image or video (a file or URL, with alt text)."),
)
def check_media_present(strategy: Strategy) -> Iterator[Place]:
    for index, entry in _posts(strategy):
        if entry.status in ("ready", "scheduled") and entry.platform in MEDIA_PLATFORMS and not entry.media:
            yield at(
                f"content.calendar[{index}].media", title=entry.title, platform=PlatformName(entry.platform)
            )


@rule(
    "media-without-alt-text",
    "content",
    "info",
    N_("An image of “{title}” has no alt text."),
    N_("Describe in a sentence what the image shows, for people who cannot see it."),
)
def check_alt_text(strategy: Strategy) -> Iterator[Place]:
    for index, entry in _posts(strategy):
        for number, media in enumerate(entry.media):
            if media.kind == "image" and not media.alt:
                yield at(f"content.calendar[{index}].media[{number}].alt", title=entry.title)


def _knowledge() -> Knowledge | None:
    """The knowledge base; a broken overlay must not break the whole check."""
    try:
        return load_knowledge()
    except KnowledgeError:
        return None
