"""Demo strategies for the text tests, until the core demos (``socialstrategy.core.demos``) land.

``bakery`` is a German café-bakery that says "du"; ``sensors`` an English-language B2B maker of
industrial sensors. :func:`in_variant` turns either into any text variant.
"""

from __future__ import annotations

from typing import Any

from socialstrategy.core.model import Strategy

BAKERY: dict[str, Any] = {
    "language": "de",
    "title": "Social-Media-Strategie Bäckerei Sonnenkorn",
    "organisation": {
        "name": "Bäckerei Sonnenkorn",
        "industry": "Bäckerei mit Café",
        "sector": "food_hospitality",
        "business_model": "b2c",
        "country": "DE",
        "city": "Freiburg",
        "employees": 14,
        "website": "sonnenkorn-baeckerei.de",
        "mission": "Ehrliches Brot aus regionalem Getreide, jeden Morgen frisch gebacken.",
        "principles": [
            {
                "id": "p-regional",
                "statement": "Wir backen mit Getreide aus der Region.",
                "tone": ["bodenständig"],
                "goals": ["g-community"],
            },
            {
                "id": "p-honest",
                "statement": "Wir sind ehrlich zu unseren Kundinnen und Kunden.",
                "guideline_sections": ["private_use"],
            },
        ],
    },
    "corporate_objectives": [
        {"id": "o-cafe", "statement": "Das Café am Vormittag besser auslasten."},
        {"id": "o-staff", "statement": "Zwei Auszubildende pro Jahr gewinnen."},
    ],
    "goals": [
        {
            "id": "g-community",
            "type": "community",
            "statement": "Stammkundschaft in Freiburg an uns binden.",
            "serves": ["o-cafe"],
        },
        {
            "id": "g-recruiting",
            "type": "recruiting",
            "statement": "Azubis für das Bäckerhandwerk begeistern.",
            "serves": ["o-staff"],
        },
    ],
    "platforms": [
        {"platform": "instagram", "status": "use", "account": "@sonnenkorn.freiburg"},
        {"platform": "google_business_profile", "status": "use", "account": "Bäckerei Sonnenkorn"},
        {"platform": "tiktok", "status": "test"},
        {"platform": "x", "status": "reject"},
    ],
    "community": {
        "address": "du",
        "use_ihr_for_groups": True,
        "tone": ["herzlich", "bodenständig", "humorvoll", "mehlig"],
        "emoji_policy": "sparing",
        "response_time_hours": 24,
        "response_times": {"instagram": 8},
        "netiquette": "Bei uns geht es freundlich zu. Beleidigungen, Werbung und Hetze löschen wir.",
        "moderation_rules": [
            "Kritik bleibt stehen und wird beantwortet.",
            "Spam wird ohne Rückfrage entfernt.",
        ],
    },
    "resources": {
        "team": [
            {
                "id": "lena",
                "name": "Lena Maurer",
                "role": "Inhaberin",
                "hours_per_week": 2,
                "competences": {"strategy": 4, "crisis_communication": 3, "law_privacy": 2},
                "email": "lena@sonnenkorn-baeckerei.de",
                "phone": "0761 123456",
            },
            {
                "id": "tim",
                "name": "Tim Berger",
                "role": "Bäckergeselle",
                "hours_per_week": 3,
                "competences": {
                    "photo": 4,
                    "video": 3,
                    "platform_instagram": 4,
                    "platform_tiktok": 4,
                    "community_management": 3,
                },
                "email": "tim@sonnenkorn-baeckerei.de",
            },
        ]
    },
    "guidelines": {"spokespeople": ["lena"]},
}

SENSORS: dict[str, Any] = {
    "language": "en",
    "title": "Social media strategy Keller Sensorik",
    "organisation": {
        "name": "Keller Sensorik",
        "industry": "industrial sensors",
        "sector": "manufacturing",
        "business_model": "b2b",
        "country": "DE",
        "city": "Stuttgart",
        "employees": 180,
        "website": "keller-sensorik.com",
        "mission": "Precise, robust sensors that keep production lines running.",
        "principles": [
            {
                "id": "p-transparency",
                "statement": "We are transparent about what our products can and cannot do.",
                "tone": ["factual"],
            },
            {
                "id": "p-sustainability",
                "statement": "We build for sustainability: long-lived, repairable sensors.",
            },
        ],
    },
    "corporate_objectives": [{"id": "o-export", "statement": "Grow export revenue by 15 % by 2027."}],
    "goals": [
        {
            "id": "g-leads",
            "type": "sales_support",
            "statement": "Generate qualified leads from plant engineers.",
            "serves": ["o-export"],
        },
        {"id": "g-recruit", "type": "recruiting", "statement": "Attract electrical engineers.", "serves": []},
    ],
    "platforms": [
        {"platform": "linkedin", "status": "use", "account": "Keller Sensorik GmbH"},
        {"platform": "youtube", "status": "use", "account": "@kellersensorik"},
        {"platform": "newsletter", "status": "test"},
    ],
    "community": {
        "address": "sie",
        "tone": ["competent", "factual", "helpful"],
        "emoji_policy": "none",
        "response_time_hours": 1,
    },
    "resources": {
        "team": [
            {
                "id": "anna",
                "name": "Anna Keller",
                "role": "Head of Marketing",
                "hours_per_week": 2,
                "competences": {"strategy": 5, "crisis_communication": 4},
                "email": "a.keller@keller-sensorik.com",
            },
            {
                "id": "jonas",
                "name": "Jonas Weber",
                "role": "Marketing Manager",
                "hours_per_week": 1,
                "competences": {"copywriting": 4, "platform_linkedin": 4, "community_management": 3},
            },
        ]
    },
    "crisis": {
        "levels": [
            {
                "id": "routine",
                "name": "Routine criticism",
                "criteria": ["Single critical comments."],
                "responsible": "jonas",
            },
            {"id": "crisis", "name": "Crisis", "criteria": ["Press reports."]},
        ]
    },
}

DEMOS: dict[str, dict[str, Any]] = {"bakery": BAKERY, "sensors": SENSORS}


def demo(name: str) -> Strategy:
    return Strategy.model_validate(DEMOS[name])


def in_variant(strategy: Strategy, variant: str) -> Strategy:
    """The same strategy, switched to the language and address form of ``variant``."""
    data = strategy.model_dump()
    data["language"] = "en" if variant == "en" else "de"
    data.setdefault("community", None)
    community = data["community"] or {}
    community["address"] = "du" if variant == "de-du" else "sie"
    data["community"] = community
    return Strategy.model_validate(data)
