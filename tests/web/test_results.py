"""The results page and the upload of exports: per strategy, all or nothing, read-only for
viewers and clients."""

from __future__ import annotations

import sys
from pathlib import Path

from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from socialstrategy.web.results.models import Measurement, ResultImport
from socialstrategy.web.strategies.models import StrategyGrant
from socialstrategy.web.strategies.store import save_document
from tests.web.conftest import client_for, make_document

sys.path.insert(0, str(Path(__file__).parents[1] / "core"))
from results_exports import BUSINESS_PROFILE, GENERIC, INSTAGRAM_POSTS


def _measured(personas):
    """The test strategy with a KPI the Instagram export measures."""
    kpis = [{"id": "k-follower", "metric": "Followers", "measure": "followers", "platform": "instagram",
             "baseline": 1000, "target": 2000, "since": "2026-09-01", "due": "2027-09-01"}]  # fmt: skip
    goals = [
        {"id": "g-awareness", "type": "awareness", "statement": "Known", "serves": ["o-growth"], "kpis": kpis}
    ]
    strategy = personas["strategy"]
    return save_document(
        strategy, make_document(goals=goals), strategy.version, personas["users"]["alice"], "KPIs"
    )


def _upload(client, strategy, *files, **fields):
    uploads = [SimpleUploadedFile(name, text.encode("utf-8"), "text/csv") for name, text in files]
    return client.post(reverse("results:upload", args=[strategy.pk]), {"files": uploads, **fields})


def test_an_editor_imports_exports_and_sees_each_kpis_status(bob, personas):
    strategy = _measured(personas)
    response = _upload(bob, strategy, ("posts.csv", INSTAGRAM_POSTS))
    assert response.status_code == 302
    assert Measurement.objects.filter(strategy=strategy).count() == 16
    page = bob.get(reverse("results:show", args=[strategy.pk]), {"as_of": "2026-09-16"})
    text = page.content.decode()
    assert "posts.csv: Meta Business Suite: Instagram posts, 16 figures." in text
    assert "On track" in text and "<svg" in text and "Imported files" in text


def test_importing_the_same_file_again_replaces_its_figures(bob, personas):
    strategy = _measured(personas)
    for _ in range(2):
        _upload(bob, strategy, ("posts.csv", INSTAGRAM_POSTS))
    assert Measurement.objects.filter(strategy=strategy).count() == 16
    assert ResultImport.objects.filter(strategy=strategy).count() == 2


def test_a_bad_file_imports_nothing_of_any_file_and_names_line_and_column(bob, personas):
    strategy = _measured(personas)
    broken = GENERIC + "2026-09-03,website,visitors,12x\n"
    response = _upload(bob, strategy, ("posts.csv", INSTAGRAM_POSTS), ("mine.csv", broken))
    assert response.status_code == 422
    assert "mine.csv:4: value: not a number: 12x" in response.content.decode()
    assert not Measurement.objects.filter(strategy=strategy).exists()


def test_the_period_of_a_business_profile_export_comes_from_the_form(bob, personas):
    strategy = _measured(personas)
    assert _upload(bob, strategy, ("gbp.csv", BUSINESS_PROFILE)).status_code == 422
    response = _upload(bob, strategy, ("gbp.csv", BUSINESS_PROFILE), start="2026-09-01", end="2026-09-30")
    assert response.status_code == 302
    assert Measurement.objects.filter(strategy=strategy, metric="calls").count() == 30


def test_viewers_and_clients_see_the_results_without_the_upload(personas):
    strategy = _measured(personas)
    StrategyGrant.objects.create(strategy=strategy, user=personas["users"]["dora"])
    for name in ("vera", "dora"):
        page = client_for(name).get(reverse("results:show", args=[strategy.pk]))
        assert page.status_code == 200
        assert "Import exports" not in page.content.decode()
    assert _upload(client_for("dora"), strategy, ("posts.csv", INSTAGRAM_POSTS)).status_code == 403


def test_another_workspaces_figures_never_show(bob, personas):
    strategy = _measured(personas)
    charlie = client_for("charlie")
    assert _upload(charlie, strategy, ("posts.csv", INSTAGRAM_POSTS)).status_code == 404
    assert _upload(charlie, personas["foreign"], ("posts.csv", INSTAGRAM_POSTS)).status_code == 302
    page = bob.get(reverse("results:show", args=[strategy.pk])).content.decode()
    assert "Imported files" not in page and "No data" in page
    assert set(Measurement.objects.values_list("strategy_id", flat=True)) == {personas["foreign"].pk}


def test_the_page_speaks_german(bob, personas):
    strategy = _measured(personas)
    bob.post(reverse("set_language"), {"language": "de", "next": "/"})
    page = bob.get(reverse("results:show", args=[strategy.pk])).content.decode()
    assert "Ergebnisse" in page and "Exporte importieren" in page and "Keine Daten" in page


def test_the_demo_strategies_come_with_twelve_months_of_results(db):
    from socialstrategy.web.demo import DEMO_USER, load_demo_workspace
    from socialstrategy.web.strategies.models import Strategy
    from tests.web.conftest import PASSWORD

    load_demo_workspace(PASSWORD)
    client = client_for(DEMO_USER)
    for strategy in Strategy.objects.all():
        days = Measurement.objects.filter(strategy=strategy).values_list("day", flat=True)
        assert (max(days) - min(days)).days == 364
        page = client.get(reverse("results:show", args=[strategy.pk])).content.decode()
        assert "<svg" in page


def test_the_client_report_and_the_csv_download_in_the_strategys_language(bob, personas):
    strategy = _measured(personas)
    _upload(bob, strategy, ("posts.csv", INSTAGRAM_POSTS))
    report = bob.get(reverse("results:download", args=[strategy.pk, "md"]), {"as_of": "2026-09-16"})
    assert report["Content-Type"].startswith("text/markdown")
    assert "attachment" in report["Content-Disposition"] and ".md" in report["Content-Disposition"]
    assert "| Followers | Followers (Instagram) | 1,000 | 1,015 (2026-09-16) |" in report.content.decode()
    rows = bob.get(reverse("results:download", args=[strategy.pk, "csv"])).content.decode().splitlines()
    assert rows[0].startswith("goal,kpi,metric,platform,date")
    assert bob.get(reverse("results:download", args=[strategy.pk, "pdf"])).status_code == 404


def test_a_figure_entered_by_hand_is_checked_like_an_imported_one(bob, personas):
    strategy = _measured(personas)
    url = reverse("results:add", args=[strategy.pk])
    bad = bob.post(
        url, {"day": "2026-09-10", "platform": "instagram", "metric": "followers", "value": "=1+1"}
    )
    assert bad.status_code == 422 and "value: a formula, not a number" in bad.content.decode()
    assert not Measurement.objects.exists()
    for value in ("1200", "1300"):
        good = bob.post(
            url, {"day": "2026-09-10", "platform": "instagram", "metric": "followers", "value": value}
        )
        assert good.status_code == 302
    assert list(Measurement.objects.values_list("value", flat=True)) == [1300.0]
    page = bob.get(reverse("results:show", args=[strategy.pk])).content.decode()
    assert "1300" in page and "Enter a figure by hand" in page
