"""Owners withdraw what they gave: client access, open invitation links and roles. Links expire."""

from __future__ import annotations

from datetime import timedelta

from django.test import Client
from django.utils import timezone

from socialstrategy.web.strategies.models import StrategyGrant
from socialstrategy.web.workspaces.models import Invitation, Membership
from tests.web.conftest import PASSWORD, client_for

SIGN_UP = {"username": "kunde", "password1": PASSWORD, "password2": PASSWORD}


def _client_invitation(personas):
    client_for("alice").post(f"/s/{personas['strategy'].pk}/share/", {"email": "client@example.org"})
    return Invitation.objects.get(email="client@example.org")


def _signed_up_client(personas):
    client = Client()
    client.post(f"/invite/{_client_invitation(personas).token}/", SIGN_UP)
    return client


def test_an_owner_revokes_a_clients_access_and_the_client_no_longer_sees_the_strategy(personas):
    client = _signed_up_client(personas)
    strategy = personas["strategy"]
    grant = StrategyGrant.objects.get(strategy=strategy, user__username="kunde")
    assert client.get(f"/s/{strategy.pk}/").status_code == 200

    response = client_for("alice").post(f"/s/{strategy.pk}/share/{grant.pk}/revoke/")

    assert response["Location"] == f"/s/{strategy.pk}/share/"
    assert client.get(f"/s/{strategy.pk}/").status_code == 404
    assert client.get(f"/s/{strategy.pk}/export/yaml/").status_code == 404


def test_a_grant_of_another_strategy_cannot_be_revoked_through_this_one(personas):
    _signed_up_client(personas)
    grant = StrategyGrant.objects.get(user__username="kunde")
    foreign = personas["foreign"]
    assert client_for("charlie").post(f"/s/{foreign.pk}/share/{grant.pk}/revoke/").status_code == 404
    assert StrategyGrant.objects.filter(pk=grant.pk).exists()


def test_a_withdrawn_invitation_link_no_longer_works(personas):
    invitation = _client_invitation(personas)
    home = personas["home"]

    response = client_for("alice").post(f"/w/{home.pk}/invitations/{invitation.pk}/withdraw/")

    assert response["Location"] == f"/s/{personas['strategy'].pk}/share/"
    assert Client().get(f"/invite/{invitation.token}/").status_code == 404
    assert Client().post(f"/invite/{invitation.token}/", SIGN_UP).status_code == 404
    assert not StrategyGrant.objects.exists()


def test_a_withdrawn_member_invitation_leads_back_to_the_members_page(personas):
    home = personas["home"]
    invitation = Invitation.objects.create(workspace=home, role="editor")
    response = client_for("alice").post(f"/w/{home.pk}/invitations/{invitation.pk}/withdraw/")
    assert response["Location"] == f"/w/{home.pk}/members/"
    assert not Invitation.objects.filter(pk=invitation.pk).exists()


def test_an_invitation_of_another_workspace_cannot_be_withdrawn(personas):
    foreign = Invitation.objects.create(workspace=personas["other"], role="editor")
    response = client_for("alice").post(f"/w/{personas['home'].pk}/invitations/{foreign.pk}/withdraw/")
    assert response.status_code == 404
    assert Invitation.objects.filter(pk=foreign.pk).exists()


def test_an_invitation_expires_after_fourteen_days(personas):
    invitation = Invitation.objects.create(workspace=personas["home"], role="editor")
    Invitation.objects.filter(pk=invitation.pk).update(created=timezone.now() - timedelta(days=14, minutes=1))

    response = Client().post(f"/invite/{invitation.token}/", SIGN_UP)

    assert response.status_code == 404
    assert "no longer works" in response.content.decode()
    assert not Membership.objects.filter(user__username="kunde").exists()


def test_an_invitation_still_works_on_its_last_day(personas):
    invitation = Invitation.objects.create(workspace=personas["home"], role="editor")
    Invitation.objects.filter(pk=invitation.pk).update(created=timezone.now() - timedelta(days=13, hours=23))
    assert Client().post(f"/invite/{invitation.token}/", SIGN_UP).status_code == 302


def test_the_expiry_is_a_setting(personas, settings):
    settings.INVITATION_DAYS = 2
    invitation = Invitation.objects.create(workspace=personas["home"], role="editor")
    Invitation.objects.filter(pk=invitation.pk).update(created=timezone.now() - timedelta(days=3))
    assert Client().get(f"/invite/{invitation.token}/").status_code == 404


def test_the_inviter_is_told_until_when_the_link_works(personas):
    alice = client_for("alice")
    home = personas["home"]
    response = alice.post(f"/w/{home.pk}/members/invite/", {"role": "viewer"}, follow=True)
    page = response.content.decode()
    expires = (timezone.localdate() + timedelta(days=14)).strftime("%-d %B %Y")
    assert f"it works until {expires}" in page
    assert "Works until" in page and expires in page  # the list of open invitations


def test_the_client_link_tells_until_when_it_works(personas):
    response = client_for("alice").post(f"/s/{personas['strategy'].pk}/share/", {}, follow=True)
    assert "it works until" in response.content.decode()


def test_expired_invitations_are_not_listed_as_open(personas):
    home = personas["home"]
    invitation = Invitation.objects.create(workspace=home, role="editor", email="old@example.org")
    Invitation.objects.filter(pk=invitation.pk).update(created=timezone.now() - timedelta(days=30))
    assert "old@example.org" not in client_for("alice").get(f"/w/{home.pk}/members/").content.decode()


def test_a_client_invitation_for_a_strategy_in_the_trash_is_refused(personas):
    invitation = _client_invitation(personas)
    strategy = personas["strategy"]
    client_for("alice").post(f"/s/{strategy.pk}/delete/")

    response = Client().post(f"/invite/{invitation.token}/", SIGN_UP)

    assert response.status_code == 404
    assert not StrategyGrant.objects.exists()
    home = personas["home"]
    client_for("alice").post(f"/w/{home.pk}/trash/{strategy.pk}/restore/")
    assert not StrategyGrant.objects.exists()  # nothing became live with the restore


def test_a_signed_in_user_cannot_accept_a_client_invitation_for_a_strategy_in_the_trash(personas):
    invitation = _client_invitation(personas)
    client_for("alice").post(f"/s/{personas['strategy'].pk}/delete/")
    assert client_for("charlie").post(f"/invite/{invitation.token}/").status_code == 404
    assert not StrategyGrant.objects.exists()


def _role(personas, username):
    return personas["home"].memberships.get(user__username=username)


def test_an_owner_makes_an_editor_a_viewer_who_then_cannot_edit(personas):
    home, strategy = personas["home"], personas["strategy"]
    bob = _role(personas, "bob")

    response = client_for("alice").post(f"/w/{home.pk}/members/{bob.pk}/role/", {"role": "viewer"})

    assert response["Location"] == f"/w/{home.pk}/members/"
    assert _role(personas, "bob").role == "viewer"
    assert client_for("bob").post(f"/s/{strategy.pk}/delete/").status_code == 403


def test_an_owner_makes_a_viewer_an_owner(personas):
    home = personas["home"]
    vera = _role(personas, "vera")
    client_for("alice").post(f"/w/{home.pk}/members/{vera.pk}/role/", {"role": "owner"})
    assert client_for("vera").get(f"/w/{home.pk}/members/").status_code == 200


def test_the_last_owner_cannot_give_up_the_owner_role(personas):
    home = personas["home"]
    alice = _role(personas, "alice")
    response = client_for("alice").post(
        f"/w/{home.pk}/members/{alice.pk}/role/", {"role": "editor"}, follow=True
    )
    assert "A workspace needs at least one owner." in response.content.decode()
    assert _role(personas, "alice").role == "owner"


def test_an_owner_who_hands_over_becomes_an_editor_and_leaves_the_members_page(personas):
    home = personas["home"]
    Membership.objects.filter(pk=_role(personas, "bob").pk).update(role="owner")
    alice = _role(personas, "alice")
    response = client_for("alice").post(f"/w/{home.pk}/members/{alice.pk}/role/", {"role": "editor"})
    assert response["Location"] == f"/w/{home.pk}/"
    assert _role(personas, "alice").role == "editor"


def test_an_unknown_role_is_refused(personas):
    home = personas["home"]
    bob = _role(personas, "bob")
    response = client_for("alice").post(f"/w/{home.pk}/members/{bob.pk}/role/", {"role": "admin"})
    assert response.status_code == 404
    assert _role(personas, "bob").role == "editor"


def test_a_member_of_another_workspace_cannot_be_changed(personas):
    dora = personas["other"].memberships.get(user__username="dora")
    response = client_for("alice").post(
        f"/w/{personas['home'].pk}/members/{dora.pk}/role/", {"role": "viewer"}
    )
    assert response.status_code == 404
    assert personas["other"].memberships.get(user__username="dora").role == "editor"


def test_the_members_page_offers_role_changes_and_withdrawing(personas):
    home = personas["home"]
    Invitation.objects.create(workspace=home, role="viewer", email="new@example.org")
    page = client_for("alice").get(f"/w/{home.pk}/members/").content.decode()
    assert page.count("Change role") == 3
    assert "Withdraw" in page and "new@example.org" in page


def test_the_share_page_offers_revoking_and_withdrawing(personas):
    _signed_up_client(personas)
    _client_invitation_again = client_for("alice").post(
        f"/s/{personas['strategy'].pk}/share/", {"email": "b@x.org"}
    )
    page = client_for("alice").get(f"/s/{personas['strategy'].pk}/share/").content.decode()
    assert "Revoke access" in page and "kunde" in page
    assert "Withdraw" in page and "b@x.org" in page
