"""The check panel's link to the overview reads as German for one finding too (issue 12)."""

from __future__ import annotations

from django.template import Context, Template
from django.utils import translation

LINK = Template(
    "{% load i18n %}{% blocktranslate count counter=count %}See it in the overview{% plural %}"
    "All {{ counter }} findings{% endblocktranslate %}"
)


def test_one_finding_is_not_all_one_findings() -> None:
    with translation.override("de"):
        assert LINK.render(Context({"count": 1})) == "In der Übersicht ansehen"
        assert LINK.render(Context({"count": 3})) == "Alle 3 Befunde"


def test_the_panel_uses_that_wording() -> None:
    from pathlib import Path

    import socialstrategy.web

    panel = Path(socialstrategy.web.__file__).parent / "templates/strategies/_check_panel.html"
    text = panel.read_text(encoding="utf-8")
    assert "See it in the overview{% plural %}All {{ counter }} findings" in text
