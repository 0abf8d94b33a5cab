"""The catalogue at scale: the page, its map view and its exports at 10,000 and 100,000 sites, per engine.

    .venv/bin/python benchmarks/catalogue.py [--sizes 10000 100000] [--runs 20] [--export-runs 3]

The database is a throwaway SQLite file unless DATABASE_URL is set (PostgreSQL: give it a database
of its own, which is created and migrated). Elasticsearch is measured too when ELASTICSEARCH_URL is
set: the sites are bulk-indexed into indices of a prefix of their own, deleted at the end. For each
size it generates synthetic sites up to that size, then times, on each engine:
- the catalogue page, uncached (the page cache is off): text + three facets (province, kind, use);
- the engine's query alone (text + bounding box + three facets, 20 hits), with Elasticsearch's `took`;
- the map view `<catalogue>/map/`: all of Lombardy at zoom 8 (clusters) and Milan at zoom 14 (points);
- both exports of every site, streamed: time, rows, bytes, and the peak of Python's allocations
  (tracemalloc) and the process's peak RSS while one streams.
It prints the median and p95 of each, what it ran on (database, cluster, CPUs, load average), then the
ratios largest/smallest size. A benchmark prints; it never asserts.
"""

import argparse
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
import uuid
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'catalogue.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ["ELASTICSEARCH_INDEX_PREFIX"] = f"bench-{uuid.uuid4().hex[:8]}"

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

PAGE_QUERY = "?q=Synthetic&province=MI&province=BG&province=BS&kind=area&kind=building&permitted_uses=logistics"
VIEWS = {
    "Lombardy z8": "bbox=44.6,8.4,46.7,11.5&zoom=8",
    "Milan z14": "bbox=45.455,9.16,45.485,9.22&zoom=14",
}


def percentiles(samples):
    ordered = sorted(samples)
    return statistics.median(ordered), ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def timed(function, runs):
    function()  # warm-up
    samples = []
    for _run in range(runs):
        started = time.perf_counter()
        function()
        samples.append((time.perf_counter() - started) * 1000)
    return percentiles(samples)


def body(response):
    """(bytes, CSV lines) of a response, read chunk by chunk when it is streamed."""
    parts = response.streaming_content if response.streaming else [response.content]
    size = lines = 0
    for part in parts:
        size += len(part)
        lines += part.count(b"\r\n")
    return size, lines


def load_average():
    return "/".join(f"{value:.1f}" for value in os.getloadavg())


def peak_rss_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def where():
    url = urlsplit(os.environ["DATABASE_URL"])
    database = f"{connection.vendor} {url.hostname or ''}{url.path}"
    cluster = f"Elasticsearch {settings.ELASTICSEARCH_URL}" if settings.ELASTICSEARCH_URL else "no Elasticsearch"
    return f"database {database}; {cluster}; {os.cpu_count()} CPUs; load average {load_average()}"


def measure_page(client, url, runs):
    response = client.get(url, HTTP_HOST="localhost")
    queries = []

    def count(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    # Counted as they run (a wrapper), not from the debug log, which holds at most 9,000 queries.
    with connection.execute_wrapper(count):
        client.get(url, HTTP_HOST="localhost")
    median, p95 = timed(lambda: client.get(url, HTTP_HOST="localhost"), runs)
    return response.status_code, len(response.content), len(queries), median, p95


def measure_query(engine_name, index, runs):
    from opportunities.catalogue_engines import get_engine
    from search.management.commands.benchmark_catalogue import benchmark_query

    engine = get_engine(engine_name)
    query = benchmark_query("en", index.url_path, with_points=False)
    took = []

    def once():
        result = engine.search(query)
        if result.engine_took_ms is not None:
            took.append(result.engine_took_ms)
        return result

    total = once().total
    median, p95 = timed(once, runs)
    return total, median, p95, percentiles(took) if took else None


def measure_view(client, url, runs):
    response = client.get(url, HTTP_HOST="localhost")
    if response.status_code != 200:
        return None
    data = response.json()
    median, p95 = timed(lambda: client.get(url, HTTP_HOST="localhost"), runs)
    return data["total"], data["clustered"], len(data["features"]), len(response.content), median, p95


def measure_export(client, url, runs):
    """Memory first (before any other run raises the process's peak), then the time of whole downloads."""
    rss_before = peak_rss_mb()
    tracemalloc.start()
    started = time.perf_counter()
    size, lines = body(client.get(url, HTTP_HOST="localhost"))
    traced_ms = (time.perf_counter() - started) * 1000
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = peak_rss_mb() - rss_before
    # With no run asked for, the traced download's time (tracemalloc slows it) stands for both.
    median, p95 = timed(lambda: body(client.get(url, HTTP_HOST="localhost")), runs) if runs else (traced_ms,) * 2
    rows = lines - 1 if url.endswith("csv/") else None  # the header is a line
    return rows, size, median, p95, peak / 2**20, rss


def engines():
    return ["elasticsearch", "database"] if settings.ELASTICSEARCH_URL else ["database"]


def run_size(size, index, args, rows):
    from opportunities.models import OpportunityPage

    have = OpportunityPage.objects.filter(locale__language_code="en").count()
    if size > have:
        started = time.perf_counter()
        call_command("generate_opportunities", size - have, seed=size, stdout=open(os.devnull, "w"))  # noqa: SIM115
        print(f"{size}: generated in {time.perf_counter() - started:.0f} s; load average {load_average()}", flush=True)
    if settings.ELASTICSEARCH_URL:
        from search.opportunity_index import rebuild

        started = time.perf_counter()
        _name, count = rebuild("en")
        print(f"{size}: {count} documents bulk-indexed in {time.perf_counter() - started:.0f} s", flush=True)
    client = Client()
    base = index.url
    for name in engines():
        settings.CATALOGUE_SEARCH_ENGINE = name
        label = f"{size} {name:13}"
        status, nbytes, queries, median, p95 = measure_page(client, base + PAGE_QUERY, args.runs)
        rows[size, name, "page"] = p95
        print(
            f"{label} catalogue page: HTTP {status}, {nbytes} bytes, {queries} SQL queries; "
            f"median {median:.1f} ms, p95 {p95:.1f} ms",
            flush=True,
        )
        total, median, p95, took = measure_query(name, index, args.runs)
        took_text = f"; took median {took[0]:.1f} ms, p95 {took[1]:.1f} ms" if took else ""
        rows[size, name, "query"] = p95
        print(f"{label} query: {total} matches; median {median:.1f} ms, p95 {p95:.1f} ms{took_text}", flush=True)
        for view_name, view_query in VIEWS.items():
            found = measure_view(client, f"{base}map/?{view_query}", args.runs)
            if found is None:
                print(f"{label} map view {view_name}: no map view here", flush=True)
                continue
            total, clustered, features, nbytes, median, p95 = found
            rows[size, name, view_name] = p95
            kind = "clusters" if clustered else "points"
            print(
                f"{label} map view {view_name}: {total} sites as {features} {kind}, {nbytes} bytes; "
                f"median {median:.1f} ms, p95 {p95:.1f} ms",
                flush=True,
            )
        for export in ("csv", "geojson"):
            found = measure_export(client, f"{base}export/{export}/", args.export_runs)
            count, nbytes, median, p95, peak, rss = found
            rows[size, name, export] = p95
            rows[size, name, export + " memory"] = peak
            print(
                f"{label} export {export}: {count if count is not None else '-'} rows, {nbytes / 2**20:.1f} MB; "
                f"median {median:.0f} ms, p95 {p95:.0f} ms; tracemalloc peak {peak:.1f} MB, "
                f"peak RSS +{rss:.0f} MB",
                flush=True,
            )
    print(f"{size}: load average {load_average()}", flush=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=20)
    parser.add_argument("--export-runs", type=int, default=3, help="0: time only the traced download")
    args = parser.parse_args()
    setup_test_environment()
    settings.ELASTICSEARCH_INDEX_PREFIX = os.environ["ELASTICSEARCH_INDEX_PREFIX"]
    # Measure slow queries instead of failing them: the site itself gives up after 1 s.
    settings.ELASTICSEARCH_SEARCH_TIMEOUT = 30
    if connection.vendor == "postgresql":
        _create_database()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    from opportunities.models import OpportunityIndexPage

    index = OpportunityIndexPage.objects.get(locale__language_code="en")
    print(where())
    print(f"runs {args.runs}, export runs {args.export_runs}; page cache {settings.PAGE_CACHE_SECONDS} s (off)")
    rows = {}
    try:
        for size in sorted(args.sizes):
            run_size(size, index, args, rows)
    finally:
        if settings.ELASTICSEARCH_URL:
            _delete_indices()
    small, large = min(args.sizes), max(args.sizes)
    if large != small:
        print(f"\nratios {large}/{small} (p95; memory: tracemalloc peak)")
        for (size, name, what), value in sorted(rows.items()):
            if size == large and (small, name, what) in rows and rows[small, name, what]:
                print(f"  {name:13} {what:16} {value / rows[small, name, what]:.2f}")


def _create_database():
    """DATABASE_URL's database, created when missing (a benchmark never runs on a shared one)."""
    import psycopg

    url = urlsplit(os.environ["DATABASE_URL"])
    name = url.path.lstrip("/")
    admin = url._replace(path="/postgres").geturl()
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def _delete_indices():
    from search.cluster import get_client
    from search.opportunity_index import alias_name, languages

    client = get_client(timeout=30)
    for language in languages():
        for name in client.indices.get(index=f"{alias_name(language)}-*", ignore_unavailable=True):
            client.indices.delete(index=name)


if __name__ == "__main__":
    main()
