"""The catalogue's search engine on Elasticsearch (the client's elasticsearch.dsl).

`OpportunitySearch` turns a CatalogueQuery into one request: the query narrows by locale, place,
geometry and numbers (and scores the text); the facet filters go into `post_filter`, and each facet
is an aggregation filtered by every facet filter but its own, so counts are disjunctive exactly as
the database engine's. A second request in the same round trip (msearch) fetches the map points when
asked. Pages of hits are then loaded from the database in one query, like the database engine.

A map view is one request for the view's total and its geotile_grid cells (each with a geo_centroid),
and a second for the points only when the view holds no more sites than its limit. The exports page
through every result with search_after on a point in time, in the query's sort (which always ends on
the page id, so it is a total order).
"""

import logging
import time

from django.conf import settings
from elasticsearch.dsl import MultiSearch, Q, Search

from search.backends import elasticsearch_fit
from search.backends.engine import CatalogueEngine
from search.cluster import UPDATE_TIMEOUT, breaker, get_client
from search.opportunity_index import alias_name

TEXT_FIELDS = ["title^3", "municipality.text^2", "summary", "address", "planning_zone", "incentives", "body"]
# Every municipality of Lombardy fits (about 1,500): facet counts are complete, as on the database.
FACET_SIZE = 2000
# Elasticsearch's default result window: more points than this are left off the map.
MAX_POINTS = 10_000
HIGHLIGHT_FIELDS = ("title", "summary", "body")
logger = logging.getLogger(__name__)
# geotile_grid keeps this many cells at most; the catalogue asks for views of far fewer.
MAX_CELLS = 10_000
# How long an export's point in time lives between two of its pages.
EXPORT_KEEP_ALIVE = "2m"


class OpportunitySearch:
    """Filters, facets, geometry, sorting and highlighting of one CatalogueQuery."""

    def __init__(self, query, catalogue):
        self.query = query
        self.catalogue = catalogue

    def base(self):
        q = self.query
        search = Search(index=alias_name(q.sites_language)).filter("term", locale=q.sites_language)
        if q.root_path:
            search = search.filter("prefix", url_path=q.root_path)
        for key, (field, op) in self.catalogue.range_filters.items():
            if q.filters.get(key) is not None:
                search = search.filter("range", **{field: {op: q.filters[key]}})
        if q.bbox is not None:
            box = q.bbox
            search = search.filter(
                "geo_bounding_box",
                location={
                    "top_left": {"lat": box.north, "lon": box.west},
                    "bottom_right": {"lat": box.south, "lon": box.east},
                },
            )
        if q.radius is not None:
            r = q.radius
            # Arc distance on a sphere, as the catalogue's distance_km measures it.
            search = search.filter(
                "geo_distance", distance=f"{r.km}km", distance_type="arc", location={"lat": r.lat, "lon": r.lon}
            )
        if q.text.strip():
            search = search.query(
                "multi_match",
                query=q.text,
                fields=TEXT_FIELDS,
                operator="and",
                type="most_fields",
                fuzziness="AUTO",
                prefix_length=1,
            )
        if q.brief:
            search = elasticsearch_fit.apply(search, q.brief, score=q.sort == "fit")
        return search

    def facet_filters(self):
        """{facet: filter} for each facet the query filters on."""
        filters = {}
        chosen = self.query.filters
        for key in self.catalogue.list_filters:
            if chosen.get(key):
                filters[key] = Q("terms", **{key: list(chosen[key])})
        flags = [Q("term", **{field: True}) for key, field in self.catalogue.flag_filters.items() if chosen.get(key)]
        if flags:
            filters["special_zones"] = Q("bool", filter=flags)
        return filters

    def build(self):
        q = self.query
        search = self.base()
        facet_filters = self.facet_filters()
        if facet_filters:
            search = search.post_filter("bool", filter=list(facet_filters.values()))
        flag_filters = self.catalogue.flag_filters
        for facet in (*self.catalogue.list_filters, "special_zones"):
            others = [f for name, f in facet_filters.items() if name != facet]
            bucket = search.aggs.bucket(facet, "filter", filter=Q("bool", filter=others))
            if facet == "special_zones":
                bucket.bucket(
                    "zones", "filters", filters={key: Q("term", **{field: True}) for key, field in flag_filters.items()}
                )
            else:
                bucket.bucket("values", "terms", field=facet, size=FACET_SIZE)
        # The extent of every result: aggregations ignore post_filter, so this one applies the facet filters.
        search.aggs.bucket("located", "filter", filter=Q("bool", filter=list(facet_filters.values()))).metric(
            "extent", "geo_bounds", field="location"
        )
        search = search.sort(*self.sort()).extra(track_total_hits=True)
        start = (q.page - 1) * q.page_size
        search = search[start : start + q.page_size].source(["location"])
        if q.text.strip():
            # Highlighting a fuzzy query re-expands it on every hit (measured: 2 s for 20 hits at 10k
            # sites); marking the words as typed costs nothing, so typo-corrected words go unmarked.
            exact = Q("multi_match", query=q.text, fields=list(HIGHLIGHT_FIELDS), operator="or")
            search = search.highlight(*HIGHLIGHT_FIELDS, fragment_size=160, number_of_fragments=1).highlight_options(
                pre_tags=["<mark>"], post_tags=["</mark>"], encoder="html", highlight_query=exact.to_dict()
            )
        return search

    def matching(self):
        """Every result: the query with the facet filters as filters (no facets to count)."""
        search = self.base()
        facet_filters = self.facet_filters()
        if facet_filters:
            search = search.filter("bool", filter=list(facet_filters.values()))
        return search

    def points(self):
        return (
            self.matching()
            .sort(*self.sort())
            .source(["title", "url_path", "location"])
            .extra(track_total_hits=False)[:MAX_POINTS]
        )

    def cells(self, precision):
        """The view's total and its cells on the tile grid, no hit."""
        search = self.matching().extra(track_total_hits=True)[:0]
        search.aggs.bucket("cells", "geotile_grid", field="location", precision=precision, size=MAX_CELLS).metric(
            "centroid", "geo_centroid", field="location"
        )
        return search

    def sort(self):
        q = self.query
        newest = [{"first_published_at": {"order": "desc"}}, {"page_id": {"order": "desc"}}]
        if (q.sort == "relevance" and q.text.strip()) or q.sort == "fit":
            return ["_score", *newest]
        if q.sort == "largest":
            return [{"site_area_m2": {"order": "desc", "missing": "_last"}}, *newest]
        if q.sort == "readiness":
            return [{"readiness_level": {"order": "desc"}}, *newest]
        if q.sort == "nearest":
            lat, lon = q.sort_origin
            return [
                {
                    "_geo_distance": {
                        "location": {"lat": lat, "lon": lon},
                        "order": "asc",
                        "unit": "km",
                        "distance_type": "arc",
                    }
                },
                *newest,
            ]
        return newest


class ElasticsearchCatalogueEngine(CatalogueEngine):
    """opportunities.catalogue_engines.CatalogueSearchEngine on Elasticsearch."""

    name = "elasticsearch"

    @classmethod
    def is_available(cls):
        return bool(settings.ELASTICSEARCH_URL)

    def search(self, query):
        started = time.perf_counter()
        query.validate()
        catalogue = self.catalogue
        builder = OpportunitySearch(query, catalogue)
        requests = MultiSearch(index=alias_name(query.sites_language)).add(builder.build())
        if query.with_points:
            requests = requests.add(builder.points())
        responses = breaker.call(requests.using(get_client()).execute, raise_on_error=True)
        response = responses[0]
        took_ms = sum(r.took for r in responses)

        page_ids = [int(hit.meta.id) for hit in response.hits]
        highlights = {}
        for hit in response.hits:
            fragments = getattr(hit.meta, "highlight", None)
            if fragments:
                for name in HIGHLIGHT_FIELDS:
                    if name in fragments:
                        highlights[int(hit.meta.id)] = fragments[name][0]
                        break

        points = None
        if query.with_points:
            points = [
                catalogue.point(int(hit.meta.id), hit.title, hit.url_path, hit.location.lat, hit.location.lon)
                for hit in responses[1].hits
                if getattr(hit, "location", None)
            ]
        distances = {}
        origin = query.sort_origin
        if origin is not None:
            located = [(int(hit.meta.id), hit.location) for hit in response.hits if getattr(hit, "location", None)]
            located += [(p.page_id, p) for p in points or []]
            distances = {
                pk: round(catalogue.distance_km(origin[0], origin[1], loc.lat, loc.lon), 1) for pk, loc in located
            }
        extent = response.aggregations.located.extent.to_dict().get("bounds")
        if extent:
            extent = catalogue.bounding_box_of(
                south=extent["bottom_right"]["lat"],
                west=extent["top_left"]["lon"],
                north=extent["top_left"]["lat"],
                east=extent["bottom_right"]["lon"],
            )
        return catalogue.result(
            query,
            self,
            started,
            hits=catalogue.pages(page_ids),
            total=response.hits.total.value,
            facets=catalogue.facets(self.facet_counts(response), query.locale),
            points=points,
            distances=distances,
            highlights=highlights,
            engine_took_ms=took_ms,
            extent=extent or None,
        )

    def map_view(self, query, precision, limit):
        started = time.perf_counter()
        catalogue = self.catalogue
        query = catalogue.map_query(query)
        builder = OpportunitySearch(query, catalogue)
        client = get_client()
        response = breaker.call(builder.cells(precision).using(client).execute)
        total, took_ms = response.hits.total.value, response.took
        view = {"total": total, "engine": self.name}
        if total <= limit:
            search = builder.matching().source(["title", "url_path", "location"]).extra(track_total_hits=False)
            found = breaker.call(search[:total].using(client).execute)
            took_ms += found.took
            view["points"] = [
                catalogue.point(int(hit.meta.id), hit.title, hit.url_path, hit.location.lat, hit.location.lon)
                for hit in found.hits
            ]
        else:
            view["clusters"] = [
                catalogue.cluster(b.key, b.centroid.location.lat, b.centroid.location.lon, b.doc_count)
                for b in response.aggregations.cells.buckets
            ]
        return catalogue.map_view(took_ms=(time.perf_counter() - started) * 1000, engine_took_ms=took_ms, **view)

    def result_ids(self, query, chunk_size):
        """Pages of ids through search_after on a point in time: a consistent view of the index."""
        query.validate()
        builder = OpportunitySearch(query, self.catalogue)
        body = builder.matching().sort(*builder.sort()).to_dict()
        client = get_client(timeout=UPDATE_TIMEOUT)
        pit = breaker.call(
            client.open_point_in_time, index=alias_name(query.sites_language), keep_alive=EXPORT_KEEP_ALIVE
        )
        pit_id = pit["id"]
        try:
            after = None
            while True:
                page = breaker.call(
                    client.search,
                    query=body.get("query", {"match_all": {}}),
                    sort=body["sort"],
                    size=chunk_size,
                    pit={"id": pit_id, "keep_alive": EXPORT_KEEP_ALIVE},
                    source=False,
                    track_total_hits=False,
                    search_after=after,
                )
                pit_id = page.get("pit_id", pit_id)
                hits = page["hits"]["hits"]
                if hits:
                    yield [int(hit["_id"]) for hit in hits]
                if len(hits) < chunk_size:
                    return
                after = hits[-1]["sort"]
        finally:
            try:
                client.close_point_in_time(id=pit_id)
            except Exception as error:  # it expires by itself; a download that ended must not fail for it
                logger.info("Export point in time not closed: %s", error)

    def facet_counts(self, response):
        """{facet: {value: count}} from the aggregations, leaving out values no result has."""
        aggs = response.aggregations
        counts = {}
        for facet in self.catalogue.list_filters:
            counts[facet] = {b.key: b.doc_count for b in aggs[facet]["values"].buckets if b.doc_count}
        zones = aggs["special_zones"]["zones"].buckets
        counts["special_zones"] = {
            key: zones[key].doc_count for key in self.catalogue.flag_filters if zones[key].doc_count
        }
        return counts
