"""The Investment desk group works the aftercare records too; no other group gets them."""

from django.db import migrations

DESK_GROUP = "Investment desk"
MODELS = ["investor", "aftercareissue", "expansion"]


def grant(apps, schema_editor):
    from home.group_permissions import grant

    codenames = [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]
    grant(apps, "desk", DESK_GROUP, codenames)


class Migration(migrations.Migration):
    dependencies = [("desk", "0003_aftercare_and_score")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
