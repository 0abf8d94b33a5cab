"""The detail page links the site's territory cards and sectors, in the visitor's language."""

import pytest
from django.utils.html import escape

from territories.models import TerritoryPage
from tests.factories import SectorIndexPageFactory, SectorPageFactory, translate
from tests.opportunities.factories import (
    TerritoryIndexPageFactory,
    TerritoryPageFactory,
    build_catalogue,
    make_site,
    translate_site,
)

pytestmark = pytest.mark.django_db

ZLS_EN, ZLS_IT = "Test logistics zone", "Zona logistica di prova"


@pytest.fixture
def tree():
    """A catalogue, the territory cards of Cremona, Milan and the ZLS, and two sectors, in both languages."""
    tree = build_catalogue()
    territories = TerritoryIndexPageFactory(parent=tree.en)
    translate(territories, title="Territori di prova", slug="territori")
    cards = [
        ("Test province of Cremona", "Provincia di prova di Cremona", {"kind": "province", "province_code": "CR"}),
        ("Test province of Milan", "Provincia di prova di Milano", {"kind": "province", "province_code": "MI"}),
        (ZLS_EN, ZLS_IT, {"kind": TerritoryPage.Kind.ZLS}),
    ]
    for english, italian, fields in cards:
        card = TerritoryPageFactory(parent=territories, title=english, **fields)
        translate(card, title=italian, slug=f"{card.slug}-it")
    sectors = SectorIndexPageFactory(parent=tree.en)
    translate(sectors, title="Settori di prova", slug="settori")
    tree.sectors = []
    for english, italian in [("Food & drink", "Cibo & bevande"), ("Logistics", "Logistica")]:
        sector = SectorPageFactory(parent=sectors, title=english)
        translate(sector, title=italian, slug=f"{sector.slug}-it")
        tree.sectors.append(sector)
    return tree


def test_a_zls_site_links_its_province_the_zls_and_its_sectors_in_both_languages(client, tree):
    english = make_site(tree.index, "Canal port area", province="CR", municipality="Cremona", in_zls=True)
    english.sectors.set(tree.sectors)
    english.save_revision().publish()
    italian = translate_site(english, "Area del porto canale")

    html = client.get(english.url).content.decode()
    assert "Test province of Cremona" in html and ZLS_EN in html
    assert "Test province of Milan" not in html
    for sector in tree.sectors:
        assert f'href="{sector.url}">{escape(sector.title)}</a>' in html

    html = client.get(italian.url).content.decode()
    assert "Provincia di prova di Cremona" in html and ZLS_IT in html
    for sector in tree.sectors:
        translated = sector.get_translation(italian.locale)
        assert f'href="{translated.url}">{escape(translated.title)}</a>' in html
        assert f'href="{sector.url}"' not in html


def test_a_site_outside_the_zls_shows_only_its_province(client, tree):
    site = make_site(tree.index, "Segrate offices", province="MI", municipality="Segrate", in_zls=False)
    html = client.get(site.url).content.decode()
    assert "Test province of Milan" in html and ZLS_EN not in html
    assert "Test province of Cremona" not in html
