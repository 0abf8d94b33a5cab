"""The catalogue's search engine on the database: the embedded default and the fallback engine.

Plain SQL narrows the candidates (locale, range filters, a bounding box, every word of the text in
one of the searchable columns); one slim row per candidate then comes back in a single query, and
the exact radius, the coded filters, the disjunctive facet counts, the relevance score and the sort
are done in Python on those rows. A page of results then costs one more query, whatever the size of
the catalogue.

Text matching is a case-insensitive substring match on every database (no stemming): Wagtail's
SQLite backend scores each candidate row with a correlated FTS subquery, which took 0.2 s for 500
sites and grows linearly, so the catalogue does not use it. Elasticsearch brings analyzers.
"""

import time

from django.db.models import Q

from search.backends.database_fit import condition_q, fit_expression
from search.backends.engine import CatalogueEngine

ROW_FIELDS = (
    "pk",
    "title",
    "url_path",
    "latitude",
    "longitude",
    "province",
    "municipality",
    "kind",
    "category",
    "tenure",
    "permitted_uses",
    "in_zls",
    "in_zis",
    "in_state_aid_area",
    "site_area_m2",
    "readiness_level",
)
# Searched columns, with the weight of a word found there.
TEXT_FIELDS = {"title": 3, "municipality": 2, "summary": 1, "address": 1, "planning_zone": 1, "incentives": 1}
# Bounds of the text searched: every word is one more condition on every searched column.
MAX_TEXT_CHARACTERS = 500
MAX_WORDS = 10
MAX_WORD_CHARACTERS = 60


class DatabaseCatalogueEngine(CatalogueEngine):
    """opportunities.catalogue_engines.CatalogueSearchEngine on the database."""

    name = "database"

    def search(self, query):
        started = time.perf_counter()
        query.validate()
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
            south, north, west, east = catalogue.bounding_box(query.radius.lat, query.radius.lon, query.radius.km)
            qs = qs.filter(latitude__gte=south, latitude__lte=north, longitude__gte=west, longitude__lte=east)

        scores = []
        if query.brief:
            for condition in query.brief.must_conditions():
                qs = qs.filter(condition_q(condition, qs.model, catalogue))
            scores = query.brief.scores()
        # The fit in SQL: one more column of the same query.
        qs = qs.annotate(fit=fit_expression(scores, qs.model, catalogue))

        words = self.words(query.text)
        for word in words:
            match = Q()
            for name in TEXT_FIELDS:
                match |= Q(**{f"{name}__icontains": word})
            qs = qs.filter(match)

        # Newest first: the order every other sort falls back on (Python's sorts are stable).
        qs = qs.order_by("-first_published_at", "-pk")
        fields = (*ROW_FIELDS, "fit", "summary") if words else (*ROW_FIELDS, "fit")  # the summary only to score text
        rows = [dict(zip(fields, values, strict=True)) for values in qs.values_list(*fields)]
        rank = self.text_ranking(rows, words) if words else None
        if query.radius is not None:
            r = query.radius
            rows = [
                row for row in rows if catalogue.distance_km(r.lat, r.lon, row["latitude"], row["longitude"]) <= r.km
            ]

        failures = self.failures(rows, filters)
        facets = catalogue.facets(self.facet_counts(rows, failures), query.locale)
        matching = [row for row, failed in zip(rows, failures, strict=True) if not failed]
        distances = {}
        origin = query.sort_origin
        if origin is not None:
            distances = {
                row["pk"]: round(catalogue.distance_km(origin[0], origin[1], row["latitude"], row["longitude"]), 1)
                for row in matching
                if row["latitude"] is not None
            }
        matching = self.sort(matching, query, rank, distances)

        start = (query.page - 1) * query.page_size
        page_ids = [row["pk"] for row in matching[start : start + query.page_size]]
        points = None
        if query.with_points:
            points = [
                catalogue.point(row["pk"], row["title"], row["url_path"], row["latitude"], row["longitude"])
                for row in matching
                if row["latitude"] is not None
            ]
        return catalogue.result(
            query,
            self,
            started,
            hits=catalogue.pages(page_ids),
            total=len(matching),
            facets=facets,
            points=points,
            distances=distances,
        )

    @staticmethod
    def words(text):
        """Up to MAX_WORDS words of the text, each matched as a substring (punctuation included:
        "C++" finds "C++"); control characters, which PostgreSQL refuses in a string, separate words."""
        text = "".join(ch if ch.isprintable() else " " for ch in str(text or "")[:MAX_TEXT_CHARACTERS])
        return [word[:MAX_WORD_CHARACTERS] for word in text.split()[:MAX_WORDS]]

    @staticmethod
    def text_ranking(rows, words):
        """{page id: rank}, best first: a word in the title weighs more than one in the summary."""
        lowered = [w.casefold() for w in words]

        def score(row):
            fields = {name: (row.get(name) or "").casefold() for name in ("title", "municipality", "summary")}
            return sum(TEXT_FIELDS[name] for word in lowered for name, value in fields.items() if word in value)

        ordered = sorted(rows, key=lambda r: -score(r))  # ties stay newest first
        return {row["pk"]: position for position, row in enumerate(ordered)}

    def failures(self, rows, filters):
        """For each row, the facet filters it fails: a row is a result when it fails none, and counts
        in a facet's options when it fails at most that facet's own filter (disjunctive facets)."""
        wanted = {key: set(filters[key]) for key in self.catalogue.list_filters if filters.get(key)}
        flags = [field for key, field in self.catalogue.flag_filters.items() if filters.get(key)]
        result = []
        for row in rows:
            failed = set()
            for key, values in wanted.items():
                if key == "permitted_uses":
                    if values.isdisjoint(row["permitted_uses"]):
                        failed.add(key)
                elif row[key] not in values:
                    failed.add(key)
            if any(not row[field] for field in flags):
                failed.add("special_zones")
            result.append(failed)
        return result

    def facet_counts(self, rows, failures):
        """{facet: {value: count}} over the rows that fail no filter but, at most, the facet's own."""
        list_filters, flag_filters = self.catalogue.list_filters, self.catalogue.flag_filters
        counts = {name: {} for name in (*list_filters, "special_zones")}
        for row, failed in zip(rows, failures, strict=True):
            if len(failed) > 1:
                continue  # fails two filters: in no facet's counts
            for facet in list_filters:
                if failed and facet not in failed:
                    continue
                values = row[facet] if facet == "permitted_uses" else (row[facet],)
                bucket = counts[facet]
                for value in values:
                    bucket[value] = bucket.get(value, 0) + 1
            if not failed or "special_zones" in failed:
                for key, field in flag_filters.items():
                    if row[field]:
                        counts["special_zones"][key] = counts["special_zones"].get(key, 0) + 1
        return counts

    @staticmethod
    def sort(rows, query, rank, distances):
        sort = query.sort
        if sort == "relevance" and rank is not None:
            return sorted(rows, key=lambda r: rank.get(r["pk"], len(rank)))
        if sort == "largest":
            return sorted(rows, key=lambda r: -(r["site_area_m2"] or 0))
        if sort == "readiness":
            return sorted(rows, key=lambda r: -r["readiness_level"])
        if sort == "fit":
            return sorted(rows, key=lambda r: -r["fit"])
        if sort == "nearest":
            far = float("inf")
            return sorted(rows, key=lambda r: distances.get(r["pk"], far))
        # "newest", and "relevance" without text: the database's order
        return rows
