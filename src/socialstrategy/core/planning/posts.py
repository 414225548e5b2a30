"""Posts: what a calendar entry says, checked against each platform's sourced limits, and a
drafted first version of its copy.

Limits come from the knowledge base (``limits`` in ``knowledge/data/platforms/*.yaml``, each with
its source); a platform without a sourced limit is not checked, nothing is assumed.

>>> from socialstrategy.core.model import CalendarEntry
>>> post_message(CalendarEntry(date="2030-01-07", platform="x", title="t", text="Hi", hashtags=["Brot"]))
'Hi\\n\\n#Brot'
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from socialstrategy.core.i18n import N_
from socialstrategy.core.knowledge import Knowledge
from socialstrategy.core.message import Message
from socialstrategy.core.model import CalendarEntry, Pillar, Strategy
from socialstrategy.core.vocabulary import platform_name
from socialstrategy.core.voice import community_voice

LimitKind = Literal["text", "hashtags", "media", "video"]
MEDIA_PLATFORMS = frozenset({"instagram", "tiktok", "youtube", "pinterest"})
"""Platforms whose every post is an image or a video."""
TEXT_ITEMS = (
    "post_max_chars_free",
    "post_max_graphemes",
    "caption_max_chars_via_api",
    "caption_max_chars",
    "post_max_chars",
    "post_body_max_chars",
    "description_max_chars",
)
"""Knowledge items for the length of a post's copy, the strictest first: a scheduler publishes
through the platform's interface (TikTok's API limit), and X's free accounts have 280."""
HASHTAG_ITEMS = ("hashtags_max_per_post",)
MEDIA_ITEMS = ("media_per_post", "images_per_post", "carousel_max_items", "photo_carousel_max_images")
VIDEO_ITEMS = {
    "short_video": ("reels_max_length", "shorts_max_length", "video_max_length"),
    "video": ("video_max_length_via_api", "video_max_length_unverified_channel", "video_max_length"),
}
_SECONDS = {"second": 1, "minute": 60, "hour": 3600}


@dataclass(frozen=True)
class PlatformName:
    """A platform's name as a message parameter, rendered in the reader's language."""

    code: str

    def render(self, language: str, address: object = None) -> str:
        return platform_name(self.code, language)


@dataclass(frozen=True)
class PostLimit:
    """A sourced limit of one platform, in characters, hashtags, media items or seconds."""

    kind: LimitKind
    item: str
    value: float
    source: str
    year: int | None


@dataclass(frozen=True)
class Excess:
    """A post over one of its platform's limits."""

    limit: PostLimit
    actual: float


def post_message(entry: CalendarEntry, with_link: bool = False) -> str:
    """What the post says: its copy (else its title), the hashtags it does not name yet, and,
    ``with_link``, its link."""
    text = entry.text or entry.title
    tags = [f"#{tag}" for tag in entry.hashtags if f"#{tag}".lower() not in text.lower()]
    if tags:
        text = f"{text}\n\n{' '.join(tags)}"
    return f"{text} {entry.link}" if with_link and entry.link and entry.link not in text else text


def post_limits(kb: Knowledge, platform: str, fmt: str | None) -> dict[LimitKind, PostLimit]:
    """The limits the knowledge base has for a post of ``fmt`` on ``platform``."""
    if platform not in kb.platforms:
        return {}
    found: dict[LimitKind, PostLimit] = {}
    wanted: list[tuple[LimitKind, tuple[str, ...]]] = [
        ("text", TEXT_ITEMS),
        ("hashtags", HASHTAG_ITEMS),
        ("media", MEDIA_ITEMS),
        ("video", VIDEO_ITEMS.get(fmt or "", ())),
    ]
    for kind, items in wanted:
        limit = _first_limit(kb, platform, kind, items)
        if limit is not None:
            found[kind] = limit
    return found


def _first_limit(kb: Knowledge, platform: str, kind: LimitKind, items: tuple[str, ...]) -> PostLimit | None:
    figures = {f.item: f for f in kb.platform(platform).limits if f.value is not None and f.source}
    for item in items:
        figure = figures.get(item)
        if figure is None or figure.value is None or figure.source is None:
            continue
        value = figure.value * (_unit_seconds(figure.unit) if kind == "video" else 1)
        source = kb.sources.get(figure.source)
        title = source.title if source else figure.source
        return PostLimit(kind, item, value, title, figure.year or (source.year if source else None))
    return None


def _unit_seconds(unit: str) -> int:
    first = unit.split()[0].rstrip("s").lower() if unit.split() else "second"
    return _SECONDS.get(first, 1)


def excesses(kb: Knowledge, entry: CalendarEntry) -> list[Excess]:
    """Every limit of the post's platform that the post goes over."""
    limits = post_limits(kb, entry.platform, entry.format)
    actual: dict[LimitKind, float] = {
        "text": len(post_message(entry)),
        "hashtags": len(entry.hashtags),
        "media": len(entry.media),
        "video": max((m.duration_seconds or 0 for m in entry.media if m.kind == "video"), default=0),
    }
    return [Excess(limit, actual[kind]) for kind, limit in limits.items() if actual[kind] > limit.value]


# --- drafting -------------------------------------------------------------------------------

CALLS_TO_ACTION = {
    "awareness": N_("Follow us so you do not miss the next one."),
    "reach_customers": N_("Drop by – we look forward to seeing you."),
    "consumer_insights": N_("What do you think? Tell us in the comments."),
    "sales": N_("Order or book now – we are happy to advise you."),
    "sales_support": N_("Questions? Our team is happy to advise you."),
    "recruiting": N_("Want to join us? Apply now."),
    "customer_service": N_("Any questions? Just write to us."),
    "community": N_("Share your experience with us in the comments."),
    "reputation": N_("This is what we stand for."),
}
"""The closing line of a drafted post, by the goal type it serves, in the community's address."""


def draft_copy(strategy: Strategy, entry: CalendarEntry) -> str:
    """A first version of the post's copy from its pillar and goal, in the strategy's language
    and community address: the pillar's description (else its name, else the title) and a
    call to action for the goal. A starting point the team rewrites, never a finished post."""
    voice = community_voice(strategy)
    pillar = _pillar(strategy, entry.pillar)
    topic = (pillar.description or pillar.name) if pillar else entry.title
    goal = next((g for g in strategy.goals if g.id == entry.goal), None)
    call = CALLS_TO_ACTION.get(goal.type) if goal else None
    lines = [topic] + ([Message(call).render(voice.language, voice.address)] if call else [])
    return "\n\n".join(lines)


def draft_hashtags(strategy: Strategy, entry: CalendarEntry) -> list[str]:
    """One hashtag from the pillar's name (``Blick in die Backstube`` → ``BlickInDieBackstube``)."""
    pillar = _pillar(strategy, entry.pillar)
    if pillar is None:
        return []
    tag = "".join(word[:1].upper() + word[1:] for word in pillar.name.split() if word.isalnum())
    return [tag] if tag else []


def _pillar(strategy: Strategy, pillar_id: str | None) -> Pillar | None:
    pillars = strategy.content.pillars if strategy.content else []
    return next((p for p in pillars if p.id == pillar_id), None)
