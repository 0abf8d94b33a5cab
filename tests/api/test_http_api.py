"""HTTP behaviour of the API: caching with ETags, CORS, errors, and SQL queries per list."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.api.helpers import a_sector

pytestmark = pytest.mark.django_db

READS = [
    "/api/v2/pages/?locale=it",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v2/catalogue/?locale=it",
    "/api/v2/openapi.json",
]


@pytest.mark.parametrize("url", READS)
def test_reads_are_cacheable_and_answer_304_when_unchanged(client, full_site, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Cache-Control"] == "public, max-age=300"
    vary = {v.strip().lower() for v in response["Vary"].split(",")}
    assert {"accept", "accept-language"} <= vary
    etag = response["ETag"]
    again = client.get(url, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag
    assert client.get(url, HTTP_IF_NONE_MATCH='"stale"').status_code == 200


def test_the_etag_changes_with_the_content_and_the_language(client, full_site):
    sector = a_sector()
    url = f"/api/v2/pages/{sector.pk}/"
    before = client.get(url)["ETag"]
    sector.headline = "A new headline"
    sector.save_revision().publish()
    after = client.get(url, HTTP_IF_NONE_MATCH=before)
    assert after.status_code == 200 and after.json()["headline"] == "A new headline"
    english = client.get("/api/v2/catalogue/", HTTP_ACCEPT_LANGUAGE="en")
    italian = client.get("/api/v2/catalogue/", HTTP_ACCEPT_LANGUAGE="it")
    assert english["ETag"] != italian["ETag"]


def test_errors_and_forms_are_never_cached(client, full_site):
    assert client.get("/api/v2/catalogue/?page_size=0")["Cache-Control"] == "no-store"
    form = client.get("/api/v2/leads/contact/")
    assert "no-cache" in form["Cache-Control"] or "max-age=0" in form["Cache-Control"]
    assert "ETag" not in form


def test_unknown_addresses_and_wagtail_errors_share_the_error_shape(client, full_site):
    for url, status in (
        ("/api/v2/nothing/", 404),
        ("/api/v3/catalogue/", 404),
        ("/api/v2/pages/999999/", 404),
        (f"/api/v2/pages/{10**30}/", 404),
        (f"/api/v2/documents/find/?id={10**30}", 404),
        ("/api/v2/pages/?type=no.Such", 400),
        ("/api/v2/pages/?colour=red", 400),
    ):
        response = client.get(url)
        assert response.status_code == status, url
        error = response.json()["error"]
        assert error["status"] == status and error["code"] and error["message"]


def test_cors_is_closed_by_default(client, full_site):
    response = client.get("/api/v2/catalogue/", HTTP_ORIGIN="https://front.example")
    assert "Access-Control-Allow-Origin" not in response
    preflight = client.options(
        "/api/v2/leads/contact/", HTTP_ORIGIN="https://front.example", HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST"
    )
    assert "Access-Control-Allow-Origin" not in preflight


def test_cors_opens_to_the_configured_origin_only(client, full_site, settings):
    settings.CORS_ALLOWED_ORIGINS = ["https://front.example"]
    allowed = client.get("/api/v2/catalogue/", HTTP_ORIGIN="https://front.example")
    assert allowed["Access-Control-Allow-Origin"] == "https://front.example"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    preflight = client.options(
        "/api/v2/leads/contact/",
        HTTP_ORIGIN="https://front.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code == 200
    assert preflight["Access-Control-Allow-Origin"] == "https://front.example"
    assert "content-type" in preflight["Access-Control-Allow-Headers"]
    other = client.get("/api/v2/catalogue/", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    # Only the API: pages of the site stay same-origin.
    assert "Access-Control-Allow-Origin" not in client.get("/en/", HTTP_ORIGIN="https://front.example")


LISTS = [
    ("/api/v2/catalogue/?locale=en&page_size={n}", "page_size"),
    ("/api/v2/pages/?locale=en&limit={n}", "limit"),
    ("/api/v2/pages/?type=opportunities.OpportunityPage&fields=municipality,site_area_m2,labels&limit={n}", "limit"),
    ("/api/v2/images/?limit={n}", "limit"),
    ("/api/v2/documents/?limit={n}", "limit"),
]


@pytest.mark.parametrize(("url", "_name"), LISTS)
def test_queries_per_list_do_not_grow_with_the_page_size(client, full_site, django_assert_max_num_queries, url, _name):
    client.get(url.format(n=2))  # warms per-process caches (content types, site root paths)
    with CaptureQueriesContext(connection) as two:
        small = client.get(url.format(n=2))
    with django_assert_max_num_queries(len(two.captured_queries)):
        large = client.get(url.format(n=20))
    assert len(small.json()["items"]) == 2 and len(large.json()["items"]) == 20
