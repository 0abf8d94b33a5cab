"""The factory site of tests/factories.py with synchronised trees, as the demo and production run it:
a page created in English gets an Italian alias (wagtail-localize's LocaleSynchronization)."""

from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page

from home.models import StandardPage
from tests.factories import StandardPageFactory, build_site, locales


def build_synchronised_site():
    english, italian = locales()
    LocaleSynchronization.objects.get_or_create(locale=italian, defaults={"sync_from": english})
    return build_site()


def new_english_page(parent, **fields):
    """A page published in English after the Italian tree exists, with the Italian alias the admin makes."""
    page = StandardPageFactory(parent=parent, **fields)
    page.save_revision().publish()
    # What wagtail-localize's after_create_page hook does when an editor adds a page in the admin.
    create_aliases_for_new_page(page)
    return StandardPage.objects.get(pk=page.pk)


def italian_copy(page):
    return StandardPage.objects.get(translation_key=page.translation_key, locale=locales()[1])


def translate_copy(page, **fields):
    """The Italian copy translated, as wagtail-localize does it: no longer an alias, its own fields, published."""
    copy = italian_copy(page)
    copy.alias_of = None
    for name, value in fields.items():
        setattr(copy, name, value)
    copy.save()
    copy.save_revision().publish()
    return StandardPage.objects.get(pk=copy.pk)
