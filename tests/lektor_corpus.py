"""Every text family the tool writes, for every demo in every text variant: what a Lektor reads.

:func:`texts` gives ``{family: text}`` for one demo in one variant (``en``, ``de-sie``,
``de-du``). The documents come from the core; ``check``, ``recommend`` and ``plan`` from the
command line, as their readers see them. The strategy's own free text (names, goals, notes) is
the user's and is masked before the detectors of :mod:`lektor` read a text.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cache
from pathlib import Path
from tempfile import TemporaryDirectory

from click.testing import CliRunner

from socialstrategy.cli import main
from socialstrategy.core.demos import list_demos, load_demo
from socialstrategy.core.fileformat import dump_strategy
from socialstrategy.core.model import Strategy
from socialstrategy.core.recommend.context import short
from socialstrategy.core.render.markdown import render_markdown
from socialstrategy.core.texts import render_crisis, render_guidelines, render_tone_guide
from tests.core.texts_fixtures import in_variant

VARIANTS = ("en", "de-sie", "de-du")
DOCUMENT_FAMILIES = ("tone", "guidelines", "crisis", "strategy", "guidelines-document", "crisis-document")
"""Texts the company hands on: they speak in the strategy's address form."""
TOOL_FAMILIES = ("check", "recommend", "plan")
"""Texts the tool writes to its user: one address form each, whichever it is."""
FAMILIES = DOCUMENT_FAMILIES + TOOL_FAMILIES
DEMOS = tuple(list_demos())


@cache
def texts(demo: str, variant: str) -> dict[str, str]:
    """Every text family of ``demo`` in ``variant``."""
    return texts_of(in_variant(load_demo(demo), variant))


def texts_of(strategy: Strategy) -> dict[str, str]:
    """Every text family of ``strategy``, in its own language and voices."""
    language = strategy.language
    result = {
        "tone": render_tone_guide(strategy),
        "guidelines": render_guidelines(strategy),
        "crisis": render_crisis(strategy),
    }
    for family, document in (("strategy", "strategy"), ("guidelines-document", "guidelines")):
        result[family] = render_markdown(strategy, language, document)[2].decode()  # type: ignore[arg-type]
    result["crisis-document"] = render_markdown(strategy, language, "crisis")[2].decode()
    result.update(_command_texts(strategy, language))
    return result


def _command_texts(strategy: Strategy, language: str) -> dict[str, str]:
    runner = CliRunner()
    with TemporaryDirectory() as folder:
        path = Path(folder) / "strategy.yaml"
        path.write_text(dump_strategy(strategy), encoding="utf-8")
        commands = {
            "check": ["check", str(path), "--lang", language],
            "recommend": ["recommend", str(path), "--lang", language],
            "plan": ["plan", str(path), "--lang", language, "--start", "2026-03-02"],
        }
        return {
            family: runner.invoke(main, arguments, env={"COLUMNS": "200"}).output
            for family, arguments in commands.items()
        }


@cache
def own_words(demo: str) -> tuple[str, ...]:
    """The demo's own free text (longest first): the user's words, in the user's language."""
    words = set(_strings(load_demo(demo).model_dump(mode="json")))
    return tuple(sorted((word for word in words if len(word) > 2), key=len, reverse=True))


def _strings(data: object) -> Iterator[str]:
    if isinstance(data, str):
        yield data
        yield from (line.strip() for line in data.splitlines() if line.strip())
    elif isinstance(data, dict):
        for value in data.values():
            yield from _strings(value)
    elif isinstance(data, list):
        for item in data:
            yield from _strings(item)


def masked(text: str, demo: str) -> str:
    """``text`` without the demo's own words (each replaced by ``⟨…⟩``), also where an output
    quotes them shortened."""
    for words in own_words(demo):
        text = text.replace(words, "⟨…⟩").replace(short(words), "⟨…⟩")
    return text
