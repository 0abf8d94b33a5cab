"""The catalogue as a visitor uses it: plain GET, no JavaScript, filters in the URL."""

import csv
import io
import json
import re
from html import unescape

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db

URL = "/en/opportunities/"


def listed(html):
    """Titles of the result cards, in order."""
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


# All of Lombardy, at the zoom a map of it opens at.
LOMBARDY_VIEW = "bbox=44.6,8.4,46.7,11.5&zoom=8"


def map_view(client, html):
    """What the page's map draws of Lombardy: it asks the address the page gives it (static/js/map.js)."""
    url = unescape(re.search(r'data-view-url="([^"]+)"', html).group(1))
    response = client.get(url + ("&" if "?" in url else "?") + LOMBARDY_VIEW)
    assert response.status_code == 200, url
    return response.json()


def map_features(client, html):
    return map_view(client, html)["features"]


def get(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def test_catalogue_lists_sites_without_javascript(client, catalogue):
    html = get(client, URL)
    assert "14 sites match" in html
    assert len(listed(html)) == 12  # first page
    assert '<form class="catalogue__filters" method="get"' in html
    assert "<script>" not in html  # CSP: no inline code; the map data is json_script


def test_list_and_map_show_the_same_sites(client, catalogue):
    html = get(client, URL + "?province=CR&province=MN")
    titles = listed(html)
    assert all(
        " in Cremona" in t
        or " in Spinadesco" in t
        or " in Pizzighettone" in t
        or " in Mantova" in t
        or " in Viadana" in t
        for t in titles
    )
    features = map_features(client, html)
    assert sorted(f["properties"]["title"] for f in features) == sorted(titles)
    # The map links each point to its page, the same address as the list.
    first = features[0]["properties"]
    assert f'<a href="{first["url"]}">{first["title"]}</a>' in html


def test_map_holds_every_page_of_results(client, catalogue):
    first, second = get(client, URL + "?sort=largest"), get(client, URL + "?sort=largest&page=2")
    features = map_features(client, first)
    assert len(features) == 14
    assert sorted(listed(first) + listed(second)) == sorted(f["properties"]["title"] for f in features)


def test_filters_narrow_the_list_and_stay_in_the_url(client, catalogue):
    html = get(client, URL + "?province=MI&kind=building")
    titles = listed(html)
    assert titles and all(("Segrate" in t or "Melzo" in t) for t in titles)
    # The checkboxes keep what was chosen.
    assert re.search(r'name="province"\s+value="MI" checked', html)
    assert re.search(r'name="kind"\s+value="building" checked', html)
    # The exports carry the same filters.
    assert 'href="/en/opportunities/export/csv/?province=MI&amp;kind=building"' in html


def test_facet_counts_next_to_options(client, catalogue):
    html = get(client, URL + "?province=CR")
    # Disjunctive: with Cremona chosen, the other provinces still show what they would add.
    # Cremona, Spinadesco, Pizzighettone: 6 sites; Mantova, Viadana: 4; Segrate, Melzo: 4.
    assert re.search(r'Cremona <span class="catalogue__count">\(6\)</span>', html)
    assert re.search(r'Mantua <span class="catalogue__count">\(4\)</span>', html)
    assert re.search(r'Milan <span class="catalogue__count">\(4\)</span>', html)
    assert re.search(r'Bergamo <span class="catalogue__count">\(0\)</span>', html)
    assert "6 sites match" in html


def test_pagination_keeps_the_filters(client, catalogue):
    html = get(client, URL + "?min_site_area=11000&sort=largest")
    assert "13 sites match" in html
    assert 'href="?min_site_area=11000&amp;sort=largest&amp;page=2"' in html
    second = get(client, URL + "?min_site_area=11000&sort=largest&page=2")
    assert listed(second) == ["Site 01 in Spinadesco"]
    assert 'href="?min_site_area=11000&amp;sort=largest&amp;page=1"' in second


def test_a_page_beyond_the_last_shows_the_last(client, catalogue):
    html = get(client, URL + "?page=99")
    assert len(listed(html)) == 2


def test_within_n_km_of_a_municipality(client, catalogue):
    html = get(client, URL + "?near=Mantova&radius_km=15&sort=nearest")
    titles = listed(html)
    assert set(titles[:2]) == {"Site 03 in Mantova", "Site 10 in Mantova"}  # same point: newest first
    assert all("Mantova" in t for t in titles)  # Viadana is about 30 km away
    assert "From the chosen place" in html
    wider = listed(get(client, URL + "?near=mantova&radius_km=40&sort=nearest"))
    assert {t.split(" in ")[1] for t in wider} == {"Mantova", "Viadana"}


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("?min_site_area=abc", "Enter a whole number."),
        ("?min_site_area=-5", "Enter a number that is not negative."),
        ("?province=XX", "“XX” is not one of the options."),
        ("?max_motorway_km=far", "Enter a distance in kilometres"),
        ("?near=Atlantis", "“Atlantis” is not a municipality of Lombardy we know."),
        ("?min_price=500&max_price=100", "The maximum is smaller than the minimum."),
        ("?sort=nearest", "Choose a municipality or a point on the map to sort by distance."),
        ("?page=zero", "Enter a whole number."),
        ("?radius_km=10", "Choose the municipality to measure the distance from."),
        ("?radius_km=-3", "Enter a distance that is not negative."),
    ],
)
def test_bad_filters_get_a_message_and_no_error(client, catalogue, query, message):
    html = get(client, URL + query)
    assert "Some filters could not be used" in html
    assert message in html
    assert len(listed(html)) == 12  # the bad filter is ignored, the catalogue still works


def test_bad_filters_keep_what_was_typed_and_other_filters_apply(client, catalogue):
    html = get(client, URL + "?min_site_area=abc&province=MI")
    assert 'value="abc" aria-invalid="true"' in html
    assert "4 sites match" in html


def test_bad_filter_messages_are_translated(client, catalogue):
    html = get(client, "/it/opportunita/?min_site_area=abc&province=XX")
    assert "Alcuni filtri non sono stati applicati" in html
    assert "Inserisca un numero intero." in html
    assert "“XX” non è tra le opzioni." in html


def test_italian_catalogue_shows_italian_pages_only(client, catalogue):
    html = get(client, "/it/opportunita/")
    assert listed(html) == ["Sito 03 a Mantova", "Sito 00 a Cremona"]
    assert "2 siti corrispondono" in html
    assert all(f["properties"]["url"].startswith("/it/opportunita/") for f in map_features(client, html))


def test_text_search(client, catalogue):
    assert listed(get(client, URL + "?q=Viadana")) == ["Site 11 in Viadana", "Site 04 in Viadana"]


def test_summaries_typed_by_editors_are_escaped(client, catalogue):
    html = get(client, URL)
    assert "&lt;b&gt;not bold&lt;/b&gt;" in html
    assert "<b>not bold</b>" not in html


def test_exports_contain_exactly_the_filtered_sites(client, catalogue):
    html = get(client, URL + "?province=MN&province=MI&min_site_area=12000")
    expected = sorted(f["properties"]["title"] for f in map_features(client, html))
    assert expected

    geojson = client.get(URL + "export/geojson/?province=MN&province=MI&min_site_area=12000")
    assert geojson["Content-Type"].startswith("application/geo+json")
    data = json.loads(geojson.getvalue())  # streamed (opportunities.exports)
    assert data["licence"] == "https://creativecommons.org/licenses/by/4.0/"
    assert sorted(f["properties"]["title"] for f in data["features"]) == expected
    assert all(f["properties"]["province"] in {"MN", "MI"} for f in data["features"])

    response = client.get(URL + "export/csv/?province=MN&province=MI&min_site_area=12000")
    # The header is the first line, as every CSV reader expects; the licence and the metadata that
    # describes the file are Link headers.
    assert '<https://creativecommons.org/licenses/by/4.0/>; rel="license"' in response["Link"]
    assert 'rel="describedby"' in response["Link"]
    text = response.getvalue().decode()
    assert text.startswith("id,title,url,")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert sorted(r["title"] for r in rows) == expected
    assert all(int(r["site_area_m2"]) >= 12000 for r in rows)


def test_catalogue_queries_do_not_grow_with_the_number_of_sites(client, catalogue):
    from tests.opportunities.factories import make_site

    index = catalogue[0]

    def count(url):
        # Warm what every page shares (site, locales, menus). Twice: on a new site the first request
        # creates the settings rows, which retires the cached menus (home/content_version.py).
        client.get(url)
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    with_14 = count(URL + "?sort=largest")
    for number in range(16):
        make_site(index, f"Extra {number}", municipality="Lodi", province="LO", site_area_m2=500 + number)
    with_30 = count(URL + "?sort=largest")
    filtered = count(URL + "?province=LO&q=Extra&near=Lodi&sort=nearest")
    assert with_30 == with_14
    assert filtered <= with_14 + 2  # the text search and its locale


def test_a_large_result_set_maps_as_clusters_that_count_every_site(client, catalogue, monkeypatch):
    monkeypatch.setattr("opportunities.catalogue_map.MAP_POINTS_LIMIT", 5)
    html = get(client, URL + "?sort=largest&page=2")
    assert "otherwise groups of sites with their number" in html
    view = map_view(client, html)
    assert view["clustered"] and view["total"] == 14
    assert sum(f["properties"]["count"] for f in view["features"]) == 14
    assert not any("title" in f["properties"] for f in view["features"])  # no site is sent to be left undrawn


def test_only_the_municipalities_with_most_sites_are_offered(client, catalogue, monkeypatch):
    monkeypatch.setattr("opportunities.catalogue_page.MUNICIPALITY_OPTIONS", 2)
    html = get(client, URL + "?municipality=Melzo")
    offered = re.findall(r'name="municipality"\s+value="([^"]+)"', html)
    # Every municipality has two sites: the first two by name are offered, and Melzo because it is chosen.
    assert offered == ["Cremona", "Mantova", "Melzo"]
    assert "The municipalities with most sites." in html


def test_an_owner_title_never_becomes_a_formula_in_the_csv(client, catalogue):
    from tests.opportunities.factories import make_site

    make_site(
        catalogue[0], '=HYPERLINK("http://evil.example","x")', slug="evil-title", province="LO", municipality="Lodi"
    )
    response = client.get(URL + "export/csv/?province=LO")
    rows = {row["url"]: row for row in csv.DictReader(io.StringIO(response.getvalue().decode()))}
    (row,) = [row for url, row in rows.items() if url.endswith("/evil-title/")]
    assert row["title"] == '\'=HYPERLINK("http://evil.example","x")'
    assert row["province"] == "LO"
    assert float(row["longitude"]) > 0  # numbers stay numbers
