"""The permission matrix: every URL × every persona, with the status each must get.

Walks the URL resolver and fails when a URL is missing here (as Zulip does), so a new view
cannot ship without deciding who may see it. Another workspace's object is a 404, never a 403.

The client's roles (approver amy, feedback fred) read like a viewer: a row with five statuses
gives them the viewer's; the review URLs give all seven. Holders of a review link (valid,
expired, revoked, another strategy's) are a column of their own at the end of this file.
"""

from __future__ import annotations

import datetime as dt

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from tests.web.conftest import (
    add_client_roles,
    admitted_reviewer,
    client_for,
    make_personas,
    make_review_link,
)

PERSONAS = ("anonymous", "outsider", "viewer", "editor", "owner", "approver", "feedback")
LOGIN = 302  # anonymous users are sent to the login page
USERNAMES = {
    "anonymous": None,
    "outsider": "charlie",
    "viewer": "vera",
    "editor": "bob",
    "owner": "alice",
    "approver": "amy",
    "feedback": "fred",
}


@pytest.fixture
def personas(db):
    return add_client_roles(make_personas())


def expected_status(spec, persona: str) -> int:
    statuses = spec[3]
    if len(statuses) == 5 and persona in ("approver", "feedback"):
        return statuses[PERSONAS.index("viewer")]
    return statuses[PERSONAS.index(persona)]


def _s(p):
    return p["strategy"].pk


def _w(p):
    return p["home"].pk


def _member(p):
    return p["home"].memberships.exclude(role="owner").first().pk


def _token(p):
    from socialstrategy.web.workspaces.models import Invitation

    return Invitation.objects.create(workspace=p["home"], role="editor").token


def _uid(p):
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    return urlsafe_base64_encode(force_bytes(p["users"]["alice"].pk))


def _invitation(p):
    from socialstrategy.web.workspaces.models import Invitation

    return Invitation.objects.create(workspace=p["home"], role="editor").pk


def _grant(p):
    from socialstrategy.web.strategies.models import StrategyGrant

    return StrategyGrant.objects.create(strategy=p["strategy"], user=p["users"]["dora"]).pk


def _trashed(p):
    """A strategy of the workspace that lies in its trash."""
    from django.utils import timezone

    from socialstrategy.web.strategies.store import create_strategy
    from tests.web.conftest import make_document

    strategy = create_strategy(p["home"], make_document(), None, "Created")
    strategy.deleted = timezone.now()
    strategy.save()
    return strategy.pk


def _deleted_workspace(p):
    """A deleted workspace with the same members as the home workspace."""
    from django.utils import timezone

    from socialstrategy.web.workspaces.models import Membership, Workspace

    workspace = Workspace.objects.create(name="Deleted", deleted=timezone.now())
    for membership in p["home"].memberships.all():
        Membership.objects.create(workspace=workspace, user=membership.user, role=membership.role)
    return workspace.pk


def _comment(p):
    from socialstrategy.web.reviews.services import Reviewer, add_comment

    return add_comment(p["strategy"], "goals", "Zu vage", Reviewer(name="Eva")).pk


def _link(p):
    return make_review_link(p["strategy"])[0].pk


def _review_token(p):
    return make_review_link(p["strategy"])[1]


# name: (method, args(personas) -> list, query or data, expected statuses in PERSONAS order)
MATRIX = {
    "accounts:setup": ("get", lambda p: [], {}, (404, 404, 404, 404, 404)),
    "accounts:login": ("get", lambda p: [], {}, (200, 200, 200, 200, 200)),
    "accounts:logout": ("post", lambda p: [], {}, (302, 302, 302, 302, 302)),
    "accounts:invitation": ("get", lambda p: [_token(p)], {}, (200, 200, 200, 200, 200)),
    "accounts:account": ("get", lambda p: [], {}, (LOGIN, 200, 200, 200, 200)),
    "accounts:password_change": ("get", lambda p: [], {}, (LOGIN, 200, 200, 200, 200)),
    "accounts:password_reset": ("get", lambda p: [], {}, (200, 200, 200, 200, 200)),
    "accounts:password_reset_sent": ("get", lambda p: [], {}, (200, 200, 200, 200, 200)),
    "accounts:password_reset_done": ("get", lambda p: [], {}, (200, 200, 200, 200, 200)),
    "accounts:password_reset_confirm": (
        "get",
        lambda p: [_uid(p), "made-up-token"],
        {},
        (200, 200, 200, 200, 200),  # the page that says the link no longer works
    ),
    "set_language": ("post", lambda p: [], {"language": "de", "next": "/"}, (302, 302, 302, 302, 302)),
    "health": ("get", lambda p: [], {}, (200, 200, 200, 200, 200)),
    "switch_display": ("post", lambda p: [], {"mode": "projector", "next": "/"}, (302, 302, 302, 302, 302)),
    "workspaces:index": ("get", lambda p: [], {}, (LOGIN, 302, 302, 302, 302)),
    "workspaces:create": ("post", lambda p: [], {"name": "New"}, (LOGIN, 302, 302, 302, 302)),
    "workspaces:detail": ("get", lambda p: [_w(p)], {}, (LOGIN, 404, 200, 200, 200)),
    "workspaces:members": ("get", lambda p: [_w(p)], {}, (LOGIN, 404, 403, 403, 200)),
    "workspaces:invite": ("post", lambda p: [_w(p)], {"role": "viewer"}, (LOGIN, 404, 403, 403, 302)),
    "workspaces:remove_member": ("post", lambda p: [_w(p), _member(p)], {}, (LOGIN, 404, 403, 403, 302)),
    "workspaces:change_role": (
        "post",
        lambda p: [_w(p), _member(p)],
        {"role": "viewer"},
        (LOGIN, 404, 403, 403, 302),
    ),
    "workspaces:withdraw_invitation": (
        "post",
        lambda p: [_w(p), _invitation(p)],
        {},
        (LOGIN, 404, 403, 403, 302),
    ),
    "workspaces:revoke_grant": ("post", lambda p: [_s(p), _grant(p)], {}, (LOGIN, 404, 403, 403, 302)),
    "workspaces:delete": ("get", lambda p: [_w(p)], {}, (LOGIN, 404, 403, 403, 200)),
    "workspaces:restore": ("post", lambda p: [_deleted_workspace(p)], {}, (LOGIN, 404, 404, 404, 302)),
    "workspaces:share": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 403, 200)),
    "strategies:create": ("post", lambda p: [_w(p)], {"organisation": "X"}, (LOGIN, 404, 403, 302, 302)),
    "strategies:import": ("get", lambda p: [_w(p)], {}, (LOGIN, 404, 403, 200, 200)),
    "strategies:overview": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:step": ("get", lambda p: [_s(p), "goals"], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:item": (
        "get",
        lambda p: [_s(p)],
        {"collection": "goals", "index": "0"},
        (LOGIN, 404, 403, 200, 200),
    ),
    "strategies:remove_item": (
        "post",
        lambda p: [_s(p)],
        {"collection": "goals", "index": "0", "version": "1"},
        (LOGIN, 404, 403, 302, 302),
    ),
    "strategies:check": ("get", lambda p: [_s(p)], {"step": "goals"}, (LOGIN, 404, 200, 200, 200)),
    "strategies:reapply": (
        "post",
        lambda p: [_s(p)],
        {"document": '{"title": "Re-applied"}', "version": "1", "step": "goals"},
        (LOGIN, 404, 403, 302, 302),
    ),
    "strategies:texts": ("post", lambda p: [_s(p)], {"version": "1"}, (LOGIN, 404, 403, 302, 302)),
    "strategies:history": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:diff": ("get", lambda p: [_s(p)], {"a": "1", "b": "1"}, (LOGIN, 404, 200, 200, 200)),
    "strategies:restore": ("post", lambda p: [_s(p), 1], {"version": "1"}, (LOGIN, 404, 403, 302, 302)),
    "strategies:export": ("get", lambda p: [_s(p), "yaml"], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:duplicate": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 302, 302)),
    "strategies:section": (
        "post",
        lambda p: [_s(p)],
        {"part": "guidelines", "key": "purpose", "title": "Purpose", "body": "Why.", "version": "1"},
        (LOGIN, 404, 403, 302, 302),
    ),
    "strategies:reset_section": (
        "post",
        lambda p: [_s(p)],
        {"part": "guidelines", "key": "purpose", "version": "1"},
        (LOGIN, 404, 403, 404, 404),  # the test strategy has no generated section to reset
    ),
    "strategies:platform": ("get", lambda p: [_s(p), "instagram"], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:tools": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:chart": ("get", lambda p: [_s(p), "capacity"], {}, (LOGIN, 404, 404, 404, 404)),
    "strategies:generate_calendar": (
        "post",
        lambda p: [_s(p)],
        {"weeks": "2", "version": "1"},
        (LOGIN, 404, 403, 422, 422),  # nothing to plan without platforms
    ),
    "strategies:apply_plan": ("post", lambda p: [_s(p)], {"version": "1"}, (LOGIN, 404, 403, 302, 302)),
    "strategies:adopt_platforms": (
        "post",
        lambda p: [_s(p)],
        {"platform": "instagram", "version": "1"},
        (LOGIN, 404, 403, 302, 302),
    ),
    "strategies:entry": (
        "post",
        lambda p: [_s(p)],
        {"entry": "e1", "date": "2027-01-04", "version": "1"},
        (LOGIN, 404, 403, 404, 404),  # the test strategy has no calendar entry
    ),
    "strategies:feed": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 200, 200, 200)),
    "strategies:make_feed": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 200, 200)),
    "strategies:revoke_feed": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 302, 302)),
    # A calendar feed's token is its key; a token nobody was given opens nothing, for anyone.
    "feed": ("get", lambda p: ["x" * 43], {}, (404, 404, 404, 404, 404)),
    "strategies:delete": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 302, 302)),
    "strategies:trash": ("get", lambda p: [_w(p)], {}, (LOGIN, 404, 403, 200, 200)),
    "strategies:undelete": ("post", lambda p: [_w(p), _trashed(p)], {}, (LOGIN, 404, 403, 302, 302)),
    "results:show": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 200, 200, 200)),
    "results:add": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 422, 422)),  # an empty figure
    "results:download": ("get", lambda p: [_s(p), "md"], {}, (LOGIN, 404, 200, 200, 200)),
    "results:upload": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 422, 422)),  # no file chosen
    # Review (#17): anonymous, outsider, viewer, editor, owner, approver, feedback
    "reviews:waiting": ("get", lambda p: [], {}, (LOGIN, 200, 200, 200, 200, 200, 200)),
    "reviews:mode": ("post", lambda p: [_w(p)], {"mode": "required"}, (LOGIN, 404, 403, 403, 302, 403, 403)),
    "reviews:show": ("get", lambda p: [_s(p)], {}, (LOGIN, 404, 200, 200, 200, 200, 200)),
    "reviews:request": ("post", lambda p: [_s(p)], {}, (LOGIN, 404, 403, 302, 302, 403, 403)),
    "reviews:decide": (
        "post",
        lambda p: [_s(p)],
        {"item": "goals", "action": "approve"},
        (LOGIN, 404, 403, 403, 302, 302, 403),
    ),
    "reviews:comment": (
        "post",
        lambda p: [_s(p)],
        {"item": "goals", "body": "Passt."},
        (LOGIN, 404, 403, 302, 302, 302, 302),
    ),
    "reviews:resolve": ("post", lambda p: [_s(p), _comment(p)], {}, (LOGIN, 404, 403, 302, 302, 403, 403)),
    "reviews:create_link": ("post", lambda p: [_s(p)], {"days": "7"}, (LOGIN, 404, 403, 302, 302, 403, 403)),
    "reviews:revoke_link": ("post", lambda p: [_s(p), _link(p)], {}, (LOGIN, 404, 403, 302, 302, 403, 403)),
    # A review link is its own key: anyone holding it opens the page where they give their name;
    # acting needs that name first (the link holders' tests below).
    "reviews:open": ("get", lambda p: [_review_token(p)], {}, (200, 200, 200, 200, 200, 200, 200)),
    "reviews:reviewer_decide": (
        "post",
        lambda p: [_review_token(p)],
        {"item": "goals", "action": "approve"},
        (404, 404, 404, 404, 404, 404, 404),
    ),
    "reviews:reviewer_comment": (
        "post",
        lambda p: [_review_token(p)],
        {"item": "goals", "body": "Hallo"},
        (404, 404, 404, 404, 404, 404, 404),
    ),
}


def _names(patterns, namespace=""):
    for entry in patterns:
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from _names(entry.url_patterns, inner)
        elif isinstance(entry, URLPattern) and entry.name:
            yield namespace + entry.name


def test_every_url_is_in_the_permission_matrix():
    names = set(_names(get_resolver().url_patterns))
    assert names - set(MATRIX) == set(), "add these URLs to the permission matrix"
    assert set(MATRIX) - names == set(), "these URLs no longer exist"


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize("name", sorted(MATRIX))
def test_each_persona_gets_the_expected_status(personas, name, persona):
    from django.urls import reverse

    method, args, data, _expected = MATRIX[name]
    client = client_for(USERNAMES[persona])
    response = getattr(client, method)(reverse(name, args=args(personas)), data)
    assert response.status_code == expected_status(MATRIX[name], persona)
    if persona == "anonymous" and expected_status(MATRIX[name], persona) == LOGIN and name not in _NO_LOGIN:
        assert response["Location"].startswith("/login/")


_NO_LOGIN = ("accounts:logout", "set_language", "switch_display")
OBJECT_URLS = sorted(n for n, spec in MATRIX.items() if spec[3][PERSONAS.index("outsider")] == 404)


@pytest.mark.parametrize("name", OBJECT_URLS)
def test_a_foreign_workspace_answers_404_for_every_object_url(personas, name):
    """Charlie's own objects work for him; alice asking for them gets 404 everywhere."""
    from django.urls import reverse

    method, args, data, _expected = MATRIX[name]
    swapped = {**personas, "home": personas["other"], "strategy": personas["foreign"]}
    response = getattr(client_for("alice"), method)(reverse(name, args=args(swapped)), data)
    assert response.status_code == 404


# Review-link holders: someone without an account who opened a link and gave a name.
LINK_STATES = ("valid", "expired", "revoked", "another strategy's")
REVIEWER_URLS = {
    "reviews:open": ("get", {}, 200),
    "reviews:reviewer_decide": ("post", {"item": "goals", "action": "approve"}, 302),
    "reviews:reviewer_comment": ("post", {"item": "goals", "body": "Passt."}, 302),
}


def _link_holder(personas, state: str):
    """The holder's client and the token they hold; for "another strategy's", the holder of the
    foreign strategy's link, whose token is then used on this strategy's items."""
    from django.utils import timezone

    strategy = personas["foreign"] if state == "another strategy's" else personas["strategy"]
    link, token = make_review_link(strategy)
    client = admitted_reviewer(token)
    if state == "expired":
        type(link).objects.filter(pk=link.pk).update(expires=timezone.now() - dt.timedelta(minutes=1))
    if state == "revoked":
        type(link).objects.filter(pk=link.pk).update(revoked=timezone.now())
    return client, token


@pytest.mark.parametrize("state", LINK_STATES)
@pytest.mark.parametrize("name", sorted(REVIEWER_URLS))
def test_a_review_link_works_while_valid_and_only_on_its_own_strategy(personas, name, state):
    from django.urls import reverse

    from socialstrategy.web.reviews.services import item_states

    method, data, valid_status = REVIEWER_URLS[name]
    client, token = _link_holder(personas, state)
    response = getattr(client, method)(reverse(name, args=[token]), data)
    expected = valid_status if state in ("valid", "another strategy's") else 404
    assert response.status_code == expected
    home = personas["strategy"]
    if state != "valid":
        assert item_states(home) == {}, "nothing but a valid link of this strategy changes it"
        assert not home.comments.exists()


@pytest.mark.parametrize("state", LINK_STATES)
@pytest.mark.parametrize("name", sorted(n for n in MATRIX if n not in REVIEWER_URLS))
def test_a_review_link_opens_no_other_page(personas, name, state):
    """Every other URL treats a link holder as the anonymous visitor they are."""
    from django.urls import reverse

    method, args, data, _expected = MATRIX[name]
    client, _token = _link_holder(personas, state)
    response = getattr(client, method)(reverse(name, args=args(personas)), data)
    assert response.status_code == expected_status(MATRIX[name], "anonymous")
