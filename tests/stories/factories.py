"""Six success stories in both languages, over two sectors, three countries and three territories.

Every name here is test data. The stories are chosen so that each filter keeps some and drops
others: three in the science sector, one from Testland, three in Milan (two of them created there),
four created, two in the ZLS.
"""

from types import SimpleNamespace

import factory
import wagtail_factories

from stories.models import StoryIndexPage, SuccessStoryPage
from tests.factories import (
    BusinessFunctionFactory,
    CountryFactory,
    SectorIndexPageFactory,
    SectorPageFactory,
    build_site,
    translate,
    translate_snippet,
)
from tests.opportunities.factories import TerritoryIndexPageFactory, TerritoryPageFactory


class StoryIndexPageFactory(wagtail_factories.PageFactory):
    title = "Test stories"
    slug = "stories"

    class Meta:
        model = StoryIndexPage


class SuccessStoryPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test story {n}")
    slug = factory.Sequence(lambda n: f"test-story-{n}")
    company_name = factory.Sequence(lambda n: f"Test company {n}")
    investment_mode = "creation"
    year = 2024
    illustrative = True

    class Meta:
        model = SuccessStoryPage


# key: English title, Italian title, company, country, sectors, territory, mode, year
STORIES = {
    "alpha": (
        "Test Alpha lab",
        "Laboratorio Alpha di prova",
        "Alpha Labs",
        "testland",
        ["science"],
        "MI",
        "creation",
        2024,
    ),
    "beta": ("Test Beta fab", "Fabbrica Beta di prova", "Beta Chips", "samplestan", ["chips"], "MI", "expansion", 2023),
    "gamma": (
        "Test Gamma site",
        "Sito Gamma di prova",
        "Gamma Pharma",
        "samplestan",
        ["science"],
        "PV",
        "expansion",
        2022,
    ),
    "delta": (
        "Test Delta hub",
        "Polo Delta di prova",
        "Delta Freight",
        "otherland",
        ["chips"],
        "ZLS",
        "creation",
        2021,
    ),
    "epsilon": (
        "Test Epsilon centre",
        "Centro Epsilon di prova",
        "Quokka Semiconductor",
        "otherland",
        ["chips", "science"],
        "MI",
        "creation",
        2020,
    ),
    "zeta": ("Test Zeta plant", "Stabilimento Zeta di prova", "Zeta Foods", "samplestan", [], "ZLS", "creation", 2019),
}


def both(make, it_fields, **fields):
    english = make(**fields)
    return SimpleNamespace(en=type(english).objects.get(pk=english.pk), it=translate(english, **it_fields))


def snippets(make, names):
    return {
        key: SimpleNamespace(en=english, it=translate_snippet(english, name=it_name))
        for key, (name, it_name) in names.items()
        for english in [make(name=name)]
    }


def build_stories():
    tree = build_site()
    index = SectorIndexPageFactory(parent=tree.en)
    translate(index, title="Settori di prova", slug="settori")
    sectors = {
        "science": both(
            SectorPageFactory,
            {"title": "Scienza di prova", "slug": "scienza-di-prova"},
            parent=index,
            title="Test science",
            slug="test-science",
        ),
        "chips": both(
            SectorPageFactory,
            {"title": "Chip di prova", "slug": "chip-di-prova"},
            parent=index,
            title="Test chips",
            slug="test-chips",
        ),
    }
    countries = snippets(
        CountryFactory,
        {
            "testland": ("Testland", "Terra di prova"),
            "samplestan": ("Samplestan", "Campionia"),
            "otherland": ("Otherland", "Altrove"),
        },
    )
    function = BusinessFunctionFactory(key="manufacturing", name="Test manufacturing")
    functions = SimpleNamespace(en=function, it=translate_snippet(function, name="Produzione di prova"))
    territory_index = TerritoryIndexPageFactory(parent=tree.en)
    translate(territory_index, title="Territori di prova", slug="territori")
    territories = {
        code: both(
            TerritoryPageFactory,
            {"title": it_title, "slug": it_title.lower().replace(" ", "-")},
            parent=territory_index,
            title=title,
            kind=kind,
            province_code=code if kind == "province" else "",
        )
        for code, kind, title, it_title in (
            ("MI", "province", "Test Milan province", "Provincia di Milano di prova"),
            ("PV", "province", "Test Pavia province", "Provincia di Pavia di prova"),
            ("ZLS", "zls", "Test logistics zone", "Zona logistica di prova"),
        )
    }
    story_index = both(StoryIndexPageFactory, {"title": "Storie di prova", "slug": "storie"}, parent=tree.en)
    stories = {}
    for key, (title, it_title, company, country, in_sectors, territory, mode, year) in STORIES.items():
        stories[key] = both(
            SuccessStoryPageFactory,
            {
                "title": it_title,
                "slug": f"{key}-di-prova",
                "country": countries[country].it,
                "sectors": [sectors[name].it for name in in_sectors],
                "territory": territories[territory].it,
                "business_function": functions.it,
            },
            parent=story_index.en,
            title=title,
            slug=f"test-{key}",
            company_name=company,
            country=countries[country].en,
            sectors=[sectors[name].en for name in in_sectors],
            territory=territories[territory].en,
            business_function=functions.en,
            investment_mode=mode,
            year=year,
        )
    return SimpleNamespace(
        tree=tree,
        sectors=sectors,
        countries=countries,
        functions=functions,
        territories=territories,
        index=story_index,
        stories=stories,
    )
