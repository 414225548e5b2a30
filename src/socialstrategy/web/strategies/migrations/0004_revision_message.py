"""Revision notes become structured data: ``Revision.message`` holds a core Message's ``to_data()``.

Notes stored by earlier versions as JSON in ``Revision.note`` (``{"m": "Removed %(item)s: %(title)s",
"v": {...}, "t": [...]}``) are converted; plain-text notes stay in ``note`` and are shown as they are.
"""

from __future__ import annotations

import json
import re
from typing import Any

from django.db import migrations, models

_PLACEHOLDER = re.compile(r"%\((\w+)\)s|%%")


def convert_note(stored: str) -> dict[str, Any] | None:
    """An old JSON note as message data (``{name}`` placeholders), or None for a plain-text note."""
    if not stored.startswith('{"m": '):
        return None
    try:
        data = json.loads(stored)
    except ValueError:
        return None
    if not (
        isinstance(data, dict)
        and isinstance(data.get("m"), str)
        and isinstance(data.get("v"), dict)
        and all(isinstance(v, str) for v in data["v"].values())
        and isinstance(data.get("t"), list)
    ):
        return None
    escaped = data["m"].replace("{", "{{").replace("}", "}}")
    template = _PLACEHOLDER.sub(lambda m: "{" + m.group(1) + "}" if m.group(1) else "%", escaped)
    params = {
        name: {"message": {"template": text, "params": {}}} if name in data["t"] else text
        for name, text in data["v"].items()
    }
    return {"template": template, "params": params}


def _forwards(apps: Any, schema_editor: Any) -> None:
    Revision = apps.get_model("strategies", "Revision")
    for revision in Revision.objects.filter(note__startswith='{"m": ').iterator():
        message = convert_note(revision.note)
        if message is not None:
            revision.message, revision.note = message, ""
            revision.save(update_fields=["message", "note"])


class Migration(migrations.Migration):
    dependencies = [("strategies", "0003_trash")]

    operations = [
        migrations.AddField(
            model_name="revision", name="message", field=models.JSONField(blank=True, null=True)
        ),
        migrations.RunPython(_forwards, migrations.RunPython.noop),
    ]
