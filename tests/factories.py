"""Test fixtures as plain functions: a small, complete strategy and the demos.

``make_strategy()`` passes the strategy check without errors, so a test changes one thing and
looks for the one finding it expects::

    strategy = make_strategy(goals=[{"id": "g1", "type": "sales", "statement": "Sell"}])
"""

from __future__ import annotations

import copy
from typing import Any

from socialstrategy.core.demos import list_demos
from socialstrategy.core.demos import load_demo as _load_demo
from socialstrategy.core.model import Strategy

__all__ = ["DEMOS", "load_demo", "make_strategy", "strategy_data"]

DEMOS = tuple(list_demos())

_BASE: dict[str, Any] = {
    "schema_version": 1,
    "language": "en",
    "title": "Test strategy",
    "organisation": {
        "name": "Acme Tools Ltd",
        "sector": "manufacturing",
        "business_model": "b2b",
        "country": "GB",
        "principles": [
            {"id": "honest", "statement": "We only promise what we deliver.", "tone": ["honest"]},
        ],
    },
    "corporate_objectives": [{"id": "o1", "statement": "Grow sales by 10%", "due": "2027-12-31"}],
    "goals": [
        {
            "id": "g1",
            "type": "sales_support",
            "statement": "Support the sales team with leads",
            "serves": ["o1"],
            "kpis": [
                {
                    "id": "k-leads",
                    "metric": "Leads",
                    "measure": "custom",
                    "platform": "linkedin",
                    "baseline": 10,
                    "target": 30,
                    "due": "2027-12-31",
                }
            ],
        }
    ],
    "audiences": [
        {
            "id": "buyers",
            "name": "Buyers",
            "kind": "business_buyers",
            "age_min": 25,
            "age_max": 65,
            "roles": ["Purchasing manager"],
        },
    ],
    "platforms": [
        {
            "platform": "linkedin",
            "status": "use",
            "rationale": "Where buyers are",
            "audiences": ["buyers"],
            "goals": ["g1"],
            "posts_per_week": 2,
            "formats": ["image"],
        },
        {"platform": "tiktok", "status": "reject", "rationale": "No buyers there"},
        {"platform": "newsletter", "status": "observe", "rationale": "Later"},
    ],
    "community": {
        "tone": ["honest", "helpful"],
        "emoji_policy": "none",
        "response_time_hours": 24,
        "netiquette": "Be kind.",
    },
    "marketing_mix": {
        element: {"current_state": "Known", "social_role": "Show it", "goals": ["g1"]}
        for element in ("product", "price", "place", "promotion")
    },
    "resources": {
        "team": [
            {
                "id": "ann",
                "name": "Ann",
                "role": "Marketing",
                "hours_per_week": 6,
                "competences": {"copywriting": 3, "platform_linkedin": 3},
            },
        ],
        "budget": [{"category": "ads", "monthly_amount": 100, "currency": "GBP"}],
        "tools": [{"name": "Buffer", "purpose": "Scheduling"}],
    },
    "guidelines": {
        "spokespeople": ["ann"],
        "sections": [{"key": "conduct", "title": "Conduct", "body": "Be yourself."}],
    },
    "crisis": {
        "contacts": [{"role": "Decides", "member": "ann", "phone": "+44 20 0000 0000"}],
        "levels": [{"id": "crisis", "name": "Crisis", "responsible": "ann", "response_time_hours": 1}],
    },
    "content": {
        "pillars": [{"id": "cases", "name": "Customer cases", "goals": ["g1"], "share": 100}],
        "calendar": [
            {
                "date": "2027-01-11",
                "platform": "linkedin",
                "pillar": "cases",
                "format": "image",
                "goal": "g1",
                "title": "Case study",
                "owner": "ann",
            },
        ],
    },
}


def strategy_data(**overrides: Any) -> dict[str, Any]:
    """The data of :func:`make_strategy`, as a fresh dictionary to change before validating."""
    return copy.deepcopy(_BASE) | copy.deepcopy(overrides)


def make_strategy(**overrides: Any) -> Strategy:
    """A small strategy without check errors; keyword arguments replace top-level sections."""
    return Strategy.model_validate(strategy_data(**overrides))


def load_demo(name: str) -> Strategy:
    """A fresh copy of a demo strategy (``bakery`` or ``sensors``)."""
    return _load_demo(name)
