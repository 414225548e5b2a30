"""The organisation step asks whether customers come to the premises or book appointments."""

from __future__ import annotations


def test_the_organisation_step_asks_whether_customers_come_by(bob, personas):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/organisation/"
    page = bob.get(url).content.decode()
    assert 'name="organisation.customers_visit"' in page
    assert "Customers come to our premises or book appointments" in page
    data = {"version": "1", "organisation.name": "Praxis Berg", "organisation.customers_visit": "on"}
    assert bob.post(url, data).status_code == 302
    strategy.refresh_from_db()
    assert strategy.document["organisation"]["customers_visit"] is True
