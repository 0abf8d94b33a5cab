"""Granting an app's model permissions to a shipped staff group, from that app's own data migration.

The groups are made by staff/roles.py; an app whose models come later grants its own permissions, so
no app below staff names it. Used on historical models (`apps`), as migrations must.
"""

from django.contrib.auth.management import create_permissions


def grant(apps, app_label, group_name, codenames):
    # Django creates permissions after the whole migration run; the models created in this run need them now.
    app_config = apps.get_app_config(app_label)
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    group.permissions.add(*permissions)
