"""Public holidays come from the `holidays` package, loading only the country that is asked for."""

import subprocess
import sys

import holidays
import pytest

from socialstrategy.core.planning.calendar import _country_holidays

CASES = [
    ("DE", "BY"),
    ("DE", "BW"),
    ("DE", None),
    ("AT", "9"),
    ("CH", "ZH"),
    ("US", "OH"),
    ("GB", None),
    ("FR", None),
    ("PR", None),
    ("AX", None),
]


@pytest.mark.parametrize(("country", "subdiv"), CASES)
def test_the_holidays_are_exactly_the_librarys(country, subdiv):
    ours = _country_holidays(country, subdiv, (2026, 2027), "en_US")
    theirs = holidays.country_holidays(country, subdiv=subdiv, years=(2026, 2027), language="en_US")
    assert dict(ours.items()) == dict(theirs.items())


def test_an_unknown_country_is_not_implemented():
    with pytest.raises(NotImplementedError):
        _country_holidays("ZZ", None, (2027,), "en_US")


def test_checking_a_german_calendar_does_not_import_every_country():
    code = (
        "import sys\n"
        "from socialstrategy.core.planning.calendar import _country_holidays\n"
        "days = _country_holidays('DE', 'BW', (2027,), 'de')\n"
        "print(len(days), sum(name.startswith('holidays.countries.') for name in sys.modules))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    count, modules = map(int, result.stdout.split())
    assert count >= 10
    assert modules == 1
