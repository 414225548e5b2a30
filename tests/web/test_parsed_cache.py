"""Each version of a strategy is decoded and validated once per process, and never goes stale."""

from __future__ import annotations

from unittest import mock

import pytest

from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import make_document


@pytest.mark.parametrize("title", ["Plain title", "Tab\tand NUL\x00 inside"])
def test_a_saved_version_loads_what_a_fresh_validation_of_the_stored_document_gives(personas, title):
    strategy = personas["strategy"]
    saved = save_document(strategy, make_document(title=title), 1, None, "x")
    fresh = Strategy.objects.get(pk=strategy.pk)
    assert fresh.version == saved.version == 2
    assert fresh.document == saved.document
    assert saved.load() == fresh.load() == StrategyDocument.model_validate(fresh.document)
    assert "\x00" not in fresh.load().title


def test_reading_the_same_version_twice_validates_it_once(personas, bob):
    url = f"/s/{personas['strategy'].pk}/check/?step=goals"
    with mock.patch.object(StrategyDocument, "model_validate", wraps=StrategyDocument.model_validate) as spy:
        bob.get(url)
        from django.core.cache import cache

        cache.clear()  # the rendered panel is gone; the parsed document is not
        bob.get(url)
    assert spy.call_count == 1


def test_a_document_changed_outside_the_store_is_not_served_from_the_cache(personas, bob):
    strategy = personas["strategy"]
    url = f"/s/{strategy.pk}/step/organisation/"
    bob.get(url)
    strategy.document = {**strategy.document, "title": "Changed behind the store's back"}
    strategy.save()  # same version, but a new `updated`
    assert "Changed behind the store" in bob.get(url).content.decode()
