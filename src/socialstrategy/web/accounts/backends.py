"""Every page asks for the session and the signed-in user first: two hand-written queries.

The ORM spent longer building these two SELECTs than the database took to answer them, and a
page read from the page cache does little else (bench/bench_web.py).
"""

from __future__ import annotations

from functools import cache
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.contrib.sessions.backends import db
from django.contrib.sessions.models import Session
from django.core.exceptions import ValidationError
from django.db import connection
from django.http import HttpRequest
from django.utils import timezone

from socialstrategy.web.accounts import usernames


class SessionStore(db.SessionStore):
    """Django's database sessions, read with one prepared statement."""

    def _get_session_from_db(self) -> Session | None:
        key = self.session_key
        row = None
        if key is not None:
            with connection.cursor() as cursor:
                cursor.execute(_session_sql(), [key, timezone.now()])
                row = cursor.fetchone()
        if key is None or row is None:
            self._session_key = None
            return None
        return Session(session_key=key, session_data=row[0], expire_date=row[1])


@cache
def _session_sql() -> str:
    table = Session._meta.db_table
    return f"SELECT session_data, expire_date FROM {table} WHERE session_key = %s AND expire_date > %s"


class UserBackend(ModelBackend):
    """Django's model backend; the signed-in user is read with one prepared statement, and the
    name given at login is normalised as at sign-up and by the throttle."""

    def authenticate(
        self,
        request: HttpRequest | None,
        username: str | None = None,
        password: str | None = None,
        **kwargs: Any,
    ) -> Any:
        if username is not None:
            username = usernames.normalise(username)
        return super().authenticate(request, username=username, password=password, **kwargs)

    def get_user(self, user_id: Any) -> Any:
        model = get_user_model()
        try:
            pk = model._meta.pk.to_python(user_id)
        except ValidationError:
            return None
        user = next(iter(model._default_manager.raw(_user_sql(), [pk])), None)
        return user if user is not None and self.user_can_authenticate(user) else None


@cache
def _user_sql() -> str:
    model = get_user_model()
    columns = ", ".join(str(field.column) for field in model._meta.concrete_fields)
    return f"SELECT {columns} FROM {model._meta.db_table} WHERE {model._meta.pk.column} = %s"
