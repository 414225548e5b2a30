"""Hostile text for every text field of a strategy: Typst, markup, HTML and formula payloads."""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from socialstrategy.core.model import Strategy

PAYLOADS = (
    '#read("/etc/passwd")',
    '#include "canary.txt"',
    '#read("canary.txt")',
    '#image("fonts/Inter-Regular.otf")',
    '#import "@preview/x:1.0.0"',
    "] #panic() [",
    "$ x^2 $",
    "<l> @r",
    "/* open comment",
    "<script>alert(1)</script>",
    '=HYPERLINK("http://evil.example","x")',
    "*bold* _em_ `raw` \\ #{1+1}",
)


def hostile_strategy(base: Strategy) -> Strategy:
    """``base`` with every free-text field replaced by a payload (ids and codes stay valid).

    Every string is replaced; where validation rejects the payload (an id, a code, a country),
    the original value is restored, until the document validates.
    """
    original = base.model_dump(mode="json")
    counter = iter(range(10**6))
    hostile = _replace_strings(original, counter)
    for _ in range(50):
        try:
            return Strategy.model_validate(hostile)
        except ValidationError as error:
            for problem in error.errors():
                _restore(hostile, original, problem["loc"])
    raise AssertionError("could not build a valid hostile strategy")


def payload_for(index: int) -> str:
    return PAYLOADS[index % len(PAYLOADS)]


def _replace_strings(value: Any, counter: Any) -> Any:
    if isinstance(value, str):
        return payload_for(next(counter))
    if isinstance(value, list):
        return [_replace_strings(item, counter) for item in value]
    if isinstance(value, dict):
        # keys of dicts (competences, response_times) are ids: keep them
        return {key: _replace_strings(item, counter) for key, item in value.items()}
    return value


def _restore(target: Any, source: Any, loc: tuple[Any, ...]) -> None:
    path = [part for part in loc if not (isinstance(part, str) and part.startswith(("function-", "[")))]
    for part in path[:-1]:
        if isinstance(target, dict) and part not in target:
            return
        target, source = target[part], source[part]
    last = path[-1] if path else None
    if (isinstance(target, dict) and last in source) or (isinstance(target, list) and isinstance(last, int)):
        target[last] = source[last]
    elif path:
        _restore_parent(target, source)


def _restore_parent(target: Any, source: Any) -> None:
    if isinstance(target, dict):
        target.clear()
        target.update(source)
