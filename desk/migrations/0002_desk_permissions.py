"""The Investment desk group works every desk record; no other shipped group (Editors included) gets any."""

from django.db import migrations

DESK_GROUP = "Investment desk"
MODELS = ["company", "contact", "inquiry", "project", "stagechange", "partner", "referral", "activity",
          "emailtemplate", "routingrule"]


def grant(apps, schema_editor):
    from home.group_permissions import grant

    codenames = [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]
    grant(apps, "desk", DESK_GROUP, codenames)


class Migration(migrations.Migration):
    dependencies = [("desk", "0001_initial"), ("staff", "0001_staff_groups")]

    # Left in place on reversal, as the staff groups are.
    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
