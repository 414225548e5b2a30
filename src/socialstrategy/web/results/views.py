"""The results page of a strategy and the upload of exports (docs/results.md)."""

from __future__ import annotations

import csv
import datetime as dt
import io

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.core import process
from socialstrategy.core.i18n import N_, translate
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.core.results import ImportFailed, Problem, build_results, import_files
from socialstrategy.core.results.charts import kpi_chart
from socialstrategy.core.results.formats import FORMATS, FORMATS_BY_ID, GENERIC
from socialstrategy.core.results.tables import MAX_BYTES
from socialstrategy.core.vocabulary import METRICS, PLATFORM_IDS, RESULT_STATUSES, platform_name
from socialstrategy.web.results import store
from socialstrategy.web.results.models import ResultImport
from socialstrategy.web.workspaces.access import StrategyAccess, get_strategy_for_user
from socialstrategy.web.workspaces.models import Role

MAX_FILES = 20
_FILL_IN = N_("Fill in the day, the platform, the metric and the value.")
STATUS_CSS = {"achieved": "ok", "ahead": "ok", "on_track": "ok", "behind": "warn"}


@login_required
@require_GET
def show_results(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    return _page(request, access, [], 200)


@login_required
@require_POST
def upload_exports(request: HttpRequest, pk: int) -> HttpResponse:
    """Import the uploaded exports: all of them, or none and the problems on the page."""
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    language = get_language() or "en"
    files = request.FILES.getlist("files")[: MAX_FILES + 1]
    problems = _upload_problems(files)
    period = _period(request, problems)
    if not problems:
        try:
            imported = import_files([(f.name or "upload", f.read()) for f in files], period)
        except ImportFailed as failed:
            problems = failed.problems
    if problems:
        return _page(request, access, [p.render(language) for p in problems], 422)
    store.save_imports(access.strategy, imported, request.user)
    for result in imported:
        label = translate(FORMATS_BY_ID[result.format].label, language)
        messages.success(
            request,
            _("%(file)s: %(format)s, %(count)s figures.")
            % {"file": result.file, "format": label, "count": len(result.facts)},
        )
    return redirect("results:show", pk)


@login_required
@require_POST
def add_figure(request: HttpRequest, pk: int) -> HttpResponse:
    """A figure entered by hand: checked as a row of the generic CSV, so every rule is the same."""
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    language = get_language() or "en"
    cells = [request.POST.get(name, "").strip() for name in ("day", "platform", "metric", "value")]
    if not all(cells):
        return _page(request, access, [translate(_FILL_IN, language)], 422)
    row = io.StringIO()
    csv.writer(row).writerows([GENERIC.required, cells])
    try:
        imported = import_files([(_("entered by hand"), row.getvalue().encode("utf-8"))])
    except ImportFailed as failed:
        return _page(request, access, [p.render(language) for p in failed.problems], 422)
    store.save_imports(access.strategy, imported, request.user)
    messages.success(request, _("The figure was saved."))
    return redirect("results:show", pk)


@login_required
@require_GET
def download_results(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    """The client report (Markdown) or the CSV of target, actual and variance per KPI and month,
    in the strategy's language."""
    from socialstrategy.core.results.document import render_results

    if fmt not in ("md", "csv"):
        raise Http404
    access = get_strategy_for_user(request, pk)
    document = access.strategy.load()
    results = build_results(document, store.strategy_facts(access.strategy), _as_of(request))
    name, content_type, content = render_results(
        document, results, document.language, "md" if fmt == "md" else "csv"
    )
    response = HttpResponse(content, content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def _upload_problems(files: list) -> list[Problem]:  # type: ignore[type-arg]

    from socialstrategy.core.message import Message

    if not files:
        return [Problem(_("upload"), Message(N_("Choose one or more export files.")))]
    if len(files) > MAX_FILES:
        return [Problem(_("upload"), Message(N_("At most 20 files at once.")))]
    return [
        Problem(f.name or "upload", Message(N_("The file is larger than 100 MB.")))
        for f in files
        if f.size > MAX_BYTES
    ]


def _period(request: HttpRequest, problems: list[Problem]) -> tuple[dt.date, dt.date] | None:

    from socialstrategy.core.message import Message

    start, end = request.POST.get("start", "").strip(), request.POST.get("end", "").strip()
    if not start and not end:
        return None
    try:
        first, last = dt.date.fromisoformat(start), dt.date.fromisoformat(end)
    except ValueError:
        problems.append(Problem(_("period"), Message(N_("Give the period as two dates, from and to."))))
        return None
    if last < first:
        problems.append(Problem(_("period"), Message(N_("The period ends before it begins."))))
        return None
    return first, last


def _page(request: HttpRequest, access: StrategyAccess, problems: list[str], code: int) -> HttpResponse:
    language = get_language() or "en"
    document = access.strategy.load()
    results = build_results(document, store.strategy_facts(access.strategy), _as_of(request))

    def status(code: str) -> dict[str, str]:
        return {"code": code, "label": RESULT_STATUSES.label(code, language), "css": STATUS_CSS.get(code, "")}

    goals = [
        {
            "rollup": goal,
            "status": status(goal.status),
            "kpis": [
                {"result": kpi, "status": status(kpi.status), "chart": kpi_chart(kpi, language),
                 "notes": [n.render(language) for n in kpi.notes],
                 "metric": METRICS.label(kpi.measure.metric, language) if kpi.measure else ""}
                for kpi in results.kpis
                if kpi.goal == goal.identifier
            ],
        }
        for goal in results.goals
    ]  # fmt: skip
    objectives = [{"rollup": o, "status": status(o.status)} for o in results.objectives]
    context = {
        "access": access,
        "strategy": access.strategy,
        "workspace": access.workspace,
        "results": results,
        "goals": goals,
        "objectives": objectives,
        "imports": [
            {
                "row": row,
                "format": translate(FORMATS_BY_ID[row.format].label, language)
                if row.format in FORMATS_BY_ID
                else row.format,
            }
            for row in ResultImport.objects.filter(strategy=access.strategy)[:20]
        ],
        "formats": [translate(export.label, language) for export in FORMATS],
        "problems": problems,
        "platforms": [(code, platform_name(code, language)) for code in PLATFORM_IDS],
        "metrics": [(code, label) for code, label in _metric_choices(document, language)],
        "title": translate(process.RESULTS.label, language),
        "question": translate(process.RESULTS.question, language),
    }
    return render(request, "results/results.html", context, status=code)


def _metric_choices(document: StrategyDocument, language: str) -> list[tuple[str, str]]:
    """The canonical metrics, then each KPI that is a custom metric (by its id)."""
    known = [(code, METRICS.label(code, language)) for code in METRICS.codes if code != "custom"]
    custom = [
        (kpi.id, kpi.metric)
        for goal in document.goals
        for kpi in goal.kpis
        if kpi.id and kpi.measure == "custom"
    ]
    return known + custom


def _as_of(request: HttpRequest) -> dt.date | None:
    try:
        return dt.date.fromisoformat(request.GET.get("as_of", ""))
    except ValueError:
        return None
