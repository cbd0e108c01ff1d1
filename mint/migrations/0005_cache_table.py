"""The table of the database cache that production shares between its workers
(mint.settings.production without REDIS_URL): Django's own `createcachetable`, which
makes the tables of the caches the settings name and leaves existing ones alone.
Where the settings name another cache (development, tests, Redis) it does nothing;
who switches to the database cache later runs `manage.py createcachetable`."""

from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    call_command(
        "createcachetable", database=schema_editor.connection.alias, verbosity=0
    )


class Migration(migrations.Migration):
    dependencies = [("mint", "0004_outgoing_mail")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
