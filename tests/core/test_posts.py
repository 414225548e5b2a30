"""A post is a post: copy, link, media with alt text, hashtags, first comment and owner; checked
against each platform's sourced limits; drafted copy as a starting point."""

import datetime as dt

import pytest
from planning_strategies import MONDAY, planning_strategy

from socialstrategy.core.checks import run_checks
from socialstrategy.core.fileformat import dump_strategy, loads_strategy
from socialstrategy.core.model import CalendarEntry, Strategy
from socialstrategy.core.planning.calendar import build_calendar
from socialstrategy.core.planning.posts import draft_copy, post_message


def _with_post(**values):
    strategy = planning_strategy()
    post = {"id": "p", "date": MONDAY, "platform": "instagram", "title": "Stollen", "status": "planned"}
    strategy.content.calendar = [{**post, **values}]
    return Strategy.model_validate(strategy.model_dump())


def _findings(strategy, prefix=("post-", "media-")):
    return [(f.code, f.path) for f in run_checks(strategy) if f.code.startswith(prefix)]


def test_an_older_file_with_media_as_plain_urls_still_loads_and_saves_them_as_media():
    text = dump_strategy(_with_post()).replace(
        "    title: Stollen\n", "    title: Stollen\n    media:\n      - https://example.org/a.jpg\n"
    )
    strategy = loads_strategy(text)
    [media] = strategy.content.calendar[0].media
    assert (media.url, media.kind, media.alt) == ("https://example.org/a.jpg", "image", None)
    assert "url: https://example.org/a.jpg" in dump_strategy(strategy)


def test_a_post_keeps_copy_link_media_hashtags_first_comment_and_owner():
    entry = CalendarEntry.model_validate(
        {
            "date": "2030-01-07",
            "platform": "instagram",
            "title": "Stollen",
            "text": "Unser Stollen reift.",
            "link": "https://example.org/stollen",
            "media": [{"file": "stollen.jpg", "alt": "Drei Stollen auf einem Brett"}],
            "hashtags": ["#Stollen", "Freiburg"],
            "first_comment": "Vorbestellen bis 20. Dezember.",
            "owner": "anna",
        }
    )
    assert entry.hashtags == ["Stollen", "Freiburg"]
    assert post_message(entry) == "Unser Stollen reift.\n\n#Stollen #Freiburg"


def test_hashtags_the_copy_already_names_are_not_repeated():
    entry = CalendarEntry(
        date=MONDAY, platform="x", title="t", text="Frisch aus dem #Ofen", hashtags=["ofen"]
    )
    assert post_message(entry) == "Frisch aus dem #Ofen"


def test_a_caption_over_the_instagram_limit_is_a_finding_that_names_its_source():
    strategy = _with_post(text="x" * 2201)
    assert _findings(strategy) == [("post-text-too-long", "content.calendar[0].text")]
    [finding] = [f for f in run_checks(strategy) if f.code == "post-text-too-long"]
    assert finding.step == "content"
    message = finding.translated_message("de")
    assert "2201 Zeichen" in message and "Instagram nimmt 2200 (Upload-Post docs" in message


def test_instagram_takes_five_hashtags_since_december_2025():
    strategy = _with_post(
        hashtags=["a", "b", "c", "d", "e", "f"], media=[{"url": "https://x/a.jpg", "alt": "A"}]
    )
    [finding] = [f for f in run_checks(strategy) if f.code == "post-too-many-hashtags"]
    assert (
        "takes 5 (Social Media Today" in finding.translated_message("en")
        and "2025" in finding.message.render()
    )


def test_an_x_post_over_280_characters_is_too_long():
    assert _findings(_with_post(platform="x", text="y" * 281)) == [
        ("post-text-too-long", "content.calendar[0].text")
    ]
    assert _findings(_with_post(platform="x", text="y" * 280)) == []


def test_too_many_images_and_too_long_videos_are_findings():
    images = [{"url": f"https://x/{i}.jpg", "alt": "Bild"} for i in range(5)]
    assert _findings(_with_post(platform="x", media=images)) == [
        ("post-too-many-media", "content.calendar[0].media")
    ]
    reel = [{"url": "https://x/r.mp4", "kind": "video", "duration_seconds": 181}]
    assert _findings(_with_post(format="short_video", media=reel)) == [
        ("post-video-too-long", "content.calendar[0].media")
    ]


def test_a_platform_without_sourced_limits_is_not_checked():
    assert _findings(_with_post(platform="website", text="z" * 19_000)) == []


def test_a_ready_instagram_post_without_media_and_an_image_without_alt_text_are_findings():
    assert _findings(_with_post(status="ready")) == [("post-without-media", "content.calendar[0].media")]
    assert _findings(_with_post(media=[{"url": "https://x/a.jpg"}])) == [
        ("media-without-alt-text", "content.calendar[0].media[0].alt")
    ]


@pytest.mark.parametrize(
    ("language", "address", "expected"),
    [
        ("de", "sie", "Folgen Sie uns, damit Sie den nächsten Beitrag nicht verpassen."),
        ("de", "du", "Folg uns, damit du den nächsten Beitrag nicht verpasst."),
        ("en", None, "Follow us so you do not miss the next one."),
    ],
)
def test_drafted_copy_speaks_in_the_strategys_language_and_community_address(language, address, expected):
    strategy = planning_strategy(language=language)
    if address:
        strategy.community = {"address": address}
    entry = CalendarEntry(date=MONDAY, platform="instagram", title="t", pillar="p-craft", goal="g-awareness")
    pillar = strategy.content.pillars[0]
    assert draft_copy(strategy, entry) == f"{pillar.description or pillar.name}\n\n{expected}"


def test_a_generated_calendar_comes_with_drafted_copy_and_a_hashtag():
    strategy = planning_strategy()
    entries = build_calendar(strategy, MONDAY, 1)
    assert all(entry.text and entry.hashtags for entry in entries if entry.pillar)
    assert all(entry.status == "planned" for entry in entries)  # a draft is not ready
    assert isinstance(entries[0].date, dt.date)
