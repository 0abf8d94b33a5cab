"""/api/v2/ lists every endpoint, and the OpenAPI document covers Wagtail's endpoints per page type."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_root_lists_every_endpoint_of_the_openapi_document(client, full_site):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    root = response.json()
    document = client.get(root["openapi"]).json()
    listed = {endpoint["path"] for endpoint in root["endpoints"]}
    assert listed == set(document["paths"])
    assert {"/api/v2/pages/", "/api/v2/images/", "/api/v2/documents/", "/api/v2/catalogue/"} <= listed
    contact = next(endpoint for endpoint in root["endpoints"] if endpoint["path"] == "/api/v2/leads/contact/")
    assert contact["methods"] == ["GET", "POST"]
    assert client.get(root["documentation"]).status_code == 200


def test_each_page_type_is_described_with_the_fields_it_exposes(client, full_site):
    document = client.get("/api/v2/openapi.json").json()
    schemas = document["components"]["schemas"]
    sector = schemas["Page.sectors.SectorPage"]["allOf"][1]["properties"]
    assert {"headline", "key_figures", "booklet"} <= set(sector)
    types = next(p for p in document["paths"]["/api/v2/pages/"]["get"]["parameters"] if p["name"] == "type")
    assert "accessibility.AccessibilityStatementPage" in types["schema"]["enum"]
    # Every type the pages endpoint can be asked for has its schema.
    assert {f"Page.{name}" for name in types["schema"]["enum"]} <= set(schemas)


def test_a_listing_of_one_page_type_answers_with_its_fields(client, full_site):
    response = client.get("/api/v2/pages/", {"type": "sectors.SectorPage", "fields": "headline", "locale": "it"})
    assert response.status_code == 200
    items = response.json()["items"]
    assert items and all("headline" in item for item in items)


def test_a_nul_byte_in_a_query_is_refused_not_a_server_error(client, full_site):
    response = client.get("/api/v2/pages/find/", {"html_path": "mi\x00lano", "order": "x\x00"})
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid_query"
