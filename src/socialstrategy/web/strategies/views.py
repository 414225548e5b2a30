"""Views of a strategy: overview, the steps of the workshop, items edited in place, history."""

from __future__ import annotations

from functools import partial
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.core import fileformat
from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies import diff as diffs
from socialstrategy.web.strategies import flow, notes, pages
from socialstrategy.web.strategies.forms import FormErrors, copy_document, get_path, read_fields, validate
from socialstrategy.web.strategies.pagecache import render_strategy_page
from socialstrategy.web.strategies.pages import StrategyPage, step_context
from socialstrategy.web.strategies.steps import STEPS, STEPS_BY_ID, Step, get_step
from socialstrategy.web.workspaces.access import StrategyAccess, get_strategy_for_user
from socialstrategy.web.workspaces.models import Role


def _step_or_404(identifier: str) -> Step:
    step = get_step(identifier)
    if step is None:
        raise Http404
    return step


# --- pages --------------------------------------------------------------------------------------


@login_required
@require_GET
def show_overview(request: HttpRequest, pk: int) -> HttpResponse:
    page = StrategyPage(request, get_strategy_for_user(request, pk))

    def context() -> dict[str, Any]:
        sections = [
            {
                "step": s,
                "done": progress.is_completed,
                "fields": flow.bind(s.fields, page.document, page.document),
                "blocks": [flow.collection_block(c, c.path, c.path, page.document) for c in s.collections],
                "findings": [f for f in page.findings if f.step == s],
            }
            for s, progress in zip(STEPS, page.progress, strict=True)
        ]
        return page.context(sections=sections)

    return render_strategy_page(request, page.access, "strategies/overview.html", context)


@login_required
def show_step(request: HttpRequest, pk: int, step: str) -> HttpResponse:
    current = _step_or_404(step)
    if request.method == "POST":
        return save_step(request, pk, current)
    if request.method != "GET":
        return HttpResponse(status=405)
    page = StrategyPage(request, get_strategy_for_user(request, pk), current)
    fields = SimpleLazyObject(lambda: flow.bind(current.fields, page.document, page.document))
    context = partial(step_context, page, current, fields)
    return render_strategy_page(request, page.access, current.template, context)


def save_step(request: HttpRequest, pk: int, step: Step) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    document = copy_document(access.strategy.document)
    errors = read_fields(step.fields, request.POST, document)
    if not errors and step.check:
        errors = step.check(document)
    try:
        if errors:
            raise FormErrors(errors, [])
        model = validate(document, names=[f.name for f in step.fields])
    except FormErrors as invalid:
        page = StrategyPage(request, access, step)
        bound = flow.bind_submitted(step.fields, request.POST, page.document, "", invalid.errors)
        if not pages.is_htmx(request):
            # A plain form post (no JavaScript): the whole page again, with the errors at the fields.
            context = step_context(page, step, bound, general_errors=invalid.general)
            return render(request, step.template, context, status=422)
        context = page.context(fields=bound, general_errors=invalid.general)
        return render(request, "strategies/_section_form.html", context, status=_invalid_status(request))
    note = notes.record("{step}", step=notes.step_name(step.identifier))
    return _save(request, access, model, step, note=note, partial="strategies/_section_form.html")


def _invalid_status(request: HttpRequest) -> int:
    # htmx swaps only successful responses by default; a full-page post gets the honest 422.
    return 200 if pages.is_htmx(request) else 422


def _save(
    request: HttpRequest,
    access: StrategyAccess,
    model: StrategyDocument,
    step: Step,
    note: Message,
    partial: str,
    **extra: Any,
) -> HttpResponse:
    saved = pages.save_or_conflict(request, access, model, note, step)
    if isinstance(saved, HttpResponse):
        return saved
    if not pages.is_htmx(request):
        return redirect("strategies:step", saved.strategy.pk, step.identifier)
    page = StrategyPage(request, saved, step)
    context = page.context(
        fields=flow.bind(step.fields, page.document, page.document),
        blocks=SimpleLazyObject(page.blocks),  # only if a template asks for them
        saved=True,
        oob=True,
        **extra,
    )
    return render(request, partial, context)


@login_required
@require_POST
def reapply_changes(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    step = get_step(request.POST.get("step", "")) or STEPS[0]
    try:  # the file format's reader: bounded numbers and nesting, as an import
        model = fileformat.loads_strategy(request.POST.get("document", ""), "document", "json")
    except fileformat.StrategyFileError:
        return HttpResponseBadRequest(_("The changes could not be read."))
    saved = pages.save_or_conflict(request, access, model, notes.record(N_("Re-applied changes")), step)
    if isinstance(saved, HttpResponse):
        return saved
    messages.success(request, _("Your changes were applied on top of the latest version."))
    return redirect("strategies:step", pk, step.identifier)


# --- repeating items --------------------------------------------------------------------------------


def _resolved(request: HttpRequest) -> tuple[flow.ResolvedCollection, str, int | None]:
    data = request.POST if request.method == "POST" else request.GET
    path = ".".join(str(p) for p in flow.split_path(data.get("collection", "")))
    resolved = flow.resolve_collection(path)
    index_text = data.get("index", "new")
    if resolved is None or not (index_text == "new" or index_text.isdigit()):
        raise Http404
    return resolved, path, None if index_text == "new" else int(index_text)


@login_required
def edit_item(request: HttpRequest, pk: int) -> HttpResponse:
    if request.method == "POST":
        return save_item(request, pk)
    if request.method != "GET":
        return HttpResponse(status=405)
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    resolved, path, index = _resolved(request)
    document = access.strategy.document
    if index is not None and get_path(document, f"{path}.{index}") is None:
        raise Http404
    if request.GET.get("cancel"):
        return _collection_response(request, access, resolved)
    context = _item_context(
        access, resolved, path, index, flow.item_form(resolved.spec, path, index, document)
    )
    return render(request, "strategies/_item_form.html", context)


def _item_context(
    access: StrategyAccess,
    resolved: flow.ResolvedCollection,
    path: str,
    index: int | None,
    fields: list[Any],
    general: list[str] | None = None,
) -> dict[str, Any]:
    return {
        "access": access,
        "strategy": access.strategy,
        "spec": resolved.spec,
        "collection": path,
        "top": resolved.top,
        "index": "new" if index is None else index,
        "item_path": f"{path}.{'new' if index is None else index}",
        "fields": fields,
        "general_errors": general or [],
        "step": resolved.step,
    }


def _collection_response(
    request: HttpRequest,
    access: StrategyAccess,
    resolved: flow.ResolvedCollection,
    oob: bool = False,
    **extra: Any,
) -> HttpResponse:
    page = StrategyPage(request, access, resolved.step)
    spec = next(c for c in resolved.step.collections if c.path == resolved.top)
    block = flow.collection_block(spec, spec.path, spec.path, page.document)
    context = page.context(block=block, oob=oob, **extra)
    return render(request, "strategies/_collection_response.html", context)


def save_item(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    resolved, path, index = _resolved(request)
    document = copy_document(access.strategy.document)
    items = _list_at(document, path)
    if index is not None and index >= len(items):
        raise Http404
    item = copy_document(items[index]) if index is not None else {}
    kept_id = item.get("id")
    errors = read_fields(resolved.spec.fields, request.POST, item)
    position = index if index is not None else len(items)
    resolved.spec.identify(item, kept_id, items[:position] + items[position + 1 :])
    items[position : position + (index is not None)] = [item]
    names = [f.name for f in resolved.spec.fields]
    try:
        if errors:
            raise FormErrors(errors, [])
        model = validate(document, prefix=f"{path}.{position}.", names=names)
    except FormErrors as invalid:
        fields = flow.item_form(
            resolved.spec, path, index, access.strategy.document, request.POST, invalid.errors
        )
        if not pages.is_htmx(request):
            item_path = f"{path}.{'new' if index is None else index}"
            return _step_with_item_form(
                request, access, resolved.step, flow.Submitted(item_path, fields, invalid.general)
            )
        context = _item_context(access, resolved, path, index, fields, invalid.general)
        response = render(request, "strategies/_item_form.html", context, status=_invalid_status(request))
        return pages.swap(response, "#form-" + flow.anchor(context["item_path"])[2:])
    note = notes.record("{item}: {title}", item=resolved.spec.item_label, title=resolved.spec.title(item))
    return _save_collection(request, access, resolved, model, note, path)


def _step_with_item_form(
    request: HttpRequest, access: StrategyAccess, step: Step, submitted: flow.Submitted
) -> HttpResponse:
    """A plain item post (no JavaScript) that failed: the whole step, the form open with the input
    and its errors (a posted page, so never kept by the page cache)."""
    page = StrategyPage(request, access, step)
    fields = flow.bind(step.fields, page.document, page.document)
    context = step_context(page, step, fields, submitted)
    return render(request, step.template, context, status=422)


def _list_at(document: dict[str, Any], path: str) -> list[Any]:
    """The list at ``path``, created (with its parent sections) when missing; 404 when its parent
    item is gone (removed in another tab since the form was opened)."""
    parts = flow.split_path(path)
    node: Any = document
    for part in parts[:-1]:
        if isinstance(part, int):
            if not isinstance(node, list) or part >= len(node):
                raise Http404
            node = node[part]
        else:
            node = node.setdefault(part, {})
    items: list[Any] = node.setdefault(parts[-1], [])
    return items


def _save_collection(
    request: HttpRequest,
    access: StrategyAccess,
    resolved: flow.ResolvedCollection,
    model: StrategyDocument,
    note: Message,
    path: str,
    message: str = "",
) -> HttpResponse:
    saved = pages.save_or_conflict(request, access, model, note, resolved.step)
    if isinstance(saved, HttpResponse):
        return saved
    if not pages.is_htmx(request):
        # Without JavaScript: back to the step, at the collection the item belonged to.
        if message:
            messages.success(request, message)
        step_url = reverse("strategies:step", args=[saved.strategy.pk, resolved.step.identifier])
        return redirect(f"{step_url}#col-{flow.anchor(path)[2:]}")
    response = _collection_response(request, saved, resolved, oob=True)
    return pages.swap(response, "#col-" + flow.anchor(resolved.top)[2:])


@login_required
@require_POST
def remove_item(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    resolved, path, index = _resolved(request)
    document = copy_document(access.strategy.document)
    items = get_path(document, path)
    if index is None or not isinstance(items, list) or index >= len(items):
        raise Http404
    removed = items.pop(index)
    title = resolved.spec.title(removed) or f"#{index + 1}"
    item = f"{resolved.spec.item_label}: {title}"
    try:
        model = validate(document)
    except FormErrors as invalid:
        return _not_removed(request, access, resolved, path, item, invalid, document)
    note = notes.record(N_("Removed {item}: {title}"), item=resolved.spec.item_label, title=title)
    message = _("Removed %(item)s. You can restore it from the history.") % {"item": item}
    return _save_collection(request, access, resolved, model, note, path, message)


def _not_removed(
    request: HttpRequest,
    access: StrategyAccess,
    resolved: flow.ResolvedCollection,
    path: str,
    item: str,
    invalid: FormErrors,
    document: dict[str, Any],
) -> HttpResponse:
    """Removing the item would leave an invalid strategy: nothing is saved; the collection says
    which item stayed and why (with htmx in place, without JavaScript on the whole step)."""
    labels = flow.path_labels()
    reasons = [
        f"{diffs.readable_path(where, labels, document)}: {message}" if where else message
        for where, message in invalid.located
    ]
    message = _("Not removed: %(item)s. Without it the strategy would not be valid; nothing was changed.") % {
        "item": item
    }
    removal = {"collection": path, "message": message, "reasons": reasons}
    if not pages.is_htmx(request):
        page = StrategyPage(request, access, resolved.step)
        fields = flow.bind(resolved.step.fields, page.document, page.document)
        context = step_context(page, resolved.step, fields, removal=removal)
        return render(request, resolved.step.template, context, status=422)
    response = _collection_response(request, access, resolved, removal=removal)
    return pages.swap(response, "#col-" + flow.anchor(resolved.top)[2:])


@login_required
@require_GET
def show_check(request: HttpRequest, pk: int) -> HttpResponse:
    step = get_step(request.GET.get("step", ""))
    page = StrategyPage(request, get_strategy_for_user(request, pk), step)
    return render_strategy_page(request, page.access, "strategies/_check_panel.html", page.context)


@login_required
@require_POST
def generate_texts(request: HttpRequest, pk: int) -> HttpResponse:
    """Write the guidelines and crisis playbook from the strategy; hand-edited sections stay."""
    from socialstrategy.core.texts import regenerate

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    step = STEPS_BY_ID["guidelines"]
    model = regenerate(access.strategy.load())
    base = pages.posted_version(request) if "version" in request.POST else access.strategy.version
    note = notes.record(N_("Generated guidelines and crisis playbook"))
    saved = pages.save_or_conflict(request, access, model, note, step, base)
    if isinstance(saved, HttpResponse):
        return saved
    messages.success(request, _("The guidelines and the crisis playbook were written. Check and adapt them."))
    response: HttpResponse = redirect("strategies:step", pk, step.identifier)
    if pages.is_htmx(request):
        response = HttpResponse(status=204)
        response["HX-Redirect"] = reverse("strategies:step", args=[pk, step.identifier])
    return response
