"""The agency parts of the strategy paper: executive summary, roadmap, persona cards, example
posts and next steps, built from the strategy alone and in every format."""

import datetime as dt

import pytest
from tests.core.render_fixtures import rich_strategy

from socialstrategy.core.model import CalendarEntry, Strategy
from socialstrategy.core.render import render
from socialstrategy.core.render.blocks import BulletList, Chapter, Facts, Quote, Table
from socialstrategy.core.render.document import build_document
from socialstrategy.core.render.overview import cadence


def _chapter(strategy: Strategy, key: str, language: str = "de") -> Chapter:
    return next(c for c in build_document(strategy, language).chapters if c.key == key)


def _facts(chapter: Chapter) -> dict[str, str]:
    return dict(row for block in chapter.blocks if isinstance(block, Facts) for row in block.rows)


def test_the_summary_has_budget_per_month_and_year_from_the_budget_lines():
    facts = _facts(_chapter(rich_strategy("de"), "summary"))
    assert facts["Gesamtbudget"] == "389\u00a0EUR im Monat, 4.668\u00a0EUR im Jahr"
    assert facts["Zeit pro Woche"].startswith("12\u00a0Std., verteilt auf 3 Personen")
    assert facts["Zeitraum"] == "März 2027 – Dezember 2027"


def test_a_strategy_without_budget_or_team_shows_them_as_unknown():
    facts = _facts(_chapter(rich_strategy("en", resources=None), "summary", "en"))
    assert facts["Total budget"] == facts["Time per week"] == "unknown"


def test_the_summary_names_three_to_five_key_decisions_and_the_headline_targets():
    summary = _chapter(rich_strategy("de"), "summary")
    lists = [b for b in summary.blocks if isinstance(b, BulletList)]
    decisions = lists[-1].items
    assert 3 <= len(decisions) <= 5
    assert decisions[0].startswith("Plattformen: ")
    targets = next(b for b in summary.blocks if isinstance(b, Table))
    assert ("Z1", "Follower", "1.200\u00a0→ 3.000\u00a0Follower", "30.06.2027") in targets.rows
    assert _facts(summary)["Version"].startswith("1.2 vom 20. November 2026, erstellt von Maria Schneider")


def test_the_roadmap_shows_campaigns_and_key_figure_milestones_in_their_month():
    roadmap = _chapter(rich_strategy("de"), "roadmap")
    months = {row[0]: row for row in roadmap.blocks[-1].rows} if isinstance(roadmap.blocks[-1], Table) else {}
    assert "• Eröffnung Café Altstadt" in months["März 2027"][1]
    assert "Follower: 1.200\u00a0→ 3.000\u00a0Follower" in months["Juni 2027"][2]
    assert months["März 2027"][3] == "4"


def test_quiet_months_of_the_roadmap_share_one_row():
    roadmap = _chapter(rich_strategy("de"), "roadmap")
    table = roadmap.blocks[-1]
    assert isinstance(table, Table)
    assert ("Juli – August 2027", "–", "–", "–") in table.rows


def test_a_strategy_without_dates_has_no_invented_roadmap_or_steps():
    for key in ("roadmap", "next-steps"):
        chapter = _chapter(Strategy(), key, "en")
        assert chapter.blocks[0].type == "note"


def test_postings_below_once_a_week_are_worded_as_people_say_them():
    assert [cadence(n, "de") for n in (3, 1, 0.5, 0.25)] == [
        "3-mal pro Woche",
        "wöchentlich",
        "alle zwei Wochen",
        "monatlich",
    ]
    assert cadence(0.25, "en") == "monthly"


def test_persona_cards_say_where_each_audience_is_reached():
    audiences = _chapter(rich_strategy("de"), "audiences")
    cards = [b for b in audiences.blocks if isinstance(b, Facts)]
    assert len(cards) == len(rich_strategy("de").audiences)
    assert any("Erreichbar über" in dict(card.rows) for card in cards)


def _with_posts(strategy: Strategy) -> Strategy:
    assert strategy.content is not None
    strategy.content.calendar += [
        CalendarEntry(
            date=dt.date(2027, 3, 2),
            platform="instagram",
            pillar="team",
            title="Sie",
            text="Besuchen Sie uns!",
        ),
        CalendarEntry(
            date=dt.date(2027, 3, 4),
            platform="instagram",
            pillar="cafe",
            title="Du",
            text="Komm vorbei, wir freuen uns auf dich!",
            hashtags=["Brot"],
        ),
    ]
    return strategy


def test_example_posts_come_from_the_calendar_in_the_community_address():
    content = _chapter(_with_posts(rich_strategy("de")), "content")
    posts = [b for b in content.blocks if isinstance(b, Quote)]
    assert [p.text for p in posts] == ["Komm vorbei, wir freuen uns auf dich!\n#Brot"]
    assert posts[0].title.startswith("Instagram · ")


def test_next_steps_have_owners_and_dates_from_the_plan():
    steps = _chapter(rich_strategy("de"), "next-steps").blocks[0]
    assert isinstance(steps, Table)
    assert all(row[3] for row in steps.rows)
    assert any(row[1].startswith("Erster Beitrag auf Instagram") for row in steps.rows)


@pytest.mark.parametrize("extension", ("md", "html", "docx"))
def test_every_format_has_the_new_chapters(extension):
    body = render(rich_strategy("en"), "en", "strategy", extension)[2]
    if extension == "docx":
        import io
        import zipfile

        body = zipfile.ZipFile(io.BytesIO(body)).read("word/document.xml")
    text = body.decode()
    for title in ("Key decisions", "Roadmap", "Next steps", "Reached on"):
        assert title in text


def test_a_reduction_target_is_drawn_as_a_reduction():
    from socialstrategy.core.render.charts import REDUCTION, kpi_targets_chart

    strategy = rich_strategy("de")
    kpi = strategy.goals[0].kpis[0]
    kpi.baseline, kpi.target = 310, 240
    chart = kpi_targets_chart(strategy, "de")
    assert chart is not None
    assert f'fill="{REDUCTION}"' in chart.svg and "Zu senken" in chart.svg


def test_platform_names_in_the_matrix_are_never_cut():
    from socialstrategy.core.render.charts import platform_matrix_chart

    strategy = rich_strategy("de")
    strategy.platforms[0].platform = "google_business_profile"
    chart = platform_matrix_chart(strategy, "de")
    assert chart is not None
    assert "Google-Unternehmensprofil<" in chart.svg and "…" not in chart.svg.split("Z1")[0]


def test_figures_are_right_aligned_in_html_tables():
    html = render(rich_strategy("de"), "de", "strategy", "html")[2].decode()
    assert '<td class="num">389 EUR</td>' in html
