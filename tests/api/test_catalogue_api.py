"""/api/v2/catalogue/: the catalogue page's filters, facets and pages, as JSON and GeoJSON."""

import pytest

from opportunities.models import OpportunityPage

pytestmark = pytest.mark.django_db
URL = "/api/v2/catalogue/"


def search(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def published(lang="en", **filters):
    return OpportunityPage.objects.live().public().filter(locale__language_code=lang, owner_consent=True, **filters)


@pytest.mark.parametrize(("lang", "label"), [("en", "For sale"), ("it", "In vendita")])
def test_every_published_site_of_the_locale_is_found_with_facets_in_that_language(client, full_site, lang, label):
    data = search(client, locale=lang, page_size=100)
    assert data["meta"]["total"] == published(lang).count() > 0
    assert {item["id"] for item in data["items"]} == set(published(lang).values_list("pk", flat=True))
    tenure = {f["value"]: f for f in data["facets"]["tenure"]}
    assert tenure["sale"]["label"] == label
    assert tenure["sale"]["count"] == published(lang, tenure="sale").count()


def test_filters_narrow_the_results_like_the_catalogue_page(client, full_site):
    data = search(client, province=["CR", "MN"], min_site_area=20000, page_size=100)
    expected = published(province__in=["CR", "MN"], site_area_m2__gte=20000)
    assert {i["id"] for i in data["items"]} == set(expected.values_list("pk", flat=True))
    assert all(i["province"] in {"CR", "MN"} and i["site_area_m2"] >= 20000 for i in data["items"])
    # Disjunctive facets: other provinces still say how many sites they would add.
    assert {f["value"] for f in data["facets"]["province"]} > {"CR", "MN"}
    in_zls = search(client, zls="true", page_size=100)
    assert {i["id"] for i in in_zls["items"]} == set(published(in_zls=True).values_list("pk", flat=True))


def test_a_radius_sorts_by_distance_and_a_box_keeps_only_what_is_inside(client, full_site):
    near = search(client, near="Cremona", radius_km=40, sort="nearest")
    distances = [i["distance_km"] for i in near["items"]]
    assert distances and distances == sorted(distances) and distances[-1] <= 40
    box = search(client, bbox="45.0,9.8,45.3,10.2", page_size=100)
    assert box["items"]
    assert all(45.0 <= i["latitude"] <= 45.3 and 9.8 <= i["longitude"] <= 10.2 for i in box["items"])


def test_pages_link_to_each_other_and_cover_every_result_once(client, full_site):
    first = search(client, page_size=2, sort="largest")
    assert first["meta"]["num_pages"] == -(-first["meta"]["total"] // 2) > 1
    seen, page = [], first
    while True:
        seen += [i["id"] for i in page["items"]]
        if not page["links"]["next"]:
            break
        page = client.get(page["links"]["next"]).json()
    assert len(seen) == len(set(seen)) == first["meta"]["total"]
    areas = [OpportunityPage.objects.get(pk=pk).site_area_m2 or 0 for pk in seen]
    assert areas == sorted(areas, reverse=True)
    beyond = client.get(URL, {"page": first["meta"]["num_pages"] + 1})
    assert beyond.status_code == 404 and beyond.json()["error"]["code"] == "not_found"


@pytest.mark.parametrize("how", [{"format": "geojson"}, {"HTTP_ACCEPT": "application/geo+json"}])
def test_geojson_on_request(client, full_site, how):
    params = {"province": "CR", **{k: v for k, v in how.items() if k == "format"}}
    headers = {k: v for k, v in how.items() if k.startswith("HTTP_")}
    response = client.get(URL, params, **headers)
    assert response["Content-Type"].startswith("application/geo+json")
    data = response.json()
    assert data["type"] == "FeatureCollection"
    assert data["meta"]["total"] == published(province="CR").count() == len(data["features"])
    feature = data["features"][0]
    site = OpportunityPage.objects.get(pk=feature["id"])
    assert feature["geometry"] == {"type": "Point", "coordinates": [site.longitude, site.latitude]}
    assert feature["properties"]["title"] == site.title


@pytest.mark.parametrize(
    ("params", "field", "message"),
    [
        ({"province": "XX", "locale": "it"}, "province", "“XX” non è tra le opzioni."),
        ({"min_site_area": "lots"}, "min_site_area", "Enter a whole number."),
        ({"page_size": "1000"}, "page_size", None),
        ({"bbox": "north"}, "bbox", None),
        ({"sort": "nearest"}, "sort", "Choose a municipality or a point on the map to sort by distance."),
        ({"near": "Atlantis"}, "near", "“Atlantis” is not a municipality of Lombardy we know."),
        ({"locale": "pt"}, "locale", None),
        ({"colour": "red"}, "non_field", "Unknown parameter: colour."),
    ],
)
def test_bad_parameters_are_refused_in_the_error_shape(client, full_site, params, field, message):
    response = client.get(URL, params)
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid_input"
    assert field in error["fields"]
    if message:
        assert error["fields"][field][0]["message"] == message
    assert response["Cache-Control"] == "no-store"


def test_other_methods_are_refused(client, full_site):
    response = client.post(URL)
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"
