"""Deleting a workspace is recoverable: gone for its members at once, restorable by its owners
for 30 days, then purged with its strategies, revisions, memberships and invitations."""

from __future__ import annotations

import io
from datetime import timedelta

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from socialstrategy.web.strategies.models import Revision, Strategy, StrategyGrant
from socialstrategy.web.workspaces.models import Invitation, Membership, Workspace
from tests.web.conftest import client_for


def _delete(client, workspace, name=None):
    return client.post(reverse("workspaces:delete", args=[workspace.pk]), {"name": name or workspace.name})


def _is_deleted(workspace) -> bool:
    return Workspace.objects.get(pk=workspace.pk).deleted is not None


def test_the_confirmation_page_says_what_will_happen(personas, alice):
    StrategyGrant.objects.create(strategy=personas["strategy"], user=personas["users"]["dora"])
    Invitation.objects.create(workspace=personas["home"], role="editor")
    page = alice.get(reverse("workspaces:delete", args=[personas["home"].pk])).content.decode()
    assert "Delete “Alice Coaching”?" in page
    assert "Its 1 strategy, with its whole history, can no longer be opened." in page
    assert "2 other members lose access." in page
    assert "1 client with read access loses it too." in page
    assert "1 open invitation link stops working." in page
    assert "for 30 days" in page
    assert 'name="name"' in page


def test_the_members_page_leads_the_owner_to_the_confirmation(personas, alice):
    page = alice.get(reverse("workspaces:members", args=[personas["home"].pk])).content.decode()
    assert reverse("workspaces:delete", args=[personas["home"].pk]) in page


def test_only_an_owner_can_delete_a_workspace(personas):
    home = personas["home"]
    assert _delete(client_for("bob"), home).status_code == 403
    assert _delete(client_for("vera"), home).status_code == 403
    assert _delete(client_for("charlie"), home).status_code == 404
    assert not _is_deleted(home)


def test_a_wrong_name_is_refused_with_a_clear_message_at_the_field(personas, alice):
    response = _delete(alice, personas["home"], name="alice coaching")
    assert response.status_code == 422
    page = response.content.decode()
    assert "The name does not match. Type “Alice Coaching” exactly as shown to delete the workspace." in page
    assert 'class="field has-error"' in page and 'value="alice coaching"' in page
    assert not _is_deleted(personas["home"])


def test_after_deletion_the_workspace_is_gone_for_every_member_and_client(personas, alice):
    home, strategy = personas["home"], personas["strategy"]
    StrategyGrant.objects.create(strategy=strategy, user=personas["users"]["dora"])
    token = Invitation.objects.create(workspace=home, role="editor").token
    response = _delete(alice, home)
    assert response.status_code == 302 and response["Location"] == reverse("workspaces:index")
    for name in ("alice", "bob", "vera", "dora"):
        client = client_for(name)
        assert client.get(reverse("workspaces:detail", args=[home.pk])).status_code == 404
        assert client.get(reverse("strategies:overview", args=[strategy.pk])).status_code == 404
        assert client.get(reverse("strategies:step", args=[strategy.pk, "goals"])).status_code == 404
        assert client.get(reverse("strategies:trash", args=[home.pk])).status_code == 404
    assert "Alice Coaching" not in client_for("bob").get(reverse("workspaces:index")).content.decode()
    assert client_for(None).get(reverse("accounts:invitation", args=[token])).status_code == 404


def test_its_owner_sees_it_under_deleted_workspaces_and_nobody_else_does(personas, alice):
    _delete(alice, personas["home"])
    page = alice.get(reverse("workspaces:index")).content.decode()
    assert "“Alice Coaching” was deleted. You can restore it below for 30 days." in page
    assert "Deleted workspaces" in page
    assert reverse("workspaces:restore", args=[personas["home"].pk]) in page
    assert "Deleted workspaces" not in client_for("bob").get(reverse("workspaces:index")).content.decode()


def test_restore_brings_back_the_strategies_members_and_history(personas, alice):
    home, strategy = personas["home"], personas["strategy"]
    revisions = Revision.objects.filter(strategy=strategy).count()
    _delete(alice, home)
    assert client_for("bob").post(reverse("workspaces:restore", args=[home.pk])).status_code == 404
    response = alice.post(reverse("workspaces:restore", args=[home.pk]))
    assert response.status_code == 302 and response["Location"] == reverse(
        "workspaces:detail", args=[home.pk]
    )
    assert not _is_deleted(home)
    bob = client_for("bob")
    assert strategy.title in bob.get(reverse("workspaces:detail", args=[home.pk])).content.decode()
    assert bob.get(reverse("strategies:step", args=[strategy.pk, "goals"])).status_code == 200
    assert Revision.objects.filter(strategy=strategy).count() == revisions
    assert home.memberships.count() == 3


def test_restoring_a_workspace_that_is_not_deleted_is_not_found(personas, alice):
    assert alice.post(reverse("workspaces:restore", args=[personas["home"].pk])).status_code == 404


def test_purge_removes_only_workspaces_deleted_longer_ago_than_30_days(personas):
    old, recent = personas["home"], personas["other"]
    old_strategy = personas["strategy"]
    Invitation.objects.create(workspace=old, role="editor")
    StrategyGrant.objects.create(strategy=old_strategy, user=personas["users"]["dora"])
    Workspace.objects.filter(pk=old.pk).update(deleted=timezone.now() - timedelta(days=31))
    Workspace.objects.filter(pk=recent.pk).update(deleted=timezone.now() - timedelta(days=29))
    live = Workspace.objects.create(name="Live")
    out = io.StringIO()
    call_command("purge_trash", stdout=out)
    assert "Purged 1 workspaces deleted more than 30 days ago." in out.getvalue()
    assert not Workspace.objects.filter(pk=old.pk).exists()
    for model in (Strategy, Membership, Invitation):
        assert not model.objects.filter(workspace_id=old.pk).exists()
    assert not Revision.objects.filter(strategy_id=old_strategy.pk).exists()
    assert not StrategyGrant.objects.filter(strategy_id=old_strategy.pk).exists()
    assert Workspace.objects.filter(pk__in=[recent.pk, live.pk]).count() == 2
    assert Strategy.objects.filter(pk=personas["foreign"].pk).exists()


def test_a_workspace_past_its_30_days_can_no_longer_be_restored(personas, alice):
    home = personas["home"]
    Workspace.objects.filter(pk=home.pk).update(deleted=timezone.now() - timedelta(days=30, minutes=1))
    assert "Deleted workspaces" not in alice.get(reverse("workspaces:index")).content.decode()
    assert alice.post(reverse("workspaces:restore", args=[home.pk])).status_code == 404
    assert _is_deleted(home)  # still there: only purge_trash deletes


def test_the_confirmation_reads_in_german(personas, alice):
    alice.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = alice.get(reverse("workspaces:delete", args=[personas["home"].pk])).content.decode()
    assert "„Alice Coaching“ löschen?" in page
    assert "1 Strategie lässt sich samt ihrem ganzen Verlauf nicht mehr öffnen." in page
    assert "2 weitere Mitglieder verlieren den Zugang." in page
    response = _delete(alice, personas["home"], name="Alice")
    assert "Der Name stimmt nicht überein." in response.content.decode()
