"""The demo's territories and ecosystem, read from the strategy's facts: their subject is the demo
content itself (data/lombardy-facts.yaml as the loaders build it), so these tests load the demo site.
"""

import re

import pytest
from django.test import Client
from wagtail.models import Locale

from home.demo.facts import facts
from territories.demo.loader import TerritoryLoader
from territories.models import EcosystemEntity, TerritoryPage

pytestmark = [pytest.mark.django_db, pytest.mark.demo]


def quiet(_line):
    pass


def get(url):
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_every_entity_of_tab_a_is_in_the_directory_in_both_languages(demo_site):
    names = [name for group in facts()["innovation_ecosystem"].values() for name in group]
    assert len(names) == 142
    for lang in ("en", "it"):
        entities = EcosystemEntity.objects.filter(locale__language_code=lang)
        assert sorted(entities.values_list("name", flat=True)) == sorted(names)
        # Demo coordinates are municipality-level and flagged as such.
        assert not entities.filter(coordinates_approximate=False).exists()
        # A seat the demo could not confirm has no place (never a guessed pin) and says so; a known one has both.
        unplaced = entities.filter(latitude__isnull=True)
        assert unplaced.exists() and not unplaced.exclude(municipality="").exists()
        assert not unplaced.filter(description="").exists()
        assert not entities.filter(latitude__isnull=False, municipality="").exists()
    smilab = EcosystemEntity.objects.get(locale__language_code="it", name="Smilab")
    assert smilab.latitude is None
    assert smilab.description == "Sede da verificare: sarà sulla mappa quando confermata."
    politecnico = EcosystemEntity.objects.get(locale__language_code="en", name="Politecnico di Milano")
    assert politecnico.description == "" and politecnico.latitude is not None


def test_all_twelve_provinces_zls_and_zis_render_in_both_languages(demo_site):
    codes = {p["code"] for p in facts()["provinces"]}
    for lang in ("en", "it"):
        pages = TerritoryPage.objects.live().filter(locale__language_code=lang)
        assert {p.province_code for p in pages if p.kind == "province"} == codes
        assert pages.filter(kind="zls").count() == 1
        assert pages.filter(kind="zis").count() == 1
        for territory in pages:
            html = get(territory.url)
            assert f'<html lang="{lang}" dir="ltr">' in html
            assert f"<h1>{territory.title}</h1>".replace("'", "&#x27;") in html


def test_zls_card_lists_its_18_municipalities_and_marks_those_in_the_state_aid_map(demo_site):
    zls = facts()["special_zones"]["zls"]["municipalities"]
    in_map = {m["name"] for m in zls if m["in_aid_map"]}
    assert len(in_map) == 6
    for lang in ("en", "it"):
        html = get(TerritoryPage.objects.get(locale__language_code=lang, kind="zls").url)
        rows = re.findall(r'<tr class="municipality( municipality--aid)?">\s*<th scope="row">([^<]+)</th>', html)
        assert len(rows) == 18
        assert {name for _aid, name in rows} == {m["name"] for m in zls}
        assert {name for aid, name in rows if aid} == in_map
    html = get(TerritoryPage.objects.get(locale__language_code="en", kind="zls").url)
    assert "single authorisation (Autorizzazione Unica)" in html
    assert "Tax credit on capital goods" in html
    assert "customs free zones" in html
    it_html = get(TerritoryPage.objects.get(locale__language_code="it", kind="zls").url)
    assert "silenzio-assenso" in it_html
    assert "18 comuni" in it_html
    zis = get(TerritoryPage.objects.get(locale__language_code="en", kind="zis").url)
    assert "quintuple helix" in zis and "ATECO 2025" in zis


def test_loader_is_idempotent(demo_site):
    before = (TerritoryPage.objects.count(), EcosystemEntity.objects.count())
    TerritoryLoader(log=quiet).run()
    assert (TerritoryPage.objects.count(), EcosystemEntity.objects.count()) == before
    assert Locale.objects.count() == 2
