"""Building what a step page shows: bound fields, collection blocks, findings with their links."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from django.urls import reverse

from socialstrategy.core import process
from socialstrategy.core.checks import Finding
from socialstrategy.core.progress import is_later
from socialstrategy.web.strategies import vocabulary as v
from socialstrategy.web.strategies.forms import (
    BoundField,
    Collection,
    anchor,
    bind,
    bind_submitted,
    get_path,
    split_path,
)
from socialstrategy.web.strategies.steps import STEPS, Step, get_step

Document = dict[str, Any]


@dataclass
class ItemBlock:
    path: str
    index: int
    title: str
    fields: list[BoundField]
    children: list[CollectionBlock]
    editing: bool = False
    errors: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "item-" + anchor(self.path)[2:]


@dataclass
class CollectionBlock:
    spec: Collection
    path: str
    top: str
    items: list[ItemBlock]
    new_fields: list[BoundField] | None = None  # the form for a new item, when it is open
    new_errors: list[str] = field(default_factory=list)

    @property
    def id(self) -> str:
        return "col-" + anchor(self.path)[2:]


@dataclass(frozen=True)
class Submitted:
    """An item form posted without JavaScript that failed: shown again on its step page."""

    path: str  # the item's path, ``goals.0`` or ``goals.new``
    fields: list[BoundField]
    errors: list[str]


@dataclass(frozen=True)
class ResolvedCollection:
    step: Step
    spec: Collection
    top: str


def resolve_collection(path: str) -> ResolvedCollection | None:
    """Find the collection spec for a concrete path such as ``goals.2.kpis``."""
    for step in STEPS:
        for spec in step.collections:
            found = _resolve(spec, path, spec.path)
            if found is not None:
                return ResolvedCollection(step, found, spec.path)
    return None


def _resolve(spec: Collection, path: str, base: str) -> Collection | None:
    if path == base:
        return spec
    prefix = base + "."
    if not path.startswith(prefix):
        return None
    index = path[len(prefix) :].partition(".")[0]
    if not index.isdigit():
        return None
    for child in spec.children:
        found = _resolve(child, path, f"{base}.{index}.{child.path}")
        if found is not None:
            return found
    return None


def collection_block(
    spec: Collection,
    path: str,
    top: str,
    document: Document,
    editing: str | None = None,
    submitted: Submitted | None = None,
) -> CollectionBlock:
    """The items at ``path``; the one at ``editing`` (or a new one, ``<path>.new``) as an open form."""
    items = get_path(document, path) or []
    block = CollectionBlock(
        spec,
        path,
        top,
        [item_block(spec, path, top, i, item, document, editing, submitted) for i, item in enumerate(items)],
    )
    if editing == f"{path}.new":
        block.new_fields = item_form(spec, path, None, document)
        if submitted is not None and submitted.path == editing:
            block.new_fields, block.new_errors = submitted.fields, submitted.errors
    return block


def item_block(
    spec: Collection,
    path: str,
    top: str,
    index: int,
    item: Document,
    document: Document,
    editing: str | None,
    submitted: Submitted | None = None,
) -> ItemBlock:
    item_path = f"{path}.{index}"
    block = ItemBlock(
        path=item_path,
        index=index,
        title=spec.title(item) or f"#{index + 1}",
        fields=bind(spec.fields, item, document, id_prefix=item_path + "."),
        children=[
            collection_block(child, f"{item_path}.{child.path}", top, document, editing, submitted)
            for child in spec.children
        ],
        editing=editing == item_path,
    )
    if submitted is not None and submitted.path == item_path:
        block.fields, block.errors = submitted.fields, submitted.errors
    return block


def item_form(
    spec: Collection,
    path: str,
    index: int | None,
    document: Document,
    data: Any = None,
    errors: dict[str, str] | None = None,
) -> list[BoundField]:
    item_path = f"{path}.{index if index is not None else 'new'}"
    if data is not None:
        return bind_submitted(spec.fields, data, document, item_path + ".", errors or {})
    item = get_path(document, f"{path}.{index}") if index is not None else {}
    return bind(spec.fields, item or {}, document, id_prefix=item_path + ".")


# --- findings -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class FindingView:
    code: str
    severity: str
    severity_label: str
    message: str
    hint: str
    path: str
    step: Step | None
    url: str
    waits_for: Step | None = None
    """The later step the finding is about, when the strategy has not reached it yet."""

    @property
    def is_later(self) -> bool:
        return self.waits_for is not None


def finding_views(
    findings: list[Finding], strategy_pk: int, language: str, reached: process.Step | None = None
) -> list[FindingView]:
    """The findings as the pages show them; with ``reached``, those about a later step are marked."""
    return [_finding_view(f, strategy_pk, language, reached) for f in findings]


def _finding_view(
    finding: Finding, strategy_pk: int, language: str, reached: process.Step | None
) -> FindingView:
    data = finding.as_dict(language)
    path = ".".join(str(p) for p in split_path(finding.path or ""))
    step = get_step(finding.step)  # the step that owns its field (the core files it there)
    later = reached is not None and is_later(finding, reached)
    return FindingView(
        code=finding.code,
        severity=finding.severity,
        severity_label=v.label(v.SEVERITIES, finding.severity),
        message=data["message"],
        hint=data["hint"],
        path=path,
        step=step,
        url=_link(strategy_pk, step, path),
        waits_for=get_step(finding.waits_for or finding.step) if later else None,
    )


def _link(strategy_pk: int, step: Step | None, path: str) -> str:
    if step is None:
        return reverse("strategies:overview", args=[strategy_pk])
    url = reverse("strategies:step", args=[strategy_pk, step.identifier])
    edit, target = locate(step, path)
    query = f"?edit={edit}" if edit else ""
    return f"{url}{query}#{target}"


def locate(step: Step, path: str) -> tuple[str, str]:
    """Which item to open for editing, and which element to jump to, for a finding's path."""
    for f in step.fields:
        if path == f.name or path.startswith(f.name + "."):
            return "", anchor(f.name)
    parts = path.split(".")
    for length in range(len(parts), 0, -1):
        prefix = ".".join(parts[:length])
        if parts[length - 1].isdigit() and resolve_collection(".".join(parts[: length - 1])):
            spec = resolve_collection(".".join(parts[: length - 1]))
            rest = parts[length] if length < len(parts) else ""
            names = {f.name for f in spec.spec.fields} if spec else set()
            target = anchor(f"{prefix}.{rest}") if rest in names else "item-" + anchor(prefix)[2:]
            return prefix, target
        if resolve_collection(prefix):
            return "", "col-" + anchor(prefix)[2:]
    return "", "step-form"


def path_labels() -> dict[str, str]:
    """Translated labels of every field and collection, keyed by path pattern (``goals.*.serves``)."""
    labels: dict[str, str] = {}
    for step in STEPS:
        for f in step.fields:
            labels[f.name] = str(f.label)
        for spec in step.collections:
            _collection_labels(spec, spec.path, labels)
    return labels


def _collection_labels(spec: Collection, pattern: str, labels: dict[str, str]) -> None:
    labels[pattern] = str(spec.label)
    for f in spec.fields:
        labels[f"{pattern}.*.{f.name}"] = str(f.label)
    for child in spec.children:
        _collection_labels(child, f"{pattern}.*.{child.path}", labels)
