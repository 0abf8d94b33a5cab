"""The smallest site the scale-out test needs, built in a `manage.py shell` of a production process.

The full demo takes about two minutes on PostgreSQL; this takes a second. It prints one JSON line
with what the test needs to find: a menu page with an unpublished draft of a new title, the contact
page, the sector page whose booklet sits in the (S3) storage, a country, and a moderator's login.
"""

import json

from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from wagtail.models import Locale, Page, Site

from home.models import HomePage, NavigationSettings, StandardPage
from leads.models import ContactPage
from sectors.models import Booklet, Country, SectorIndexPage, SectorPage

MODERATOR_PASSWORD = "scale-out moderator 2025"
DRAFT_TITLE = "Why Lombardy, new edition"


def build():
    english = Locale.get_default()
    root = Page.get_first_root_node()
    for welcome in root.get_children():
        welcome.delete()
    home = root.add_child(
        instance=HomePage(title="Invest in Lombardy", slug="home", hero_title="Lombardy", locale=english)
    )
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})

    menu_page = home.add_child(instance=StandardPage(title="Why Lombardy", slug="why-lombardy"))
    navigation = NavigationSettings.for_site(Site.objects.get(is_default_site=True))
    navigation.main_menu = [("page", {"page": menu_page, "url": ""})]
    navigation.save()
    # The new title waits as a draft until a moderator publishes it through the admin.
    menu_page.title = DRAFT_TITLE
    menu_page.save_revision()

    contact = home.add_child(instance=ContactPage(title="Contact us", slug="contact"))
    sectors = home.add_child(instance=SectorIndexPage(title="Sectors", slug="sectors"))
    sector = sectors.add_child(instance=SectorPage(title="Life sciences", slug="life-sciences", headline="Health"))
    booklet = Booklet(sector=sector, title="Life sciences in Lombardy", locale=english, page_count=1)
    booklet.file.save("life-sciences.pdf", ContentFile(b"%PDF-1.4\n% scale-out booklet\n%%EOF\n"), save=False)
    booklet.save()
    country = Country.objects.create(name="Germany", locale=english)

    moderator = User.objects.create_user("moderator", "moderator@example.org", MODERATOR_PASSWORD)
    moderator.groups.add(Group.objects.get(name="Moderators"))
    print(
        json.dumps(
            {
                "menu_page": menu_page.pk,
                "contact_url": contact.url,
                "booklet_url": sector.booklet_url(),
                "sector": sector.pk,
                "country": country.pk,
                "booklet_file": booklet.file.name,
            }
        )
    )
