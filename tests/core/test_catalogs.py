"""The core's German catalogs are merged into one lookup, so they must agree with each other."""

from pathlib import Path

from babel.messages.pofile import read_po

from socialstrategy.core.i18n import LOCALE_DIR


def test_no_two_catalogs_translate_the_same_message_differently():
    seen: dict[tuple[str | None, str], tuple[str, str]] = {}
    conflicts = []
    for path in sorted((LOCALE_DIR / "de" / "LC_MESSAGES").glob("*.po")):
        with path.open("rb") as handle:
            for entry in read_po(handle):
                if not entry.id or not entry.string:
                    continue
                key = (entry.context, str(entry.id))
                earlier = seen.setdefault(key, (path.name, str(entry.string)))
                if earlier[1] != entry.string:
                    conflicts.append(f"{key[1]!r}: {earlier[0]} says {earlier[1]!r}, {path.name} {entry.string!r}")
    assert not conflicts, "Use msgctxt or one shared wording:\n" + "\n".join(conflicts)


def test_every_catalog_parses_as_gettext():
    paths = list((LOCALE_DIR / "de" / "LC_MESSAGES").glob("*.po"))
    assert {path.stem for path in paths} >= {"checks", "knowledge", "texts", "planning"}
    for path in paths:
        with Path(path).open("rb") as handle:
            assert len(read_po(handle)) > 0
