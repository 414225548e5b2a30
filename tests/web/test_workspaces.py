"""Creating a workspace is reachable from wherever a user is: the list of workspaces, and the
workspace page a user with only one workspace lands on."""

from __future__ import annotations

import re

from django.urls import reverse

from socialstrategy.web.workspaces.models import Membership, Workspace


def test_a_user_with_one_workspace_goes_straight_into_it(alice, personas):
    response = alice.get(reverse("workspaces:index"))
    assert response.status_code == 302
    assert response["Location"] == reverse("workspaces:detail", args=[personas["home"].pk])


def test_the_workspace_page_links_to_a_new_workspace(alice, personas):
    page = alice.get(reverse("workspaces:detail", args=[personas["home"].pk])).content.decode()
    assert re.search(r'<a href="/w/new/">Create a new workspace</a>', page)


def test_a_viewer_can_also_start_a_workspace_of_their_own(personas):
    from tests.web.conftest import client_for

    page = client_for("vera").get(reverse("workspaces:detail", args=[personas["home"].pk])).content.decode()
    assert 'href="/w/new/"' in page


def test_the_new_workspace_page_has_the_form(alice, personas):
    response = alice.get(reverse("workspaces:create"))
    assert response.status_code == 200
    page = response.content.decode()
    assert 'action="/w/new/"' in page and 'name="name"' in page and "You become its owner." in page


def test_anonymous_visitors_are_sent_to_log_in_for_the_new_workspace_page(client):
    response = client.get(reverse("workspaces:create"))
    assert response.status_code == 302 and response["Location"].startswith("/login/")


def test_a_second_workspace_is_created_and_then_both_are_listed(alice, personas):
    response = alice.post(reverse("workspaces:create"), {"name": "Praxis Altstadt"})
    created = Workspace.objects.get(name="Praxis Altstadt")
    assert response["Location"] == reverse("workspaces:detail", args=[created.pk])
    assert Membership.objects.get(workspace=created).role == "owner"
    listing = alice.get(reverse("workspaces:index"))
    assert listing.status_code == 200
    page = listing.content.decode()
    assert "Alice Coaching" in page and "Praxis Altstadt" in page and 'action="/w/new/"' in page


def test_other_methods_are_refused(alice, personas):
    assert alice.put(reverse("workspaces:create")).status_code == 405


def test_the_new_workspace_page_can_be_left_without_creating_one(alice, personas):
    page = alice.get(reverse("workspaces:create")).content.decode()
    assert re.search(r'<a class="button quiet[^"]*"[^>]*href="/">Cancel</a>', page)


def test_german_role_names_are_nouns_on_the_members_page(alice, personas):
    alice.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = alice.get(reverse("workspaces:members", args=[personas["home"].pk])).content.decode()
    assert all(f">{role}</option>" in page for role in ("Bearbeiter", "Betrachter", "Inhaber"))
    assert "Bearbeitend" not in page and "Lesend" not in page


def test_the_demo_workspace_is_created_once_and_one_from_before_its_new_name_is_kept(db):
    from django.contrib.auth import get_user_model

    from socialstrategy.web.demo import DEMO_USER, load_demo_workspace
    from socialstrategy.web.workspaces.models import Membership, Workspace

    user = get_user_model().objects.create_user(DEMO_USER)
    earlier = Workspace.objects.create(name="Demo workspace")
    Membership.objects.create(workspace=earlier, user=user, role="owner")
    load_demo_workspace("a-Long-demo-password-1")
    load_demo_workspace("a-Long-demo-password-2")
    assert list(Workspace.objects.filter(memberships__user=user)) == [earlier]


def test_a_fresh_demo_workspace_is_called_demo_in_both_languages(db):
    from socialstrategy.web.demo import load_demo_workspace
    from socialstrategy.web.workspaces.models import Workspace

    load_demo_workspace("a-Long-demo-password-1")
    assert list(Workspace.objects.values_list("name", flat=True)) == ["Demo"]
