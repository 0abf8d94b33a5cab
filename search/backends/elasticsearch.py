"""The catalogue's search engine on Elasticsearch (the client's elasticsearch.dsl).

`OpportunitySearch` turns a CatalogueQuery into one request: the query narrows by locale, place,
geometry and numbers (and scores the text); the facet filters go into `post_filter`, and each facet
is an aggregation filtered by every facet filter but its own, so counts are disjunctive exactly as
the database engine's. A second request in the same round trip (msearch) fetches the map points when
asked. Pages of hits are then loaded from the database in one query, like the database engine.
"""

import time

from django.conf import settings
from elasticsearch.dsl import MultiSearch, Q, Search

from search.backends import elasticsearch_fit
from search.backends.engine import CatalogueEngine
from search.cluster import breaker, get_client
from search.opportunity_index import alias_name

TEXT_FIELDS = ["title^3", "municipality.text^2", "summary", "address", "planning_zone", "incentives", "body"]
# Every municipality of Lombardy fits (about 1,500): facet counts are complete, as on the database.
FACET_SIZE = 2000
# Elasticsearch's default result window: more points than this are left off the map.
MAX_POINTS = 10_000
HIGHLIGHT_FIELDS = ("title", "summary", "body")


class OpportunitySearch:
    """Filters, facets, geometry, sorting and highlighting of one CatalogueQuery."""

    def __init__(self, query, catalogue):
        self.query = query
        self.catalogue = catalogue

    def base(self):
        q = self.query
        search = Search(index=alias_name(q.locale)).filter("term", locale=q.locale)
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

    def points(self):
        search = self.base()
        facet_filters = self.facet_filters()
        if facet_filters:
            search = search.filter("bool", filter=list(facet_filters.values()))
        return (
            search.sort(*self.sort())
            .source(["title", "url_path", "location"])
            .extra(track_total_hits=False)[:MAX_POINTS]
        )

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
        requests = MultiSearch(index=alias_name(query.locale)).add(builder.build())
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
        )

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
