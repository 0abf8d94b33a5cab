"""The catalogue on Elasticsearch against the database, at 10,000 and 100,000 opportunities, in one run.

    ELASTICSEARCH_URL=http://127.0.0.1:9250 .venv/bin/python benchmarks/catalogue_elasticsearch.py \
        [--sizes 10000 100000] [--runs 30]

Builds a throwaway database (SQLite, or DATABASE_URL when set), loads the demo content, and for
each size generates synthetic opportunities up to that size, bulk-indexes them into a new index (the
`rebuild` path, on a prefix of its own, deleted at the end), then times the benchmark query of
benchmark_catalogue (text + bounding box + three facet filters, 20 results) on each engine: the
engine's own `took` and the end-to-end call (hits loaded from the database included); then each
engine's map view of all of Lombardy (clusters) and of central Milan (points), as the catalogue's map
asks for them, and the stream of every result's id that the exports read. Prints the medians and p95s,
then the ratios Elasticsearch/database and largest/smallest size. benchmarks/catalogue.py times the
page, the map view and the exports end to end.
"""

import argparse
import os
import sys
import tempfile
import time
import uuid
from pathlib import Path

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
from django.test.utils import setup_test_environment  # noqa: E402

from opportunities.catalogue_engines import get_engine  # noqa: E402
from opportunities.catalogue_query import BoundingBox, CatalogueQuery  # noqa: E402
from opportunities.models import OpportunityIndexPage, OpportunityPage  # noqa: E402
from search.cluster import get_client  # noqa: E402
from search.management.commands.benchmark_catalogue import benchmark_query, percentiles  # noqa: E402
from search.opportunity_index import alias_name, languages, rebuild  # noqa: E402


def measure(engine, query, runs):
    engine.search(query)  # warm-up: caches, the first request's connection
    wall, took = [], []
    for _run in range(runs):
        started = time.perf_counter()
        result = engine.search(query)
        wall.append((time.perf_counter() - started) * 1000)
        if result.engine_took_ms is not None:
            took.append(result.engine_took_ms)
    return result.total, percentiles(wall), percentiles(took) if took else None


# (bounding box, grid precision) of the catalogue map's views: Lombardy at zoom 8, Milan at zoom 14.
MAP_VIEWS = {
    "Lombardy": (BoundingBox(south=44.6, west=8.4, north=46.7, east=11.5), 10),
    "Milan": (BoundingBox(south=45.455, west=9.16, north=45.485, east=9.22), 16),
}
MAP_LIMIT = 500
EXPORT_CHUNK = 1000


def measure_map(engine, root_path, runs):
    """{view: (what it held, (median, p95), took (median, p95) or None)} of engine.map_view."""
    found = {}
    for name, (box, precision) in MAP_VIEWS.items():
        query = CatalogueQuery(locale="en", root_path=root_path, bbox=box)
        view = engine.map_view(query, precision, MAP_LIMIT)
        wall, took = [], []
        for _run in range(runs):
            started = time.perf_counter()
            view = engine.map_view(query, precision, MAP_LIMIT)
            wall.append((time.perf_counter() - started) * 1000)
            if view.engine_took_ms is not None:
                took.append(view.engine_took_ms)
        held = f"{view.total} sites as {len(view.clusters)} clusters" if view.points is None else f"{view.total} points"
        found[name] = (held, percentiles(wall), percentiles(took) if took else None)
    return found


def measure_ids(engine, root_path):
    """(ids, ms) of streaming every result's id, as the exports read them."""
    query = CatalogueQuery(locale="en", root_path=root_path)
    started = time.perf_counter()
    count = sum(len(chunk) for chunk in engine.result_ids(query, EXPORT_CHUNK))
    return count, (time.perf_counter() - started) * 1000


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--database-runs", type=int, default=15, help="fewer: the database is slow at 100k")
    args = parser.parse_args()
    if not settings.ELASTICSEARCH_URL:
        sys.exit("Set ELASTICSEARCH_URL to a cluster to benchmark against.")
    setup_test_environment()
    settings.ELASTICSEARCH_INDEX_PREFIX = os.environ["ELASTICSEARCH_INDEX_PREFIX"]
    # Measure slow queries instead of failing them: the site itself gives up after 1 s.
    settings.ELASTICSEARCH_SEARCH_TIMEOUT = 30
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    index = OpportunityIndexPage.objects.get(locale__language_code="en")
    query = benchmark_query("en", index.url_path, with_points=False)
    engines = {name: get_engine(name) for name in ("elasticsearch", "database")}
    client = get_client(timeout=30)
    print(
        f"database {connection.vendor}; Elasticsearch {settings.ELASTICSEARCH_URL} "
        f"(analysis {settings.ELASTICSEARCH_ANALYSIS}); {os.cpu_count()} CPUs; runs {args.runs}"
    )
    rows = {}
    try:
        for size in sorted(args.sizes):
            have = OpportunityPage.objects.filter(locale__language_code="en").count()
            if size > have:
                started = time.perf_counter()
                call_command("generate_opportunities", size - have, seed=size, stdout=open(os.devnull, "w"))  # noqa: SIM115
                print(f"{size}: generated in {time.perf_counter() - started:.0f} s", flush=True)
            started = time.perf_counter()
            _name, count = rebuild("en")
            print(f"{size}: {count} documents bulk-indexed in {time.perf_counter() - started:.0f} s", flush=True)
            for name, engine in engines.items():
                runs = args.runs if name == "elasticsearch" else args.database_runs
                total, (median, p95), took = measure(engine, query, runs)
                rows[size, name] = (median, p95, took)
                took_text = f"; took median {took[0]:.1f} ms, p95 {took[1]:.1f} ms" if took else ""
                print(
                    f"{size} {name:13} {total} matches; end to end median {median:.1f} ms, p95 {p95:.1f} ms{took_text}",
                    flush=True,
                )
            for name, engine in engines.items():
                runs = args.runs if name == "elasticsearch" else args.database_runs
                for view, (held, (median, p95), took) in measure_map(engine, index.url_path, runs).items():
                    rows[size, name, view] = (median, p95, took)
                    took_text = f"; took median {took[0]:.1f} ms, p95 {took[1]:.1f} ms" if took else ""
                    print(
                        f"{size} {name:13} map view {view}: {held}; "
                        f"median {median:.1f} ms, p95 {p95:.1f} ms{took_text}",
                        flush=True,
                    )
                count, ms = measure_ids(engine, index.url_path)
                print(f"{size} {name:13} export id stream: {count} ids in {ms:.0f} ms", flush=True)
            with_points = benchmark_query("en", index.url_path)
            total, (median, p95), took = measure(engines["elasticsearch"], with_points, args.runs)
            print(
                f"{size} elasticsearch, with every map point ({total}), as the page asked before issue 11: "
                f"end to end median {median:.1f} ms, "
                f"p95 {p95:.1f} ms; took p95 {took[1]:.1f} ms",
                flush=True,
            )
    finally:
        for language in languages():
            for name in client.indices.get(index=f"{alias_name(language)}-*", ignore_unavailable=True):
                client.indices.delete(index=name)

    small, large = min(args.sizes), max(args.sizes)
    print("\nratios (p95)")
    for size in sorted(args.sizes):
        es, db = rows[size, "elasticsearch"], rows[size, "database"]
        print(f"  {size}: Elasticsearch/database end to end {es[1] / db[1]:.2f}, took/database {es[2][1] / db[1]:.2f}")
    if large != small:
        for name in engines:
            print(f"  {name}: {large}/{small} end to end {rows[large, name][1] / rows[small, name][1]:.2f}")
            for view in MAP_VIEWS:
                ratio = rows[large, name, view][1] / rows[small, name, view][1]
                print(f"  {name} map view {view}: {large}/{small} {ratio:.2f}")
        es_large, es_small = rows[large, "elasticsearch"][2], rows[small, "elasticsearch"][2]
        print(f"  elasticsearch took: {large}/{small} {es_large[1] / es_small[1]:.2f}")


if __name__ == "__main__":
    main()
