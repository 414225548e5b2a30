"""``serve`` warms the server before it forks its workers, so the first clicks are fast too."""

from __future__ import annotations

from django.template import engines

from socialstrategy.web.warmup import warm_up


def test_warming_up_parses_every_template_and_runs_every_panel_without_error(db):
    backend = engines["django"]
    loader = backend.engine.template_loaders[0]
    loader.reset()
    warm_up()
    parsed = set(loader.get_template_cache)
    assert {"base.html", "strategies/step.html", "strategies/panels/_calendar.html"} <= parsed
    assert len(parsed) > 40
