"""The staff groups the product ships, as data (documented in docs/staff-roles.md).

`apply_roles` creates or completes them; it takes an app registry so the data migration can run it
on historical models and `manage.py apply_staff_roles` on the current ones. It only adds what is
missing: permissions an administrator removed or added by hand elsewhere are left alone.
"""

from django.contrib.auth.management import create_permissions

# The groups that see personal data (leads, owners) or decide what the catalogue publishes also
# hold wagtailadmin.enable_2fa: wagtail_2fa then requires a second factor of their members.
SECOND_FACTOR = ("wagtailadmin", "enable_2fa")
ADMIN_ACCESS = ("wagtailadmin", "access_admin")
PAGE_EDITING = ("add_page", "change_page")
MEDIA_EDITING = ("add", "change", "choose")

ROLES = {
    "Editors": {
        "permissions": [ADMIN_ACCESS],
        "root_page": PAGE_EDITING,
        "media": MEDIA_EDITING,
    },
    "Moderators": {
        "permissions": [ADMIN_ACCESS],
        "root_page": (*PAGE_EDITING, "publish_page", "lock_page", "unlock_page"),
        "media": (*MEDIA_EDITING, "delete"),
    },
    # Works leads here; its desk records and the webhook delivery log are granted by the desk's and the webhooks'
    # own migrations (those models do not exist when this runs). Erasure stays with the Privacy officer.
    "Investment desk": {
        "permissions": [ADMIN_ACCESS, SECOND_FACTOR, ("leads", "view_lead"), ("leads", "change_lead")],
    },
    "Catalogue validators": {
        "permissions": [
            ADMIN_ACCESS,
            SECOND_FACTOR,
            ("opportunities", "view_ownersubmission"),
            ("opportunities", "add_ownersubmission"),
            ("opportunities", "change_ownersubmission"),
        ],
        # Accepting a submission creates a draft under the catalogue; publishing it stays theirs.
        "opportunity_indexes": (*PAGE_EDITING, "publish_page"),
        "media": ("add", "choose"),
    },
    "Privacy officer": {
        "permissions": [
            ADMIN_ACCESS,
            SECOND_FACTOR,
            ("leads", "view_lead"),
            # Erasure in the privacy tools is a deletion of the person's leads (leads/admin_views.py).
            ("leads", "delete_lead"),
            ("opportunities", "view_ownersubmission"),
            ("opportunities", "delete_ownersubmission"),
        ],
    },
}


def ensure_permissions(apps):
    """Django creates permissions after migrating; a data migration needs them now."""
    for app_config in apps.get_app_configs():
        # A migration's app configs have no models module, and create_permissions skips those.
        stub = getattr(app_config, "models_module", None) is None
        if stub:
            app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        if stub:
            app_config.models_module = None


def _permission(apps, app_label, codename):
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")
    if app_label == "wagtailadmin":
        # Wagtail keeps its admin-wide permissions on a content type without a model.
        content_type, _ = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
        name = {"access_admin": "Can access Wagtail admin", "enable_2fa": "Enable 2FA"}[codename]
        permission, _ = Permission.objects.get_or_create(
            content_type=content_type, codename=codename, defaults={"name": name}
        )
        return permission
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def _grant_pages(apps, group, pages, codenames):
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for page in pages:
        for codename in codenames:
            GroupPagePermission.objects.get_or_create(
                group=group, page=page, permission=_permission(apps, "wagtailcore", codename)
            )


def _grant_media(apps, group, actions):
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    root = Collection.objects.filter(depth=1).first()
    if root is None:
        return
    for app_label, model in (("wagtailimages", "image"), ("wagtaildocs", "document")):
        for action in actions:
            GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root, permission=_permission(apps, app_label, f"{action}_{model}")
            )


def apply_roles(apps):
    ensure_permissions(apps)
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    ContentType = apps.get_model("contenttypes", "ContentType")
    index_type = ContentType.objects.filter(app_label="opportunities", model="opportunityindexpage").first()
    for name, role in ROLES.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*(_permission(apps, *perm) for perm in role.get("permissions", [])))
        if "root_page" in role:
            _grant_pages(apps, group, Page.objects.filter(depth=1), role["root_page"])
        if "opportunity_indexes" in role and index_type is not None:
            _grant_pages(apps, group, Page.objects.filter(content_type=index_type), role["opportunity_indexes"])
        if "media" in role:
            _grant_media(apps, group, role["media"])
