import uuid

import django.utils.timezone
from django.db import migrations, models


def give_every_registration_a_ticket(apps, schema_editor):
    """Existing rows get their own unguessable ticket code before it becomes unique."""
    Registration = apps.get_model("events", "Registration")
    for registration in Registration.objects.only("pk"):
        Registration.objects.filter(pk=registration.pk).update(ticket=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0003_event_schedule"),
    ]

    operations = [
        migrations.AddField(
            model_name="registration",
            name="remarks",
            field=models.TextField(blank=True, verbose_name="remarks"),
        ),
        migrations.AddField(
            model_name="registration",
            name="status_changed_at",
            field=models.DateTimeField(
                default=django.utils.timezone.now, verbose_name="status changed at"
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="reminded_at",
            field=models.DateTimeField(blank=True, null=True, verbose_name="reminder sent at"),
        ),
        migrations.AddField(
            model_name="registration",
            name="together",
            field=models.UUIDField(
                blank=True,
                help_text="Registrations with the same value get a seat together or not at all.",
                null=True,
                verbose_name="registered together",
            ),
        ),
        migrations.AddField(
            model_name="registration",
            name="ticket",
            field=models.UUIDField(null=True, editable=False, verbose_name="ticket code"),
        ),
        migrations.RunPython(give_every_registration_a_ticket, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="registration",
            name="ticket",
            field=models.UUIDField(
                default=uuid.uuid4, editable=False, unique=True, verbose_name="ticket code"
            ),
        ),
        migrations.AddIndex(
            model_name="registration",
            index=models.Index(
                fields=["event", "status", "created_at"],
                name="events_regi_event_i_436663_idx",
            ),
        ),
    ]
