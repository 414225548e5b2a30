"""Practitioner cases for the recommendation: profiles across sectors and countries (DE, AT, CH, US),
each with what a practitioner expects, why, and a published source for the expectation.

``tests/core/test_recommend_cases.py`` runs them; ``docs/scoring.md`` summarises them (a test keeps
the summary complete). The eight older profiles live in ``knowledge_profiles.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from socialstrategy.core.model import Strategy
from socialstrategy.core.recommend import Recommendation


@dataclass(frozen=True)
class Source:
    title: str
    url: str
    year: int | None


@dataclass(frozen=True)
class Case:
    id: str
    country: str
    sector: str
    expectation: str
    why: str
    source: Source
    build: Callable[[], Strategy]
    holds: Callable[[Recommendation], bool]
    known_gap: str | None = None
    """Why the recommendation does not meet the expectation yet (the test expects it to fail)."""


# --- published sources of the expectations ---------------------------------------------------

GOOGLE_LOCAL = Source(
    "Google Business Profile Help: Tips to improve your local ranking on Google (review count and score "
    "factor into local ranking)",
    "https://support.google.com/business/answer/7091",
    None,
)
ARD_ZDF_2025 = Source(
    "ARD/ZDF-Medienstudie 2025, Media Perspektiven: Social-Media-Plattformen in Deutschland",
    "https://www.media-perspektiven.de/mediaperspektiven-themenwelten/themamediennutzung/social-media/"
    "social-media-plattformen-in-deutschland-nutzungsmuster-und-dynamiken",
    2025,
)
JIM_2025 = Source(
    "JIM-Studie 2025 (mpfs), summary by kinderrechte.digital",
    "https://www.kinderrechte.digital/hintergrund/detail/jim-studie-2025-jugend-information-medien",
    2025,
)
LINKEDIN_MITTELSTAND = Source(
    "In A Nutshell / LMU München: Mittelständische Unternehmen unterschätzen LinkedIn",
    "https://die-deutsche-wirtschaft.de/mittelstaendische-unternehmen-unterschaetzen-linkedin",
    None,
)
LINKEDIN_DACH = Source(
    "socialmediastatistik.de: LinkedIn Nutzerzahlen DACH",
    "https://socialmediastatistik.de/linkedin-nutzerzahlen-dach",
    2024,
)
BRAO = Source(
    "Huff in Gaier/Wolf/Göcken, Anwaltliches Berufsrecht: § 43b BRAO – Werbung",
    "https://www.anwalt-suchservice.de/fuer_anwaelte/43b_brao_-_werbung_26657.html",
    2020,
)
HWG = Source(
    "Heilmittelwerbegesetz § 11 (text of the provision, omsels.info)",
    "https://omsels.info/die-verbote-oder-was-darf-ich-nicht/2-heilmittelwerbegesetz/11-hwg-werbung-ausserhalb-der-fachkreise",
    None,
)
MBO = Source(
    "§ 27 MBO-Ä: Erlaubte Information und berufswidrige Werbung",
    "https://www.deubner-steuern.de/produkte/steufaz/doc/-27-mbo-ae1997-erlaubte-information-und-berufswidrige-werbung-1131813",
    2006,
)
DSK_FANPAGES = Source(
    "ULD Schleswig-Holstein: Kurzgutachten der DSK zu Facebook-Fanpages (2022)",
    "https://datenschutzzentrum.de/artikel/1412-Kurzgutachten-zur-datenschutzrechtlichen-Konformitaet-des-Betriebs-von-Facebook-Fanpages.html",
    2022,
)
JIM_AT = Source(
    "Saferinternet.at Jugend-Internet-Monitor 2026 (11-17-year-olds in Austria), via medienmanager.at",
    "https://medienmanager.at/2026/01/jugend-internet-monitor-2026/",
    2026,
)
AT_TREND_REPORT = Source(
    "Oberösterreich Tourismus: Alles Social! (Social Media Trend Report Austria 2023)",
    "https://www.oberoesterreich-tourismus.at/ueber-uns/aktuelles/artikel/detail/7663/alles-social-.html",
    2023,
)
IGEM_2025 = Source(
    "IGEM-Digimonitor 2025 (internet users 15-75 in Switzerland)",
    "https://www.igem.ch/schwerpunkte/forschung/online",
    2025,
)
JAMES_2022 = Source(
    "JAMES-Studie 2022 (ZHAW/Swisscom), via 20 Minuten",
    "https://www.20min.ch/story/maedchen-sind-trendsetterinnen-bei-sozialen-netzwerken-279546499287",
    2022,
)
PEW_FACT_SHEET = Source(
    "Pew Research Center: Social Media Fact Sheet",
    "https://www.pewresearch.org/internet/fact-sheet/social-media/",
    None,
)


# --- building profiles -------------------------------------------------------------------------


def _strategy(
    name: str,
    country: str,
    sector: str,
    model: str,
    goals: list[tuple[str, str]],
    audiences: list[dict[str, Any]],
    hours: float,
    visit: bool | None = None,
    ads: float = 0,
    language: str = "de",
) -> Strategy:
    organisation: dict[str, Any] = {
        "name": name,
        "country": country,
        "business_model": model,
        "sector": sector,
    }
    if visit is not None:
        organisation["customers_visit"] = visit
    return Strategy.model_validate(
        {
            "language": language,
            "title": name,
            "organisation": organisation,
            "goals": [
                {"id": f"g{i}", "type": kind, "statement": kind, "priority": priority}
                for i, (kind, priority) in enumerate(goals)
            ],
            "audiences": [{"id": f"a{i}", "name": f"Audience {i}", **a} for i, a in enumerate(audiences)],
            "resources": {
                "team": [{"id": "t", "name": "Team", "hours_per_week": hours}],
                "budget": [{"category": "ads", "monthly_amount": ads}],
            },
        }
    )


def _ages(kind: str, low: int, high: int) -> dict[str, Any]:
    return {"kind": kind, "age_min": low, "age_max": high}


def _rank(result: Recommendation, platform: str) -> int:
    return result.get(platform).rank


def _verdict(result: Recommendation, platform: str) -> str:
    return result.get(platform).verdict


def _social(result: Recommendation) -> list[str]:
    owned = {"website", "newsletter", "google_business_profile"}
    return [p.platform for p in result.platforms if p.platform not in owned]


def _has_legal_note(result: Recommendation, platform: str) -> bool:
    return any(n.kind == "legal" for n in result.get(platform).notes)


# --- the cases ---------------------------------------------------------------------------------

CASES: tuple[Case, ...] = (
    Case(
        "physio-practice-munich",
        "DE",
        "therapy",
        "Google Business Profile comes first, ahead of every social network.",
        "Patients search for a practice nearby and book there; reviews decide among the results.",
        GOOGLE_LOCAL,
        lambda: _strategy(
            "Physiopraxis Isar",
            "DE",
            "therapy",
            "b2c",
            [("reach_customers", "high"), ("reputation", "medium")],
            [_ages("consumers", 30, 69)],
            3,
            visit=True,
        ),
        lambda r: r.platforms[0].platform == "google_business_profile",
    ),
    Case(
        "dental-practice-hamburg",
        "DE",
        "medical",
        "Google Business Profile is recommended, and every platform carries the doctors' advertising rules.",
        "A practice is chosen nearby; § 27 MBO-Ä allows factual information but no advertising that is "
        "against professional standards.",
        MBO,
        lambda: _strategy(
            "Zahnarztpraxis Elbe",
            "DE",
            "medical",
            "b2c",
            [("reach_customers", "high"), ("customer_service", "medium")],
            [_ages("consumers", 25, 65)],
            4,
            visit=True,
        ),
        lambda r: _verdict(r, "google_business_profile") == "recommended" and _has_legal_note(r, "instagram"),
    ),
    Case(
        "pharmacy-leipzig",
        "DE",
        "pharmacy",
        "Google Business Profile is recommended, with the Heilmittelwerbegesetz as a note.",
        "Customers look up opening hours and emergency service nearby; § 11 HWG limits advertising to "
        "the public.",
        HWG,
        lambda: _strategy(
            "Löwen-Apotheke",
            "DE",
            "pharmacy",
            "b2c",
            [("reach_customers", "high"), ("customer_service", "high")],
            [_ages("consumers", 30, 75)],
            3,
            visit=True,
        ),
        lambda r: (
            _verdict(r, "google_business_profile") == "recommended"
            and _has_legal_note(r, "google_business_profile") | _has_legal_note(r, "facebook")
        ),
    ),
    Case(
        "hair-salon-cologne",
        "DE",
        "retail",
        "Instagram and Google Business Profile are recommended; LinkedIn and XING are not.",
        "Instagram is the most used network of the under-50s; bookings start with a search nearby.",
        ARD_ZDF_2025,
        lambda: _strategy(
            "Salon Dom",
            "DE",
            "retail",
            "b2c",
            [("reach_customers", "high"), ("reputation", "medium")],
            [_ages("consumers", 18, 45)],
            5,
            visit=True,
        ),
        lambda r: (
            _verdict(r, "instagram") == "recommended"
            and _verdict(r, "google_business_profile") == "recommended"
            and _verdict(r, "linkedin") == "not_recommended"
            and _verdict(r, "xing") == "not_recommended"
        ),
    ),
    Case(
        "law-firm-berlin",
        "DE",
        "legal",
        "Every platform of a law firm carries the note on § 43b BRAO.",
        "Lawyers may advertise only with factual information about their services.",
        BRAO,
        lambda: _strategy(
            "Kanzlei Spree",
            "DE",
            "legal",
            "b2c",
            [("reputation", "high"), ("reach_customers", "medium")],
            [_ages("consumers", 30, 65)],
            4,
            visit=True,
        ),
        lambda r: all(_has_legal_note(r, p) for p in ("instagram", "linkedin", "facebook")),
    ),
    Case(
        "machine-builder-stuttgart",
        "DE",
        "manufacturing",
        "LinkedIn leads the social networks; TikTok and Snapchat are not recommended.",
        "Buyers and engineers follow suppliers on LinkedIn; mid-sized firms underuse it.",
        LINKEDIN_MITTELSTAND,
        lambda: _strategy(
            "Präzisionstechnik Neckar GmbH",
            "DE",
            "manufacturing",
            "b2b",
            [("sales_support", "high"), ("recruiting", "medium")],
            [_ages("business_buyers", 30, 60), _ages("candidates", 25, 45)],
            8,
            visit=False,
        ),
        lambda r: (
            _social(r)[0] == "linkedin"
            and _verdict(r, "tiktok") != "recommended"
            and _verdict(r, "snapchat") == "not_recommended"
        ),
    ),
    Case(
        "software-startup-berlin",
        "DE",
        "it_software",
        "No Google Business Profile; LinkedIn is recommended.",
        "Customers of a SaaS firm never come to its office; LinkedIn has over 20 million members in DACH.",
        LINKEDIN_DACH,
        lambda: _strategy(
            "Cloudwerk GmbH",
            "DE",
            "it_software",
            "b2b",
            [("sales_support", "high"), ("awareness", "medium")],
            [_ages("business_buyers", 28, 55)],
            10,
            visit=False,
        ),
        lambda r: (
            _verdict(r, "google_business_profile") == "not_recommended"
            and _verdict(r, "linkedin") == "recommended"
        ),
    ),
    Case(
        "apprenticeships-for-teenagers",
        "DE",
        "craft",
        "Instagram and TikTok rank above Facebook and LinkedIn.",
        "Among 12-19-year-olds Instagram (63 %) and TikTok (53 %) are used regularly; Facebook barely.",
        JIM_2025,
        lambda: _strategy(
            "Elektro Weber",
            "DE",
            "craft",
            "b2c",
            [("recruiting", "high")],
            [_ages("candidates", 15, 19)],
            6,
            visit=True,
        ),
        lambda r: (
            max(_rank(r, "instagram"), _rank(r, "tiktok")) < min(_rank(r, "facebook"), _rank(r, "linkedin"))
        ),
        known_gap="ARD/ZDF's youngest band is 14-29, coarser than 15-19: Facebook's 34 % of the 14-29s "
        "stands for teenagers, and JIM's youth figures are a metric of their own; Facebook's editorial "
        "fit then puts it above TikTok.",
    ),
    Case(
        "town-hall",
        "DE",
        "public_sector",
        "A Facebook page carries the data-protection note for public bodies.",
        "The data-protection conference considers fan pages not operable in conformity; public bodies "
        "must act.",
        DSK_FANPAGES,
        lambda: _strategy(
            "Stadt Beispielhausen",
            "DE",
            "public_sector",
            "public",
            [("customer_service", "high"), ("awareness", "medium")],
            [_ages("citizens", 18, 80)],
            10,
            visit=True,
        ),
        lambda r: _has_legal_note(r, "facebook"),
    ),
    Case(
        "care-home-relatives",
        "DE",
        "other",
        "Facebook ranks above TikTok and Snapchat.",
        "Relatives in their forties to sixties use Facebook far more than TikTok or Snapchat.",
        ARD_ZDF_2025,
        lambda: _strategy(
            "Seniorenresidenz Linde",
            "DE",
            "other",
            "b2c",
            [("reputation", "high"), ("reach_customers", "medium")],
            [_ages("consumers", 45, 69)],
            5,
            visit=True,
        ),
        lambda r: _rank(r, "facebook") < min(_rank(r, "tiktok"), _rank(r, "snapchat")),
    ),
    Case(
        "vienna-coffee-house",
        "AT",
        "food_hospitality",
        "Google Business Profile and Instagram are recommended; LinkedIn is not.",
        "Guests find a café on Google Maps and choose by its reviews.",
        GOOGLE_LOCAL,
        lambda: _strategy(
            "Café Ringstraße",
            "AT",
            "food_hospitality",
            "b2c",
            [("reach_customers", "high"), ("reputation", "medium")],
            [_ages("consumers", 20, 60)],
            5,
            visit=True,
        ),
        lambda r: (
            _verdict(r, "google_business_profile") == "recommended"
            and _verdict(r, "instagram") == "recommended"
            and _verdict(r, "linkedin") == "not_recommended"
        ),
    ),
    Case(
        "austrian-youth-work",
        "AT",
        "association",
        "Instagram ranks above Facebook and LinkedIn; Facebook is not recommended outright.",
        "Austrian 11-17-year-olds use WhatsApp, YouTube, Instagram, TikTok and Snapchat; Facebook hardly.",
        JIM_AT,
        lambda: _strategy(
            "Jugendzentrum Graz",
            "AT",
            "association",
            "nonprofit",
            [("community", "high"), ("awareness", "medium")],
            [_ages("members", 12, 17)],
            6,
            visit=True,
        ),
        lambda r: (
            _rank(r, "instagram") < min(_rank(r, "facebook"), _rank(r, "linkedin"))
            and _verdict(r, "facebook") != "recommended"
        ),
        known_gap="Austria's reach metric (GWI regular use) has totals only, no age bands, so the "
        "recommendation cannot tell teenagers from adults; the Jugend-Internet-Monitor is a youth "
        "metric of its own.",
    ),
    Case(
        "austrian-supplier",
        "AT",
        "manufacturing",
        "LinkedIn ranks above Instagram, TikTok and Snapchat.",
        "LinkedIn has 1.85 million users in Austria, most of them of working age; it is where buyers are.",
        AT_TREND_REPORT,
        lambda: _strategy(
            "Stahlbau Linz GmbH",
            "AT",
            "manufacturing",
            "b2b",
            [("sales_support", "high"), ("recruiting", "medium")],
            [_ages("business_buyers", 30, 60)],
            8,
            visit=False,
        ),
        lambda r: _rank(r, "linkedin") < min(_rank(r, p) for p in ("instagram", "tiktok", "snapchat")),
    ),
    Case(
        "tyrolean-hotel",
        "AT",
        "accommodation",
        "Instagram and Google Business Profile are recommended; XING is not.",
        "Guests look at pictures before they book and find the hotel on the map.",
        GOOGLE_LOCAL,
        lambda: _strategy(
            "Alpenhof Tirol",
            "AT",
            "accommodation",
            "b2c",
            [("reach_customers", "high"), ("sales", "medium")],
            [_ages("consumers", 25, 65)],
            8,
            visit=True,
            ads=200,
        ),
        lambda r: (
            _verdict(r, "instagram") == "recommended"
            and _verdict(r, "google_business_profile") == "recommended"
            and _verdict(r, "xing") == "not_recommended"
        ),
    ),
    Case(
        "zurich-bank-recruiting",
        "CH",
        "finance",
        "LinkedIn is recommended and ranks above TikTok and Snapchat.",
        "43 % of Swiss internet users use LinkedIn at least occasionally, more than TikTok (22 %).",
        IGEM_2025,
        lambda: _strategy(
            "Bank am See AG",
            "CH",
            "finance",
            "b2c",
            [("recruiting", "high"), ("reputation", "medium")],
            [_ages("candidates", 25, 45)],
            10,
            visit=True,
        ),
        lambda r: (
            _verdict(r, "linkedin") == "recommended"
            and _rank(r, "linkedin") < min(_rank(r, "tiktok"), _rank(r, "snapchat"))
        ),
    ),
    Case(
        "swiss-bakery",
        "CH",
        "food_hospitality",
        "Google Business Profile and Instagram are recommended and rank above LinkedIn; XING is not.",
        "Instagram is the most used network of Swiss internet users (63 %); the shop is found nearby.",
        IGEM_2025,
        lambda: _strategy(
            "Bäckerei Aare",
            "CH",
            "food_hospitality",
            "b2c",
            [("reach_customers", "high"), ("community", "medium")],
            [_ages("consumers", 25, 65)],
            5,
            visit=True,
        ),
        lambda r: (
            _verdict(r, "google_business_profile") == "recommended"
            and _verdict(r, "instagram") == "recommended"
            and max(_rank(r, "google_business_profile"), _rank(r, "instagram")) < _rank(r, "linkedin")
            and _verdict(r, "xing") == "not_recommended"
        ),
    ),
    Case(
        "swiss-streetwear-brand",
        "CH",
        "ecommerce",
        "Instagram ranks above Facebook and LinkedIn; no Google Business Profile.",
        "Swiss teenagers use Instagram (81 %), Snapchat and TikTok; an online shop has no place to visit.",
        JAMES_2022,
        lambda: _strategy(
            "Rhein Threads",
            "CH",
            "ecommerce",
            "b2c",
            [("sales", "high"), ("awareness", "medium")],
            [_ages("consumers", 15, 24)],
            10,
            visit=False,
            ads=300,
        ),
        lambda r: (
            _rank(r, "instagram") < min(_rank(r, "facebook"), _rank(r, "linkedin"))
            and _verdict(r, "google_business_profile") == "not_recommended"
        ),
    ),
    Case(
        "us-dental-clinic",
        "US",
        "medical",
        "Google Business Profile comes first.",
        "Patients choose a dentist nearby by search results and reviews.",
        GOOGLE_LOCAL,
        lambda: _strategy(
            "Maple Dental",
            "US",
            "medical",
            "b2c",
            [("reach_customers", "high"), ("reputation", "high")],
            [_ages("consumers", 25, 64)],
            4,
            visit=True,
            language="en",
        ),
        lambda r: r.platforms[0].platform == "google_business_profile",
    ),
    Case(
        "us-b2b-software",
        "US",
        "it_software",
        "LinkedIn is recommended and ranks above TikTok, Snapchat and Pinterest.",
        "Pew finds LinkedIn used most by college graduates and working-age adults; buyers are there.",
        PEW_FACT_SHEET,
        lambda: _strategy(
            "Northwind Analytics",
            "US",
            "it_software",
            "b2b",
            [("sales_support", "high"), ("awareness", "medium")],
            [_ages("business_buyers", 28, 60)],
            12,
            visit=False,
            language="en",
        ),
        lambda r: (
            _verdict(r, "linkedin") == "recommended"
            and _rank(r, "linkedin") < min(_rank(r, p) for p in ("tiktok", "snapchat", "pinterest"))
        ),
    ),
    Case(
        "us-fashion-for-young-adults",
        "US",
        "ecommerce",
        "Instagram ranks above Facebook; TikTok and Snapchat are recommended; LinkedIn and X are not.",
        "Among Americans 18-29 more use Instagram than Facebook, and most use TikTok and Snapchat; far "
        "fewer use LinkedIn and X.",
        PEW_FACT_SHEET,
        lambda: _strategy(
            "Sunset Apparel",
            "US",
            "ecommerce",
            "b2c",
            [("sales", "high"), ("awareness", "high")],
            [_ages("consumers", 18, 29)],
            12,
            visit=False,
            ads=500,
            language="en",
        ),
        lambda r: (
            _rank(r, "instagram") < _rank(r, "facebook")
            and _verdict(r, "tiktok") == "recommended"
            and _verdict(r, "snapchat") == "recommended"
            and _verdict(r, "linkedin") != "recommended"
            and _verdict(r, "x") != "recommended"
        ),
    ),
    Case(
        "us-retirement-community",
        "US",
        "accommodation",
        "Facebook ranks above TikTok and Snapchat.",
        "Among Americans 65 and older Facebook is used far more than TikTok or Snapchat.",
        PEW_FACT_SHEET,
        lambda: _strategy(
            "Oak Grove Living",
            "US",
            "accommodation",
            "b2c",
            [("reach_customers", "high"), ("reputation", "medium")],
            [_ages("consumers", 60, 85)],
            6,
            visit=True,
            language="en",
        ),
        lambda r: _rank(r, "facebook") < min(_rank(r, "tiktok"), _rank(r, "snapchat")),
    ),
    Case(
        "us-diner-with-three-hours",
        "US",
        "food_hospitality",
        "Google Business Profile is recommended; TikTok is not recommended outright.",
        "With three hours a week a diner keeps its profile and reviews current; video takes more.",
        GOOGLE_LOCAL,
        lambda: _strategy(
            "Route 9 Diner",
            "US",
            "food_hospitality",
            "b2c",
            [("reach_customers", "high"), ("reputation", "medium")],
            [_ages("consumers", 18, 64)],
            3,
            visit=True,
            language="en",
        ),
        lambda r: (
            _verdict(r, "google_business_profile") == "recommended" and _verdict(r, "tiktok") != "recommended"
        ),
    ),
)
