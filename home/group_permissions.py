"""Granting an app's model permissions to a shipped staff group, from that app's own data migration.

The groups are made by staff/roles.py; an app whose models come later grants its own permissions, so
no app below staff names it. Used on historical models (`apps`), as migrations must.
"""

from django.contrib.auth.management import create_permissions


def grant(apps, app_label, group_name, codenames):
    # Django creates permissions after the whole migration run; the models created in this run need them now.
    # A migration's app config has no models module, and create_permissions skips those.
    app_config = apps.get_app_config(app_label)
    stub = getattr(app_config, "models_module", None) is None
    if stub:
        app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    if stub:
        app_config.models_module = None
    group, _ = apps.get_model("auth", "Group").objects.get_or_create(name=group_name)
    permissions = apps.get_model("auth", "Permission").objects.filter(
        content_type__app_label=app_label, codename__in=codenames
    )
    group.permissions.add(*permissions)
