"""The reviewer's view: someone without an account opens a review link, gives a name (and the
password, if the link has one), reads what the link covers in the strategy's language, and
approves, asks for changes or comments on exactly that.

Every page sends no referrer (the token is in the address), asks search engines not to index it
and is not cached. A link that is unknown, expired, revoked or of a deleted strategy is a 404.

These views are exempt from Django's CSRF check, and need not be protected by it: without a
referrer the browser posts the forms with ``Origin: null``, which that check refuses, and a
forged request would have to know the token in the address, which is the secret itself.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from typing import Any

from django.contrib import messages
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from socialstrategy.core.model import plain_text
from socialstrategy.core.review import (
    ReviewError,
    ReviewItem,
    allowed_actions,
    document_sections,
    section_keys,
)
from socialstrategy.web.converters import parse_id
from socialstrategy.web.reviews import links, mail, services
from socialstrategy.web.reviews.access import link_can_approve
from socialstrategy.web.reviews.content import item_contents
from socialstrategy.web.reviews.models import Comment, ReviewLink, ReviewLinkUse
from socialstrategy.web.reviews.services import Reviewer

PASSWORD_TRIES_PER_HOUR = 10
NAME_LENGTH = 100
COMMENT_LENGTH = 5000
REVIEWER_ACTIONS = ("approve", "request_changes")

View = Callable[..., HttpResponse]


def reviewer_page(view: View) -> View:
    """Find the link (or 404), speak the strategy's language, and send the private headers."""

    @csrf_exempt
    @wraps(view)
    def wrapper(request: HttpRequest, token: str) -> HttpResponse:
        link = links.find_link(token)
        if link is None:
            response = render(request, "reviews/link_gone.html", status=404)
        else:
            with translation.override(_language(link)):
                response = view(request, link, token)
        return private(response)

    return wrapper


def private(response: HttpResponse) -> HttpResponse:
    response["Referrer-Policy"] = "no-referrer"
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Cache-Control"] = "no-store, private"
    return response


@reviewer_page
def open_review(request: HttpRequest, link: ReviewLink, token: str) -> HttpResponse:
    if request.method == "POST":
        return _enter(request, link, token)
    if request.method != "GET":
        return HttpResponse(status=405)
    if not _is_admitted(request, link):
        return render(
            request, "reviews/enter.html", {"link": link, "token": token, "strategy": link.strategy}
        )
    return render(request, "reviews/reviewer.html", _page(request, link, token))


@require_POST
@reviewer_page
def decide(request: HttpRequest, link: ReviewLink, token: str) -> HttpResponse:
    name = _admitted_name(request, link)
    item = _covered_item(link, request.POST.get("item", ""))
    action = request.POST.get("action", "")
    if action not in REVIEWER_ACTIONS or not link_can_approve(link):
        return HttpResponse(status=403)
    reviewer = Reviewer(link=link, name=name)
    body = plain_text(request.POST.get("body", "")).strip()[:COMMENT_LENGTH]
    try:
        services.decide(link.strategy, item.key, action, reviewer)  # type: ignore[arg-type]
    except ReviewError as error:
        messages.error(request, error.message.render(_language(link)))
        return _back(token, item)
    if body:
        services.add_comment(link.strategy, item.key, body, reviewer, section=_section(request, link, item))
    mail.notify_team(link.strategy, item, action, reviewer)
    done = _("Approved. Thank you!") if action == "approve" else _("Your request for changes has been sent.")
    messages.success(request, done)
    return _back(token, item)


@require_POST
@reviewer_page
def comment(request: HttpRequest, link: ReviewLink, token: str) -> HttpResponse:
    name = _admitted_name(request, link)
    body = plain_text(request.POST.get("body", "")).strip()[:COMMENT_LENGTH]
    parent = _visible_thread(link, request.POST.get("parent", ""))
    item = _covered_item(link, parent.item if parent else request.POST.get("item", ""))
    section = _section(request, link, item) if parent is None else ""
    if not body:
        messages.error(request, _("Please write a comment first."))
        return _back(token, item)
    reviewer = Reviewer(link=link, name=name)
    services.add_comment(link.strategy, item.key, body, reviewer, section=section, parent=parent)
    mail.notify_team(link.strategy, item, "comment", reviewer)
    messages.success(request, _("Thank you, your comment has been saved."))
    return _back(token, item)


def _enter(request: HttpRequest, link: ReviewLink, token: str) -> HttpResponse:
    name = reviewer_name(request.POST.get("name", ""))
    context: dict[str, Any] = {"link": link, "token": token, "strategy": link.strategy, "name": name}
    if links.needs_password(link):
        attempt = _begin_password_attempt(link, name)
        if attempt is None:
            context["error"] = _("Too many wrong passwords. Please try again in an hour.")
            return render(request, "reviews/enter.html", context, status=429)
        if not links.is_password(link, request.POST.get("password", "")):
            attempt.action = "wrong-password"
            attempt.save(update_fields=["action"])
            context["error"] = _("The password is not correct.")
            return render(request, "reviews/enter.html", context, status=422)
        attempt.delete()
    if not name:
        context["error"] = _("Please enter your name, so that the team knows who reviewed.")
        return render(request, "reviews/enter.html", context, status=422)
    request.session[_session_key(link)] = name
    ReviewLinkUse.objects.create(link=link, action="open", reviewer_name=name)
    return redirect("reviews:open", token)


def _page(request: HttpRequest, link: ReviewLink, token: str) -> dict[str, Any]:
    document = link.strategy.load()
    items = links.covered_items(link, document)
    states = services.item_states(link.strategy)
    threads = list(services.threads(link.strategy, internal=False, items=[i.key for i in items]))
    rows = [
        {
            "content": content,
            "state": states.get(content.item.key, "draft"),
            "actions": [
                a for a in allowed_actions(states.get(content.item.key, "draft")) if a in REVIEWER_ACTIONS
            ],
            "threads": [t for t in threads if t.item == content.item.key],
            "sections": document_sections(document, content.item.key),
        }
        for content in item_contents(document, items, _language(link))
    ]
    approved = sum(1 for row in rows if row["state"] == "approved")
    return {
        "link": link,
        "token": token,
        "strategy": link.strategy,
        "rows": rows,
        "approved": approved,
        "name": request.session.get(_session_key(link), ""),
        "can_approve": link_can_approve(link),
        "language": _language(link),
    }


def _covered_item(link: ReviewLink, key: str) -> ReviewItem:
    item = next((i for i in links.covered_items(link, link.strategy.load()) if i.key == key), None)
    if item is None:
        raise Http404
    return item


def _section(request: HttpRequest, link: ReviewLink, item: ReviewItem) -> str:
    """The document section a comment is anchored to (empty: the whole item); else 404."""
    section = request.POST.get("section", "")
    if section and section not in section_keys(link.strategy.load(), item.key):
        raise Http404
    return section


def _visible_thread(link: ReviewLink, raw: str) -> Comment | None:
    """The thread a reply answers: of this strategy, and one reviewers see; else 404."""
    if not raw:
        return None
    pk = parse_id(raw)
    found = Comment.objects.filter(pk=pk, strategy=link.strategy, internal=False).first() if pk else None
    if found is None:
        raise Http404
    return found


def _admitted_name(request: HttpRequest, link: ReviewLink) -> str:
    if not _is_admitted(request, link):
        raise Http404
    return str(request.session[_session_key(link)])


def _is_admitted(request: HttpRequest, link: ReviewLink) -> bool:
    return bool(request.session.get(_session_key(link)))


def _session_key(link: ReviewLink) -> str:
    return f"review-link-{link.pk}"


def reviewer_name(raw: str) -> str:
    """The name a reviewer gives, on one line: it goes into the audit trail and into plain-text
    mail to the team, where a line break would let the link holder write lines of their own."""
    return " ".join(plain_text(raw).split())[:NAME_LENGTH]


def _begin_password_attempt(link: ReviewLink, name: str) -> ReviewLinkUse | None:
    """Record a password attempt before checking it (committed before counting, as the login
    throttle does), so that guesses sent together cannot all pass the count; None, and nothing
    recorded, when the link had its tries for this hour."""
    attempt = ReviewLinkUse.objects.create(link=link, action="password-try", reviewer_name=name)
    since = timezone.now() - dt.timedelta(hours=1)
    tries = link.uses.filter(action__in=("password-try", "wrong-password"), created__gte=since).count()
    if tries > PASSWORD_TRIES_PER_HOUR:
        attempt.delete()
        return None
    return attempt


def _language(link: ReviewLink) -> str:
    return link.strategy.load().language or "en"


def _back(token: str, item: ReviewItem) -> HttpResponse:
    return redirect(reverse("reviews:open", args=[token]) + f"#item-{item.key.replace(':', '-')}")
