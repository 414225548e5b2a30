"""Creating, importing, exporting and duplicating strategies."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.files.storage import default_storage
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Organisation
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.reviews.exports import approved_calendar, left_out_text, must_be_working_copy
from socialstrategy.web.strategies import downloads, notes, services
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.strategies.store import create_strategy
from socialstrategy.web.workspaces.access import get_strategy_for_user, get_workspace_for_user
from socialstrategy.web.workspaces.models import Role


@login_required
@require_POST
def create_blank(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.EDITOR)
    name = clean_text(request.POST.get("organisation", ""))[:300]
    language = "de" if (get_language() or "").startswith("de") else "en"
    document = StrategyDocument(language=language, organisation=Organisation(name=name) if name else None)
    strategy = create_strategy(access.workspace, document, request.user, notes.record(N_("Created")))
    return redirect("strategies:step", strategy.pk, "organisation")


@login_required
def import_strategy(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.EDITOR)
    context = {"workspace": access.workspace, "access": access, "problems": []}
    if request.method == "GET":
        return render(request, "strategies/import.html", context)
    if request.method != "POST":
        return HttpResponse(status=405)
    upload = request.FILES.get("file")
    if upload is None:
        context["problems"] = [("file", _("Choose a YAML or JSON file."))]
        return render(request, "strategies/import.html", context, status=400)
    if (upload.size or 0) > settings.IMPORT_MAX_BYTES:
        context["problems"] = [("file", _("The file is larger than 2 MB."))]
        return render(request, "strategies/import.html", context, status=400)
    try:
        document = services.load_upload(upload.name or "", upload.read())
    except services.UploadProblem as problem:
        context["problems"], context["more_problems"] = problem.errors, problem.more
        return render(request, "strategies/import.html", context, status=400)
    strategy = create_strategy(
        access.workspace, document, request.user, notes.record(N_("Imported from {name}"), name=upload.name)
    )
    messages.success(request, _("The strategy was imported."))
    return redirect("strategies:overview", strategy.pk)


@login_required
@require_GET
def export_strategy(request: HttpRequest, pk: int, fmt: str) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    export = services.get_export(fmt)
    if export is None:
        raise Http404
    document, unapproved = approved_calendar(access.strategy, access.strategy.load(), fmt)
    working_copy = export.has_working_copy and request.GET.get("copy") == "working"
    unapproved_document = must_be_working_copy(access.strategy, document, fmt)
    working_copy = working_copy or unapproved_document  # approval is required, not given yet
    if downloads.is_queued(fmt):
        outcome = downloads.find_or_start(access.strategy, fmt, working_copy)
        if isinstance(outcome, downloads.Waiting):
            context = {"access": access, "strategy": access.strategy, "export": export, "outcome": outcome}
            return render(request, "strategies/download_waiting.html", context, status=202)
        if isinstance(outcome, downloads.Failed):  # too large for the compiler's limits: say which
            messages.error(request, outcome.message.render(get_language() or "en"))
            return redirect("strategies:step", pk, "review")
        filename, content_type = outcome.filename, outcome.content_type
        with default_storage.open(outcome.path, "rb") as handle:
            content = handle.read()
    else:
        filename, content_type, content = export.render(
            document, document.language, working_copy=working_copy
        )
    response = HttpResponse(content, content_type=content_type)
    if unapproved_document:
        text = _("Not everything in it is approved yet: it was downloaded as a working copy.")
        messages.info(request, text)
    if unapproved:  # shown on the next page the coach opens; the header for scripts
        messages.info(request, left_out_text(unapproved))
        response["X-Posts-Not-Approved"] = str(unapproved)
    # The core names every file (ASCII, no repetition): nothing is added here.
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


@login_required
@require_POST
def duplicate_strategy(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    document = access.strategy.load()
    title = _("Copy of %(title)s") % {"title": str(access.strategy)}
    copy = document.model_copy(update={"title": title[:300]})
    strategy = create_strategy(
        access.workspace,
        copy,
        request.user,
        notes.record(N_("Duplicated from “{title}”"), title=str(access.strategy)),
    )
    messages.success(request, _("This is a copy. The original is unchanged."))
    return redirect("strategies:overview", strategy.pk)
