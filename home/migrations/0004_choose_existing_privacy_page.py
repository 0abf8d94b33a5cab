"""Chooses the privacy notice already on a site (the demo's page at /privacy/) in its new setting."""

from django.db import migrations


def choose_existing_notice(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    PrivacySettings = apps.get_model("home", "PrivacySettings")
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        # The notice of this site's tree, in the language of its home page (translations follow).
        notice = (
            Page.objects.filter(slug="privacy", live=True, locale_id=root.locale_id, path__startswith=root.path)
            .order_by("depth")
            .first()
        )
        if notice is not None:
            PrivacySettings.objects.update_or_create(site=site, defaults={"privacy_page": notice})


class Migration(migrations.Migration):
    dependencies = [("home", "0003_privacy_settings")]

    operations = [migrations.RunPython(choose_existing_notice, migrations.RunPython.noop)]
