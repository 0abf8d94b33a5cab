"""An owner's coordinates must fall in the municipality the owner named: through the portal's web form
and its Excel upload, in English and Italian; a point just across a border (about 100 m) is accepted."""

import io
import json
import math
import re
from pathlib import Path

import pytest
from django.core import mail
from django.core.cache import cache

from opportunities.models import OwnerSubmission
from tests.factories import build_site
from tests.leads.helpers import started
from tests.opportunities.test_excel import GOOD, workbook_bytes

pytestmark = pytest.mark.django_db

OUTLINES = Path(__file__).resolve().parents[2] / "territories" / "data" / "geo" / "municipalities.geojson"
# Bergamo's upper town (Piazza Vecchia): nowhere near Milan.
BERGAMO = (45.7037, 9.6623)
SITE = {
    "reference": "GEO-1",
    "title": "Plot with coordinates",
    "kind": "area",
    "category": "greenfield",
    "municipality": "Milano",
    "province": "MI",
    "ownership": "private",
    "tenure": "sale",
    "owner_consent": "on",
}
DETAILS = {"name": "Giulia Bianchi", "tax_code": "IT01234567890", "role": "owner"}


def north_of(municipality, metres):
    """A point `metres` due north of the municipality's northernmost point: that far outside it."""
    features = json.loads(OUTLINES.read_text(encoding="utf-8"))["features"]
    geometry = next(f["geometry"] for f in features if f["properties"]["name"] == municipality)
    rings = geometry["coordinates"] if geometry["type"] == "Polygon" else [p[0] for p in geometry["coordinates"]]
    lon, lat = max((point for ring in rings for point in ring), key=lambda point: point[1])
    return lat + metres / 111_132, lon


@pytest.fixture
def owner(client):
    cache.clear()  # the portal's rate limits
    build_site()
    mail.outbox.clear()
    client.post("/en/owners/sign-in/", {"email": "owner@geo.example", "website": "", "form_started": started()})
    path = re.search(r"http://testserver(\S+)", mail.outbox[-1].body).group(1)
    client.post(path.split("?")[0], {"sesame": path.split("sesame=")[1]})
    client.post("/en/owners/details/", DETAILS)
    yield client
    cache.clear()


def submit(client, lat, lon, lang="en", **overrides):
    portal = "/it/proprietari/" if lang == "it" else "/en/owners/"
    data = {**SITE, "latitude": str(lat), "longitude": str(lon), **overrides}
    return client.post(f"{portal}submissions/new/", data)


def test_a_bergamo_point_said_to_be_in_milan_is_refused_naming_bergamo(owner):
    html = submit(owner, *BERGAMO).content.decode()
    assert "These coordinates fall in Bergamo (province of Bergamo), not in Milano." in html
    assert 'value="Plot with coordinates"' in html  # what was typed is kept
    assert OwnerSubmission.objects.count() == 0


def test_the_refusal_is_in_italian_on_the_italian_portal(owner):
    html = submit(owner, *BERGAMO, lang="it").content.decode()
    assert "Queste coordinate cadono nel comune di Bergamo (provincia di Bergamo), non in quello di Milano." in html
    assert OwnerSubmission.objects.count() == 0


def test_a_point_100_m_across_the_border_is_accepted_one_km_is_not(owner):
    html = submit(owner, *north_of("Milano", 1000)).content.decode()
    found = re.search(r"These coordinates fall in ([^(]+) \(province of ([^)]+)\), not in Milano", html)
    assert found and found.group(1) != "Milano"
    response = submit(owner, *north_of("Milano", 100))
    assert response.status_code == 302
    submission = OwnerSubmission.objects.get()
    assert math.isclose(submission.facts["latitude"], north_of("Milano", 100)[0])


def test_a_point_outside_lombardy_says_so(owner):
    html = submit(owner, 45.0703, 7.6869).content.decode()  # Turin
    assert "These coordinates fall outside Lombardy, about 1" in html and "km from Milano" in html


def test_the_excel_upload_refuses_the_row_with_the_translated_message(owner):
    row = {**GOOD, "municipality": "Milano", "province": "MI", "latitude": BERGAMO[0], "longitude": BERGAMO[1]}
    upload = io.BytesIO(workbook_bytes([row]))
    upload.name = "sites.xlsx"
    html = owner.post("/it/proprietari/upload/", {"file": upload}).content.decode()
    assert "Abbiamo trovato 1 errore nel file" in html
    assert "Latitudine / Latitude" in html
    assert "Queste coordinate cadono nel comune di Bergamo (provincia di Bergamo), non in quello di Milano." in html
    assert OwnerSubmission.objects.count() == 0


def test_the_excel_upload_accepts_coordinates_inside_the_municipality(owner):
    row = {**GOOD, "municipality": "Bergamo", "province": "BG", "latitude": BERGAMO[0], "longitude": BERGAMO[1]}
    upload = io.BytesIO(workbook_bytes([row]))
    upload.name = "sites.xlsx"
    response = owner.post("/en/owners/upload/", {"file": upload})
    assert response.status_code == 302
    assert OwnerSubmission.objects.get().facts["municipality"] == "Bergamo"
