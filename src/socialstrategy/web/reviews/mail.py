"""Review mail, through Django's mail framework (the console backend unless ``EMAIL_HOST`` is
set; docs/deploying.md). Each mail is written in its recipient's language (the one they last
used the workshop in, else the strategy's) and holds a link to the strategy's review page and
nothing secret: never a review link's token, never a comment's text marked internal.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from socialstrategy.core.review import ReviewItem, get_item
from socialstrategy.web.reviews.models import ItemReview, MailLanguage
from socialstrategy.web.reviews.services import Reviewer
from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.workspaces.models import Role

TEAM = (Role.OWNER, Role.EDITOR)
CLIENTS = (Role.APPROVER, Role.FEEDBACK)


def notify_team(strategy: Strategy, item: ReviewItem, action: str, reviewer: Reviewer) -> None:
    """Tell the coach's team that a comment or a decision arrived (a job on the queue ``mail``:
    a slow mail server never holds up the reviewer's page)."""
    leave_out = getattr(reviewer.user, "pk", None)
    send_activity.enqueue(strategy.pk, item.key, action, reviewer.label, leave_out)


def notify_review_requested(strategy: Strategy, items: list[ReviewItem], by: Any) -> None:
    """Tell the workspace's approvers and feedback givers that items wait for them (a job)."""
    who = by.get_username() if by else ""
    send_review_requested.enqueue(strategy.pk, [item.key for item in items], who, getattr(by, "pk", None))


@task(queue_name="mail")
def send_activity(pk: int, key: str, action: str, who: str, leave_out: int | None) -> int:
    """The mail of :func:`notify_team`; the number of mails sent (none for a strategy deleted or
    an item gone since)."""
    strategy = Strategy.objects.filter(pk=pk, deleted__isnull=True).first()
    item = get_item(strategy.load(), key) if strategy else None
    if strategy is None or item is None:
        return 0
    context = {"item": item, "action": action, "who": who}
    return _send(strategy, _members(strategy, TEAM, leave_out), "reviews/mail/activity.txt", context)


@task(queue_name="mail")
def send_review_requested(pk: int, keys: list[str], who: str, leave_out: int | None) -> int:
    """The mail of :func:`notify_review_requested`; the number of mails sent."""
    strategy = Strategy.objects.filter(pk=pk, deleted__isnull=True).first()
    if strategy is None:
        return 0
    document = strategy.load()
    items = [item for item in (get_item(document, key) for key in keys) if item is not None]
    if not items:
        return 0
    context = {"items": items, "who": who}
    return _send(strategy, _members(strategy, CLIENTS, leave_out), "reviews/mail/requested.txt", context)


def send_reminders(days: int, now: dt.datetime | None = None) -> int:
    """Remind approvers and feedback givers of items in review for ``days`` days or more; the
    number of mails sent."""
    since = (now or timezone.now()) - dt.timedelta(days=days)
    waiting = ItemReview.objects.filter(
        state="in_review",
        updated__lte=since,
        strategy__deleted__isnull=True,
        strategy__workspace__deleted__isnull=True,
    )
    sent = 0
    for strategy in Strategy.objects.filter(pk__in=waiting.values("strategy")):
        count = waiting.filter(strategy=strategy).count()
        context = {"count": count, "days": days}
        sent += _send(strategy, _members(strategy, CLIENTS, None), "reviews/mail/reminder.txt", context)
    return sent


def remember_language(user: Any, language: str) -> None:
    if user is not None and user.is_authenticated and language:
        MailLanguage.objects.update_or_create(user=user, defaults={"language": language[:10]})


def _members(strategy: Strategy, roles: Iterable[str], leave_out: int | None) -> list[Any]:
    users = (
        get_user_model()
        .objects.filter(memberships__workspace_id=strategy.workspace_id, memberships__role__in=list(roles))
        .exclude(email="")
    )
    if leave_out is not None:
        users = users.exclude(pk=leave_out)
    return list(users)


def _send(strategy: Strategy, recipients: list[Any], template: str, context: dict[str, Any]) -> int:
    languages = dict(MailLanguage.objects.filter(user__in=recipients).values_list("user_id", "language"))
    url = settings.SITE_URL.rstrip("/") + reverse("reviews:show", args=[strategy.pk])
    sent = 0
    for user in recipients:
        language = languages.get(user.pk) or strategy.load().language or settings.LANGUAGE_CODE
        with translation.override(language):
            text = render_to_string(template, {**context, "strategy": strategy, "url": url, "user": user})
        subject, _, body = text.strip().partition("\n")
        sent += send_mail(subject.strip(), body.strip() + "\n", None, [user.email])
    return sent
