"""The page cache: a cache hit against the uncached render of the same pages (issue 11).

    .venv/bin/python benchmarks/page_cache.py [--repeat 50]

Builds a throwaway SQLite database with the demo content, then requests one page of each kind through
Django's test client and the whole middleware stack (no network, no web server): first with the page
cache off (every request renders), then with it on (every request after the first is a hit). Prints,
per page: p50 and p95 of both, the speed-up at p95, SQL queries of a hit, and the HTML size raw and
gzip-compressed as sent (a hit compresses per response). With REDIS_URL set, hits come from Redis.
Targets: hit p95 <= 5 ms and >= 25x faster than the render.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import Locale  # noqa: E402

# One page of each kind, in English and Italian, found in the demo tree by type.
KINDS = [
    "home.HomePage",
    "territories.EcosystemPage",
    "opportunities.OpportunityIndexPage",
    "opportunities.OpportunityPage",
    "sectors.SectorPage",
    "stories.SuccessStoryPage",
    "news.NewsIndexPage",
    "territories.TerritoryPage",
]


def pages():
    from django.apps import apps

    urls = []
    for language in ("en", "it"):
        locale = Locale.objects.get(language_code=language)
        for label in KINDS:
            try:
                model = apps.get_model(label)
            except LookupError:
                continue
            page = model.objects.live().filter(locale=locale).order_by("path").first()
            if page is not None:
                urls.append(page.url)
    return urls


def percentile(timings, share):
    return sorted(timings)[int(share * (len(timings) - 1))]


def timed(client, url, repeat, **headers):
    timings = []
    for _ in range(repeat):
        start = time.perf_counter()
        response = client.get(url, **headers)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (url, response.status_code)
    return timings, response


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    caches = {**settings.CACHES}
    alias = "default"
    if os.environ.get("REDIS_URL"):
        caches["bench-redis"] = {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": os.environ["REDIS_URL"]}
        alias = "bench-redis"
    client = Client()
    gzip_header = {"HTTP_ACCEPT_ENCODING": "gzip"}
    columns = ["render p50", "render p95", "hit p50", "hit p95", "gz hit p95", "x at p95", "hit SQL", "KB", "gz KB"]
    print(f"page cache in {'Redis' if alias != 'default' else 'local memory'}; {args.repeat} requests a row, ms")
    print(f"{'page':44} " + " ".join(f"{c:>10}" for c in columns))
    worst_hit, worst_ratio = 0.0, float("inf")
    for url in pages():
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(url)  # warm what is not the page cache (templates, site root paths, renditions)
            render, _ = timed(client, url, args.repeat)
        with override_settings(PAGE_CACHE_SECONDS=600, CACHES=caches, PAGE_CACHE_ALIAS=alias):
            from pagecache.store import page_cache

            page_cache().clear()
            client.get(url)  # stores it
            hits, response = timed(client, url, args.repeat)
            assert response["X-Page-Cache"] == "hit", url
            gz_hits, gz_response = timed(client, url, args.repeat, **gzip_header)
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
        hit_p95, render_p95 = percentile(hits, 0.95), percentile(render, 0.95)
        worst_hit, worst_ratio = max(worst_hit, percentile(gz_hits, 0.95)), min(worst_ratio, render_p95 / hit_p95)
        print(
            f"{url[:44]:44} {statistics.median(render):10.1f} {render_p95:10.1f} {statistics.median(hits):10.2f} "
            f"{hit_p95:10.2f} {percentile(gz_hits, 0.95):10.2f} {render_p95 / hit_p95:10.0f} {len(queries):10d} "
            f"{len(response.content) / 1024:10.1f} {len(gz_response.content) / 1024:10.1f}"
        )
    print(f"slowest hit p95 (gzip): {worst_hit:.2f} ms (target <= 5)")
    print(f"smallest speed-up at p95: {worst_ratio:.0f}x (target >= 25)")


if __name__ == "__main__":
    main()
