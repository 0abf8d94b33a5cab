"""Territory cards and the ecosystem map linked to sectors; the available sites of each card; the agency's JSON-LD.

The cards, entities and sites are those of tests/territories/factories.py.
"""

import json
import re

import pytest

from home.models import ContactSettings
from opportunities.models import OpportunityPage
from territories.models import EcosystemEntity

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


def entity_ids(site, lang, *names):
    return sorted(getattr(site.entities[name], lang).pk for name in names)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_ecosystem_sector_filter_keeps_only_that_sectors_entities(client, territory_site, lang):
    science = getattr(territory_site.sectors["science"], lang)
    page = getattr(territory_site.ecosystem, lang)
    html = get(client, page.url, sector=science.slug)
    expected = entity_ids(
        territory_site, lang, "Test University of Pavia", "Test Pavia hospital", "Test Lecco hospital"
    )
    assert listed_entities(html) == expected
    assert sorted(f["id"] for f in geojson(html, "ecosystem-geojson")["features"]) == expected
    assert "Test Pavia hospital" in html
    assert "Test Milan polytechnic" not in html


def test_ecosystem_sector_filter_combines_with_province_and_rejects_unknown_sectors(client, territory_site):
    page = territory_site.ecosystem.en
    html = get(client, page.url, sector=territory_site.sectors["science"].en.slug, province="PV")
    assert listed_entities(html) == entity_ids(territory_site, "en", "Test University of Pavia", "Test Pavia hospital")
    html = get(client, page.url, sector="nonsense")
    assert "Choose a sector from the list." in html
    assert listed_entities(html) == entity_ids(territory_site, "en", *territory_site.entities)


@pytest.mark.parametrize("lang", ["en", "it"])
def test_sector_page_lists_the_ecosystem_entities_of_its_sector(client, territory_site, lang):
    aerospace = getattr(territory_site.sectors["aerospace"], lang)
    html = get(client, aerospace.url)
    assert "Test aerospace cluster" in html
    assert "Test Milan polytechnic" in html
    assert "Test Pavia hospital" not in html
    ecosystem = getattr(territory_site.ecosystem, lang)
    assert f'href="{ecosystem.url}?sector={aerospace.slug}"' in html


@pytest.mark.parametrize("lang", ["en", "it"])
def test_province_card_links_its_vocation_sectors_in_the_visitors_language(client, territory_site, lang):
    # The Italian card still points at the English sector pages, as a copy leaves it.
    card = getattr(territory_site.territories["VA"], lang)
    html = get(client, card.url)
    section = html.split('id="sectors-heading"')[1].split("</section>")[0]
    links = re.findall(r'href="([^"]+)"', section)
    expected = [getattr(territory_site.sectors[key], lang).url for key in ("science", "aerospace")]
    assert sorted(links) == sorted(expected)
    assert all(link.startswith(f"/{lang}/") for link in links)


def sites_of(card):
    sites = OpportunityPage.objects.live().filter(locale=card.locale, owner_consent=True)
    if card.kind == "zls":
        return sites.filter(in_zls=True)
    return sites.filter(province=card.province_code)


@pytest.mark.parametrize(
    ("lang", "code", "titles"),
    [
        ("en", "CR", ["Test site in Crema", "Test site in Cremona", "Test site in Spinadesco"]),
        ("it", "MI", ["Area di prova a Melzo", "Area di prova a Segrate"]),
        ("en", "ZLS", ["Test site in Cremona", "Test site in Spinadesco"]),
    ],
)
def test_territory_card_map_and_list_show_the_same_consented_sites(client, territory_site, lang, code, titles):
    card = getattr(territory_site.territories[code], lang)
    expected = sites_of(card)
    assert sorted(expected.values_list("title", flat=True)) == titles
    html = get(client, card.url)
    listed = sorted(int(pk) for pk in re.findall(r'<li class="site" data-site="(\d+)">', html))
    assert listed == sorted(expected.values_list("pk", flat=True))
    mapped = sorted(f["properties"]["url"] for f in geojson(html, "territory-sites-geojson")["features"])
    assert mapped == sorted(site.url for site in expected)
    assert all(url.startswith(f"/{lang}/") for url in mapped)
    assert "without consent" not in html and "senza consenso" not in html


def test_territory_card_hides_sites_without_the_owners_consent(client, territory_site):
    card = territory_site.territories["CR"].en
    site = territory_site.sites[0].en
    assert f'data-site="{site.pk}"' in get(client, card.url)
    OpportunityPage.objects.filter(pk=site.pk).update(owner_consent=False)
    html = get(client, card.url)
    assert f'data-site="{site.pk}"' not in html
    assert site.url not in html


def test_home_page_describes_the_agency_as_an_organization(client, territory_site):
    home = territory_site.tree.en
    contact = ContactSettings.for_site(territory_site.site)
    contact.organisation = "Agency </script><script>alert(1)</script>"
    contact.email = "agency@test.example"
    contact.phone = "+39 02 0000 0000"
    contact.linkedin_url = "https://www.linkedin.com/company/test-agency"
    contact.save()
    html = get(client, home.url)
    assert "</script><script>alert(1)" not in html
    blocks = [json.loads(b) for b in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]
    [agency] = [b for b in blocks if b.get("@type") == "GovernmentOrganization"]
    assert agency["name"] == "Agency </script><script>alert(1)</script>"
    assert agency["url"].endswith(home.url)
    assert agency["contactPoint"]["email"] == "agency@test.example"
    assert agency["contactPoint"]["telephone"] == "+39 02 0000 0000"
    assert "https://www.linkedin.com/company/test-agency" in agency["sameAs"]


def test_territory_card_links_to_the_catalogue_filtered_on_its_sites(client, territory_site):
    card = territory_site.territories["ZLS"].it
    html = get(client, card.url)
    [link] = re.findall(r'<a href="([^"]+\?zls=on)">', html)
    catalogue = get(client, link.replace("&amp;", "&"))
    for site in sites_of(card):
        assert site.url in catalogue
    assert "Area di prova a Crema<" not in catalogue


def test_entities_of_a_sector_are_counted_in_both_languages(territory_site):
    for lang in ("en", "it"):
        science = getattr(territory_site.sectors["science"], lang)
        assert EcosystemEntity.objects.filter(locale=science.locale, sectors=science).count() == 3
