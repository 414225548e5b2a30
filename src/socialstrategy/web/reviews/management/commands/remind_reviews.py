"""``socialstrategy manage remind_reviews``: remind approvers and feedback givers of parts that
have been in review for REVIEW_REMINDER_DAYS (3) days or more. Meant for cron, once a day."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from socialstrategy.web.reviews.mail import send_reminders


class Command(BaseCommand):
    help = "Mail a reminder about parts in review for REVIEW_REMINDER_DAYS (3) days or more."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--days", type=int, default=None, help="Days in review (default: REVIEW_REMINDER_DAYS)."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        days = options["days"] if options["days"] is not None else settings.REVIEW_REMINDER_DAYS
        sent = send_reminders(max(days, 0))
        self.stdout.write(f"Sent {sent} review reminders for parts in review {days} days or more.")
