"""SQL queries of every public page (issue 11): cold, warm and a page-cache hit, and the repeated shapes.

    .venv/bin/python benchmarks/queries.py [--top 15] [--demo] [--show /en/some/page/]

Builds a throwaway SQLite database with the full factory site of tests/full_site.py (a filled page of
every type, in English and Italian; `--demo` loads the demo content instead), then requests every live
page of both locales through Django's test client and the whole middleware stack:
- cold: the first request after every cache was emptied (menus, site root paths, settings);
- warm: the same request again, the page cache off (what a visitor pays for an uncached page);
- hit: with the page cache on, the request after the one that stored the page ("-": not stored).
Then the SQL shapes (literals replaced by ?) repeated within one warm request, summed over the pages.
Target: warm <= 12 on every page, a hit <= 2.
"""

import argparse
import collections
import os
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402
from wagtail.models import Page  # noqa: E402

LITERALS = re.compile(r"'(?:[^']|'')*'|\b\d+(?:\.\d+)?\b|%s")
# The column list of a SELECT, folded when a page's queries are printed: the table and the WHERE tell them apart.
COLUMNS = re.compile(r"SELECT (DISTINCT )?.*? FROM", re.S)
LISTS = re.compile(r"\((?:\s*\?\s*,)+\s*\?\s*\)")


def shape(sql):
    """The query with its literals and IN-lists folded, so repeats of one look-up count together."""
    return LISTS.sub("(?…)", LITERALS.sub("?", sql))


def count(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return [q["sql"] for q in queries.captured_queries], response


def empty_caches():
    for cache in caches.all():
        cache.clear()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--top", type=int, default=15)
    parser.add_argument("--demo", action="store_true")
    parser.add_argument("--show", action="append", default=[], help="print every warm query of this address")
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    if args.demo:
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    else:
        from tests.full_site import build_full_site

        build_full_site()
    client = Client()
    pages = Page.objects.live().filter(depth__gt=1).select_related("locale").specific().order_by("locale", "path")
    repeats = collections.Counter()
    worst = 0
    print(f"{'page type':36} {'locale':6} {'cold':>5} {'warm':>5} {'hit':>5}  address")
    for page in pages:
        url = page.url
        if not url:
            continue
        with override_settings(PAGE_CACHE_SECONDS=0):
            empty_caches()
            cold, _ = count(client, url)
            warm, _ = count(client, url)
        with override_settings(PAGE_CACHE_SECONDS=600):
            empty_caches()
            client.get(url)  # stores it
            hit, response = count(client, url)
        # A page the cache does not store (it opened a session, say) has no hit: "-".
        hit_count = f"{len(hit):5d}" if response.get("X-Page-Cache") == "hit" else f"{'-':>5}"
        worst = max(worst, len(warm))
        if url in args.show:
            print("\n".join("    " + COLUMNS.sub(r"SELECT \1… FROM", sql, count=1)[:400] for sql in warm))
        shapes = collections.Counter(shape(sql) for sql in warm)
        repeats.update({s: n - 1 for s, n in shapes.items() if n > 1})
        label = f"{page._meta.app_label}.{type(page).__name__}"
        print(f"{label:36} {page.locale.language_code:6} {len(cold):5d} {len(warm):5d} {hit_count}  {url}")
    print(f"\nmost queries of a warm page: {worst} (target <= 12)")
    print(f"\nrepeats within one warm request, summed over the pages (top {args.top}):")
    for sql, n in repeats.most_common(args.top):
        print(f"{n:5d}  {sql[:200]}")


if __name__ == "__main__":
    main()
