"""The catalogue search contract, run against every available engine (database now; Elasticsearch
joins through settings.CATALOGUE_SEARCH_ENGINES and must pass the same tests)."""

import pytest

from opportunities.catalogue_query import BoundingBox, CatalogueQuery, GeoRadius, InvalidQuery
from opportunities.geo import haversine_km, municipality_by_name

pytestmark = pytest.mark.django_db


def letters(result):
    return "".join(sorted(hit.title[0] for hit in result.hits))


ROOTS = {}


@pytest.fixture(autouse=True)
def _roots(request):
    """Queries look under the test catalogue only, as the catalogue page's own queries do."""
    if "sites" in request.fixturenames:
        sites = request.getfixturevalue("sites")
        ROOTS.update(en=sites["index"].url_path, it=sites["it_index"].url_path)
    yield
    ROOTS.clear()


def run(engine, locale="en", page_size=50, **kwargs):
    return engine.search(CatalogueQuery(locale=locale, page_size=page_size, root_path=ROOTS[locale], **kwargs))


def test_no_filter_returns_every_published_site_of_the_locale(engine, sites):
    result = run(engine)
    assert result.total == 7
    assert letters(result) == "ABCDEFG"


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({"province": ["CR"]}, "AB"),
        ({"province": ["CR", "MN"]}, "ABC"),
        ({"municipality": ["Segrate"]}, "D"),
        ({"kind": ["building"]}, "CDEF"),
        ({"category": ["disused"]}, "EF"),
        ({"tenure": ["lease"]}, "CDF"),
        ({"permitted_uses": ["research"]}, "D"),
        ({"permitted_uses": ["logistics"]}, "ACG"),
        ({"permitted_uses": ["research", "commercial"]}, "DF"),
        ({"zls": True}, "ABC"),
        ({"zis": True}, "D"),
        ({"state_aid": True}, "B"),
        ({"min_site_area": 40000}, "ABEG"),
        ({"max_site_area": 9000}, "DF"),
        ({"min_covered_area": 10000}, "CE"),
        ({"max_covered_area": 6000}, "DF"),
        ({"min_price": 2_000_000}, "ABE"),
        ({"max_price": 500_000}, "CF"),
        ({"min_power_kw": 2000}, "AE"),
        ({"province": ["CR"], "min_power_kw": 2000}, "A"),
        ({"kind": ["building"], "tenure": ["lease"], "zls": True}, "C"),
    ],
)
def test_each_filter_narrows_the_results(engine, sites, filters, expected):
    result = run(engine, filters=filters)
    assert letters(result) == expected
    assert result.total == len(expected)


@pytest.mark.parametrize(
    ("key", "field"),
    [
        ("max_motorway_km", "distance_motorway_km"),
        ("max_airport_km", "distance_airport_km"),
        ("max_rail_km", "distance_rail_km"),
        ("max_port_km", "distance_port_km"),
    ],
)
def test_distance_filters_keep_only_sites_within_the_limit(engine, sites, key, field):
    distances = sorted(getattr(sites[letter], field) for letter in "ABCDEFG")
    limit = distances[3]  # the median: some sites in, some out
    expected = "".join(sorted(x for x in "ABCDEFG" if getattr(sites[x], field) <= limit))
    assert 0 < len(expected) < 7
    assert letters(run(engine, filters={key: limit})) == expected


def test_facet_counts_match_the_results_each_value_would_give(engine, sites):
    base = {"province": ["CR", "MN", "MI", "BG"], "min_site_area": 9000, "zls": True}
    result = run(engine, filters=base)
    for facet in ("province", "kind", "category", "tenure", "permitted_uses", "municipality"):
        for value, _label, count in result.facets[facet]:
            narrowed = run(engine, filters={**base, facet: [value]})
            assert count == narrowed.total, (facet, value)
    flags = {k: v for k, v in base.items() if k not in {"zls", "zis", "state_aid"}}
    for value, _label, count in result.facets["special_zones"]:
        assert count == run(engine, filters={**flags, value: True}).total


def test_facets_are_labelled_in_the_query_language(engine, sites):
    en = {v: label for v, label, _n in run(engine).facets["province"]}
    it = {v: label for v, label, _n in run(engine, locale="it").facets["province"]}
    assert en["MN"] == "Mantua"
    assert it["MN"] == "Mantova"


def test_within_n_km_returns_only_sites_in_range(engine, sites):
    cremona = municipality_by_name("Cremona")
    result = run(engine, radius=GeoRadius(cremona.lat, cremona.lon, 30))
    for hit in result.hits:
        assert haversine_km(cremona.lat, cremona.lon, hit.latitude, hit.longitude) <= 30
    assert letters(result) == "AB"  # Spinadesco is next door; Mantova is about 60 km away
    for km in (45, 62, 80):
        expected = "".join(
            sorted(
                x
                for x in "ABCDEFG"
                if haversine_km(cremona.lat, cremona.lon, sites[x].latitude, sites[x].longitude) <= km
            )
        )
        assert letters(run(engine, radius=GeoRadius(cremona.lat, cremona.lon, km))) == expected
    assert letters(run(engine, radius=GeoRadius(cremona.lat, cremona.lon, 62))) == "ABC"


def test_bounding_box(engine, sites):
    # South-east Lombardy: Cremona, Spinadesco, Mantova.
    result = run(engine, bbox=BoundingBox(south=44.9, west=9.8, north=45.3, east=11.0))
    assert letters(result) == "ABC"


def test_sort_largest(engine, sites):
    result = run(engine, sort="largest")
    assert [hit.title[0] for hit in result.hits][:2] == ["A", "G"]
    areas = [hit.site_area_m2 for hit in result.hits]
    assert areas == sorted(areas, reverse=True)


def test_sort_nearest_to_a_place(engine, sites):
    mantova = municipality_by_name("Mantova")
    result = run(engine, sort="nearest", origin=(mantova.lat, mantova.lon))
    order = [hit.title[0] for hit in result.hits]
    assert order[0] == "C"
    assert order.index("A") < order.index("D") < order.index("F")
    distances = [result.distances[hit.pk] for hit in result.hits]
    assert distances == sorted(distances)


def test_sort_newest(engine, sites):
    result = run(engine, sort="newest")
    assert [hit.title[0] for hit in result.hits] == list("GFEDCBA")


def test_text_search_with_relevance(engine, sites):
    result = run(engine, text="warehouse")
    assert letters(result) == "C"
    assert letters(run(engine, text="Dalmine")) == "E"


def test_pagination(engine, sites):
    pages = [run(engine, sort="largest", page=n, page_size=3) for n in (1, 2, 3)]
    assert [len(p.hits) for p in pages] == [3, 3, 1]
    assert all(p.total == 7 for p in pages)
    seen = [hit.pk for p in pages for hit in p.hits]
    assert len(set(seen)) == 7
    assert pages[0].num_pages == 3 and pages[0].has_next and not pages[2].has_next


def test_points_cover_every_result_not_only_the_page(engine, sites):
    result = run(engine, filters={"zls": True}, page_size=1, with_points=True)
    assert len(result.hits) == 1
    assert sorted(p.title[0] for p in result.points) == ["A", "B", "C"]


def test_locale_isolation(engine, sites):
    result = run(engine, locale="it")
    assert result.total == 3
    assert all(hit.locale.language_code == "it" for hit in result.hits)
    assert letters(result) == "ACD"


def test_unpublished_and_unconsented_sites_are_not_found(engine, sites):
    sites["A"].unpublish()
    sites["B"].owner_consent = False
    sites["B"].save_revision().publish()
    assert letters(run(engine)) == "CDEFG"


@pytest.mark.parametrize(
    "query",
    [
        CatalogueQuery(filters={"colour": ["red"]}),
        CatalogueQuery(sort="cheapest"),
        CatalogueQuery(sort="nearest"),
        CatalogueQuery(radius=GeoRadius(45.0, 9.0, 0)),
        CatalogueQuery(page=0),
        CatalogueQuery(page_size=1000),
    ],
)
def test_invalid_queries_are_refused(engine, query):
    with pytest.raises(InvalidQuery):
        engine.search(query)
