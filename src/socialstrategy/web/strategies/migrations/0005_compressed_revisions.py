"""Revisions keep their document zlib-compressed (a new column, filled from the old one, which is
then dropped), so that a long history of a large strategy stays small."""

from django.db import migrations, models
from django.db.backends.base.schema import BaseDatabaseSchemaEditor
from django.db.migrations.state import StateApps

from socialstrategy.web.strategies.fields import CompressedJSONField

BATCH = 200


def compress(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    Revision = apps.get_model("strategies", "Revision")
    batch = []
    for revision in Revision.objects.only("pk", "document").iterator(chunk_size=BATCH):
        revision.packed = revision.document
        batch.append(revision)
        if len(batch) == BATCH:
            Revision.objects.bulk_update(batch, ["packed"])
            batch = []
    Revision.objects.bulk_update(batch, ["packed"])


def uncompress(apps: StateApps, schema_editor: BaseDatabaseSchemaEditor) -> None:
    Revision = apps.get_model("strategies", "Revision")
    for revision in Revision.objects.only("pk", "packed").iterator(chunk_size=BATCH):
        revision.document = revision.packed
        revision.save(update_fields=["document"])


class Migration(migrations.Migration):
    dependencies = [("strategies", "0004_revision_message")]

    operations = [
        migrations.AddField("revision", "packed", CompressedJSONField(null=True)),
        migrations.AlterField("revision", "document", models.JSONField(null=True)),
        migrations.RunPython(compress, uncompress),
        migrations.RemoveField("revision", "document"),
        migrations.RenameField("revision", "packed", "document"),
        migrations.AlterField("revision", "document", CompressedJSONField()),
    ]
