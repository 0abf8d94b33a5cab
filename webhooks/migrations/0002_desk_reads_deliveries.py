"""The Investment desk reads the delivery log; endpoints (URLs and secrets) stay with administrators."""

from django.db import migrations

DESK_GROUP = "Investment desk"


def grant(apps, schema_editor):
    from home.group_permissions import grant

    grant(apps, "webhooks", DESK_GROUP, ["view_delivery"])


class Migration(migrations.Migration):
    dependencies = [("webhooks", "0001_initial"), ("staff", "0001_staff_groups")]

    # Left in place on reversal, as the staff groups are.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
