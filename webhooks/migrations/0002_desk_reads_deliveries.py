"""The Investment desk reads the delivery log; endpoints (URLs and secrets) stay with administrators."""

from django.db import migrations

DESK_GROUP = "Investment desk"


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Django creates permissions after migrating; this migration needs them now (as desk 0002 does).
    app_config = apps.get_app_config("webhooks")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=DESK_GROUP)
    group.permissions.add(Permission.objects.get(content_type__app_label="webhooks", codename="view_delivery"))


class Migration(migrations.Migration):
    dependencies = [("webhooks", "0001_initial"), ("staff", "0001_staff_groups")]

    # Left in place on reversal, as the staff groups are.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
