"""The rules of invitation links, with no views: how long a link works, and that it works once.

An invitation is open while nobody has accepted it, for INVITATION_DAYS after it was made (the
inviter sees the date), while its workspace is not deleted and, for a client invitation, while
its strategy is not in the trash. An owner can withdraw it before that (it is deleted).

Accepting is one conditional UPDATE (``... WHERE accepted IS NULL``) inside the transaction that
also creates the account and the access: when many requests accept the same link at once,
exactly one changes the row and the others change nothing and roll back.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from django.conf import settings
from django.db.models import Q, QuerySet
from django.utils import timezone

from socialstrategy.web.workspaces.models import Invitation


def invitation_days() -> int:
    return int(getattr(settings, "INVITATION_DAYS", 14))


def expiry_date(invitation: Invitation) -> datetime:
    """Until when the link works."""
    return invitation.created + timedelta(days=invitation_days())


def _cutoff() -> datetime:
    """Invitations made before this moment have expired."""
    return timezone.now() - timedelta(days=invitation_days())


def open_invitations() -> QuerySet[Invitation]:
    """Invitations a link may still accept."""
    return Invitation.objects.filter(
        Q(strategy__isnull=True) | Q(strategy__deleted__isnull=True),
        accepted__isnull=True,
        created__gte=_cutoff(),
        workspace__deleted__isnull=True,
    )


def claim(invitation: Invitation) -> bool:
    """Mark the invitation accepted if nobody did before; False when another request was first.

    Call it inside the transaction that grants the access, so that a lost claim rolls it back."""
    now = timezone.now()
    changed = Invitation.objects.filter(
        pk=invitation.pk, accepted__isnull=True, created__gte=_cutoff()
    ).update(accepted=now)
    invitation.accepted = now
    return changed == 1
