"""Indicators, their values, and a territory card to show them on; test data asserted by the tests."""

import factory
import wagtail_factories

from indicators.models import Indicator, IndicatorValue
from territories.models import TerritoryIndexPage, TerritoryPage
from tests.factories import locales


class IndicatorFactory(factory.django.DjangoModelFactory):
    key = factory.Sequence(lambda n: f"indicator-{n}")
    name = factory.Sequence(lambda n: f"Indicator {n}")
    unit = "units"
    category = Indicator.Category.ECONOMY
    locale = factory.LazyFunction(lambda: locales()[0])

    class Meta:
        model = Indicator


class IndicatorValueFactory(factory.django.DjangoModelFactory):
    indicator = factory.SubFactory(IndicatorFactory)
    territory = "BG"
    year = 2024
    value = 100
    source = factory.Sequence(lambda n: f"Publisher {n}")
    url = "https://stats.example/table"

    class Meta:
        model = IndicatorValue


class TerritoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Test territories"
    slug = "territories"

    class Meta:
        model = TerritoryIndexPage


class TerritoryPageFactory(wagtail_factories.PageFactory):
    title = "Province of Bergamo"
    slug = "bergamo"
    kind = TerritoryPage.Kind.PROVINCE
    province_code = "BG"

    class Meta:
        model = TerritoryPage
