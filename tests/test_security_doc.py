"""docs/security.md names the test of each threat; every test file and test it names exists."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).parents[1]
DOC = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
CITED = re.compile(r"(tests/[\w/]+\.py)(?:::(\w+))?")


def _test_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return {
        node.name
        for node in ast.walk(tree)
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.name.startswith("test")
    }


def test_every_test_file_and_test_the_security_page_cites_exists():
    cited = CITED.findall(DOC)
    assert len({name for _, name in cited if name}) > 60, "the page cites too few tests to be read right"
    missing = []
    for file, name in cited:
        path = ROOT / file
        if not path.is_file():
            missing.append(file)
        elif name and name not in _test_names(path):
            missing.append(f"{file}::{name}")
    assert not missing, "docs/security.md cites tests that do not exist:\n" + "\n".join(sorted(set(missing)))


def test_every_threat_of_the_checklist_has_a_section():
    headings = set(re.findall(r"^## (.+)$", DOC, re.MULTILINE))
    assert {
        "Tenants",
        "Output encoding",
        "Imports and uploads",
        "Concurrency and durability",
        "Accounts",
    } <= headings
