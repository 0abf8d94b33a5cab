"""The catalogue's map view (`<catalogue>/map/`) and its streamed exports, as a browser or a client uses them.

The exports are streamed in chunks of settings.CATALOGUE_EXPORT_CHUNK sites: a small chunk here
crosses several chunk boundaries with the 14 sites of the test catalogue, as 5,000 sites once
crossed the old cap (EXPORT_LIMIT), which silently cut every export at that number.
"""

import csv
import io
import json
import re
from html import unescape

import pytest
from django.db import connection
from django.http import StreamingHttpResponse
from django.test import override_settings
from django.test.utils import CaptureQueriesContext

from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db

URL = "/en/opportunities/"
LOMBARDY = "bbox=44.6,8.4,46.7,11.5&zoom=8"


def view(client, query="", status=200):
    response = client.get(f"{URL}map/?{query}")
    assert response.status_code == status, response.content
    return response.json()


def english_sites():
    return OpportunityPage.objects.live().filter(locale__language_code="en")


def test_the_page_carries_no_map_point_and_tells_its_map_where_to_ask(client, catalogue):
    html = client.get(URL + "?province=CR&min_site_area=12000").content.decode()
    assert "catalogue-geojson" not in html
    address = unescape(re.search(r'data-view-url="([^"]+)"', html).group(1))
    assert address == URL + "map/?province=CR&min_site_area=12000"
    # It opens on the results: the extent of the Cremona sites, not all of Lombardy.
    extent = [float(v) for v in re.search(r'data-extent="([^"]+)"', html).group(1).split(",")]
    cremona = english_sites().filter(province="CR", site_area_m2__gte=12000)
    lats, lons = [s.latitude for s in cremona], [s.longitude for s in cremona]
    assert extent == pytest.approx([min(lats), min(lons), max(lats), max(lons)], abs=1e-4)
    assert 'data-leaflet="/static/vendor/leaflet/leaflet.js"' in html
    assert '<script src="/static/vendor/leaflet/leaflet.js"' not in html  # map.js loads it on screen


def test_a_view_within_the_limit_lists_its_sites_with_their_addresses(client, catalogue):
    data = view(client, LOMBARDY + "&province=MN")
    assert data["clustered"] is False and data["total"] == 4 == len(data["features"])
    titles = sorted(f["properties"]["title"] for f in data["features"])
    assert titles == sorted(english_sites().filter(province="MN").values_list("title", flat=True))
    site = english_sites().get(title=data["features"][0]["properties"]["title"])
    assert data["features"][0]["properties"]["url"] == site.url
    assert data["features"][0]["geometry"]["coordinates"] == [site.longitude, site.latitude]


def test_beyond_the_limit_the_view_is_clusters_that_count_every_site(client, catalogue, monkeypatch):
    monkeypatch.setattr("opportunities.catalogue_map.MAP_POINTS_LIMIT", 3)
    data = view(client, LOMBARDY)
    assert data["clustered"] is True and data["total"] == 14
    assert sum(f["properties"]["count"] for f in data["features"]) == 14
    for feature in data["features"]:
        south, west, north, east = feature["properties"]["bounds"]
        lon, lat = feature["geometry"]["coordinates"]
        assert south <= lat <= north and west <= lon <= east  # a cluster's centroid lies in its cell
        assert "title" not in feature["properties"]


def test_a_view_holds_only_its_box_and_reads_the_filters_as_the_list_does(client, catalogue):
    around_mantova = "bbox=44.9,10.3,45.3,11.0&zoom=10"  # Mantova and Viadana
    assert view(client, around_mantova)["total"] == 4
    assert (
        view(client, around_mantova + "&kind=building")["total"]
        == english_sites().filter(province="MN", kind="building").count()
    )
    # An invalid filter is left out, as on the page, which says so beside the list.
    assert view(client, around_mantova + "&min_site_area=abc")["total"] == 4


@pytest.mark.parametrize(
    "query",
    [
        "",
        "bbox=45,9,46,10",
        "zoom=8",
        "bbox=46,9,45,10&zoom=8",
        "bbox=a,b,c,d&zoom=8",
        "bbox=44.6,8.4,46.7,11.5&zoom=99",
    ],
)
def test_an_unreadable_view_is_refused(client, catalogue, query):
    assert "errors" in view(client, query, status=400)


def test_a_hostile_zoom_on_a_world_box_is_grouped_coarser(client, catalogue, monkeypatch):
    monkeypatch.setattr("opportunities.catalogue_map.MAP_POINTS_LIMIT", 0)
    data = view(client, "bbox=-85,-180,85,180&zoom=22")
    assert data["precision"] <= 5  # at most 1,024 cells over the world
    assert sum(f["properties"]["count"] for f in data["features"]) == 14


def test_a_view_costs_the_same_queries_with_points_or_clusters(client, catalogue, monkeypatch):
    view(client, LOMBARDY)
    with CaptureQueriesContext(connection) as points:
        view(client, LOMBARDY)
    monkeypatch.setattr("opportunities.catalogue_map.MAP_POINTS_LIMIT", 3)
    with CaptureQueriesContext(connection) as clusters:
        view(client, LOMBARDY)
    assert len(clusters) <= len(points) <= 8


def body(response):
    assert isinstance(response, StreamingHttpResponse)
    return b"".join(response.streaming_content).decode("utf-8")


@override_settings(CATALOGUE_EXPORT_CHUNK=4)
def test_the_csv_streams_every_site_across_chunks_header_first(client, catalogue):
    response = client.get(URL + "export/csv/")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert '<https://creativecommons.org/licenses/by/4.0/>; rel="license"' in response["Link"]
    assert 'rel="describedby"' in response["Link"]
    text = body(response)
    assert text.startswith("id,title,url,")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == 14  # four chunks: 4 + 4 + 4 + 2
    assert sorted(int(row["id"]) for row in rows) == sorted(english_sites().values_list("pk", flat=True))
    # In the list's order: newest first.
    assert [row["title"] for row in rows] == list(
        english_sites().order_by("-first_published_at", "-pk").values_list("title", flat=True)
    )


@override_settings(CATALOGUE_EXPORT_CHUNK=3)
def test_the_geojson_streams_a_valid_complete_collection(client, catalogue):
    response = client.get(URL + "export/geojson/?kind=building")
    assert response["Content-Type"].startswith("application/geo+json")
    assert 'rel="describedby"' in response["Link"]
    data = json.loads(body(response))
    assert data["type"] == "FeatureCollection"
    assert data["licence"] == "https://creativecommons.org/licenses/by/4.0/"
    assert data["schema_version"] == "1.0"
    buildings = english_sites().filter(kind="building")
    assert sorted(f["properties"]["id"] for f in data["features"]) == sorted(buildings.values_list("pk", flat=True))
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        assert 44 < lat < 47 and 8 < lon < 12
        assert "latitude" not in feature["properties"]


@override_settings(CATALOGUE_EXPORT_CHUNK=5)
def test_an_export_with_no_result_is_still_a_whole_file(client, catalogue):
    assert json.loads(body(client.get(URL + "export/geojson/?q=nowhere-at-all")))["features"] == []
    assert body(client.get(URL + "export/csv/?q=nowhere-at-all")).splitlines()[0].startswith("id,title,url,")


@override_settings(CATALOGUE_EXPORT_CHUNK=2)
def test_each_chunk_costs_the_same_few_queries(client, catalogue):
    """Sites are loaded a chunk at a time: the number of queries grows with chunks, not with sites."""

    def queries(path):
        response = client.get(URL + path)
        with CaptureQueriesContext(connection) as captured:
            body(response)
        return len(captured)

    two_chunks = queries("export/csv/?province=CR&kind=area")  # 3 sites
    seven_chunks = queries("export/csv/")  # 14 sites
    per_chunk = (seven_chunks - two_chunks) / 5
    assert per_chunk <= 2  # the chunk's sites (their locales are joined)
