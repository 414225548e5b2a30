"""Realistic strategy profiles for the recommendation tests (plain functions, as in tests/factories.py)."""

from __future__ import annotations

from typing import Any

from socialstrategy.core.model import Strategy


def _strategy(**data: Any) -> Strategy:
    return Strategy.model_validate({"title": data.get("organisation", {}).get("name", ""), **data})


def _team(hours: float) -> list[dict[str, Any]]:
    return [{"id": "owner", "name": "Owner", "hours_per_week": hours}]


def local_cafe() -> Strategy:
    return _strategy(
        language="de",
        community={"address": "du"},
        organisation={
            "name": "Café Sonne",
            "country": "DE",
            "city": "Freiburg",
            "business_model": "b2c",
            "sector": "food_hospitality",
        },
        goals=[
            {
                "id": "guests",
                "type": "reach_customers",
                "statement": "More guests in the afternoon",
                "priority": "high",
            },
            {
                "id": "regulars",
                "type": "community",
                "statement": "Keep regulars coming back",
                "priority": "medium",
            },
        ],
        audiences=[
            {"id": "students", "name": "Students", "kind": "consumers", "age_min": 18, "age_max": 29},
            {"id": "families", "name": "Families", "kind": "consumers", "age_min": 30, "age_max": 49},
        ],
        resources={"team": _team(4), "budget": [{"category": "ads", "monthly_amount": 0}]},
    )


def craft_business_seeking_apprentices() -> Strategy:
    return _strategy(
        language="de",
        organisation={
            "name": "Schreinerei Holz",
            "country": "DE",
            "city": "Kassel",
            "business_model": "b2c",
            "sector": "craft",
        },
        goals=[
            {
                "id": "apprentices",
                "type": "recruiting",
                "statement": "Two apprentices for next autumn",
                "priority": "high",
            },
            {
                "id": "orders",
                "type": "reach_customers",
                "statement": "More kitchen orders",
                "priority": "medium",
            },
        ],
        audiences=[
            {
                "id": "school-leavers",
                "name": "School leavers",
                "kind": "candidates",
                "age_min": 15,
                "age_max": 20,
            },
            {"id": "homeowners", "name": "Homeowners", "kind": "consumers", "age_min": 35, "age_max": 65},
        ],
        resources={"team": _team(6), "budget": [{"category": "ads", "monthly_amount": 100}]},
    )


def industrial_b2b_supplier() -> Strategy:
    return _strategy(
        language="en",
        organisation={
            "name": "Sensorik AG",
            "country": "DE",
            "city": "Reutlingen",
            "business_model": "b2b",
            "sector": "manufacturing",
        },
        goals=[
            {
                "id": "leads",
                "type": "sales_support",
                "statement": "Support sales with application know-how",
                "priority": "high",
            },
            {
                "id": "expert",
                "type": "reputation",
                "statement": "Be seen as the expert for industrial sensors",
                "priority": "medium",
            },
            {
                "id": "engineers",
                "type": "recruiting",
                "statement": "Hire five engineers",
                "priority": "medium",
            },
        ],
        audiences=[
            {
                "id": "buyers",
                "name": "Purchasing and engineering leads",
                "kind": "business_buyers",
                "age_min": 30,
                "age_max": 60,
            },
            {"id": "engineers", "name": "Engineers", "kind": "candidates", "age_min": 25, "age_max": 45},
        ],
        resources={"team": _team(10), "budget": [{"category": "ads", "monthly_amount": 500}]},
    )


def tax_advisers() -> Strategy:
    return _strategy(
        language="de",
        organisation={
            "name": "Steuerkanzlei Berg",
            "country": "DE",
            "city": "Münster",
            "business_model": "b2b",
            "sector": "tax_advice",
        },
        goals=[
            {
                "id": "trust",
                "type": "reputation",
                "statement": "Be known as the tax office for family businesses",
                "priority": "high",
            },
            {
                "id": "clients",
                "type": "reach_customers",
                "statement": "Ten new business clients a year",
                "priority": "medium",
            },
        ],
        audiences=[
            {
                "id": "owners",
                "name": "Owners of family businesses",
                "kind": "business_buyers",
                "age_min": 35,
                "age_max": 65,
            }
        ],
        resources={"team": _team(5)},
    )


def ecommerce_brand_for_young_adults() -> Strategy:
    return _strategy(
        language="en",
        organisation={
            "name": "Glow Cosmetics",
            "country": "DE",
            "city": "Berlin",
            "business_model": "b2c",
            "sector": "ecommerce",
        },
        goals=[
            {"id": "sales", "type": "sales", "statement": "Grow online sales by 30%", "priority": "high"},
            {
                "id": "known",
                "type": "awareness",
                "statement": "Become known among young adults",
                "priority": "high",
            },
        ],
        audiences=[
            {"id": "young", "name": "Young adults", "kind": "consumers", "age_min": 18, "age_max": 29}
        ],
        resources={"team": _team(25), "budget": [{"category": "ads", "monthly_amount": 2000}]},
    )


def charity() -> Strategy:
    return _strategy(
        language="de",
        organisation={
            "name": "Tafel Nord e.V.",
            "country": "DE",
            "city": "Hamburg",
            "business_model": "nonprofit",
            "sector": "nonprofit",
        },
        goals=[
            {
                "id": "volunteers",
                "type": "community",
                "statement": "Keep volunteers engaged",
                "priority": "high",
            },
            {"id": "known", "type": "awareness", "statement": "Make the work known", "priority": "medium"},
        ],
        audiences=[
            {"id": "donors", "name": "Donors", "kind": "donors", "age_min": 50, "age_max": 75},
            {"id": "volunteers", "name": "Volunteers", "kind": "members", "age_min": 30, "age_max": 69},
        ],
        resources={"team": _team(8), "budget": [{"category": "other", "monthly_amount": 50}]},
    )


def public_body() -> Strategy:
    return _strategy(
        language="de",
        organisation={
            "name": "Stadt Musterhausen",
            "country": "DE",
            "city": "Musterhausen",
            "business_model": "public",
            "sector": "public_sector",
        },
        goals=[
            {
                "id": "service",
                "type": "customer_service",
                "statement": "Answer citizens' questions",
                "priority": "high",
            },
            {
                "id": "trust",
                "type": "reputation",
                "statement": "Be a trusted source in a crisis",
                "priority": "medium",
            },
        ],
        audiences=[{"id": "citizens", "name": "Citizens", "kind": "citizens", "age_min": 18, "age_max": 80}],
        resources={"team": _team(10)},
    )


def us_consumer_brand() -> Strategy:
    return _strategy(
        language="en",
        organisation={
            "name": "Trail Coffee",
            "country": "US",
            "city": "Denver",
            "business_model": "b2c",
            "sector": "retail",
        },
        goals=[{"id": "known", "type": "awareness", "statement": "Be known in Colorado", "priority": "high"}],
        audiences=[
            {"id": "adults", "name": "Adults 30-49", "kind": "consumers", "age_min": 30, "age_max": 49}
        ],
        resources={"team": _team(8)},
    )


def large_strategy(audiences: int = 10) -> Strategy:
    """A strategy with many audiences and all nine goal types (for the benchmark)."""
    from socialstrategy.core.model import GOAL_TYPES

    kinds = ["consumers", "business_buyers", "candidates", "members", "citizens"]
    return _strategy(
        language="de",
        organisation={
            "name": "Big GmbH",
            "country": "DE",
            "city": "Köln",
            "business_model": "b2b2c",
            "sector": "retail",
        },
        goals=[
            {"id": f"g{i}", "type": t, "statement": t, "priority": "medium"} for i, t in enumerate(GOAL_TYPES)
        ],
        audiences=[
            {
                "id": f"a{i}",
                "name": f"Audience {i}",
                "kind": kinds[i % len(kinds)],
                "age_min": 14 + 5 * i,
                "age_max": 30 + 5 * i,
                "region": ["DE", "US", "AT", "CH", "FR"][i % 5],
            }
            for i in range(audiences)
        ],
        resources={"team": _team(20), "budget": [{"category": "ads", "monthly_amount": 300}]},
    )
