"""What every strategy page and action shares: the page context (document, findings, progress of
the steps, the step's panel), saving with the version check ("save, or show the conflict"), and
the htmx answers (is it an htmx request, swap an element).

Views import these public names; no view reaches into another view module's private helpers.
"""

from __future__ import annotations

import json
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import get_language

from socialstrategy.core.checks import Finding
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.progress import StepProgress, reached_step, step_progress
from socialstrategy.web.converters import parse_id
from socialstrategy.web.strategies import diff as diffs
from socialstrategy.web.strategies import flow, services
from socialstrategy.web.strategies.models import PARSED, Strategy
from socialstrategy.web.strategies.steps import STEPS, Step, build_panel, neighbours
from socialstrategy.web.strategies.store import StaleVersion, base_document, save_document, to_json
from socialstrategy.web.workspaces.access import StrategyAccess


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def swap(response: HttpResponse, target: str, how: str = "outerHTML") -> HttpResponse:
    """Have htmx put ``response`` at ``target`` (a CSS selector) instead of the requesting element."""
    response["HX-Retarget"] = target
    response["HX-Reswap"] = how
    return response


def posted_version(request: HttpRequest) -> int:
    """The newest version the page knew: the form's own field, and with htmx also the page's."""
    versions = [parse_id(v) for v in request.POST.getlist("version")]
    return max((v for v in versions if v is not None), default=-1)


def checked(strategy: Strategy) -> list[Finding]:
    """The strategy check's findings for this version (checked once per version and process:
    the save that made a version checks it, and the pages that show it reuse that)."""
    key = strategy.cache_key()
    entry = PARSED.get(key)
    if entry is not None and "findings" in entry:
        return entry["findings"]  # type: ignore[no-any-return]
    findings = services.run_checks(strategy.load())
    PARSED.put(key, findings=findings)
    return findings


class StrategyPage:
    """What every strategy page needs: the document, its findings and the progress of the steps."""

    def __init__(self, request: HttpRequest, access: StrategyAccess, step: Step | None = None):
        self.request = request
        self.access = access
        self.strategy = access.strategy
        self.document: dict[str, Any] = self.strategy.document
        self.step = step
        self.panel_state: dict[str, Any] = {}  # e.g. a calendar entry's errors, set by its view

    # Computed on first use: a page kept for this version (pagecache) needs none of it.
    @cached_property
    def model(self) -> StrategyDocument:
        return self.strategy.load()

    @cached_property
    def findings(self) -> list[flow.FindingView]:
        """Every finding; those about a step the strategy has not reached are marked later."""
        language = get_language() or "en"
        reached = reached_step(self.model, self.step.identifier if self.step else None)
        return flow.finding_views(checked(self.strategy), self.strategy.pk, language, reached)

    @property
    def current_findings(self) -> list[flow.FindingView]:
        return [f for f in self.findings if not f.is_later]

    @property
    def later_findings(self) -> list[flow.FindingView]:
        return [f for f in self.findings if f.is_later]

    @cached_property
    def progress(self) -> list[StepProgress]:
        return step_progress(self.model, checked(self.strategy), self.step.identifier if self.step else None)

    @cached_property
    def done_count(self) -> int:
        return sum(1 for item in self.nav if item["done"])

    @cached_property
    def issue_count(self) -> int:
        """The findings to fix now, in all steps: the sum of the step list's numbers."""
        return sum(item.issues for item in self.progress)

    @property
    def nav_key(self) -> str:
        """What the step navigation shows, so that it is kept across versions that agree on it."""
        return ",".join(f"{int(item['done'])}{item['issues']}" for item in self.nav)

    def context(self, **extra: Any) -> dict[str, Any]:
        context = {
            "page": self,
            "access": self.access,
            "strategy": self.strategy,
            "workspace": self.strategy.workspace,
            "document": self.document,
            "step": self.step,
            "steps": SimpleLazyObject(lambda: self.nav),
            "findings": SimpleLazyObject(lambda: self.findings),
            "step_findings": SimpleLazyObject(
                lambda: [f for f in self.findings if self.step and f.step == self.step and not f.is_later]
            ),
            "step_later": SimpleLazyObject(
                lambda: [f for f in self.findings if self.step and f.step == self.step and f.is_later]
            ),
            "step_count": len(STEPS),
            "panel": SimpleLazyObject(self.panel),
        }
        context.update(extra)
        return context

    def panel(self) -> dict[str, Any] | None:
        """The step's extra panel (knowledge base, recommendation, ...), if it has one."""
        if self.step is None or self.step.build_panel is None:
            return None
        posted = {k: v for k, v in self.request.POST.items() if k in ("view", "from")}
        query = {**self.request.GET.dict(), **posted, **self.panel_state}
        return build_panel(self.step, self.model, get_language() or "en", query)

    @cached_property
    def nav(self) -> list[dict[str, Any]]:
        """Each step with whether it is complete (input and no error) and its findings to fix now."""
        return [
            {
                "step": s,
                "number": i,
                "done": item.is_completed,
                "issues": item.issues,
                "later": item.later,
                "current": s == self.step,
            }
            for i, (s, item) in enumerate(zip(STEPS, self.progress, strict=True), start=1)
        ]

    def blocks(
        self, editing: str | None = None, submitted: flow.Submitted | None = None
    ) -> list[flow.CollectionBlock]:
        assert self.step is not None
        return [
            flow.collection_block(c, c.path, c.path, self.document, editing, submitted)
            for c in self.step.collections
        ]


def step_context(
    page: StrategyPage, step: Step, fields: Any, submitted: flow.Submitted | None = None, **extra: Any
) -> dict[str, Any]:
    """The context of a whole step page: its form, its lists and the way to the steps around it."""
    # The item whose form is open: from the link (``?edit=goals.0``) or a failed plain post.
    editing = submitted.path if submitted else page.request.GET.get("edit")
    previous_step, next_step = neighbours(step)
    return page.context(
        fields=fields,
        editing=editing,
        blocks=SimpleLazyObject(lambda: page.blocks(editing, submitted)),
        step_number=step.number,
        previous_step=previous_step,
        next_step=next_step,
        exports=services.exports() if step.identifier == "review" else [],
        **extra,
    )


def save_or_conflict(
    request: HttpRequest,
    access: StrategyAccess,
    model: StrategyDocument,
    note: Message,
    step: Step | None,
    base: int | None = None,
) -> StrategyAccess | HttpResponse:
    """Store ``model`` as the next version if nobody saved since the page's version (``base``,
    else the posted one): the access to the saved strategy, or the conflict to answer with."""
    from socialstrategy.core.planning.calendar import with_revisions

    base = posted_version(request) if base is None else base
    model = with_revisions(access.strategy.load(), model)  # calendar apps see which posts changed
    try:
        strategy = save_document(access.strategy, model, base, request.user, note)
    except StaleVersion as stale:
        return conflict(request, access, model, base, stale.current, step)
    return StrategyAccess(strategy, access.role, access.is_client)


def conflict(
    request: HttpRequest,
    access: StrategyAccess,
    mine: StrategyDocument,
    base_version: int,
    current: Strategy,
    step: Step | None,
) -> HttpResponse:
    """Someone saved in between: show what they changed and what we wanted, offer to re-apply."""
    base = base_document(current, base_version)
    my_document = to_json(mine)
    merged = diffs.reapply(base, my_document, current.document)
    context = {
        "strategy": current,
        "step": step,
        "their_changes": diffs.diff(base, current.document, flow.path_labels()),
        "my_changes": diffs.diff(base, my_document, flow.path_labels()),
        "merged": json.dumps(merged),
        "current": current,
        "workspace": current.workspace,
        "access": access,
    }
    if not is_htmx(request):  # a plain form post: the conflict as a page of its own
        return render(request, "strategies/conflict.html", context, status=409)
    return swap(render(request, "strategies/_conflict.html", context), "#dialog", "innerHTML")
