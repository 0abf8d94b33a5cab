"""The Investment desk writes and moderates the noticeboard's notices and owners' answers."""

from django.db import migrations


def grant(apps, schema_editor):
    from home.group_permissions import grant

    codenames = [f"{action}_{model}" for model in ("notice", "answer") for action in ("add", "change", "delete", "view")]
    grant(apps, "noticeboard", "Investment desk", codenames)


class Migration(migrations.Migration):
    dependencies = [("noticeboard", "0001_initial"), ("staff", "0001_staff_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
