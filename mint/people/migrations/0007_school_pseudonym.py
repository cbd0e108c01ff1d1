import uuid

from django.db import migrations, models


def give_pseudonyms(apps, schema_editor):
    """Every existing school its own random key (a default would give all one)."""
    School = apps.get_model("people", "School")
    for school in School.objects.only("pk").iterator():
        School.objects.filter(pk=school.pk).update(pseudonym=uuid.uuid4())


class Migration(migrations.Migration):
    dependencies = [
        ("people", "0006_consent_records"),
    ]

    operations = [
        migrations.AddField(
            model_name="school",
            name="pseudonym",
            field=models.UUIDField(editable=False, null=True),
        ),
        migrations.RunPython(give_pseudonyms, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="school",
            name="pseudonym",
            field=models.UUIDField(default=uuid.uuid4, editable=False, unique=True),
        ),
    ]
