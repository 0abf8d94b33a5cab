from django.db import migrations


def create_groups(apps, schema_editor):
    from staff.roles import apply_roles

    apply_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_2fa", "0001_initial"),
        ("leads", "0006_submissions_and_used_form_tokens"),
        ("opportunities", "0003_owner_portal_sectors_freshness"),
    ]

    # Groups are left in place on reversal: members and hand-made changes may hang on them.
    operations = [migrations.RunPython(create_groups, migrations.RunPython.noop)]
