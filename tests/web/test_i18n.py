"""German and English: the interface follows the chosen language, documents the strategy's own."""

from __future__ import annotations

import re

from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

from socialstrategy.web import settings as web_settings

CATALOG = web_settings.BASE_DIR / "locale" / "de" / "LC_MESSAGES" / "django"


def test_switching_to_german_translates_the_workshop(bob, personas):
    response = bob.post(
        "/i18n/setlang/", {"language": "de", "next": f"/s/{personas['strategy'].pk}/step/goals/"}
    )
    page = bob.get(response["Location"]).content.decode()
    assert 'lang="de"' in page
    assert "Ziele &amp; Kennzahlen" in page
    assert "Unternehmensziele" in page
    assert "Strategie-Check" in page


def test_german_findings_and_numbers_are_localised(bob, personas):
    from socialstrategy.web.strategies.store import save_document
    from tests.web.conftest import make_document

    strategy = personas["strategy"]
    goals = [{"id": "g1", "type": "sales", "statement": "Sell", "kpis": [{"metric": "m", "target": 1234.5}]}]
    save_document(strategy, make_document(goals=goals), 1, None, "test")
    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.get(f"/s/{strategy.pk}/step/goals/").content.decode()
    assert "1234,5" in page
    from django.utils.html import escape

    from socialstrategy.web.strategies import services

    strategy.refresh_from_db()
    findings = [f for f in services.run_checks(strategy.load()) if f.path.startswith("goals")]
    assert findings
    for finding in findings:
        german, english = finding.as_dict("de")["message"], finding.as_dict("en")["message"]
        assert german != english
        assert escape(german) in page


def test_the_document_language_is_independent_of_the_interface(bob, personas):
    strategy = personas["strategy"]
    bob.post(
        f"/s/{strategy.pk}/step/organisation/", {"version": "1", "organisation.name": "X", "language": "de"}
    )
    bob.post("/i18n/setlang/", {"language": "en", "next": "/"})
    markdown = bob.get(f"/s/{strategy.pk}/export/md/").content
    from socialstrategy.core.render.markdown import render

    strategy.refresh_from_db()
    assert markdown == render(strategy.load(), "de")[2]
    assert markdown != render(strategy.load(), "en")[2]


def test_every_message_has_a_german_translation():
    with open(f"{CATALOG}.po", "rb") as handle:
        catalog = read_po(handle, locale="de")
    untranslated = [m.id for m in catalog if m.id and (not m.string or m.fuzzy)]
    assert untranslated == []


def test_the_compiled_catalog_matches_its_source():
    """The .mo file is committed so that German works without gettext tools; it must be current."""
    with open(f"{CATALOG}.po", "rb") as handle:
        source = {_key(m): _tuple(m.string) for m in read_po(handle, locale="de") if m.id}
    with open(f"{CATALOG}.mo", "rb") as handle:
        compiled = {_key(m): _tuple(m.string) for m in read_mo(handle) if m.id}
    assert compiled == source


def _core_texts() -> list[tuple[str, str | None, str]]:
    """Every message the web shows through ``core_text`` (Python and templates), with its file."""
    found = []
    pattern = re.compile(r"""core_text[(\s]+"([^"]+)"(?:,?\s*(?:context\s+)?"([^"]+)")?""")
    for path in sorted(web_settings.BASE_DIR.rglob("*")):
        if path.suffix in {".py", ".html"}:
            for message, context in pattern.findall(path.read_text(encoding="utf-8")):
                found.append((message, context or None, path.name))
    return found


def test_every_message_the_web_takes_from_the_core_has_german_there():
    """``core_text`` falls back to English silently, so a typo or a message the core dropped
    would show English on a German page."""
    from socialstrategy.core.i18n import _catalog

    german = _catalog("de")
    used = _core_texts()
    assert len(used) > 80, "the scan found too few uses to be looking in the right place"
    missing = sorted(
        {f"{name}: {message!r}" for message, context, name in used if (context, message) not in german}
    )
    assert not missing, "\n".join(missing)


def test_a_form_label_the_documents_share_reads_as_in_the_documents(bob, personas):
    from socialstrategy.core.i18n import translate

    bob.post("/i18n/setlang/", {"language": "de", "next": "/"})
    page = bob.get(f"/s/{personas['strategy'].pk}/step/goals/").content.decode()
    assert translate("Target", "de") == "Zielwert"
    assert "<dt>Zielwert</dt>" in page


def _key(message):
    return message.context, _tuple(message.id)


def _tuple(value):
    return tuple(value) if isinstance(value, list | tuple) else value
