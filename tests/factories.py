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


# Built once, rolled back per test: for folders whose tests all read the same factory-built site.


def built_once_per_module(build, scope="module"):
    """A module-scoped fixture: what `build()` returns, built once for the module's tests.

    With `scope="package"`, in a folder's conftest.py, once for every module of the folder.

    The build runs inside a transaction opened for the module; each test's own transaction (the
    `db` fixture) is then a savepoint inside it, rolled back after the test, and the module's
    transaction is rolled back after its last test, so no row reaches the next module. It works
    the same on SQLite and PostgreSQL, and under xdist (each worker builds for the modules it runs).
    Not for tests that commit (`transaction=True`, live server): they need a site of their own.
    """
    import pytest
    from django.db import transaction

    def fixture(django_db_setup, django_db_blocker):
        with django_db_blocker.unblock():
            outer = transaction.atomic()
            # As Django's TestCase marks its class-wide transaction: durable blocks inside may still open.
            outer._from_testcase = True
            outer.__enter__()
            try:
                built = build()
            except BaseException:
                _roll_back(outer)
                raise
        yield built
        with django_db_blocker.unblock():
            _roll_back(outer)

    # tests/conftest.py refuses a Django TestCase where this transaction is open (it would break it).
    fixture.built_once = True
    return pytest.fixture(scope=scope)(fixture)


def _roll_back(atomic):
    from django.db import transaction

    transaction.set_rollback(True)
    atomic.__exit__(None, None, None)
