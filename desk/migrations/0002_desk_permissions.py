"""The Investment desk group works every desk record; no other shipped group (Editors included) gets any."""

from django.db import migrations

DESK_GROUP = "Investment desk"
MODELS = ["company", "contact", "inquiry", "project", "stagechange", "partner", "referral", "activity",
          "emailtemplate", "routingrule"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Django creates permissions after migrating; this migration needs them now. A migration's app config
    # has no models module, and create_permissions skips those.
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
    dependencies = [("desk", "0001_initial"), ("staff", "0001_staff_groups")]

    # Left in place on reversal, as the staff groups are.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
