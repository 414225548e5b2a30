"""Sentences assembled with grammar (issue 12, defect 3): the number decides singular or plural
(``translate_plural``, catalog plural forms), and names stand where German needs no article."""

from socialstrategy.core.checks import run_checks
from socialstrategy.core.demos import load_demo
from socialstrategy.core.i18n import translate_plural
from socialstrategy.core.model import Strategy
from socialstrategy.core.recommend import recommend
from socialstrategy.core.render.markdown import render_markdown
from socialstrategy.core.texts import render_crisis


def one_of_everything() -> Strategy:
    """The bakery with one goal for one corporate objective and one person."""
    bakery = load_demo("bakery")
    assert bakery.resources is not None
    bakery.goals = bakery.goals[:1]
    bakery.corporate_objectives = bakery.corporate_objectives[:1]
    bakery.goals[0].serves = [bakery.corporate_objectives[0].id]
    bakery.resources.team = bakery.resources.team[:1]
    return bakery


def paper(strategy: Strategy, language: str) -> str:
    return render_markdown(strategy, language, "strategy")[2].decode()


def test_a_count_of_one_takes_the_singular_form_of_the_catalog() -> None:
    one, many = "{count} corporate objective", "{count} corporate objectives"
    assert translate_plural(one, many, 1, "de") == "1 Unternehmensziel"
    assert translate_plural(one, many, 3, "de") == "3 Unternehmensziele"
    assert translate_plural(one, many, 0, "en") == "0 corporate objectives"


def test_the_paper_summary_agrees_with_its_counts() -> None:
    german, english = paper(one_of_everything(), "de"), paper(one_of_everything(), "en")
    assert "Sie verfolgt 1 Social-Media-Ziel, das auf 1 Unternehmensziel einzahlt." in german
    assert "Std. von 1 Person" in german  # the summary's time per week
    assert "It pursues 1 social media goal that serves 1 corporate objective." in english
    assert "h from 1 person" in english
    assert "Sie verfolgt 5 Social-Media-Ziele, die auf 3 Unternehmensziele einzahlen." in paper(
        load_demo("bakery"), "de"
    )


def test_the_paper_names_the_company_without_declining_its_name() -> None:
    german = paper(load_demo("bakery"), "de")
    assert "die Social-Media-Strategie des Unternehmens Bäckerei Sonnenkorn GmbH." in german
    assert "von Bäckerei" not in german
    guidelines = render_markdown(load_demo("bakery"), "de", "guidelines")[2].decode()
    assert "für alle im Unternehmen Bäckerei Sonnenkorn GmbH" in guidelines


def test_a_team_without_hours_gets_a_response_time_finding_without_infinity() -> None:
    bakery = load_demo("bakery")
    assert bakery.resources is not None
    for member in bakery.resources.team:
        member.hours_per_week = 0
    found = [f for f in run_checks(bakery) if f.code == "response-time-unreachable"]
    assert found
    texts = " ".join(f.translated_message("de") + f.translated_hint("de") for f in found)
    assert "∞" not in texts and "Niemand hat Wochenstunden für Social Media" in texts


def test_reach_and_business_fit_name_the_audience_and_the_model_without_inflection() -> None:
    practice = load_demo("practice")
    platforms = recommend(practice).as_dict("de")["platforms"]
    evidence = [c["summary"] for p in platforms for c in p["contributions"]]
    reasons = " ".join(r for p in platforms for r in p["reasons"])
    assert any("der Zielgruppe „" in text for text in evidence)
    assert not any("% von „" in text for text in evidence)
    assert "-Geschäft" not in reasons


def test_the_verb_agrees_with_the_number_of_people_to_inform() -> None:
    bakery = load_demo("bakery")
    assert bakery.crisis is not None
    several = render_crisis(bakery)
    assert "**Werden informiert:**" in several
    for level in bakery.crisis.levels:
        level.inform = level.inform[:1]
    assert "**Wird informiert:**" in render_crisis(bakery)
    assert "**Werden informiert:**" not in render_crisis(bakery)
