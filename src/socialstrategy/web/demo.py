"""The demo workspace: the core's demo strategies, owned by a user called ``demo`` and shared with
the installation's owner, whose account can be created before or after it."""

from __future__ import annotations

import datetime as dt

from django.contrib.auth import get_user_model
from django.contrib.auth.models import User
from django.db import transaction
from django.db.models import QuerySet

from socialstrategy.core.i18n import N_
from socialstrategy.core.model import Strategy as StrategyDocument
from socialstrategy.web.strategies import notes
from socialstrategy.web.strategies.models import Strategy
from socialstrategy.web.strategies.store import create_strategy
from socialstrategy.web.workspaces.models import Membership, Role, Workspace

DEMO_USER = "demo"
DEMO_WORKSPACE = "Demo"  # the same word in English and German
_EARLIER_NAMES = ("Demo workspace",)


@transaction.atomic
def load_demo_workspace(password: str) -> tuple[str, str]:
    """Create (once) the demo workspace with every demo strategy; set the demo user's password."""
    from socialstrategy.core.demos import list_demos, load_demo

    user, _created = get_user_model().objects.get_or_create(username=DEMO_USER)
    user.set_password(password)
    user.save()
    workspace = Workspace.objects.filter(
        name__in=(DEMO_WORKSPACE, *_EARLIER_NAMES), memberships__user=user, deleted__isnull=True
    ).first()
    if workspace is None:
        workspace = Workspace.objects.create(name=DEMO_WORKSPACE)
        Membership.objects.create(workspace=workspace, user=user, role=Role.OWNER)
        for name in list_demos():
            document = load_demo(name)
            strategy = create_strategy(workspace, document, user, notes.record(N_("Demo")))
            _add_demo_results(strategy, document, user)
    owner = real_users().order_by("pk").first()
    if owner is not None:
        share_demo_with(owner)
    return DEMO_USER, password


def _add_demo_results(strategy: Strategy, document: StrategyDocument, user: User) -> None:
    """Twelve months of made-up figures up to yesterday, so that the results page shows all it can."""
    from socialstrategy.core.results import Recognised
    from socialstrategy.core.results.demo import demo_facts
    from socialstrategy.web.results.store import save_imports

    start = dt.date.today() - dt.timedelta(days=365)
    facts = tuple(demo_facts(document, start))
    save_imports(strategy, [Recognised("demo.csv", "generic", facts)], user)


def real_users() -> QuerySet[User]:
    """Every account but the demo's."""
    return get_user_model().objects.exclude(username=DEMO_USER)


def has_owner() -> bool:
    """Whether the owner account exists (the demo account alone does not count)."""
    return real_users().exists()


def share_demo_with(user: User) -> None:
    """Make ``user`` an owner of the demo workspace, if there is one."""
    workspace = Workspace.objects.filter(
        name__in=(DEMO_WORKSPACE, *_EARLIER_NAMES),
        memberships__user__username=DEMO_USER,
        deleted__isnull=True,
    ).first()
    if workspace is not None:
        Membership.objects.get_or_create(workspace=workspace, user=user, defaults={"role": Role.OWNER})
