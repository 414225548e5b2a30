from functools import cache
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_file
from babel.messages.pofile import read_po

import socialstrategy

PACKAGE = Path(socialstrategy.__file__).parent
SOURCES = [
    *sorted((PACKAGE / "core" / "planning").glob("*.py")),
    PACKAGE / "commands" / "planning.py",
    PACKAGE / "core" / "checks" / "planning_rules.py",
]
CATALOGS = sorted((PACKAGE / "core" / "locale" / "de" / "LC_MESSAGES").glob("*.po"))


def _marked():
    for path in SOURCES:
        for _, message, _, _ in extract_from_file("python", str(path), keywords={"N_": None}):
            yield path.name, message


@pytest.mark.parametrize(("module", "message"), sorted(set(_marked())))
def test_every_marked_planning_string_has_a_german_translation_with_the_same_placeholders(module, message):
    entry = next((e for e in _entries() if e.get(message)), None)
    entry = entry.get(message) if entry else None
    assert entry is not None and entry.string, f"{module}: {message!r} is not translated"
    assert sorted(_placeholders(entry.string)) == sorted(_placeholders(message))


@cache
def _entries():
    """The core's catalogs (a message is in one of them)."""
    catalogs = []
    for path in CATALOGS:
        with path.open("rb") as handle:
            catalogs.append(read_po(handle, locale="de"))
    return catalogs


def _placeholders(text):
    import string

    return [name for _, name, _, _ in string.Formatter().parse(text) if name]
