"""Views of a strategy's history: revisions, the difference between two, restore."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.converters import parse_id
from socialstrategy.web.pagination import other_parameters, page_of
from socialstrategy.web.strategies import diff as diffs
from socialstrategy.web.strategies import flow, notes, pages
from socialstrategy.web.workspaces.access import get_strategy_for_user
from socialstrategy.web.workspaces.models import Role


@login_required
@require_GET
def show_history(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    page = page_of(
        request, access.strategy.revisions.select_related("author").defer("document"), REVISIONS_PER_PAGE
    )
    context = {
        "access": access,
        "strategy": access.strategy,
        "workspace": access.workspace,
        "revisions": page.object_list,
        "page": page,
        "other_parameters": other_parameters(request),
        "trash_days": settings.TRASH_DAYS,
    }
    return render(request, "strategies/history.html", context)


REVISIONS_PER_PAGE = 50


def _version_arg(request: HttpRequest, name: str, default: int) -> int:
    number = parse_id(request.GET.get(name, ""))
    return default if number is None else number


@login_required
@require_GET
def show_diff(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    strategy = access.strategy
    newer = _version_arg(request, "b", strategy.version)
    older = _version_arg(request, "a", max(newer - 1, 1))
    revisions = {
        r.version: r for r in strategy.revisions.filter(version__in=[older, newer]).select_related("author")
    }
    if older not in revisions or newer not in revisions:
        raise Http404
    context = {
        "access": access,
        "strategy": strategy,
        "workspace": strategy.workspace,
        "older": revisions[older],
        "newer": revisions[newer],
        "changes": diffs.diff(revisions[older].document, revisions[newer].document, flow.path_labels()),
        "versions": list(strategy.revisions.values_list("version", flat=True)[:200]),
    }
    return render(request, "strategies/diff.html", context)


@login_required
@require_POST
def restore_revision(request: HttpRequest, pk: int, version: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    revision = access.strategy.revisions.filter(version=version).first()
    if revision is None:
        raise Http404
    model = StrategyDocument.model_validate(revision.document)
    note = notes.record(N_("Restored version {version}"), version=version)
    saved = pages.save_or_conflict(request, access, model, note, None)
    if isinstance(saved, HttpResponse):
        return saved
    messages.success(request, _("Version %(version)s was restored as a new version.") % {"version": version})
    return redirect("strategies:history", pk)
