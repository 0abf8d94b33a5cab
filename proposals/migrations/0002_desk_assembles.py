"""The Investment desk assembles proposals and reads when they were opened."""

from django.db import migrations


def grant(apps, schema_editor):
    from home.group_permissions import grant

    codenames = ["add_proposal", "change_proposal", "delete_proposal", "view_proposal", "view_proposalview"]
    grant(apps, "proposals", "Investment desk", codenames)


class Migration(migrations.Migration):
    dependencies = [("proposals", "0001_initial"), ("staff", "0001_staff_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
