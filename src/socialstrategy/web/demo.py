"""The demo workspace: the core's demo strategies, owned by a user called ``demo``."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.db import transaction

from socialstrategy.core.i18n import N_
from socialstrategy.web.strategies import notes
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
            create_strategy(workspace, load_demo(name), user, notes.record(N_("Demo")))
    return DEMO_USER, password
