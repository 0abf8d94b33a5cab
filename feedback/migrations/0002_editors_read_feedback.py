"""Editors and Moderators read the page feedback (Reports → Page feedback); nobody edits it."""

from django.db import migrations


def grant(apps, schema_editor):
    from home.group_permissions import grant

    for group in ("Editors", "Moderators"):
        grant(apps, "feedback", group, ["view_pagefeedback"])


class Migration(migrations.Migration):
    dependencies = [("feedback", "0001_initial"), ("staff", "0001_staff_groups")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
