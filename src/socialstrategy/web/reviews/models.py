"""Review and approval: each item's state, the audit trail, comments and review links.

The states and what an item is come from the core (``core/review.py``); these tables only keep
them. Items are named by the core's keys (a step id, ``guidelines``, ``crisis``, ``post:<id>``).
"""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from socialstrategy.core.review import MODES, STATES

ITEM_LENGTH = 80
NAME_LENGTH = 100


class LinkRole(models.TextChoices):
    APPROVER = "approver", _("Approve and comment")
    FEEDBACK = "feedback", _("Comment only")


class WorkspaceReview(models.Model):
    """A workspace's review mode (none, optional, required); a workspace without a row: optional."""

    workspace = models.OneToOneField("workspaces.Workspace", on_delete=models.CASCADE, related_name="review")
    mode = models.CharField(max_length=10, choices=[(m, m) for m in MODES], default="optional")

    def __str__(self) -> str:
        return f"{self.workspace}: {self.mode}"


class ItemReview(models.Model):
    """The review state of one item of a strategy, and what the item said when it was approved."""

    strategy = models.ForeignKey("strategies.Strategy", on_delete=models.CASCADE, related_name="item_reviews")
    item = models.CharField(max_length=ITEM_LENGTH)
    state = models.CharField(max_length=20, choices=[(s, s) for s in STATES], default="draft")
    version = models.PositiveIntegerField(default=0)  # the strategy's version at the last change
    fingerprint = models.CharField(max_length=64, blank=True)  # core.review.fingerprint at approval
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["strategy", "item"], name="one_review_per_item")]

    def __str__(self) -> str:
        return f"{self.strategy_id}/{self.item}: {self.state}"


class ReviewLink(models.Model):
    """A link for a reviewer without an account. Only the token's SHA-256 is kept: a copy of the
    database opens no review. ``posts_from``/``posts_to`` choose the calendar's posts it covers
    (none without them)."""

    strategy = models.ForeignKey("strategies.Strategy", on_delete=models.CASCADE, related_name="review_links")
    token_hash = models.CharField(max_length=64, unique=True)
    label = models.CharField(_("label"), max_length=NAME_LENGTH, blank=True)
    role = models.CharField(max_length=10, choices=LinkRole.choices, default=LinkRole.APPROVER)
    password = models.CharField(max_length=128, blank=True)  # Django's password hash, or empty
    posts_from = models.DateField(null=True, blank=True)
    posts_to = models.DateField(null=True, blank=True)
    expires = models.DateTimeField()
    revoked = models.DateTimeField(null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    def __str__(self) -> str:
        return f"Review link {self.pk} for {self.strategy_id}"


class ReviewEvent(models.Model):
    """One line of the audit trail: who did what to which item at which version, and when."""

    strategy = models.ForeignKey(
        "strategies.Strategy", on_delete=models.CASCADE, related_name="review_events"
    )
    item = models.CharField(max_length=ITEM_LENGTH, blank=True)
    action = models.CharField(max_length=20)  # a core ReviewAction, or "link", "revoke"
    state = models.CharField(max_length=20, blank=True)  # the state it led to
    version = models.PositiveIntegerField()
    user = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    reviewer_name = models.CharField(max_length=NAME_LENGTH, blank=True)  # who used a review link
    link = models.ForeignKey(
        ReviewLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="events"
    )
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.strategy_id}/{self.item}: {self.action}"


class ReviewLinkUse(models.Model):
    """Every use of a review link: opened, commented, approved, asked for changes."""

    link = models.ForeignKey(ReviewLink, on_delete=models.CASCADE, related_name="uses")
    action = models.CharField(max_length=20)
    item = models.CharField(max_length=ITEM_LENGTH, blank=True)
    reviewer_name = models.CharField(max_length=NAME_LENGTH, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-pk"]

    def __str__(self) -> str:
        return f"{self.link_id}: {self.action}"


class Comment(models.Model):
    """A comment on an item (and optionally one section of a document), or a reply to one.
    ``internal`` comments are for the coach's team only; reviewers never see them."""

    strategy = models.ForeignKey("strategies.Strategy", on_delete=models.CASCADE, related_name="comments")
    item = models.CharField(max_length=ITEM_LENGTH)
    section = models.CharField(max_length=ITEM_LENGTH, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="replies"
    )
    body = models.TextField(max_length=5000)
    internal = models.BooleanField(default=False)
    version = models.PositiveIntegerField()
    author = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL)
    author_name = models.CharField(max_length=NAME_LENGTH, blank=True)  # a reviewer without account
    link = models.ForeignKey(
        ReviewLink, null=True, blank=True, on_delete=models.SET_NULL, related_name="comments"
    )
    created = models.DateTimeField(auto_now_add=True)
    resolved = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["created", "pk"]

    def __str__(self) -> str:
        return f"Comment {self.pk} on {self.strategy_id}/{self.item}"

    @property
    def author_label(self) -> str:
        return self.author.get_username() if self.author else self.author_name


class MailLanguage(models.Model):
    """The language a member last used the workshop in: their review mails are written in it."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    language = models.CharField(max_length=10)

    def __str__(self) -> str:
        return f"{self.user}: {self.language}"
