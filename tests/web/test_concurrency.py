"""Several threads saving at once into a file SQLite database: no "database is locked"."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import os, threading, django
    os.environ["DJANGO_SETTINGS_MODULE"] = "socialstrategy.web.settings"
    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.contrib.auth import get_user_model
    from socialstrategy.core.model import Strategy as Document
    from socialstrategy.web.strategies.models import Strategy
    from socialstrategy.web.strategies.store import StaleVersion, create_strategy, save_document
    from socialstrategy.web.workspaces.models import Workspace

    call_command("migrate", verbosity=0)
    assert connection.vendor == "sqlite" and "memory" not in str(connection.settings_dict["NAME"])
    user = get_user_model().objects.create_user("writer")
    strategy = create_strategy(Workspace.objects.create(name="w"), Document(title="t"), user, "start")
    saved, stale, errors = [], [], []

    def writer(number):
        try:
            for i in range(15):
                while True:
                    current = Strategy.objects.get(pk=strategy.pk)
                    try:
                        save_document(current, Document(title=f"{number}-{i}"), current.version, user, "save")
                        saved.append(1)
                        break
                    except StaleVersion:
                        stale.append(1)
        except Exception as error:
            errors.append(repr(error))
        finally:
            connection.close()

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(8)]
    [t.start() for t in threads]
    [t.join() for t in threads]
    final = Strategy.objects.get(pk=strategy.pk)
    print(len(saved), len(stale), final.version, final.revisions.count(), errors)
    """
)


def test_eight_threads_saving_at_once_lose_nothing(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "SOCIALSTRATEGY_DB")}
    env["SOCIALSTRATEGY_DATA"] = str(tmp_path)
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    saved, _stale, version, revisions, errors = result.stdout.strip().split(" ", 4)
    assert errors == "[]"
    assert int(saved) == 8 * 15
    assert int(version) == 1 + 8 * 15
    assert int(revisions) == int(version)
