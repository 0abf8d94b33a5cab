"""Factories for the smallest site a test needs (wagtail-factories), instead of the whole demo.

Titles and texts here are test data, asserted by the tests that make them: editing the demo never
breaks a test built on these.
"""

from types import SimpleNamespace

import factory
import wagtail_factories
from wagtail.models import Locale, Page, Site

from home.models import HomePage, StandardPage
from leads.models import ContactPage
from sectors.models import BusinessFunction, Country, SectorIndexPage, SectorPage


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
    # A live-server test before this one may have emptied the database, Wagtail's root included.
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=english)
    for stray in root.get_children():
        stray.delete()
    home = HomePageFactory(parent=root, locale=english)
    site = Site.objects.filter(is_default_site=True).first() or Site(is_default_site=True)
    site.hostname, site.port, site.root_page = "localhost", 80, home
    site.save()
    it_home = translate(home, title="Casa di prova", hero_title="Un luogo dove investire")
    return SimpleNamespace(site=site, en=HomePage.objects.get(pk=home.pk), it=it_home)


# Sectors, their taxonomies and the contact page: shared by tests of sectors, stories, territories, news and jobs.


def translate_snippet(snippet, **fields):
    """The Italian translation of a translatable snippet, saved, with the given fields changed."""
    _, italian = locales()
    translated = snippet.copy_for_translation(italian)
    for name, value in fields.items():
        setattr(translated, name, value)
    translated.save()
    return translated


class CountryFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Country {n}")
    locale = factory.LazyFunction(lambda: locales()[0])

    class Meta:
        model = Country


class BusinessFunctionFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"function-{n}")
    name = factory.Sequence(lambda n: f"Function {n}")
    locale = factory.LazyFunction(lambda: locales()[0])

    class Meta:
        model = BusinessFunction


class SectorIndexPageFactory(wagtail_factories.PageFactory):
    title = "Test sectors"
    slug = "sectors"

    class Meta:
        model = SectorIndexPage


class SectorPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Sector {n}")
    slug = factory.Sequence(lambda n: f"sector-{n}")
    headline = "Test headline"

    class Meta:
        model = SectorPage


class ContactPageFactory(wagtail_factories.PageFactory):
    title = "Test contact"
    slug = "contact"

    class Meta:
        model = ContactPage
