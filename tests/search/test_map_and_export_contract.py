"""The map view and the export stream of the catalogue contract, on every available engine.

Both engines must group the same sites into the same cells of the tile grid (so that a map draws the
same clusters whichever engine answers), and hand over every result, in result order, across chunks.
The expected cells are computed here from the sites' coordinates with the contract's own formula
(opportunities.catalogue_query.tile_xy), so each engine is checked against it and thus against the other.
"""

from collections import Counter

import pytest

from opportunities.catalogue_query import BoundingBox, CatalogueQuery, InvalidQuery, tile_xy

pytestmark = pytest.mark.django_db

LOMBARDY = BoundingBox(south=44.6, west=8.4, north=46.7, east=11.5)


def query(sites, locale="en", **kwargs):
    root = sites["index" if locale == "en" else "it_index"].url_path
    kwargs.setdefault("bbox", LOMBARDY)
    return CatalogueQuery(locale=locale, root_path=root, page_size=50, **kwargs)


def expected_cells(pages, precision):
    return Counter(
        "{}/{}/{}".format(precision, *tile_xy(precision, page.latitude, page.longitude))
        for page in pages
        if page.latitude is not None
    )


def english(sites, letters="ABCDEFG"):
    return [sites[letter] for letter in letters]


@pytest.mark.parametrize("precision", [3, 6, 8, 10, 12, 16])
def test_both_engines_count_the_same_sites_in_the_same_cells(engine, sites, precision):
    view = engine.map_view(query(sites), precision, limit=0)
    assert view.points is None
    assert view.total == 7
    assert Counter({c.key: c.count for c in view.clusters}) == expected_cells(english(sites), precision)


def test_a_cluster_sits_at_the_centroid_of_its_sites(engine, sites):
    # At precision 6 (cells about 5.6 degrees wide) Cremona, Spinadesco and Mantova share a cell.
    view = engine.map_view(query(sites, filters={"province": ["CR", "MN"]}), 6, limit=0)
    (cluster,) = view.clusters
    members = english(sites, "ABC")
    assert cluster.count == 3
    assert cluster.lat == pytest.approx(sum(p.latitude for p in members) / 3, abs=1e-5)
    assert cluster.lon == pytest.approx(sum(p.longitude for p in members) / 3, abs=1e-5)
    box = cluster.bounds
    assert all(box.south <= p.latitude <= box.north and box.west <= p.longitude <= box.east for p in members)


def test_within_the_limit_the_view_has_its_points_and_no_cluster(engine, sites):
    view = engine.map_view(query(sites, filters={"zls": True}), 10, limit=500)
    assert view.clusters is None
    assert view.total == 3
    assert sorted(p.title[0] for p in view.points) == ["A", "B", "C"]
    assert all(p.url_path.startswith(sites["index"].url_path) for p in view.points)


def test_the_view_holds_only_what_is_inside_its_box_and_passes_the_filters(engine, sites):
    around_cremona = BoundingBox(south=45.0, west=9.8, north=45.3, east=10.2)  # Cremona and Spinadesco
    view = engine.map_view(query(sites, bbox=around_cremona), 10, limit=500)
    assert sorted(p.title[0] for p in view.points) == ["A", "B"]
    view = engine.map_view(query(sites, bbox=around_cremona, filters={"category": ["brownfield"]}), 10, limit=500)
    assert [p.title[0] for p in view.points] == ["B"]
    view = engine.map_view(query(sites, bbox=around_cremona, text="logistics"), 10, limit=0)
    assert view.total == 1 and sum(c.count for c in view.clusters) == 1


def test_a_view_is_in_its_own_language(engine, sites):
    view = engine.map_view(query(sites, locale="it"), 8, limit=0)
    assert view.total == 3
    assert Counter({c.key: c.count for c in view.clusters}) == expected_cells(
        [sites["it-A"], sites["it-C"], sites["it-D"]], 8
    )


def test_a_map_view_needs_a_box(engine, sites):
    with pytest.raises(InvalidQuery):
        engine.map_view(query(sites, bbox=None), 8, limit=500)


@pytest.mark.parametrize(
    ("sort", "extra"),
    [("newest", {}), ("largest", {}), ("readiness", {}), ("relevance", {"text": "Cremona"}), ("nearest", {})],
)
def test_the_export_stream_holds_every_result_in_result_order_across_chunks(engine, sites, sort, extra):
    if sort == "nearest":
        extra = {"origin": (45.46, 9.19)}  # Milan
    full = engine.search(query(sites, bbox=None, sort=sort, **extra))
    chunks = list(engine.result_ids(query(sites, bbox=None, sort=sort, **extra), 3))
    assert [len(chunk) for chunk in chunks] == [3] * (full.total // 3) + ([full.total % 3] if full.total % 3 else [])
    assert [pk for chunk in chunks for pk in chunk] == [hit.pk for hit in full.hits]


def test_the_export_stream_applies_the_filters(engine, sites):
    chunks = engine.result_ids(query(sites, bbox=None, filters={"permitted_uses": ["logistics"]}), 2)
    assert sorted(pk for chunk in chunks for pk in chunk) == sorted(sites[letter].pk for letter in "ACG")


def test_an_empty_export_stream_has_no_chunk(engine, sites):
    assert list(engine.result_ids(query(sites, bbox=None, text="nowhere-at-all"), 2)) == []
