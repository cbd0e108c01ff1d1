"""The "Coordinators" group: staff who run the programme in the admin.

They publish courses and dates, work registrations, class visits, attendance and
certificates, see the figures, edit the catalogue's taxonomies, images, documents and
the organisation's settings. Wagtail's own "Editors" group stays for those who only
write pages. Standalone: nothing is imported from the apps, so the migration works on
the models as they were when it was written.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Coordinators"
APPS = (
    "wagtailadmin",
    "wagtailcore",
    "wagtailimages",
    "wagtaildocs",
    "mint",
    "courses",
    "events",
    "certificates",
)
# Every permission of these apps' models.
WHOLE_APPS = ("events", "certificates")
# Some models of other apps: (app label, model, codenames; None for all of them).
MODELS = (
    ("wagtailadmin", "admin", ["access_admin"]),
    ("courses", "topic", None),
    ("courses", "audiencelevel", None),
    ("courses", "provider", None),
    ("mint", "organisationsettings", ["change_organisationsettings"]),
)
# Pages, as Wagtail's "Moderators": from the root down.
PAGE_PERMISSIONS = ("add_page", "change_page", "publish_page")
# Images and documents, as Wagtail's own groups: in the root collection.
COLLECTION_PERMISSIONS = (
    ("wagtailimages", "image", ("add", "change", "delete", "choose")),
    ("wagtaildocs", "document", ("add", "change", "delete", "choose")),
)


def create_coordinators(apps, schema_editor):
    for label in APPS:
        config = apps.get_app_config(label)
        config.models_module = True  # create_permissions skips apps without models
        create_permissions(config, apps=apps, verbosity=0)
        config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model(
        "wagtailcore", "GroupCollectionPermission"
    )

    group, _created = Group.objects.get_or_create(name=GROUP)
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label__in=WHOLE_APPS)
    )
    for app_label, model, codenames in MODELS:
        permissions = Permission.objects.filter(
            content_type__app_label=app_label, content_type__model=model
        )
        if codenames is not None:
            permissions = permissions.filter(codename__in=codenames)
        group.permissions.add(*permissions)

    root = Page.objects.filter(depth=1).order_by("path").first()
    if root is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore",
            content_type__model="page",
            codename__in=PAGE_PERMISSIONS,
        ):
            GroupPagePermission.objects.get_or_create(
                group=group, page=root, permission=permission
            )

    collection = Collection.objects.filter(depth=1).order_by("path").first()
    if collection is not None:
        for app_label, model, actions in COLLECTION_PERMISSIONS:
            for permission in Permission.objects.filter(
                content_type__app_label=app_label,
                content_type__model=model,
                codename__in=[f"{action}_{model}" for action in actions],
            ):
                GroupCollectionPermission.objects.get_or_create(
                    group=group, collection=collection, permission=permission
                )


def remove_coordinators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("certificates", "0001_initial"),
        ("events", "0009_figures_permission"),
        ("courses", "0005_unmet_searches"),
        ("mint", "0003_certificates"),
        ("wagtailadmin", "0002_admin"),
        ("wagtailcore", "0090_remove_grouppagepermission_permission_type"),
        ("wagtailimages", "0023_add_choose_permissions"),
        ("wagtaildocs", "0011_add_choose_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(create_coordinators, remove_coordinators),
    ]
