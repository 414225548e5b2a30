"""Deleting a strategy is recoverable: it waits in the workspace's trash for 30 days."""

from __future__ import annotations

import io
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from socialstrategy.web.strategies.models import Revision, Strategy
from socialstrategy.web.strategies.store import create_strategy
from tests.web.conftest import client_for, make_document


def _delete(client, strategy):
    return client.post(reverse("strategies:delete", args=[strategy.pk]))


def test_a_deleted_strategy_disappears_from_the_workspace_and_its_pages(personas, bob):
    strategy = personas["strategy"]
    response = _delete(bob, strategy)
    assert response.status_code == 302
    bob.get(response["Location"])  # shows (and so consumes) the "moved to the trash" message
    detail = bob.get(reverse("workspaces:detail", args=[personas["home"].pk]))
    assert strategy.title not in detail.content.decode()
    assert bob.get(reverse("strategies:overview", args=[strategy.pk])).status_code == 404
    assert bob.get(reverse("strategies:export", args=[strategy.pk, "yaml"])).status_code == 404


def test_a_deleted_strategy_is_listed_in_the_trash_and_can_be_restored_with_its_history(personas, alice):
    strategy = personas["strategy"]
    revisions = Revision.objects.filter(strategy=strategy).count()
    _delete(alice, strategy)
    trash = alice.get(reverse("strategies:trash", args=[personas["home"].pk]))
    assert strategy.title in trash.content.decode()
    response = alice.post(reverse("strategies:undelete", args=[personas["home"].pk, strategy.pk]))
    assert response.status_code == 302
    assert alice.get(reverse("strategies:overview", args=[strategy.pk])).status_code == 200
    assert Revision.objects.filter(strategy=strategy).count() == revisions


def test_a_viewer_cannot_delete_and_an_outsider_cannot_even_see_the_strategy(personas):
    strategy = personas["strategy"]
    assert _delete(client_for("vera"), strategy).status_code == 403
    assert _delete(client_for("charlie"), strategy).status_code == 404
    assert Strategy.objects.get(pk=strategy.pk).deleted is None


def test_a_trashed_strategy_cannot_be_restored_from_another_workspace(personas):
    strategy = personas["strategy"]
    _delete(client_for("alice"), strategy)
    url = reverse("strategies:undelete", args=[personas["other"].pk, strategy.pk])
    assert client_for("charlie").post(url).status_code == 404
    assert Strategy.objects.get(pk=strategy.pk).deleted is not None


def test_a_client_with_view_access_no_longer_sees_a_deleted_strategy(personas, alice):
    from socialstrategy.web.strategies.models import StrategyGrant

    StrategyGrant.objects.create(strategy=personas["strategy"], user=personas["users"]["dora"])
    _delete(alice, personas["strategy"])
    dora = client_for("dora")
    assert dora.get(reverse("strategies:overview", args=[personas["strategy"].pk])).status_code == 404


def test_the_trash_is_purged_after_30_days_by_the_purge_trash_command(personas, alice):
    old, recent = personas["strategy"], personas["foreign"]
    Strategy.objects.filter(pk=old.pk).update(deleted=timezone.now() - timedelta(days=31))
    Strategy.objects.filter(pk=recent.pk).update(deleted=timezone.now() - timedelta(days=29))
    out = io.StringIO()
    call_command("purge_trash", stdout=out)
    assert "Purged 1 " in out.getvalue()
    assert not Strategy.objects.filter(pk=old.pk).exists()
    assert not Revision.objects.filter(strategy_id=old.pk).exists()
    assert Strategy.objects.filter(pk=recent.pk).exists()


def _expire(strategy):
    Strategy.objects.filter(pk=strategy.pk).update(deleted=timezone.now() - timedelta(days=30, minutes=1))


def test_opening_the_trash_hides_an_expired_strategy_but_leaves_it_for_purge_trash(personas, alice):
    old = personas["strategy"]
    _expire(old)
    trash = alice.get(reverse("strategies:trash", args=[personas["home"].pk]))
    assert trash.status_code == 200
    assert old.title not in trash.content.decode()
    assert Strategy.objects.filter(pk=old.pk).exists()
    call_command("purge_trash", stdout=io.StringIO())
    assert not Strategy.objects.filter(pk=old.pk).exists()


def test_an_expired_strategy_can_no_longer_be_restored_and_stays_for_purge_trash(personas, alice):
    old = personas["strategy"]
    _expire(old)
    url = reverse("strategies:undelete", args=[personas["home"].pk, old.pk])
    assert alice.post(url).status_code == 404
    assert Strategy.objects.get(pk=old.pk).deleted is not None


def test_the_workspace_deletion_counts_only_the_strategies_still_in_its_trash(personas, alice):
    home = personas["home"]
    _expire(personas["strategy"])
    recent = create_strategy(home, make_document(title="Recent"), personas["users"]["alice"], "Created")
    Strategy.objects.filter(pk=recent.pk).update(deleted=timezone.now())
    page = alice.get(reverse("workspaces:delete", args=[home.pk])).content.decode()
    assert "The 1 strategy in its trash goes with them." in page
    assert Strategy.objects.filter(pk__in=[personas["strategy"].pk, recent.pk]).count() == 2
