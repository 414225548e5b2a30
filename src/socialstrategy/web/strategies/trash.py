"""Deleting is recoverable: a deleted strategy waits in its workspace's trash for TRASH_DAYS.

These views only read the trash: what has expired is hidden here and purged by ``purge_trash``."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.workspaces.access import get_strategy_for_user, get_workspace_for_user
from socialstrategy.web.workspaces.models import Role
from socialstrategy.web.workspaces.retention import purge_date, restorable_strategies, trash_days


@login_required
@require_POST
def delete_strategy(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    Strategy.objects.filter(pk=pk).update(deleted=timezone.now(), deleted_by=request.user)
    messages.success(
        request,
        _("“%(title)s” was moved to the trash. You can restore it there for %(days)s days.")
        % {"title": str(access.strategy), "days": trash_days()},
    )
    return redirect("strategies:trash", access.strategy.workspace_id)


@login_required
@require_GET
def show_trash(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.EDITOR)
    deleted = (
        restorable_strategies(access.workspace)
        .defer("document")
        .select_related("deleted_by")
        .order_by("-deleted")
    )
    rows = [{"strategy": s, "purge": purge_date(s.deleted)} for s in deleted if s.deleted]
    context = {"workspace": access.workspace, "access": access, "rows": rows, "days": trash_days()}
    return render(request, "strategies/trash.html", context)


@login_required
@require_POST
def restore_strategy(request: HttpRequest, pk: int, strategy: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.EDITOR)
    restored = restorable_strategies(access.workspace).filter(pk=strategy)
    found = restored.first()
    if found is None:
        raise Http404
    restored.update(deleted=None, deleted_by=None)
    messages.success(request, _("“%(title)s” was restored.") % {"title": str(found)})
    return redirect("strategies:overview", found.pk)
