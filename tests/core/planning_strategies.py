"""Small strategies for the planning tests (plain functions, as in tests/factories.py)."""

from __future__ import annotations

import datetime as dt
from typing import Any

from socialstrategy.core.model import Strategy


def planning_strategy(**overrides: Any) -> Strategy:
    """A Bavarian bakery with two platforms, two people, three pillars and one event."""
    data: dict[str, Any] = {
        "language": "de",
        "title": "Bäckerei Sonnenschein",
        "organisation": {"name": "Bäckerei Sonnenschein", "country": "DE", "region": "DE-BY"},
        "corporate_objectives": [{"id": "o-revenue", "statement": "More revenue from the café"}],
        "goals": [
            {
                "id": "g-awareness",
                "type": "awareness",
                "statement": "Be known in town",
                "priority": "high",
                "serves": ["o-revenue"],
            },
            {
                "id": "g-recruiting",
                "type": "recruiting",
                "statement": "Find apprentices",
                "priority": "low",
                "serves": ["o-revenue"],
            },
        ],
        "platforms": [
            {
                "platform": "instagram",
                "status": "use",
                "posts_per_week": 3,
                "formats": ["image", "short_video"],
                "goals": ["g-awareness"],
                "account": "@sonnenschein",
            },
            {
                "platform": "facebook",
                "status": "use",
                "posts_per_week": 1,
                "formats": ["image"],
                "goals": ["g-recruiting"],
            },
        ],
        "marketing_mix": {
            "product": {"social_role": "Show the bread being made", "goals": ["g-awareness"]},
            "events": [
                {
                    "id": "e-stollen",
                    "date": "2026-12-10",
                    "title": "Stollen sale",
                    "kind": "sale",
                    "goals": ["g-awareness"],
                },
            ],
        },
        "resources": {
            "team": [
                {
                    "id": "anna",
                    "name": "Anna",
                    "hours_per_week": 6,
                    "competences": {"platform_instagram": 3, "photo": 3, "copywriting": 2},
                },
                {"id": "ben", "name": "Ben", "hours_per_week": 4, "competences": {"video": 2}},
            ],
            "budget": [{"category": "ads", "monthly_amount": 100}],
        },
        "content": {
            "pillars": [
                {"id": "p-craft", "name": "Handwerk", "share": 50, "goals": ["g-awareness"]},
                {"id": "p-team", "name": "Team", "share": 25, "goals": ["g-recruiting"]},
                {"id": "p-offers", "name": "Angebote", "share": 25},
            ],
        },
    }
    data.update(overrides)
    return Strategy.model_validate(data)


MONDAY = dt.date(2026, 11, 30)
