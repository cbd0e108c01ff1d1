import uuid

from django.db import migrations, models


def give_pseudonyms(apps, schema_editor):
    """Every existing person their own random key (a default would give all one)."""
    Participant = apps.get_model("people", "Participant")
    for participant in Participant.objects.only("pk").iterator():
        Participant.objects.filter(pk=participant.pk).update(pseudonym=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0004_school"),
    ]

    operations = [
        migrations.AddField(
            model_name="participant",
            name="pseudonym",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_pseudonyms, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="participant",
            name="pseudonym",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
