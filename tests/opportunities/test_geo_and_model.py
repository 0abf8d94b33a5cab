"""Shipped geography, computed distances and the opportunity's own validation."""

import csv
import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from home.demo.facts import facts
from home.models import HomePage, StandardPage
from opportunities import geo
from opportunities.choices import Province, zls_municipalities
from opportunities.models import OpportunityIndexPage, OpportunityPage


def test_haversine_on_a_known_pair():
    # Paris (Notre-Dame) to London (Charing Cross): 343.5 km great-circle.
    assert geo.haversine_km(48.8530, 2.3499, 51.5080, -0.1247) == pytest.approx(343.5, abs=1.0)
    # Malpensa to Linate, from the shipped infrastructure points.
    airports = {p.code: p for p in geo.infrastructure() if p.kind == "airport"}
    mxp, lin = airports["MXP"], airports["LIN"]
    assert geo.haversine_km(mxp.lat, mxp.lon, lin.lat, lin.lon) == pytest.approx(47.0, abs=1.5)
    assert geo.haversine_km(45.0, 9.0, 45.0, 9.0) == 0


def test_bounding_box_contains_the_circle():
    south, north, west, east = geo.bounding_box(45.5, 9.5, 10)
    assert geo.haversine_km(45.5, 9.5, north, 9.5) == pytest.approx(10, abs=0.01)
    assert geo.haversine_km(45.5, 9.5, 45.5, east) == pytest.approx(10, abs=0.05)
    assert south < 45.5 < north and west < 9.5 < east


def test_gazetteer_covers_lombardy_with_the_facts_file_provinces():
    with geo.MUNICIPALITIES_FILE.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 1502  # ISTAT's Lombard municipalities
    assert {r["province"] for r in rows} == {p["code"] for p in facts()["provinces"]}
    assert len(geo.municipalities()) > 1450  # with coordinates
    milano = geo.municipality_by_name("milano")
    assert milano.province == "MI"
    assert milano.lat == pytest.approx(45.46, abs=0.05) and milano.lon == pytest.approx(9.19, abs=0.05)


def test_every_zls_municipality_has_coordinates():
    names = {p.name for p in geo.municipalities().values()}
    missing = [name for name, _province in zls_municipalities() if name not in names]
    # The facts file says "Rivarolo del Re"; ISTAT's name is "Rivarolo del Re ed Uniti".
    assert missing == ["Rivarolo del Re"]
    assert geo.municipality_by_name("Rivarolo del Re ed Uniti") is not None


def test_province_choices_are_the_twelve_of_the_facts_file():
    assert set(Province.values) == {p["code"] for p in facts()["provinces"]}


def test_infrastructure_has_every_kind_and_the_four_airports():
    kinds = {p.kind for p in geo.infrastructure()}
    assert kinds == set(geo.INFRASTRUCTURE_KINDS)
    assert {p.code for p in geo.infrastructure() if p.kind == "airport"} == {"MXP", "LIN", "BGY", "VBS"}
    networks = {p.code for p in geo.infrastructure() if p.kind == "motorway_junction"}
    assert {"A1", "A4", "A7", "A8", "A9", "A21", "A22", "A35", "A58", "A36"} <= networks


@pytest.mark.django_db
def test_distances_are_computed_on_save(catalogue):
    index = catalogue[0]
    from tests.opportunities.factories import make_site

    # Exactly on the Cremona A21 junction of data/infrastructure.csv.
    site = make_site(index, "On the junction", latitude=45.1250, longitude=10.0100)
    assert site.distance_motorway_km == 0
    assert site.nearest_motorway == "Cremona"
    assert site.nearest_port == "Cremona inland port"
    assert site.distance_port_km == pytest.approx(geo.haversine_km(45.125, 10.01, 45.118, 10.0), abs=0.05)
    assert site.nearest_airport == "Brescia Montichiari (VBS)"
    # Moving the site recomputes them.
    site.latitude, site.longitude = 45.6306, 8.7281  # Malpensa
    site.save()
    assert site.distance_airport_km == 0 and site.nearest_airport == "Milano Malpensa (MXP)"


@pytest.mark.django_db
def test_coordinates_default_to_the_municipality(catalogue):
    from tests.opportunities.factories import make_site

    site = make_site(catalogue[0], "No coordinates", municipality="Lodi", province="LO")
    lodi = geo.municipality_by_name("Lodi")
    assert (site.latitude, site.longitude) == (lodi.lat, lodi.lon)


def _page(**fields):
    values = {
        "title": "Test",
        "kind": "area",
        "category": "greenfield",
        "municipality": "Cremona",
        "province": "CR",
        "ownership": "private",
        "tenure": "sale",
        "last_verified": datetime.date(2026, 1, 1),
    }
    values.update(fields)
    return OpportunityPage(**values)


@pytest.mark.parametrize(
    ("fields", "field", "message"),
    [
        ({"municipality": "Atlantis"}, "municipality", "not a municipality of Lombardy"),
        ({"municipality": "Bergamo", "province": "CR"}, "province", "Bergamo is in the province of Bergamo."),
        ({"latitude": 45.1}, "longitude", "Enter both latitude and longitude"),
        ({"site_area_m2": 100, "covered_area_m2": 200}, "covered_area_m2", "cannot be larger than the site area"),
        ({"parcel_geojson": {"type": "Point", "coordinates": [9, 45]}}, "parcel_geojson", "Polygon"),
    ],
)
@pytest.mark.django_db
def test_clean_rejects_inconsistent_facts(fields, field, message):
    with pytest.raises(ValidationError) as error:
        _page(**fields).clean()
    assert message in " ".join(error.value.message_dict[field])


@pytest.mark.django_db
def test_permitted_uses_reject_unknown_codes():
    page = _page(permitted_uses=["logistics", "casino"])
    with pytest.raises(ValidationError) as error:
        page.clean_fields(exclude=[f.name for f in OpportunityPage._meta.fields if f.name != "permitted_uses"])
    assert "casino" in str(error.value)


class TestPageTree(WagtailPageTestCase):
    def test_catalogue_lives_under_the_home_page_only(self):
        self.assertAllowedParentPageTypes(OpportunityIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(OpportunityIndexPage, {OpportunityPage})

    def test_opportunities_live_in_the_catalogue_only(self):
        self.assertAllowedParentPageTypes(OpportunityPage, {OpportunityIndexPage})
        self.assertAllowedSubpageTypes(OpportunityPage, set())
        self.assertCanNotCreateAt(StandardPage, OpportunityPage)
