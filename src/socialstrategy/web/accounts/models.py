"""Failed logins, kept in the database so throttling works across server processes."""

from __future__ import annotations

from django.db import models


class LoginFailure(models.Model):
    username = models.CharField(max_length=150, db_index=True)
    address = models.CharField(max_length=64, db_index=True)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    def __str__(self) -> str:
        return f"{self.username} from {self.address}"
