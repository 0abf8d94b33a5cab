"""The shortlist's dossier (PDF) in the visitor's language, and the signed read-only link that shares it."""

import datetime
import re

import pytest
import time_machine
from django.test import Client

from opportunities.dossier import map_label
from opportunities.locator_map import DOSSIER, locator_svg
from tests.indicators.factories import IndicatorFactory, IndicatorValueFactory
from tests.opportunities.factories import build_catalogue, make_site, translate_site
from tests.pdfs.helpers import pdf_text

pytestmark = pytest.mark.django_db

SHORTLIST = {"en": "/en/opportunities/shortlist/", "it": "/it/opportunita/shortlist/"}
QUERIES_SHARED_PAGE = 30  # pinned: the shared list's page with two sites


@pytest.fixture
def sites(lead_site):
    """Two sites in English and Italian on the folder's site: an area in Cremona (ZLS), a building in Mantova."""
    tree = build_catalogue(lead_site.tree)
    area = make_site(
        tree.index,
        "Test area in Cremona",
        municipality="Cremona",
        province="CR",
        site_area_m2=12500,
        power_kw=1500,
        in_zls=True,
        permitted_uses=["logistics"],
    )
    building = make_site(
        tree.index,
        "Test building in Mantova",
        kind="building",
        municipality="Mantova",
        province="MN",
        site_area_m2=40000,
        covered_area_m2=8200,
        tenure="lease",
    )
    translate_site(area, "Area di prova a Cremona")
    translate_site(building, "Edificio di prova a Mantova")
    return area, building


def shortlist(client, *sites):
    for site in sites:
        client.post(SHORTLIST["en"] + "add/", {"site": site.pk})


def pdf_of(response):
    assert response.status_code == 200, response.content[:500]
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    return pdf_text(response.content)


def test_the_dossier_holds_each_shortlisted_site_with_its_facts_in_english(client, sites):
    employment = IndicatorFactory(name="Test employment rate", unit="%")
    IndicatorValueFactory(indicator=employment, territory="CR", year=2024, value=68, source="Test statistics office")
    shortlist(client, *sites)
    text = pdf_of(client.get(SHORTLIST["en"] + "dossier/"))
    for expected in (
        "Shortlist of sites in Lombardy",
        "Test area in Cremona",
        "Test building in Mantova",
        "Key facts",
        "Site area 12,500 m²",
        "Site area 40,000 m²",
        "Covered area 8,200 m²",
        "Available power 1,500 kW",
        "Special zones ZLS",
        "Tenure For lease",
        "Distances",
        "Whom to contact",
        "ISTAT, openpolis (CC BY 4.0)",  # the locator map's outlines, credited
        "Key indicators of the province of Cremona",
        "Test employment rate 68 % 2024 · Test statistics office",  # the province's figure, its year and source
    ):
        assert expected in text, expected


def test_the_dossier_is_in_italian_for_an_italian_visitor(client, sites):
    shortlist(client, *sites)
    text = pdf_of(client.get(SHORTLIST["it"] + "dossier/"))
    for expected in (
        "Area di prova a Cremona",
        "Edificio di prova a Mantova",
        "Dati principali",
        "Superficie del lotto 12.500 m²",
        "Potenza disponibile 1.500 kW",
    ):
        assert expected in text, expected
    assert "Test area in Cremona" not in text and "Key facts" not in text


def test_the_locator_map_draws_the_provinces_and_marks_the_site(sites):
    area, _building = sites
    svg = str(locator_svg(area, DOSSIER, map_label(area)))
    assert svg.startswith('<svg class="locator"') and "<title>Where Test area in Cremona is: Cremona" in svg
    assert svg.count('class="locator__province') == 2  # Lombardy's other eleven provinces in one path, the site's
    assert svg.count("locator__province--site") == 1 and 'class="locator__municipality"' in svg
    width, height = (float(n) for n in re.search(r'viewBox="0 0 ([\d.]+) ([\d.]+)"', svg).groups())
    cx, cy = (float(n) for n in re.search(r'<circle class="locator__site" cx="([\d.]+)" cy="([\d.]+)"', svg).groups())
    # Cremona lies in the south of the region, west of its middle.
    assert 0 < cx < width * 0.6 and height * 0.6 < cy < height


def share_link(client):
    html = client.get(SHORTLIST["en"]).content.decode()
    assert "Download the dossier (PDF)" in html
    url = re.search(r'id="share-link"[^>]*value="([^"]+)"', html).group(1)
    assert url.startswith("http://testserver/en/opportunities/shortlist/shared/")
    return url.removeprefix("http://testserver")


def test_a_shared_link_shows_the_shortlist_read_only_to_someone_else_in_their_language(
    client, sites, django_assert_max_num_queries
):
    shortlist(client, *sites)
    url = share_link(client)

    selector = Client()  # another browser: no session, no shortlist of its own
    with django_assert_max_num_queries(QUERIES_SHARED_PAGE):
        response = selector.get(url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Test area in Cremona" in html and "Test building in Mantova" in html and "12,500" in html
    assert "shortlist/add/" not in html and "shortlist/remove/" not in html and 'name="site"' not in html
    assert "Test area in Cremona" in pdf_of(selector.get(url + "dossier/"))
    # Opening it left the other visitor's own shortlist empty, and the sender's as it was.
    assert "Your shortlist is empty" in selector.get(SHORTLIST["en"]).content.decode()
    assert "Test building in Mantova" in client.get(SHORTLIST["en"]).content.decode()

    italian = selector.get(url.replace("/en/opportunities/", "/it/opportunita/"))
    assert "Area di prova a Cremona" in italian.content.decode()


def test_a_changed_link_is_a_clear_404_and_an_old_one_a_clear_410(client, sites, settings):
    shortlist(client, *sites)
    url = share_link(client)
    token = url.rstrip("/").rsplit("/", 1)[1]
    tampered = url.replace(token, token[:-3] + ("abc" if not token.endswith("abc") else "xyz"))
    for address in (tampered, tampered + "dossier/", SHORTLIST["en"] + "shared/not-a-token/"):
        response = Client().get(address)
        assert response.status_code == 404
        assert "This shortlist link is not valid" in response.content.decode()

    settings.OPPORTUNITIES_SHORTLIST_SHARE_MAX_AGE = 7 * 24 * 3600
    with time_machine.travel(datetime.datetime.now(tz=datetime.UTC) + datetime.timedelta(days=8)):
        for address in (url, url + "dossier/"):
            response = Client().get(address)
            assert response.status_code == 410
            assert "This shortlist link has expired" in response.content.decode()
            assert "for 7 days" in response.content.decode()
