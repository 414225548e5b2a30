"""The knowledge docs cannot drift: their examples load, and every code and command is described."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from socialstrategy.core.checks import registered_codes
from socialstrategy.core.knowledge import ENV_VAR, clear_cache, load_knowledge
from socialstrategy.core.recommend import DEFAULT_WEIGHTS

DOCS = Path(__file__).parents[2] / "docs"


@pytest.fixture(autouse=True)
def _no_overlay(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    clear_cache()
    yield
    clear_cache()


def _yaml_blocks(name: str) -> list[str]:
    return re.findall(r"```yaml\n(.*?)```", (DOCS / name).read_text(), flags=re.S)


def test_the_overlay_example_in_the_docs_loads(tmp_path):
    example = next(b for b in _yaml_blocks("knowledge.md") if b.startswith("sources:"))
    path = tmp_path / "overlay.yaml"
    path.write_text(example, encoding="utf-8")
    kb = load_knowledge(path)
    assert kb.platform("xing").goal_fit["recruiting"].origin == "overlay"
    assert kb.effort_for("image") is not None


def test_every_knowledge_check_code_is_documented():
    text = (DOCS / "knowledge.md").read_text()
    ours = ["platform-barely-reaches-audience", "cadence-exceeds-team-hours", "unknown-recommendation-weight"]
    assert set(ours) <= set(registered_codes())
    for code in [*ours, "knowledge-overlay-invalid"]:
        assert f"### `{code}`" in text, code


def test_every_weight_is_documented_with_its_default_importance_and_share():
    from socialstrategy.core.recommend import weight_shares

    text = (DOCS / "scoring.md").read_text()
    for share in weight_shares(DEFAULT_WEIGHTS):
        assert f"| `{share.key}` | {share.importance:g} | {share.share} % |" in text, share.key
