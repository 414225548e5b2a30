"""The Jinja2 environment that renders generated texts, one template set per text variant.

Templates live in ``templates/<variant>/`` (``en``, ``de-sie``, ``de-du``). A section template
sets its ``title`` at the top (``{% set title = "…" %}``) and renders its body; Jinja exports the
top-level ``set`` as a module attribute, so title and body come from one file.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from jinja2 import Environment, FileSystemLoader, StrictUndefined

Variant = Literal["en", "de-sie", "de-du"]
VARIANTS: tuple[Variant, ...] = ("en", "de-sie", "de-du")
TEMPLATE_DIR = Path(__file__).parent / "templates"
DATA_DIR = Path(__file__).parent / "data"


@dataclass(frozen=True)
class RenderedSection:
    key: str
    title: str
    body: str


@cache
def environment() -> Environment:
    # Markdown output, not HTML: escaping belongs to whoever renders the Markdown.
    env = Environment(
        loader=FileSystemLoader(TEMPLATE_DIR),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        autoescape=False,
    )
    env.filters["join_names"] = join_names
    env.filters["hours"] = format_hours
    env.filters["oneline"] = oneline
    return env


def render_section(variant: Variant, folder: str, key: str, context: dict[str, Any]) -> RenderedSection:
    """Render ``templates/<variant>/<folder>/<key>.md.j2`` into a titled section."""
    template = environment().get_template(f"{variant}/{folder}/{key}.md.j2")
    module = template.make_module(context)
    return RenderedSection(key=key, title=str(vars(module)["title"]).strip(), body=_tidy(str(module)))


def render_document(variant: Variant, name: str, context: dict[str, Any]) -> str:
    """Render a whole document template such as ``guidelines.md.j2``."""
    template = environment().get_template(f"{variant}/{name}.md.j2")
    return _tidy(template.render(context)) + "\n"


def labels(variant: Variant) -> Any:
    """The exported names of ``templates/<variant>/_labels.j2`` (dicts of short labels)."""
    return environment().get_template(f"{variant}/_labels.j2").module


@cache
def variant_data(variant: Variant, name: str) -> Any:
    """A YAML file of texts for one variant, e.g. the tone catalogue or crisis levels."""
    with (TEMPLATE_DIR / variant / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def data(name: str) -> Any:
    """A language-neutral data file from ``data/``."""
    with (DATA_DIR / f"{name}.yaml").open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def join_names(names: list[str], conjunction: str = "and") -> str:
    """``["A", "B", "C"]`` → ``"A, B and C"``."""
    names = [n for n in names if n]
    if len(names) <= 1:
        return "".join(names)
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


def oneline(text: str) -> str:
    """Hard line breaks of a YAML block folded into one line, e.g. for a list item."""
    return " ".join(text.split())


def format_hours(value: float | None, decimal: str = ".") -> str:
    """``1.0`` → ``"1"``, ``0.5`` → ``"0.5"`` (``"0,5"`` with ``decimal=","``); the template adds
    the unit."""
    if value is None:
        return ""
    text = str(int(value)) if float(value).is_integer() else f"{value:g}"
    return text.replace(".", decimal)


def _tidy(text: str) -> str:
    """Collapse the blank lines that template logic leaves behind."""
    lines = [line.rstrip() for line in text.strip().splitlines()]
    tidy: list[str] = []
    for line in lines:
        if line == "" and tidy and tidy[-1] == "":
            continue
        tidy.append(line)
    return "\n".join(tidy)
