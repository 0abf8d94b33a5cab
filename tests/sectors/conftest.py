from types import SimpleNamespace

import pytest


def figures(value, label):
    return [{"type": "key_figures", "value": {"heading": "", "figures": [{"value": value, "label": label}]}}]


@pytest.fixture
def sector_site(site_tree):
    """A sector index in both languages, linked from the main menu, with three sectors:

    one with every part of a value proposition and a booklet, one without booklet, one more to filter out.
    """
    from django.core.files.base import ContentFile

    from home.models import NavigationSettings
    from sectors.models import Booklet
    from tests.factories import (
        BusinessFunctionFactory,
        CountryFactory,
        SectorIndexPageFactory,
        SectorPageFactory,
        translate,
        translate_snippet,
    )

    functions = {
        key: (english, translate_snippet(english, name=italian))
        for key, english, italian in (
            ("rnd", "Test research & development", "Ricerca & sviluppo di prova"),
            ("datacenter", "Test data centres", "Data centre di prova"),
            ("logistics", "Test logistics", "Logistica di prova"),
        )
        for english in [BusinessFunctionFactory(key=key, name=english)]
    }
    countries = [
        (english, translate_snippet(english, name=italian))
        for english, italian in (("Testland", "Terra di prova"), ("Samplestan", "Campionia"))
        for english in [CountryFactory(name=english)]
    ]
    index = SectorIndexPageFactory(parent=site_tree.en)
    it_index = translate(index, title="Settori di prova", slug="settori")

    science = SectorPageFactory(
        parent=index,
        title="Test science",
        slug="test-science",
        headline="Test headline",
        key_figures=figures("+++", "Test figure"),
        sub_sectors=[{"type": "sub_sector", "value": "Test sub-sector"}],
        ecosystem=[{"type": "highlight", "value": {"name": "Test cluster", "kind": "Cluster"}}],
        business_functions=[functions["rnd"][0]],
        countries=[english for english, _ in countries],
    )
    it_science = translate(
        science,
        title="Scienza di prova",
        slug="scienza-di-prova",
        headline="Titolo di prova",
        key_figures=figures("+++", "Cifra di prova"),
        sub_sectors=[{"type": "sub_sector", "value": "Sotto-settore di prova"}],
        ecosystem=[{"type": "highlight", "value": {"name": "Cluster di prova", "kind": "Cluster"}}],
        business_functions=[functions["rnd"][1]],
        countries=[italian for _, italian in countries],
    )
    for page, title in ((science, "Test booklet"), (it_science, "Opuscolo di prova")):
        booklet = Booklet(sector=page, locale=page.locale, title=title, page_count=1)
        if page is it_science:
            booklet.translation_key = science.booklets.get().translation_key
        booklet.file.save("test.pdf", ContentFile(b"%PDF-1.4 test\n%%EOF"), save=True)

    others = {}
    for key, title, it_title in (
        ("datacenter", "Test computing", "Calcolo di prova"),
        ("logistics", "Test transport", "Trasporto di prova"),
    ):
        english = SectorPageFactory(parent=index, title=title, business_functions=[functions[key][0]])
        others[key] = (english, translate(english, title=it_title, business_functions=[functions[key][1]]))

    navigation = NavigationSettings.for_site(site_tree.site)
    navigation.main_menu = [{"type": "page", "value": {"page": index.pk, "url": ""}}]
    navigation.save()
    return SimpleNamespace(
        site=site_tree.site, index=(index, it_index), science=(science, it_science), others=others, functions=functions
    )
