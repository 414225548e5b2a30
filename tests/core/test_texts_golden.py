"""Golden files: the generated texts of the demo strategies, for review by a German speaker.

Rewrite them after an intended change with ``UPDATE_GOLDEN=1 uv run pytest tests/core/test_texts_golden.py``
and read the diff before committing.
"""

import os
from pathlib import Path

import pytest
from texts_fixtures import demo, in_variant

from socialstrategy.core.demos import list_demos
from socialstrategy.core.texts import render_crisis, render_guidelines, render_tone_guide

GOLDEN = Path(__file__).parent.parent / "golden" / "texts"
DOCUMENTS = {"tone": render_tone_guide, "guidelines": render_guidelines, "crisis": render_crisis}


@pytest.mark.parametrize("document", list(DOCUMENTS))
@pytest.mark.parametrize("variant", ["en", "de-sie", "de-du"])
@pytest.mark.parametrize("name", list_demos())
def test_generated_text_matches_its_golden_file(name, variant, document):
    text = DOCUMENTS[document](in_variant(demo(name), variant))
    path = GOLDEN / f"{name}.{variant}.{document}.md"
    if os.environ.get("UPDATE_GOLDEN"):
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert path.exists(), f"{path} is missing; run with UPDATE_GOLDEN=1 to create it"
    assert text == path.read_text(encoding="utf-8")
