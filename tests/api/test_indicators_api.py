"""/api/v2/indicators/: the stored values with their source and year, filtered; bad filters refused with 400."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from indicators.models import IndicatorValue

pytestmark = pytest.mark.django_db


def results_by_key(response):
    assert response.status_code == 200, response.content[:300]
    return {item["key"]: item for item in response.json()["results"]}


def test_each_value_comes_with_its_territory_year_unit_source_and_address(client, full_site):
    found = results_by_key(client.get("/api/v2/indicators/", {"territory": "CR"}))
    wage = found["test-wage"]
    assert wage["name"] == "Test gross wage"
    assert wage["unit"] == "EUR/year"
    assert wage["values"] == [
        {
            "territory": "CR",
            "year": 2023,
            "date": None,
            "value": 29000.0,
            "source": "Test wage survey",
            "dataset": "",
            "url": "https://stats.example/table",
            "note": "",
            "approximate": False,
            "illustrative": False,
        }
    ]
    stored = IndicatorValue.objects.filter(territory="CR").count()
    assert sum(len(item["values"]) for item in found.values()) == stored


def test_the_indicator_filter_narrows_to_those_keys_and_names_follow_the_locale(client, full_site):
    english = results_by_key(client.get("/api/v2/indicators/", {"indicator": "test-density"}))
    assert list(english) == ["test-density"]
    assert english["test-density"]["values"][0]["year"] == 2024
    italian = client.get("/api/v2/indicators/", {"indicator": "test-density", "locale": "it"})
    assert italian.status_code == 200


def test_a_territory_without_values_lists_the_indicators_with_no_value(client, full_site):
    found = results_by_key(client.get("/api/v2/indicators/", {"territory": "SO"}))
    assert found and all(item["values"] == [] for item in found.values())


@pytest.mark.parametrize(
    ("params", "field", "english", "italian"),
    [
        ({"territory": "XX"}, "territory", "Unknown territory code: XX.", "Codice di territorio sconosciuto: XX."),
        ({"indicator": "nope"}, "indicator", "Unknown indicator key: nope.", "Chiave di indicatore sconosciuta: nope."),
    ],
)
def test_a_bad_filter_is_refused_with_400_and_a_translated_message_for_that_field(
    client, full_site, params, field, english, italian
):
    response = client.get("/api/v2/indicators/", params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_query"
    assert error["fields"] == {field: [english]}
    assert response["Cache-Control"] == "no-store"
    response = client.get("/api/v2/indicators/", {**params, "locale": "it"})
    assert response.status_code == 400
    assert response.json()["error"]["fields"] == {field: [italian]}


def test_an_unknown_locale_is_refused(client, full_site):
    response = client.get("/api/v2/indicators/", {"locale": "xx"})
    assert response.status_code == 400
    assert response.json()["error"]["message"] == "Unknown locale: xx"


def test_the_endpoint_is_in_the_openapi_document(client, full_site):
    paths = client.get("/api/v2/openapi.json").json()["paths"]
    parameters = {p["name"] for p in paths["/api/v2/indicators/"]["get"]["parameters"]}
    assert parameters == {"territory", "indicator", "locale"}


def test_the_query_count_does_not_grow_with_the_values(client, full_site):
    with CaptureQueriesContext(connection) as queries:
        client.get("/api/v2/indicators/")
    assert len(queries) <= 6


@pytest.mark.parametrize("lang", ["en", "it"])
def test_a_territory_page_exposes_the_values_its_card_shows(client, full_site, lang):
    province = getattr(full_site.province, lang)
    data = client.get(f"/api/v2/pages/{province.pk}/").json()
    values = {item["key"]: item for item in data["indicators"]}
    assert set(values) == {"test-density", "test-wage"}
    assert values["test-wage"]["year"] == 2023
    assert values["test-wage"]["source"] == "Test wage survey"
    assert values["test-density"]["value"] == 350000.0
