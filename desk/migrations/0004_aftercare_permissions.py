"""The Investment desk group works the aftercare records too; no other group gets them."""

from django.db import migrations

DESK_GROUP = "Investment desk"
MODELS = ["investor", "aftercareissue", "expansion"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # As in 0002: the permissions of models created in this run do not exist yet.
    app_config = apps.get_app_config("desk")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=DESK_GROUP)
    codenames = [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]
    group.permissions.add(*Permission.objects.filter(content_type__app_label="desk", codename__in=codenames))


class Migration(migrations.Migration):
    dependencies = [("desk", "0003_aftercare_and_score")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
