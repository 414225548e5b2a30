"""Every strategy the schema accepts renders every page of the workshop and every export: no
value a user can save may give a 500 to the people who read it (#15)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from socialstrategy.core.process import STEPS
from socialstrategy.web.strategies import services
from socialstrategy.web.strategies.store import create_strategy
from tests.core.test_fileformat import strategies
from tests.web.conftest import client_for

EVERY_PAGE = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.data_too_large],
)


def _pages(pk: int) -> list[str]:
    steps = [f"/s/{pk}/step/{step.identifier}/" for step in STEPS]
    return [f"/s/{pk}/", f"/s/{pk}/check/", f"/s/{pk}/history/", *steps]


@EVERY_PAGE
@given(document=strategies)
def test_every_page_and_every_export_of_a_valid_strategy_answers(personas, document):
    strategy = create_strategy(personas["home"], document, personas["users"]["alice"], "Generated")
    client = client_for("alice")
    for url in _pages(strategy.pk):
        assert client.get(url).status_code == 200, url
    for export in services.exports():
        response = client.get(f"/s/{strategy.pk}/export/{export.key}/")
        assert response.status_code == 200, export.key
