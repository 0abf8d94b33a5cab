"""The catalogue's search engine on the database: the embedded default and the fallback engine.

Everything is SQL, on PostgreSQL and SQLite alike (Django ORM expressions), and no row is decoded
in Python but those of the page asked for (and, for a map, each result's point):
- the filters: locale, ranges, a bounding box, the exact radius (a great-circle distance expression),
  every word of the text in one of the searchable columns, a brief's must-haves, the coded filters
  (a "|code|" substring of the choice-set column, opportunities.fields);
- the disjunctive facet counts and the total: one aggregate of conditional counts (a count per known
  code) over the results for every facet without a filter of its own, one more per facet with one
  (over the rows that pass every other filter), a GROUP BY for the municipalities (an open list);
- the sort: relevance (the weight of each word found, as one expression), newest, largest,
  readiness, fit (opportunities.brief, search.backends.database_fit) and nearest (the distance
  expression), each falling back on newest first.
A search costs an aggregate (which also gives the results' extent), the municipalities, one query per
facet filtered, the page (its ids, then its sites) and, when asked, the slim points of every result.
A map view costs one GROUP BY over the grid cells of the view (the tile expressions of map_cells) and,
when the view holds no more sites than its limit, their points; the exports read the ids of every
result through a cursor, in chunks.

Text matching is a case-insensitive substring match on every database (no stemming): Wagtail's
SQLite backend scores each candidate row with a correlated FTS subquery, which took 0.2 s for 500
sites and grows linearly, so the catalogue does not use it. Elasticsearch brings analyzers.
"""

import math
import time

from django.db.models import Avg, Case, Count, F, FloatField, IntegerField, Max, Min, Q, Value, When
from django.db.models.functions import ASin, Coalesce, Cos, Floor, Greatest, Least, Ln, Power, Radians, Sin, Sqrt

from search.backends.database_fit import condition_q, fit_expression
from search.backends.engine import CatalogueEngine

# Searched columns, with the weight of a word found there (only the first three rank).
TEXT_FIELDS = {"title": 3, "municipality": 2, "summary": 1, "address": 1, "planning_zone": 1, "incentives": 1}
RANKED_FIELDS = ("title", "municipality", "summary")
# Bounds of the text searched: every word is one more condition on every searched column.
MAX_TEXT_CHARACTERS = 500
MAX_WORDS = 10
MAX_WORD_CHARACTERS = 60
NEWEST = ("-first_published_at", "-pk")


def distance_km(lat, lon, earth_radius_km):
    """The great-circle distance from (lat, lon) to each site's point, in km, as opportunities.geo computes it."""
    p1, p2 = Radians(Value(float(lat))), Radians(F("latitude"))
    dp, dl = p2 - p1, Radians(F("longitude") - Value(float(lon)))
    a = Power(Sin(dp / Value(2.0)), 2) + Cos(p1) * Cos(p2) * Power(Sin(dl / Value(2.0)), 2)
    return Value(2 * earth_radius_km) * ASin(Least(Value(1.0), Sqrt(a)), output_field=FloatField())


def map_cells(precision, max_latitude):
    """(x, y) expressions of each site's cell on the tile grid (opportunities.catalogue_query's docstring)."""
    tiles = float(1 << precision)
    lat = Least(Greatest(F("latitude"), Value(-max_latitude)), Value(max_latitude))
    sin = Sin(Radians(lat))
    x = Floor((F("longitude") + Value(180.0)) / Value(360.0) * Value(tiles))
    y = Floor((Value(0.5) - Ln((Value(1.0) + sin) / (Value(1.0) - sin)) / Value(4 * math.pi)) * Value(tiles))
    last = Value(tiles - 1)
    return Least(x, last, output_field=FloatField()), Least(y, last, output_field=FloatField())


class DatabaseCatalogueEngine(CatalogueEngine):
    """opportunities.catalogue_engines.CatalogueSearchEngine on the database."""

    name = "database"

    def search(self, query):
        started = time.perf_counter()
        query.validate()
        catalogue = self.catalogue
        qs = self.candidates(query)
        facet_filters = self.facet_filters(query.filters)
        ordered = self.ordered(query, qs.filter(*facet_filters.values()))

        start = (query.page - 1) * query.page_size
        window = slice(start, start + query.page_size)
        distances = {}
        if query.sort_origin is not None:
            page = list(ordered.values_list("pk", "distance")[window])
            distances = {pk: round(km, 1) for pk, km in page if km is not None}
            page_ids = [pk for pk, _km in page]
        else:
            page_ids = list(ordered.values_list("pk", flat=True)[window])
        points = None
        if query.with_points:
            located = ordered.filter(latitude__isnull=False)
            rows = located.values_list("pk", "title", "url_path", "latitude", "longitude")
            points = [catalogue.point(*row) for row in rows.iterator(chunk_size=2000)]
        counts, total, extent = self.facet_counts(qs, facet_filters)
        return catalogue.result(
            query,
            self,
            started,
            hits=catalogue.pages(page_ids),
            total=total,
            facets=catalogue.facets(counts, query.locale),
            points=points,
            distances=distances,
            extent=extent,
        )

    def map_view(self, query, precision, limit):
        """The view's cells grouped in SQL; their points, when they hold no more than `limit` sites."""
        started = time.perf_counter()
        catalogue = self.catalogue
        query = catalogue.map_query(query)
        rows = self.candidates(query).filter(*self.facet_filters(query.filters).values()).order_by()
        x, y = map_cells(precision, catalogue.max_tile_latitude)
        cells = list(
            rows.annotate(x=x, y=y)
            .values("x", "y")
            .annotate(n=Count("pk"), lat=Avg("latitude"), lon=Avg("longitude"))
            .values_list("x", "y", "n", "lat", "lon")
        )
        total = sum(n for _x, _y, n, _lat, _lon in cells)
        view = {"total": total, "engine": self.name}
        if total <= limit:
            fields = ("pk", "title", "url_path", "latitude", "longitude")
            view["points"] = [catalogue.point(*row) for row in rows.values_list(*fields)]
        else:
            view["clusters"] = [
                catalogue.cluster(f"{precision}/{int(cx)}/{int(cy)}", lat, lon, n) for cx, cy, n, lat, lon in cells
            ]
        return catalogue.map_view(took_ms=(time.perf_counter() - started) * 1000, **view)

    def result_ids(self, query, chunk_size):
        """Every result's id in the query's order, read through a cursor (server-side on PostgreSQL)."""
        query.validate()
        qs = self.candidates(query)
        ordered = self.ordered(query, qs.filter(*self.facet_filters(query.filters).values()))
        chunk = []
        for pk in ordered.values_list("pk", flat=True).iterator(chunk_size=chunk_size):
            chunk.append(pk)
            if len(chunk) == chunk_size:
                yield chunk
                chunk = []
        if chunk:
            yield chunk

    def ordered(self, query, matching):
        """The results in the query's order (with each one's distance when it has an origin)."""
        origin = query.sort_origin
        if origin is not None:
            matching = matching.annotate(distance=distance_km(origin[0], origin[1], self.catalogue.earth_radius_km))
        return matching.order_by(*self.ordering(query, self.words(query.text)), *NEWEST)

    def candidates(self, query):
        """The sites that pass every filter but the facets' (whose counts need the others), with their fit."""
        catalogue = self.catalogue
        filters = query.filters
        qs = catalogue.sites(query)
        for key, (field, op) in catalogue.range_filters.items():
            if filters.get(key) is not None:
                qs = qs.filter(**{f"{field}__{op}": filters[key]})
        if query.bbox is not None:
            box = query.bbox
            qs = qs.filter(
                latitude__gte=box.south, latitude__lte=box.north, longitude__gte=box.west, longitude__lte=box.east
            )
        if query.radius is not None:
            r = query.radius
            south, north, west, east = catalogue.bounding_box(r.lat, r.lon, r.km)
            # The box uses the (lat, lon) index; the exact circle is then checked on what is inside it.
            qs = qs.filter(latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east)
            qs = qs.alias(radius_km=distance_km(r.lat, r.lon, catalogue.earth_radius_km)).filter(radius_km__lte=r.km)
        scores = []
        if query.brief:
            for condition in query.brief.must_conditions():
                qs = qs.filter(condition_q(condition, qs.model, catalogue))
            scores = query.brief.scores()
        # An alias, not an annotation: the facets' GROUP BY must not group by it; the sort by fit reads it.
        qs = qs.alias(fit=fit_expression(scores, qs.model, catalogue))
        for word in self.words(query.text):
            match = Q()
            for name in TEXT_FIELDS:
                match |= Q(**{f"{name}__icontains": word})
            qs = qs.filter(match)
        return qs

    def facet_filters(self, filters):
        """{facet: Q} of each facet filter the query sets; "special_zones" requires every flag asked for."""
        catalogue = self.catalogue
        result = {}
        for key in catalogue.list_filters:
            values = filters.get(key)
            if not values:
                continue
            if key == "permitted_uses":
                match = Q()
                for code in values:
                    match |= Q(permitted_uses__contains=catalogue.contains(code))
                result[key] = match
            else:
                result[key] = Q(**{f"{key}__in": list(values)})
        flags = {field: True for key, field in catalogue.flag_filters.items() if filters.get(key)}
        if flags:
            result["special_zones"] = Q(**flags)
        return result

    def facet_counts(self, qs, facet_filters):
        """({facet: {value: count}}, total, extent): each facet over the rows that pass every facet filter
        but its own; the extent (a BoundingBox, or None) of the located results.

        The facets with no filter of their own share the results: one aggregate of conditional counts
        (one per known code) gives them all, the total and the extent; each facet with its own filter
        costs one more; the municipalities, an open list, are a GROUP BY over their rows.
        """
        catalogue = self.catalogue
        facets = (*catalogue.list_filters, "special_zones")
        counts = {}

        def rows_for(facet):
            return qs.filter(*(q for name, q in facet_filters.items() if name != facet)).order_by()

        def count_codes(rows, names, extra=None):
            expressions = []  # (facet, code, expression)
            for facet in names:
                if facet == "special_zones":
                    expressions += [(facet, k, Q(**{f: True})) for k, f in catalogue.flag_filters.items()]
                elif facet == "permitted_uses":
                    codes = catalogue.choice_codes[facet]
                    expressions += [(facet, c, Q(permitted_uses__contains=catalogue.contains(c))) for c in codes]
                elif facet != "municipality":
                    expressions += [(facet, c, Q(**{facet: c})) for c in catalogue.choice_codes[facet]]
            totals = rows.aggregate(
                total=Count("pk"),
                **{f"n{i}": Count("pk", filter=q) for i, (_f, _c, q) in enumerate(expressions)},
                **(extra or {}),
            )
            for i, (facet, code, _q) in enumerate(expressions):
                if totals[f"n{i}"]:
                    counts.setdefault(facet, {})[code] = totals[f"n{i}"]
            if "municipality" in names:
                counts["municipality"] = dict(rows.values_list("municipality").annotate(n=Count("pk")))
            return totals

        shared = [facet for facet in facets if facet not in facet_filters]
        bounds = {
            "south": Min("latitude"),
            "west": Min("longitude"),
            "north": Max("latitude"),
            "east": Max("longitude"),
        }
        totals = count_codes(rows_for(None), shared, bounds)
        for facet in facet_filters:
            count_codes(rows_for(facet), [facet])
        extent = None
        if totals["south"] is not None and totals["west"] is not None:
            extent = catalogue.bounding_box_of(**{side: totals[side] for side in bounds})
        return {facet: counts.get(facet, {}) for facet in facets}, totals["total"], extent

    @staticmethod
    def ordering(query, words):
        """The ORDER BY of the query's sort, before the newest-first that breaks every tie."""
        sort = query.sort
        if sort == "relevance" and words:
            weight = Value(0)
            for word in words:
                for name in RANKED_FIELDS:
                    found = When(**{f"{name}__icontains": word}, then=Value(TEXT_FIELDS[name]))
                    weight = weight + Case(found, default=Value(0), output_field=IntegerField())
            return [weight.desc()]
        if sort == "largest":
            return [Coalesce("site_area_m2", Value(0)).desc()]
        if sort == "readiness":
            return ["-readiness_level"]
        if sort == "fit":
            return ["-fit"]
        if sort == "nearest":
            return [F("distance").asc(nulls_last=True)]
        # "newest", and "relevance" without text
        return []

    @staticmethod
    def words(text):
        """Up to MAX_WORDS words of the text, each matched as a substring (punctuation included:
        "C++" finds "C++"); control characters, which PostgreSQL refuses in a string, separate words."""
        text = "".join(ch if ch.isprintable() else " " for ch in str(text or "")[:MAX_TEXT_CHARACTERS])
        return [word[:MAX_WORD_CHARACTERS] for word in text.split()[:MAX_WORDS]]
