import os
from typing import Any

from django.apps import AppConfig
from django.db.backends.signals import connection_created


class AccountsConfig(AppConfig):
    name = "socialstrategy.web.accounts"
    label = "accounts"

    def ready(self) -> None:
        from socialstrategy.web.accounts import checks  # noqa: F401  (registers the check)

        connection_created.connect(keep_database_private, dispatch_uid="keep_database_private")


def keep_database_private(sender: Any, connection: Any, **kwargs: Any) -> None:
    """The SQLite files hold every session and password hash: private from the first connection."""
    from socialstrategy.web.datafolder import private_database

    name = str(connection.settings_dict.get("NAME") or "")
    if connection.vendor == "sqlite" and os.path.isfile(name):
        private_database(name)
