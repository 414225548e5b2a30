"""Workspaces (a coach's practice or a company), their members and invitations."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class Role(models.TextChoices):
    OWNER = "owner", pgettext_lazy("workspace role", "Owner")
    EDITOR = "editor", _("Editor")
    VIEWER = "viewer", _("Viewer")
    # The client's side (web/reviews): reads like a viewer; an approver also approves, feedback
    # only comments (a legal department). Neither edits, nor sees the team's internal comments.
    APPROVER = "approver", _("Approver")
    FEEDBACK = "feedback", pgettext_lazy("workspace role", "Feedback")


ROLE_RANK = {Role.FEEDBACK: 1, Role.APPROVER: 1, Role.VIEWER: 1, Role.EDITOR: 2, Role.OWNER: 3}


class Workspace(models.Model):
    name = models.CharField(_("name"), max_length=200)
    created = models.DateTimeField(auto_now_add=True)
    # Set when an owner deleted the workspace: gone for every member, restorable by its owners
    # for TRASH_DAYS, then purged with everything in it.
    deleted = models.DateTimeField(null=True, blank=True, db_index=True)
    deleted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    def __str__(self) -> str:
        return self.name


class Membership(models.Model):
    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["workspace", "user"], name="one_membership_per_user")]

    def __str__(self) -> str:
        return f"{self.user} in {self.workspace} ({self.role})"

    def allows(self, role: str) -> bool:
        return ROLE_RANK[Role(self.role)] >= ROLE_RANK[Role(role)]


def _token() -> str:
    return secrets.token_urlsafe(24)


class Invitation(models.Model):
    """An invitation link: to the workspace with a role, or (client access) to one strategy."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email"), blank=True)
    role = models.CharField(_("role"), max_length=10, choices=Role.choices, default=Role.EDITOR)
    strategy = models.ForeignKey(
        "strategies.Strategy", null=True, blank=True, on_delete=models.CASCADE, related_name="invitations"
    )
    token = models.CharField(max_length=64, unique=True, default=_token)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL)
    created = models.DateTimeField(auto_now_add=True)
    accepted = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"Invitation to {self.workspace} ({self.role})"
