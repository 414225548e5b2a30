"""The organisation's time zone, from its country and region (ISO 3166-2 such as ``US-OH``).

Every time in the editorial calendar is a wall-clock time in this zone; the exports write it with
its offset (CSV) or its VTIMEZONE (iCalendar).

>>> from socialstrategy.core.model import Strategy
>>> time_zone(Strategy(organisation={"name": "x", "country": "US", "region": "US-CA"})).key
'America/Los_Angeles'
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from zoneinfo import ZoneInfo

from socialstrategy.core.model import Strategy
from socialstrategy.core.planning._data import load_data
from socialstrategy.core.planning.calendar import holiday_region

UTC = ZoneInfo("UTC")


def time_zone(strategy: Strategy) -> ZoneInfo:
    """The zone of the organisation's region, else its country, else UTC (no country given)."""
    country, subdivision = holiday_region(strategy)
    key = _zone_key(country or "", subdivision or "")
    return ZoneInfo(key) if key else UTC


def has_time_zone(strategy: Strategy) -> bool:
    """True when the organisation's country gives the zone (else the calendar is in UTC)."""
    country, subdivision = holiday_region(strategy)
    return _zone_key(country or "", subdivision or "") is not None


@cache
def _zone_key(country: str, subdivision: str) -> str | None:
    if not country:
        return None
    data = load_data("zones.yaml")
    by_region = data["subdivisions"].get(country, {})
    if subdivision in by_region.get("own", {}):
        return str(by_region["own"][subdivision])
    for name, codes in by_region.items():
        if name not in ("own", "zones") and subdivision in codes:
            return str(by_region["zones"][name])
    return data["countries"].get(country) or _first_zone(country)


@cache
def _first_zone(country: str) -> str | None:
    """The first zone tzdata's ``zone.tab`` lists for the country (its principal one)."""
    table = resources.files("tzdata").joinpath("zoneinfo", "zone.tab").read_text(encoding="utf-8")
    for line in table.splitlines():
        fields = line.split("\t")
        if not line.startswith("#") and len(fields) >= 3 and fields[0] == country:
            return fields[2]
    return None
