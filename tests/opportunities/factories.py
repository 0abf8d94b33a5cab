"""The catalogue's pages (wagtail-factories), on the smallest bilingual site of tests/factories.py."""

import datetime
from types import SimpleNamespace

import factory
import wagtail_factories
from django.utils.text import slugify

from opportunities.models import OpportunityIndexPage, OpportunityPage
from territories.models import TerritoryIndexPage, TerritoryPage
from tests.factories import build_site, translate


class OpportunityIndexPageFactory(wagtail_factories.PageFactory):
    title = "Sites"
    slug = "opportunities"

    class Meta:
        model = OpportunityIndexPage


class OpportunityPageFactory(wagtail_factories.PageFactory):
    """A public site (the owner consented), verified on a fixed date the tests can assert."""

    title = factory.Sequence(lambda n: f"Site {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))
    kind = "area"
    category = "greenfield"
    municipality = "Cremona"
    province = "CR"
    ownership = "private"
    tenure = "sale"
    owner_consent = True
    last_verified = datetime.date(2026, 10, 1)

    class Meta:
        model = OpportunityPage


class TerritoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Test territories"
    slug = "territories"

    class Meta:
        model = TerritoryIndexPage


class TerritoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Territory {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        model = TerritoryPage


def build_catalogue(tree=None):
    """The catalogue page in English ("Sites") and Italian ("Aree"), on the factory site.

    Returns the tree of build_site() with `index` and `it_index` added.
    """
    tree = tree or build_site()
    index = OpportunityIndexPageFactory(parent=tree.en)
    it_index = translate(index, title="Aree", slug="opportunita")
    return SimpleNamespace(**vars(tree), index=OpportunityIndexPage.objects.get(pk=index.pk), it_index=it_index)


def make_site(index, title, **fields):
    """A published site under the given catalogue page."""
    page = OpportunityPageFactory(parent=OpportunityIndexPage.objects.get(pk=index.pk), title=title, **fields)
    # As an editor publishes it: with a revision, which reconfirmation and the admin build on.
    page.save_revision().publish()
    return OpportunityPage.objects.get(pk=page.pk)


def translate_site(page, title, slug=None):
    """The site's Italian translation, published, with its own title and slug."""
    return translate(page, title=title, slug=slug or f"{page.slug}-it")
