"""The German catalogs, the core's and the web's, hold each message once and agree with it."""

from pathlib import Path

from babel.messages.pofile import read_po

from socialstrategy.core.i18n import LOCALE_DIR

WEB_CATALOG = LOCALE_DIR.parent.parent / "web" / "locale" / "de" / "LC_MESSAGES" / "django.po"


def _catalog_paths() -> list[Path]:
    """Every German catalog: the core's (merged into one lookup) and the web's ``django.po``."""
    return [*sorted((LOCALE_DIR / "de" / "LC_MESSAGES").glob("*.po")), WEB_CATALOG]


def test_every_message_is_translated_in_one_catalog_only():
    """A message (context and id) has one German text: a second copy in another catalog could
    only drift, and the web shows the core's strings through the core's catalog."""
    owners: dict[tuple[str | None, str], str] = {}
    copies = []
    for path in _catalog_paths():
        with path.open("rb") as handle:
            for entry in read_po(handle):
                if not entry.id:
                    continue
                message = entry.id if isinstance(entry.id, str) else entry.id[0]
                key = (entry.context, str(message))
                owner = owners.setdefault(key, path.name)
                if owner != path.name:
                    copies.append(f"{key} in {owner} and {path.name}")
    assert not copies, f"Keep each message in one catalog ({len(copies)} copies):\n" + "\n".join(copies)


def test_every_catalog_parses_as_gettext():
    paths = list((LOCALE_DIR / "de" / "LC_MESSAGES").glob("*.po"))
    assert {path.stem for path in paths} >= {"checks", "knowledge", "texts", "planning"}
    for path in paths:
        with Path(path).open("rb") as handle:
            assert len(read_po(handle)) > 0


def _marked_strings() -> list[tuple[str, str]]:
    """Every literal passed to ``N_()`` anywhere in the core, with its file."""
    import ast

    found = []
    for path in sorted((LOCALE_DIR.parent).rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "N_"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found.append((path.name, node.args[0].value))
    return found


def test_every_string_the_core_marks_for_translation_has_a_german_translation():
    from socialstrategy.core.i18n import _catalog

    german = {message for _context, message in _catalog("de")}
    marked = _marked_strings()
    assert len(marked) > 300, "the scan found too few strings to be looking in the right place"
    missing = sorted({f"{name}: {text!r}" for name, text in marked if text not in german})
    assert not missing, "Add these to a German catalog:\n" + "\n".join(missing)


def _placeholders(text: str) -> list[str]:
    import re

    return sorted(re.findall(r"%\([a-z_]+\)[sdf]|\{[a-z_]+\}", text))


def test_every_translation_keeps_the_placeholders_of_its_message():
    problems = []
    for path in _catalog_paths():
        with path.open("rb") as handle:
            for entry in read_po(handle):
                pairs = (
                    zip(entry.id, entry.string, strict=True)
                    if entry.pluralizable
                    else [(entry.id, entry.string)]
                )
                for english, german in pairs:
                    if german and _placeholders(str(english)) != _placeholders(str(german)):
                        problems.append(f"{path.name}: {english!r} -> {german!r}")
    assert not problems, "\n".join(problems)
