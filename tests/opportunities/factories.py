"""A small bilingual catalogue built directly (no demo content), and a site factory."""

import datetime

from wagtail.models import Locale, Page, Site

from home.models import HomePage
from opportunities.models import OpportunityIndexPage, OpportunityPage

SLUGS = ("test-home", "test-home-it")


def build_catalogue():
    """English and Italian home and catalogue pages; returns (en_index, it_index).

    Wagtail's own initial page and site are kept (the default site is pointed at the new home), so
    cleanup_catalogue() can put the database back as other tests expect it.
    """
    en = Locale.objects.get_or_create(language_code="en")[0]
    it = Locale.objects.get_or_create(language_code="it")[0]
    root = Page.get_first_root_node()
    home = HomePage(title="Home", slug=SLUGS[0], hero_title="Home", locale=en)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first() or Site(
        hostname="localhost", port=80, is_default_site=True
    )
    site.root_page = home
    site.save()
    it_home = home.copy_for_translation(it)
    it_home.slug = SLUGS[1]
    it_home.save_revision().publish()
    home = HomePage.objects.get(pk=home.pk)
    index = OpportunityIndexPage(title="Sites", slug="opportunities", locale=en)
    home.add_child(instance=index)
    index.save_revision().publish()
    it_index = index.copy_for_translation(it)
    it_index.title, it_index.slug = "Aree", "opportunita"
    it_index.save_revision().publish()
    return OpportunityIndexPage.objects.get(pk=index.pk), OpportunityIndexPage.objects.get(pk=it_index.pk)


def cleanup_catalogue():
    """Removes what build_catalogue() made and gives the default site back its first page."""
    homes = HomePage.objects.filter(depth=2, slug__in=SLUGS)
    site = Site.objects.filter(is_default_site=True, root_page__in=homes).first()
    other = Page.get_first_root_node().get_children().exclude(pk__in=homes).first()
    if site is not None and other is not None:
        site.root_page = other
        site.save()
    for home in homes:
        home.delete()


DEFAULTS = {
    "kind": "area",
    "category": "greenfield",
    "municipality": "Cremona",
    "province": "CR",
    "ownership": "private",
    "tenure": "sale",
    "owner_consent": True,
}


def make_site(index, title, **fields):
    values = {**DEFAULTS, **fields}
    values.setdefault("last_verified", datetime.date(2026, 10, 1))
    values.setdefault("slug", title.lower().replace(" ", "-"))
    page = OpportunityPage(title=title, **values)
    OpportunityIndexPage.objects.get(pk=index.pk).add_child(instance=page)
    page.save_revision().publish()
    return OpportunityPage.objects.get(pk=page.pk)


def translate(page, title, slug=None):
    it = Locale.objects.get(language_code="it")
    translated = page.copy_for_translation(it)
    translated.title = title
    translated.slug = slug or f"{page.slug}-it"
    translated.save_revision().publish()
    return OpportunityPage.objects.get(pk=translated.pk)
