"""Incentives and the incentive finder (factory_boy), on the smallest bilingual site of tests/factories.py."""

import datetime

import factory
import wagtail_factories

from incentives.models import Incentive, IncentiveIndexPage
from tests.factories import locales, translate_snippet


class IncentiveIndexPageFactory(wagtail_factories.PageFactory):
    title = "Test incentives"
    slug = "incentives"

    class Meta:
        model = IncentiveIndexPage


class IncentiveFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Test incentive {n}")
    summary = "Test summary"
    provider = "regional"
    instrument = "negotiated_agreement"
    legal_basis = "Test law 1/2025"
    last_checked = datetime.date(2025, 9, 8)
    locale = factory.LazyFunction(lambda: locales()[0])

    class Meta:
        model = Incentive
        skip_postgeneration_save = True

    @factory.post_generation
    def sectors(self, create, extracted, **kwargs):
        if extracted:
            self.sectors.set(extracted)
            self.save()


def translate_incentive(incentive, **fields):
    """The Italian translation; its sectors still point at the English pages, as wagtail-localize copies them."""
    translated = translate_snippet(incentive, **fields)
    translated.sectors.set(list(incentive.sectors.all()))
    translated.save()
    return translated
