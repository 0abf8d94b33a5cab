"""An opportunity's own page: facts, distances, map data, dossier print stylesheet."""

import json
import re

import pytest

from tests.opportunities.factories import make_site, translate_site

pytestmark = pytest.mark.django_db


@pytest.fixture
def site(catalogue):
    return make_site(
        catalogue[0],
        "Warehouse by the port",
        slug="warehouse-by-the-port",
        kind="building",
        category="brownfield",
        address="Via del Porto 1",
        site_area_m2=30000,
        covered_area_m2=12000,
        ceiling_height_m="10.50",
        permitted_uses=["logistics", "industrial"],
        planning_status="compliant",
        environmental_status="remediated",
        tenure="lease",
        asking_price_eur=540000,
        power_kw=800,
        has_water=True,
        has_fibre=True,
        in_zls=True,
        incentives="Single authorisation <script>alert(1)</script>",
        parcel_geojson={
            "type": "Polygon",
            "coordinates": [[[10.0, 45.1], [10.01, 45.1], [10.01, 45.11], [10.0, 45.1]]],
        },
    )


def test_detail_page_shows_facts_distances_and_verification(client, site):
    html = client.get("/en/opportunities/warehouse-by-the-port/").content.decode()
    assert "<h1>Warehouse by the port</h1>" in html
    assert "Via del Porto 1, Cremona (Cremona)" in html
    for text in [
        "30,000\u00a0m²",
        "12,000\u00a0m²",
        "€540,000",
        "10.50 m",
        "Industrial production, Logistics and warehousing",
        "Remediated",
        "For lease",
        "800 kW",
        "water, fibre",
        "ZLS",
    ]:
        assert text in html, text
    assert "Straight-line distance to the nearest point" in html
    assert f"{site.distance_motorway_km} km" in html and site.nearest_motorway in html
    assert "Last verified with the owner" in html and 'datetime="2026-10-01"' in html
    assert 'href="/static/opportunities/print.css" media="print"' in html
    # Text typed by editors is escaped.
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html


def test_detail_map_has_the_municipality_outline_the_point_and_the_parcel(client, site):
    html = client.get("/en/opportunities/warehouse-by-the-port/").content.decode()
    data = json.loads(
        re.search(r'<script id="site-geojson" type="application/json">(.*?)</script>', html, re.S).group(1)
    )
    assert [f["geometry"]["type"] for f in data["features"]] == ["Polygon", "Point", "Polygon"]
    # The municipality's outline frames the site: it is a frame, not a place with a popup.
    assert data["features"][0]["properties"] == {"outline": site.municipality}


def test_italian_translation_keeps_the_facts_and_translates_labels(client, site):
    translate_site(site, "Magazzino vicino al porto", slug="magazzino-vicino-al-porto")
    html = client.get("/it/opportunita/magazzino-vicino-al-porto/").content.decode()
    assert "<h1>Magazzino vicino al porto</h1>" in html
    assert "30.000\u00a0m²" in html and "540.000\u00a0€" in html
    assert "In affitto" in html
    assert "Distanza in linea d" in html and "dal punto più vicino" in html


def test_a_site_without_owner_consent_is_not_public(client, site):
    site.owner_consent = False
    site.save_revision().publish()
    assert client.get("/en/opportunities/warehouse-by-the-port/").status_code == 404
