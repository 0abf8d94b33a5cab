"""Factories for the smallest site a test needs (wagtail-factories), instead of the whole demo.

Titles and texts here are test data, asserted by the tests that make them: editing the demo never
breaks a test built on these.
"""

from types import SimpleNamespace

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage


def locales():
    """English (the default, made by Wagtail's migrations) and Italian."""
    return (
        Locale.objects.get_or_create(language_code="en")[0],
        Locale.objects.get_or_create(language_code="it")[0],
    )


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Test home"
    slug = "home"
    hero_title = "A place to invest"

    class Meta:
        model = HomePage


class StandardPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-page-{n}")

    class Meta:
        model = StandardPage


def translate(page, **fields):
    """The Italian translation of a page, published, with the given fields changed."""
    _, italian = locales()
    translated = page.copy_for_translation(italian)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save_revision().publish()
    return type(page).objects.get(pk=translated.pk)


def build_site():
    """An English home page and its Italian translation, served as the default site.

    Wagtail's "Welcome" page, left by its migrations, is removed so the tree holds only these.
    """
    english, _ = locales()
    root = Page.get_first_root_node()
    for stray in root.get_children():
        stray.delete()
    home = HomePageFactory(parent=root, locale=english)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    it_home = translate(home, title="Casa di prova", hero_title="Un luogo dove investire")
    return SimpleNamespace(site=site, en=HomePage.objects.get(pk=home.pk), it=it_home)
