"""Two workspaces with distinct markers: no page or download of one contains the other's marker."""

from __future__ import annotations

import pytest
from django.urls import reverse

from socialstrategy.web.strategies import services
from socialstrategy.web.strategies.steps import STEPS
from tests.web.conftest import client_for, make_document

ALPHA = "CANARY-ALPHA-7731"
BRAVO = "CANARY-BRAVO-4410"


@pytest.fixture
def marked(personas):
    from socialstrategy.web.strategies.store import to_json

    for key, marker in (("strategy", ALPHA), ("foreign", BRAVO)):
        strategy = personas[key]
        document = make_document(
            title=f"Title {marker}",
            audiences=[{"id": "a1", "name": f"Audience {marker}", "description": marker}],
            content={
                "calendar": [{"date": "2026-03-01", "platform": "instagram", "title": f"Post {marker}"}]
            },
        )
        strategy.document = to_json(document)
        strategy.title = document.title
        strategy.save()
    return personas


def _pages(strategy_pk, workspace_pk):
    yield reverse("workspaces:index")
    yield reverse("workspaces:detail", args=[workspace_pk])
    yield reverse("workspaces:members", args=[workspace_pk])
    yield reverse("strategies:overview", args=[strategy_pk])
    yield reverse("strategies:history", args=[strategy_pk])
    yield reverse("strategies:diff", args=[strategy_pk]) + "?a=1&b=1"
    yield reverse("workspaces:share", args=[strategy_pk])
    yield reverse("strategies:check", args=[strategy_pk])
    for step in STEPS:
        yield reverse("strategies:step", args=[strategy_pk, step.identifier])
    for export in services.exports():
        yield reverse("strategies:export", args=[strategy_pk, export.key])


@pytest.mark.parametrize(
    ("user", "own", "workspace", "foreign_marker"),
    [
        ("alice", "strategy", "home", BRAVO),
        ("charlie", "foreign", "other", ALPHA),
    ],
)
def test_no_page_or_download_shows_the_other_workspaces_marker(marked, user, own, workspace, foreign_marker):
    client = client_for(user)
    own_marker = ALPHA if foreign_marker == BRAVO else BRAVO
    seen_own = False
    for url in _pages(marked[own].pk, marked[workspace].pk):
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        body = b"".join(response.streaming_content) if response.streaming else response.content
        assert foreign_marker.encode() not in body, url
        seen_own = seen_own or own_marker.encode() in body
    assert seen_own
