"""Times the catalogue on the current database: the search engine alone, and the page end to end.

    manage.py generate_opportunities 10000 && manage.py benchmark_catalogue --runs 30

Prints the median and 95th percentile, the number of published sites and the machine's details.
"""

import os
import platform
import statistics
import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

# Text, a bounding box (the Milan-Bergamo-Brescia belt), three facet filters, 20 results.
BBOX = {"south": 45.3, "west": 9.0, "north": 45.8, "east": 10.4}
FILTERS = {"kind": ["area", "building"], "tenure": ["sale", "either"], "permitted_uses": ["logistics"]}
PAGE_QUERY = "?q=Synthetic&province=MI&province=BG&province=BS&kind=area&kind=building&permitted_uses=logistics"


def benchmark_query(locale, root_path, *, with_points=True):
    """The benchmark's CatalogueQuery (the catalogue is imported on use: search/ loads none of it at import)."""
    from opportunities.catalogue_query import BoundingBox, CatalogueQuery

    return CatalogueQuery(
        text="Synthetic",
        bbox=BoundingBox(**BBOX),
        filters=FILTERS,
        page_size=20,
        locale=locale,
        root_path=root_path,
        with_points=with_points,
    )


def percentiles(samples):
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered), p95


class Command(BaseCommand):
    help = "Median and p95 of a catalogue query and of the catalogue page."

    def add_arguments(self, parser):
        parser.add_argument("--runs", type=int, default=20)
        parser.add_argument("--engine", default="database")
        parser.add_argument("--locale", default="en")

    def handle(self, *args, runs, engine, locale, **options):
        from opportunities.catalogue_engines import get_engine
        from opportunities.models import OpportunityIndexPage, OpportunityPage

        index = OpportunityIndexPage.objects.filter(locale__language_code=locale).first()
        if index is None:
            raise CommandError("No catalogue page: run load_demo_content first.")
        search = get_engine(engine)
        query = benchmark_query(locale, index.url_path)
        result = search.search(query)  # warm-up
        timings = []
        for _run in range(runs):
            started = time.perf_counter()
            search.search(query)
            timings.append((time.perf_counter() - started) * 1000)
        search_median, search_p95 = percentiles(timings)

        client = Client()
        url = index.url + PAGE_QUERY
        client.get(url, HTTP_HOST="localhost")
        page_timings = []
        for _run in range(runs):
            started = time.perf_counter()
            response = client.get(url, HTTP_HOST="localhost")
            page_timings.append((time.perf_counter() - started) * 1000)
        with CaptureQueriesContext(connection) as queries:
            client.get(url, HTTP_HOST="localhost")
        page_median, page_p95 = percentiles(page_timings)

        sites = OpportunityPage.objects.live().filter(locale__language_code=locale).count()
        self.stdout.write(
            f"machine: {platform.processor() or platform.machine()}, {os.cpu_count()} CPUs, "
            f"{platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"database {connection.vendor}"
        )
        self.stdout.write(f"published sites ({locale}): {sites}; runs: {runs}; engine: {engine}")
        self.stdout.write(
            f"query (text + bbox + 3 facets, 20 hits): {result.total} matches; "
            f"median {search_median:.1f} ms, p95 {search_p95:.1f} ms"
        )
        self.stdout.write(
            f"catalogue page {PAGE_QUERY}: HTTP {response.status_code}, {len(response.content)} bytes, "
            f"{len(queries)} SQL queries; median {page_median:.1f} ms, p95 {page_p95:.1f} ms"
        )
