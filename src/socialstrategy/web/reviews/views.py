"""The coach's side of a review: the strategy's review page, requesting a review, deciding as a
member, comments, review links, the workspace's review mode and what waits for the user."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST

from socialstrategy.core.review import (
    MODES,
    ReviewError,
    allowed_actions,
    document_sections,
    get_item,
    review_items,
    section_keys,
)
from socialstrategy.web.accounts.http import AuthenticatedHttpRequest
from socialstrategy.web.converters import parse_id
from socialstrategy.web.reviews import links, mail, services
from socialstrategy.web.reviews.access import can_approve, can_comment, require, sees_internal
from socialstrategy.web.reviews.models import Comment, ItemReview, LinkRole
from socialstrategy.web.reviews.services import Reviewer
from socialstrategy.web.strategies.forms import clean_text
from socialstrategy.web.workspaces.access import StrategyAccess, get_strategy_for_user, get_workspace_for_user
from socialstrategy.web.workspaces.models import Membership, Role

LINK_DAYS = (3, 7, 14, 30)
MEMBER_ACTIONS = ("approve", "request_changes", "withdraw")


@login_required
@require_GET
def show_review(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    mail.remember_language(request.user, get_language())
    return render(request, "reviews/review.html", review_context(request, access))


def review_context(request: HttpRequest, access: StrategyAccess) -> dict[str, Any]:
    strategy = access.strategy
    document = strategy.load()
    states = services.item_states(strategy)
    internal = sees_internal(access)
    threads = list(services.threads(strategy, internal=internal))
    rows = [
        {
            "item": item,
            "state": states.get(item.key, "draft"),
            "actions": _member_actions(access, states.get(item.key, "draft")),
            "threads": [t for t in threads if t.item == item.key],
            "sections": document_sections(document, item.key),
        }
        for item in review_items(document)
    ]
    return {
        "access": access,
        "strategy": strategy,
        "workspace": access.workspace,
        "rows": rows,
        "mode": services.review_mode(access.workspace),
        "modes": MODES,
        "links": links.active_links(strategy) if access.can_edit else [],
        "link_days": LINK_DAYS,
        "link_roles": LinkRole.choices,
        "can_comment": can_comment(access),
        "can_resolve": access.can_edit,
        "sees_internal": internal,
        "approved_version": services.last_approved_version(strategy),
    }


def _member_actions(access: StrategyAccess, state: str) -> list[str]:
    possible = allowed_actions(state)  # type: ignore[arg-type]
    chosen: list[str] = [a for a in ("approve", "request_changes") if a in possible and can_approve(access)]
    if access.can_edit and "withdraw" in possible:
        chosen.append("withdraw")
    return chosen


@login_required
@require_POST
def request_review(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Put the chosen items (all, when none are chosen) into review and tell the approvers."""
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    document = services.ensure_post_ids(access.strategy, request.user).load()
    chosen = set(request.POST.getlist("item"))
    items = [item for item in review_items(document) if not chosen or item.key in chosen]
    moved = services.request_review(access.strategy, [i.key for i in items], Reviewer(user=request.user))
    requested = [item for item in items if item.key in moved]
    if requested:
        mail.notify_review_requested(access.strategy, requested, request.user)
    text = ngettext("%(count)s part is now in review.", "%(count)s parts are now in review.", len(requested))
    messages.success(request, text % {"count": len(requested)})
    return redirect("reviews:show", pk)


@login_required
@require_POST
def decide_item(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    action = request.POST.get("action", "")
    if action not in MEMBER_ACTIONS:
        raise Http404
    require(access.can_edit if action == "withdraw" else can_approve(access))
    item = get_item(access.strategy.load(), request.POST.get("item", ""))
    if item is None:
        raise Http404
    reviewer = Reviewer(user=request.user)
    try:
        services.decide(access.strategy, item.key, action, reviewer)  # type: ignore[arg-type]
    except ReviewError as error:
        messages.error(request, error.message.render(_language()))
        return redirect("reviews:show", pk)
    if action != "withdraw":
        mail.notify_team(access.strategy, item, action, reviewer)
    return redirect(reverse("reviews:show", args=[pk]) + f"#item-{item.key.replace(':', '-')}")


@login_required
@require_POST
def add_comment(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk)
    require(can_comment(access))
    parent = _thread(access, request.POST.get("parent", ""))
    document = access.strategy.load()
    item = get_item(document, parent.item if parent else request.POST.get("item", ""))
    if item is None:
        raise Http404
    section = "" if parent else request.POST.get("section", "")
    if section and section not in section_keys(document, item.key):
        raise Http404
    body = clean_text(request.POST.get("body", ""))[:5000]
    internal = sees_internal(access) and request.POST.get("internal") == "on"
    if body:
        reviewer = Reviewer(user=request.user)
        services.add_comment(
            access.strategy, item.key, body, reviewer, section=section, parent=parent, internal=internal
        )
        if not internal and not (parent and parent.internal):
            mail.notify_team(access.strategy, item, "comment", reviewer)
    else:
        messages.error(request, _("Please write a comment first."))
    return redirect(_next(request, pk, item.key))


@login_required
@require_POST
def resolve_comment(request: AuthenticatedHttpRequest, pk: int, comment: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    found = _thread(access, str(comment))
    assert found is not None
    services.set_resolved(found, request.user, request.POST.get("resolved", "1") == "1")
    return redirect(_next(request, pk, found.item))


@login_required
@require_POST
def create_link(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    days = parse_id(request.POST.get("days", "")) or 14
    role = request.POST.get("role", LinkRole.APPROVER)
    if role not in LinkRole.values:
        role = LinkRole.APPROVER
    services.ensure_post_ids(access.strategy, request.user)
    link, token = links.create_link(
        access.strategy,
        request.user,
        days=min(days, max(LINK_DAYS)),
        role=role,
        password=request.POST.get("password", "")[:128],
        posts_from=_date(request.POST.get("posts_from", "")),
        posts_to=_date(request.POST.get("posts_to", "")),
        label=clean_text(request.POST.get("label", ""))[:100],
    )
    services.record(
        access.strategy, "", "link", "", access.strategy.version, Reviewer(user=request.user, link=link)
    )
    url = request.build_absolute_uri(reverse("reviews:open", args=[token]))
    messages.success(
        request, _("Send this review link to your client (it is shown only now): %(url)s") % {"url": url}
    )
    return redirect("reviews:show", pk)


@login_required
@require_POST
def revoke_link(request: AuthenticatedHttpRequest, pk: int, link: int) -> HttpResponse:
    access = get_strategy_for_user(request, pk, Role.EDITOR)
    found = access.strategy.review_links.filter(pk=link, revoked__isnull=True).first()
    if found is None:
        raise Http404
    links.revoke(found)
    services.record(
        access.strategy, "", "revoke", "", access.strategy.version, Reviewer(user=request.user, link=found)
    )
    messages.success(request, _("The review link no longer works."))
    return redirect("reviews:show", pk)


@login_required
@require_POST
def set_mode(request: HttpRequest, pk: int) -> HttpResponse:
    access = get_workspace_for_user(request, pk, Role.OWNER)
    mode = request.POST.get("mode", "")
    if mode not in MODES:
        raise Http404
    services.set_review_mode(access.workspace, mode)
    messages.success(request, _("The review mode has been changed."))
    target = request.POST.get("next", "")
    return redirect(target) if _is_local(target) else redirect("workspaces:detail", pk)


@login_required
@require_GET
def show_waiting(request: AuthenticatedHttpRequest) -> HttpResponse:
    """What waits for the user: items in review where they approve or comment, and, on the
    strategies they edit, items a client asked to change and open comments."""
    memberships = Membership.objects.filter(user=request.user, workspace__deleted__isnull=True)
    reviewing = [m.workspace_id for m in memberships if m.role in (Role.OWNER, Role.APPROVER, Role.FEEDBACK)]
    editing = [m.workspace_id for m in memberships if m.role in (Role.OWNER, Role.EDITOR)]
    in_review = (
        ItemReview.objects.filter(
            state="in_review", strategy__workspace_id__in=reviewing, strategy__deleted__isnull=True
        )
        .select_related("strategy")
        .order_by("updated")
    )
    open_comments = (
        Comment.objects.filter(
            parent__isnull=True,
            resolved__isnull=True,
            strategy__workspace_id__in=editing,
            strategy__deleted__isnull=True,
        )
        .select_related("strategy", "author")
        .order_by("created")[:200]
    )
    changes_requested = (
        ItemReview.objects.filter(
            state="changes_requested", strategy__workspace_id__in=editing, strategy__deleted__isnull=True
        )
        .select_related("strategy")
        .order_by("updated")
    )
    context = {
        "in_review": _with_labels(in_review[:200]),
        "changes_requested": _with_labels(changes_requested[:200]) if editing else None,
        "open_comments": open_comments,
    }
    return render(request, "reviews/waiting.html", context)


def _with_labels(rows: Any) -> list[dict[str, Any]]:
    result = []
    for row in rows:
        item = get_item(row.strategy.load(), row.item)
        if item is not None:
            result.append({"row": row, "item": item})
    return result


def _thread(access: StrategyAccess, raw: str) -> Comment | None:
    if not raw:
        return None
    pk = parse_id(raw)
    comments = Comment.objects.filter(strategy=access.strategy)
    if not sees_internal(access):
        comments = comments.filter(internal=False)
    found = comments.filter(pk=pk).first() if pk else None
    if found is None:
        raise Http404
    return found


def _next(request: HttpRequest, pk: int, key: str) -> str:
    target = request.POST.get("next", "")
    if _is_local(target) and target.startswith(f"/s/{pk}/"):
        return target
    return reverse("reviews:show", args=[pk]) + f"#item-{key.replace(':', '-')}"


def _is_local(target: str) -> bool:
    return target.startswith("/") and not target.startswith("//") and "\\" not in target


def _date(text: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _language() -> str:
    return (get_language() or settings.LANGUAGE_CODE).split("-")[0]
