"""Actions of the workshop's panels: edit a generated text section in place or reset it, the
capacity chart as an image, generate the editorial calendar, move and edit a calendar entry.

Every change is a normal save (revision, version check, refreshed check panel); the answer to
an htmx request is the step's panel, a plain form post is redirected back to the step.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.core.i18n import N_
from socialstrategy.core.message import Message
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.model import is_identifier
from socialstrategy.web.strategies import flow, notes, pages
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.strategies.pagecache import render_strategy_page
from socialstrategy.web.strategies.steps import STEPS_BY_ID, Step
from socialstrategy.web.workspaces.access import StrategyAccess, get_strategy_for_user
from socialstrategy.web.workspaces.models import Role

PARTS = ("guidelines", "crisis")
TITLE_MAX = 200
BODY_MAX = 20_000
MAX_WEEKS = 52
ENTRY_FIELDS = ("title", "format", "pillar", "owner", "status")
"""Fields of a calendar entry the panel's form edits besides date and time."""
PANEL_PARAMS = ("view", "from", "v")


# --- generated text sections ----------------------------------------------------------------------


@login_required
@require_POST
def edit_section(request: HttpRequest, pk: int) -> HttpResponse:
    """Save the user's version of a guideline or playbook section; it is kept on regeneration."""
    from socialstrategy.core import texts

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    part, key = _part_and_key(request)
    title = clean_text(request.POST.get("title", ""))
    body = clean_text(request.POST.get("body", "").replace("\r\n", "\n"))
    errors = {}
    if not title:
        errors["title"] = _("Please give the section a title.")
    elif len(title) > TITLE_MAX:
        errors["title"] = _("At most %(count)d characters.") % {"count": TITLE_MAX}
    if len(body) > BODY_MAX:
        errors["body"] = _("At most %(count)d characters.") % {"count": BODY_MAX}
    if errors:
        state = {"errors": {f"{part}:{key}": errors}, "draft": {"title": title, "body": body}}
        return _problem(request, access, STEPS_BY_ID["guidelines"], state)
    if key and not is_identifier(key):
        raise Http404  # a key no section can have (the page only offers the sections' own)
    document = access.strategy.load()
    key = key or _new_key(document, part, title)
    model = texts.edit_section(document, part, key, title, body)
    note = notes.record(N_("Edited section: {title}"), title=title)
    return _save(request, access, model, STEPS_BY_ID["guidelines"], note)


@login_required
@require_POST
def reset_section(request: HttpRequest, pk: int) -> HttpResponse:
    """Throw away the user's version of a section and put the generated text back."""
    from socialstrategy.core import texts

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    part, key = _part_and_key(request)
    document = access.strategy.load()
    if key not in {s.key for s in _sections(document, part)}:
        raise Http404
    model = texts.reset_section(document, part, key)
    note = notes.record(N_("Reset section to the generated text: {key}"), key=key)
    return _save(request, access, model, STEPS_BY_ID["guidelines"], note)


def _part_and_key(request: HttpRequest) -> tuple[Any, str]:
    part = request.POST.get("part", "")
    if part not in PARTS:
        raise Http404
    return part, request.POST.get("key", "").strip()


def _sections(document: StrategyDocument, part: str) -> list[Any]:
    owner = document.guidelines if part == "guidelines" else document.crisis
    return list(owner.sections) if owner else []


def _new_key(document: StrategyDocument, part: str, title: str) -> str:
    """A key for a section the user adds: from its title, unique within its part."""
    base = re.sub(r"[^a-z0-9]+", "-", title.lower()).strip("-")[:40] or "section"
    keys = {s.key for s in _sections(document, part)}
    key, number = f"own-{base}", 2
    while key in keys:
        key, number = f"own-{base}-{number}", number + 1
    return key


# --- charts ---------------------------------------------------------------------------------------


@login_required
@require_GET
def show_chart(request: HttpRequest, pk: int, key: str) -> HttpResponse:
    """One of the strategy's charts (the documents' chart module) as an SVG image."""
    from socialstrategy.core.render import charts

    access = get_strategy_for_user(request, pk)
    makers = {"capacity": charts.capacity_chart, "pillars": charts.pillar_shares_chart}
    if key not in makers:
        raise Http404
    chart = makers[key](access.strategy.load(), get_language() or "en")
    if chart is None:
        raise Http404
    response = HttpResponse(chart.svg, content_type="image/svg+xml; charset=utf-8")
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"
    response["Cache-Control"] = "private, max-age=3600"
    return response


# --- knowledge base -------------------------------------------------------------------------------


@login_required
@require_GET
def show_platform(request: HttpRequest, pk: int, platform: str) -> HttpResponse:
    """A platform's full card from the knowledge base: every figure with its source, and what
    is not known about it."""
    from socialstrategy.core.knowledge import load_knowledge
    from socialstrategy.core.knowledge import views as knowledge

    access = get_strategy_for_user(request, pk)
    kb = load_knowledge()
    if platform not in kb.platforms:
        raise Http404

    def context() -> dict[str, Any]:
        language = get_language() or "en"
        card = knowledge.platform_card(kb, platform, language)
        gaps = _gap_rows(kb, [g for g in kb.gaps() if g.platform == platform], language)
        return _knowledge_context(access, card=card, gaps=gaps)

    return render_strategy_page(request, access, "strategies/platform.html", context)


@login_required
@require_GET
def show_tools(request: HttpRequest, pk: int) -> HttpResponse:
    """The tools of the knowledge base (optionally of one category), and the gaps that belong to
    no single platform (of the tools: those of the tools shown)."""
    from socialstrategy.core.knowledge import load_knowledge
    from socialstrategy.core.knowledge import views as knowledge
    from socialstrategy.web.strategies import vocabulary as v

    access = get_strategy_for_user(request, pk)
    kb = load_knowledge()
    category = request.GET.get("category") or None
    if category not in {None, *dict(v.TOOL_CATEGORIES)}:
        raise Http404

    def context() -> dict[str, Any]:
        language = get_language() or "en"
        tools = knowledge.tool_list(kb, language, category)
        for tool in tools:
            tool["price_label"] = v.label(v.PRICE_CLASSES, tool["price_class"])
            tool["category_labels"] = [v.label(v.TOOL_CATEGORIES, c) for c in tool["categories"]]
        listed = {tool["id"] for tool in tools}
        shown = [g for g in kb.gaps() if not g.platform and (g.area != "tools" or g.item in listed)]
        gaps = _gap_rows(kb, shown, language)
        return _knowledge_context(
            access, tools=tools, gaps=gaps, category=category, categories=v.TOOL_CATEGORIES
        )

    return render_strategy_page(request, access, "strategies/tools.html", context)


def _gap_rows(kb: Any, gaps: list[Any], language: str) -> list[dict[str, str]]:
    """The knowledge base's gaps in the reader's language, with the area's name."""
    from socialstrategy.core.knowledge import views as knowledge
    from socialstrategy.web.strategies import vocabulary as v

    rows = knowledge.gap_rows(kb, gaps, language)
    return [{**row, "area_label": v.label(v.KNOWLEDGE_AREAS, row["area"])} for row in rows]


def _knowledge_context(access: StrategyAccess, **extra: Any) -> dict[str, Any]:
    return {"access": access, "strategy": access.strategy, "workspace": access.workspace, **extra}


# --- adopting the recommendation ------------------------------------------------------------------


@login_required
@require_POST
def adopt_platforms(request: HttpRequest, pk: int) -> HttpResponse:
    """Take the platforms ticked in the recommendation as platform decisions: one revision,
    which the history can undo like any other."""
    from socialstrategy.core.adoption import adopt_platforms as adopt
    from socialstrategy.web.strategies import vocabulary as v

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    step = STEPS_BY_ID["platforms"]
    document = access.strategy.load()
    model = adopt(document, request.POST.getlist("platform"))
    added = model.platforms[len(document.platforms) :]
    if not added:
        messages.error(request, _("Tick at least one platform that has no decision yet."))
        return redirect(_step_url(pk, step, None, "adopt"))
    names = ", ".join(v.label(v.PLATFORMS, p.platform) for p in added)
    note = notes.record(N_("Adopted from the recommendation: {platforms}"), platforms=names)
    saved = pages.save_or_conflict(request, access, model, note, step)
    if isinstance(saved, HttpResponse):
        return saved
    messages.success(
        request,
        _("Adopted as platform decisions: %(platforms)s. Check them below; the history can undo this.")
        % {"platforms": names},
    )
    return redirect(_step_url(pk, step, None, "col-platforms"))


@login_required
@require_POST
def apply_plan(request: HttpRequest, pk: int) -> HttpResponse:
    """Take the plan that fits the team's hours as the platforms' cadences: one revision, which
    the history can undo like any other."""
    from socialstrategy.core.adoption import CadenceChange, apply_suggested_plan
    from socialstrategy.core.planning.capacity import capacity
    from socialstrategy.core.planning.optimise import suggest_plan

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    step = STEPS_BY_ID["resources"]
    document = access.strategy.load()
    model, changes = document, list[CadenceChange]()
    if capacity(document).is_over:
        model, changes = apply_suggested_plan(document, suggest_plan(document))
    if not changes:
        messages.info(request, _("The plan already fits the hours; nothing was changed."))
        return redirect(_step_url(pk, step, None, "cap-title"))
    summary = [change.message() for change in changes]
    note = notes.record(N_("Applied the plan that fits the hours: {changes}"), changes=summary)
    saved = pages.save_or_conflict(request, access, model, note, step)
    if isinstance(saved, HttpResponse):
        return saved
    language = get_language() or "en"
    messages.success(
        request,
        _("Applied: %(changes)s. The history can undo this.")
        % {"changes": ", ".join(m.render(language) for m in summary)},
    )
    return redirect(_step_url(pk, step, None, "cap-title"))


# --- editorial calendar ----------------------------------------------------------------------------


@login_required
@require_POST
def generate_calendar(request: HttpRequest, pk: int) -> HttpResponse:
    """Plan N weeks of posts from the cadences; asks first when planned posts would be replaced."""
    from socialstrategy.core.planning.calendar import (
        KEPT_STATUSES,
        CalendarError,
        apply_calendar,
        build_calendar,
    )

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    step = STEPS_BY_ID["content"]
    form = {name: request.POST.get(name, "") for name in ("weeks", "start", "view", "from")}
    weeks, start, errors = _generate_form(request)
    if errors:
        return _problem(request, access, step, {**form, "errors": {"generate": errors}})
    document = access.strategy.load()
    try:
        entries = build_calendar(document, start, weeks)
    except CalendarError as error:
        errors = {error.field: error.text(get_language() or "en")}
        return _problem(request, access, step, {**form, "errors": {"generate": errors}})
    if not entries:
        message = _("There is nothing to plan: choose platforms with posts per week first.")
        return _problem(request, access, step, {**form, "errors": {"generate": {"weeks": message}}})
    first, last = min(e.date for e in entries), max(e.date for e in entries)
    current = document.content.calendar if document.content else []
    replaced = [e for e in current if first <= e.date <= last and e.status not in KEPT_STATUSES]
    if replaced and request.POST.get("confirm") != "yes":
        confirm = {"replaced": len(replaced), "first": first, "last": last, "new": len(entries)}
        return _problem(request, access, step, {**form, "confirm": confirm}, status=200)
    model = apply_calendar(document, entries)
    note = notes.record(N_("Generated the calendar for {weeks} weeks"), weeks=weeks)
    week = {"view": "week", "from": first.isoformat()}
    return _save(request, access, model, step, note, view=week, target="step-panel")


def _generate_form(request: HttpRequest) -> tuple[int, dt.date, dict[str, str]]:
    errors: dict[str, str] = {}
    weeks, start = 0, dt.date.today()
    try:
        weeks = int(request.POST.get("weeks", ""))
        if not 1 <= weeks <= MAX_WEEKS:
            raise ValueError
    except ValueError:
        errors["weeks"] = _("Enter a number of weeks from 1 to %(max)d.") % {"max": MAX_WEEKS}
    try:
        start = dt.date.fromisoformat(request.POST.get("start", "") or dt.date.today().isoformat())
    except ValueError:
        errors["start"] = _("Enter a date.")
    return weeks, start, errors


@login_required
@require_POST
def change_entry(request: HttpRequest, pk: int) -> HttpResponse:
    """Move a calendar entry to another day and time, and change its title, format, pillar,
    owner or status. The core refuses holidays and owners beyond their hours, naming the field."""
    from socialstrategy.core.planning.calendar import CalendarError, edit_entry, move_entry, with_entry_ids

    access = get_strategy_for_user(request, pk, Role.EDITOR)
    step = STEPS_BY_ID["content"]
    entry_id = request.POST.get("entry", "")
    document = with_entry_ids(access.strategy.load())
    entries = document.content.calendar if document.content else []
    current = next((e for e in entries if e.id == entry_id), None)
    if current is None:
        raise Http404
    view = {name: request.POST[name] for name in PANEL_PARAMS if request.POST.get(name)}
    try:
        day, time = _day_and_time(request)
        model = document
        if (day, time or current.time) != (current.date, current.time):
            model = move_entry(model, entry_id, day, time)
        changes = _entry_changes(request, current)
        if changes:
            model = edit_entry(model, entry_id, changes)
    except (CalendarError, _FieldError) as error:
        message = error.text(get_language() or "en")
        # The week of the entry, with its form open and the message at the field.
        week = {"view": "week", "from": current.date.isoformat()}
        state = {**week, "errors": {entry_id: {error.field: message}}, "open_entry": entry_id}
        return _problem(request, access, step, state)
    if model == access.strategy.load():  # nothing changed
        if pages.is_htmx(request):
            return _refresh(request, access, step, view)
        return redirect(_step_url(pk, step, view))
    view["from"] = day.isoformat()  # show the week (or month) the post is in now
    note = notes.record(N_("Calendar: {title}"), title=model_title(model, entry_id))
    return _save(request, access, model, step, note, view=view, target=f"entry-{entry_id}")


def model_title(model: StrategyDocument, entry_id: str) -> str:
    entries = model.content.calendar if model.content else []
    return next((e.title for e in entries if e.id == entry_id), entry_id)


class _FieldError(ValueError):
    """A form value that cannot be read; the message is already in the reader's language."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field
        self.message = message

    def text(self, language: str) -> str:
        return self.message


def _day_and_time(request: HttpRequest) -> tuple[dt.date, dt.time | None]:
    try:
        day = dt.date.fromisoformat(request.POST.get("date", ""))
    except ValueError:
        raise _FieldError("date", _("Enter a date.")) from None
    text = request.POST.get("time", "").strip()
    try:
        time = dt.time.fromisoformat(text) if text else None
    except ValueError:
        raise _FieldError("time", _("Enter a time such as 09:30.")) from None
    return day, time


def _entry_changes(request: HttpRequest, current: Any) -> dict[str, object]:
    changes: dict[str, object] = {}
    for name in ENTRY_FIELDS:
        if name not in request.POST:
            continue
        value: object = request.POST.get(name, "").strip() or None
        if name in ("title", "status") and value is None:
            continue
        if value != getattr(current, name):
            changes[name] = value
    return changes


# --- answers --------------------------------------------------------------------------------------


def _save(
    request: HttpRequest,
    access: StrategyAccess,
    model: StrategyDocument,
    step: Step,
    note: Message,
    view: dict[str, str] | None = None,
    target: str | None = None,
) -> HttpResponse:
    """Save with the version check; ``target`` is the element to show again afterwards."""
    saved = pages.save_or_conflict(request, access, model, note, step)
    if isinstance(saved, HttpResponse):
        return saved
    access, strategy = saved, saved.strategy
    if not pages.is_htmx(request):
        return redirect(_step_url(strategy.pk, step, view, target))
    if step.collections and target:
        # The step's lists show the same data (the calendar's posts): load the page again, at the
        # changed place, rather than leave them out of date.
        response = HttpResponse(status=204)
        # The version in the address makes it a new page even when only the #target differs.
        response["HX-Redirect"] = _step_url(
            strategy.pk, step, {**(view or {}), "v": str(strategy.version)}, target
        )
        return response
    return _refresh(request, access, step, view or {}, saved=True)


def _refresh(
    request: HttpRequest, access: StrategyAccess, step: Step, state: dict[str, Any], saved: bool = False
) -> HttpResponse:
    page = pages.StrategyPage(request, access, step)
    page.panel_state = state
    response = render(request, "strategies/_panel_response.html", page.context(oob=True, saved=saved))
    return pages.swap(response, "#step-panel")


def _problem(
    request: HttpRequest, access: StrategyAccess, step: Step, state: dict[str, Any], status: int = 422
) -> HttpResponse:
    """The panel again, with the messages at their fields (or the question to confirm)."""
    if pages.is_htmx(request):
        return _refresh(request, access, step, state)
    page = pages.StrategyPage(request, access, step)
    page.panel_state = state
    context = pages.step_context(page, step, flow.bind(step.fields, page.document, page.document))
    return render(request, step.template, context, status=status)


def _step_url(pk: int, step: Step, view: dict[str, str] | None, target: str | None = None) -> str:
    from urllib.parse import urlencode

    url = reverse("strategies:step", args=[pk, step.identifier])
    query = urlencode({k: v for k, v in (view or {}).items() if k in PANEL_PARAMS})
    return f"{url}?{query}#{target or 'step-panel'}" if query else f"{url}#{target or 'step-panel'}"
