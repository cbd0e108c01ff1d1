"""Coordinators publish courses in four languages: they may also start translations
of pages and snippets (wagtail-localize's permission, which its own migration gives
Wagtail's "Editors" and "Moderators")."""

from django.db import migrations


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    submit = Permission.objects.filter(
        content_type__app_label="wagtail_localize", codename="submit_translation"
    ).first()
    if submit is not None:
        for group in Group.objects.filter(name="Coordinators"):
            group.permissions.add(submit)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name="Coordinators"):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="wagtail_localize",
                codename="submit_translation",
            )
        )


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0002_coordinators_group"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [
        migrations.RunPython(grant, revoke),
    ]
