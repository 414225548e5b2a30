"""Labels as the user set them: each platform decision under its own status (not "chosen" for
every one), no "None" for a training nobody is assigned yet, and the effort figures the hints
point to ("resources → effort") are fields of the resources step."""

from __future__ import annotations

import re
from pathlib import Path

from socialstrategy.core.i18n import translate
from socialstrategy.web.strategies.steps import STEPS_BY_ID
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import make_document

HTMX = {"HTTP_HX_REQUEST": "true"}
CORE = Path(__file__).resolve().parents[2] / "src" / "socialstrategy" / "core"


def test_each_decision_is_shown_with_its_own_status(bob, personas):
    strategy = personas["strategy"]
    platforms = [{"platform": "instagram", "status": "use"}, {"platform": "tiktok", "status": "reject"}]
    save_document(strategy, make_document(platforms=platforms), 1, None, "test")
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.get(f"/s/{strategy.pk}/step/platforms/").content.decode()
    panel = page.split('id="rec-title"', 1)[1].split("</section>", 1)[0]
    assert "· gewählt" not in panel
    assert "Entscheidung: Verwerfen" in panel
    assert "Entscheidung: Nutzen" in panel


def test_a_training_nobody_is_assigned_to_says_so(bob, personas):
    strategy = personas["strategy"]
    save_document(strategy, make_document(platforms=[{"platform": "instagram"}]), 1, None, "test")
    page = bob.get(f"/s/{strategy.pk}/step/resources/").content.decode()
    training = page.split("Training plan", 1)[1].split("</table>", 1)[0]
    assert ">None<" not in training
    assert "nobody in the team yet" in training


def test_every_hint_to_resources_effort_points_to_fields_the_resources_step_has():
    sources = [*CORE.glob("checks/*.py"), *CORE.glob("recommend/*.py")]
    hints = [text for path in sources for text in re.findall(r"under resources → effort", path.read_text())]
    assert hints, "the hints moved: update this test"
    effort = next(c for c in STEPS_BY_ID["resources"].collections if c.path == "resources.effort")
    names = {f.name for f in effort.fields}
    assert {"platform", "format", "hours_per_post", "community_hours_per_week"} <= names
    german_hint = translate(
        "Plan fewer platforms, add hours, or enter your real hours per post under resources → effort.", "de"
    )
    assert "Ressourcen → Aufwand" in german_hint


def test_own_effort_figures_are_entered_on_the_resources_step(bob, personas):
    strategy = personas["strategy"]
    save_document(strategy, make_document(platforms=[{"platform": "instagram"}]), 1, None, "test")
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.get(f"/s/{strategy.pk}/step/resources/").content.decode()
    assert re.search(r'<h2 id="col-resources-effort-h"[^>]*>Aufwand ', page)
    data = {
        "collection": "resources.effort",
        "index": "new",
        "platform": "instagram",
        "format": "short_video",
        "hours_per_post": "1,5",
        "community_hours_per_week": "2",
        "version": "2",
    }
    response = bob.post(f"/s/{strategy.pk}/item/", data, **HTMX)
    assert response.status_code == 200
    strategy.refresh_from_db()
    assert strategy.document["resources"]["effort"] == [
        {
            "platform": "instagram",
            "format": "short_video",
            "hours_per_post": 1.5,
            "community_hours_per_week": 2,
        }
    ]
    assert "Instagram · Kurzvideo" in response.content.decode()


def test_a_negative_effort_is_refused_at_its_field(bob, personas):
    strategy = personas["strategy"]
    data = {"collection": "resources.effort", "index": "new", "platform": "instagram", "hours_per_post": "-1"}
    response = bob.post(f"/s/{strategy.pk}/item/", {**data, "version": "1"}, **HTMX)
    assert 'id="f-resources-effort-new-hours_per_post-error"' in response.content.decode()
