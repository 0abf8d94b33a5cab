"""Territory cards and the ecosystem map linked to sectors; the available sites of each card; the agency's JSON-LD."""

import json
import re

import pytest

from home.models import ContactSettings, HomePage
from opportunities.models import OpportunityPage
from sectors.models import SectorPage
from territories.models import EcosystemEntity, EcosystemPage, TerritoryPage

pytestmark = pytest.mark.django_db


def get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code == 200, url
    return response.content.decode()


def geojson(html, element_id):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html, re.S)
    return json.loads(match.group(1))


def listed_entities(html):
    return sorted(int(pk) for pk in re.findall(r'data-entity="(\d+)"', html))


def sector(lang, en_slug, it_slug):
    return SectorPage.objects.get(locale__language_code=lang, slug=en_slug if lang == "en" else it_slug)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_ecosystem_sector_filter_keeps_only_that_sectors_entities(client, demo_site, lang):
    life = sector(lang, "life-sciences", "scienze-della-vita")
    page = EcosystemPage.objects.get(locale__language_code=lang)
    expected = sorted(
        EcosystemEntity.objects.filter(locale=page.locale, sectors__translation_key=life.translation_key)
        .distinct()
        .values_list("pk", flat=True)
    )
    everything = EcosystemEntity.objects.filter(locale=page.locale).count()
    assert 0 < len(expected) < everything
    html = get(client, page.url, sector=life.slug)
    assert listed_entities(html) == expected
    assert sorted(f["id"] for f in geojson(html, "ecosystem-geojson")["features"]) == expected
    # Research hospitals are all life sciences; no university of languages is.
    assert "Istituto Clinico Humanitas" in html
    assert "IULM" not in html


def test_ecosystem_sector_filter_combines_with_province_and_rejects_unknown_sectors(client, demo_site):
    life = sector("en", "life-sciences", "")
    page = EcosystemPage.objects.get(locale__language_code="en")
    html = get(client, page.url, sector=life.slug, province="PV")
    entities = EcosystemEntity.objects.filter(pk__in=listed_entities(html))
    assert entities and all(e.province == "PV" for e in entities)
    html = get(client, page.url, sector="nonsense")
    assert "Choose a sector from the list." in html
    assert len(listed_entities(html)) == EcosystemEntity.objects.filter(locale=page.locale).count()


@pytest.mark.parametrize("lang", ["en", "it"])
def test_sector_page_lists_the_ecosystem_entities_of_its_sector(client, demo_site, lang):
    aero = sector(lang, "aerospace-defence", "aerospazio-e-difesa")
    html = get(client, aero.url)
    assert "Lombardy Aerospace Cluster" in html
    assert "Politecnico di Milano" in html
    assert "Istituto Clinico Humanitas" not in html
    ecosystem = EcosystemPage.objects.get(locale__language_code=lang)
    assert f'href="{ecosystem.url}?sector={aero.slug}"' in html


@pytest.mark.parametrize("lang", ["en", "it"])
def test_province_card_links_its_vocation_sectors_in_the_visitors_language(client, demo_site, lang):
    card = TerritoryPage.objects.get(locale__language_code=lang, province_code="VA")
    html = get(client, card.url)
    section = html.split('id="sectors-heading"')[1].split("</section>")[0]
    links = re.findall(r'href="([^"]+)"', section)
    linked = SectorPage.objects.filter(translation_key__in={s.translation_key for s in card.sectors.all()})
    assert links and sorted(links) == sorted(p.url for p in linked.filter(locale=card.locale))
    assert all(link.startswith(f"/{lang}/") for link in links)


def sites_of(card):
    sites = OpportunityPage.objects.live().filter(locale=card.locale, owner_consent=True)
    if card.kind == "zls":
        return sites.filter(in_zls=True)
    return sites.filter(province=card.province_code)


@pytest.mark.parametrize(
    ("lang", "kind", "code"), [("en", "province", "CR"), ("it", "province", "MI"), ("en", "zls", "")]
)
def test_territory_card_map_and_list_show_the_same_consented_sites(client, demo_site, lang, kind, code):
    card = TerritoryPage.objects.get(locale__language_code=lang, kind=kind, province_code=code)
    expected = sites_of(card)
    assert expected.exists()
    html = get(client, card.url)
    listed = sorted(int(pk) for pk in re.findall(r'<li class="site" data-site="(\d+)">', html))
    assert listed == sorted(expected.values_list("pk", flat=True))
    mapped = sorted(f["properties"]["url"] for f in geojson(html, "territory-sites-geojson")["features"])
    assert mapped == sorted(site.url for site in expected)
    assert all(url.startswith(f"/{lang}/") for url in mapped)


def test_territory_card_hides_sites_without_the_owners_consent(client, demo_site):
    card = TerritoryPage.objects.get(locale__language_code="en", province_code="CR")
    site = sites_of(card).first()
    OpportunityPage.objects.filter(pk=site.pk).update(owner_consent=False)
    html = get(client, card.url)
    assert f'data-site="{site.pk}"' not in html
    assert site.url not in html


def test_home_page_describes_the_agency_as_an_organization(client, demo_site):
    home = HomePage.objects.get(locale__language_code="en", depth=2)
    contact = ContactSettings.for_site(demo_site)
    contact.organisation = "Agency </script><script>alert(1)</script>"
    contact.save()
    html = get(client, home.url)
    assert "</script><script>alert(1)" not in html
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    [agency] = [b for b in blocks if b.get("@type") == "GovernmentOrganization"]
    assert agency["name"] == contact.organisation
    assert agency["url"].endswith(home.url)
    assert agency["contactPoint"]["email"] == contact.email
    assert agency["contactPoint"]["telephone"] == contact.phone
    assert contact.linkedin_url in agency["sameAs"]


def test_territory_card_links_to_the_catalogue_filtered_on_its_sites(client, demo_site):
    card = TerritoryPage.objects.get(locale__language_code="it", kind="zls")
    html = get(client, card.url)
    [link] = re.findall(r'<a href="([^"]+\?zls=on)">', html)
    catalogue = get(client, link.replace("&amp;", "&"))
    for site in sites_of(card):
        assert site.url in catalogue
