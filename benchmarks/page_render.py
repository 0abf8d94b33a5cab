"""Render time, SQL queries and page weight of the public pages, against DESIGN.md's budgets.

    .venv/bin/python benchmarks/page_render.py [--repeat 20] [--profile sectors.SectorPage]

Builds a throwaway SQLite database with the demo content, then renders one page of each kind, in English
and Italian, through Django's test client (no network, no web server; the page cache off, as for a page
that is not in it) and prints, per page: median and 95th-percentile render time, SQL queries, HTML size
raw and gzip-compressed, and the ratio to the budgets (12 queries, 30 KB compressed HTML). Then the
sector page's p95 against the standard page's in each language (target: at most 1.5 times).
`--profile KIND` renders that kind's English page `--repeat` times under cProfile and prints the
functions with the most cumulative time.
"""

import argparse
import cProfile
import gzip
import os
import pstats
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

from django.apps import apps  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client, override_settings  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

# The first live page of each kind in the demo tree, in both languages, then the sitemap.
KINDS = [
    "home.HomePage",
    "home.StandardPage",
    "sectors.SectorPage",
    "territories.TerritoryPage",
    "opportunities.OpportunityIndexPage",
    "opportunities.OpportunityPage",
    "stories.SuccessStoryPage",
]
QUERY_BUDGET = 12
HTML_BUDGET_KB = 30
SECTOR_TARGET = 1.5


def first_page(label, language):
    page = apps.get_model(label).objects.live().filter(locale__language_code=language).order_by("path").first()
    return page.url if page else None


def percentile(timings, share):
    return sorted(timings)[int(share * (len(timings) - 1))]


def profile(client, url, repeat):
    client.get(url)  # warm, as the timed renders are
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(repeat):
        client.get(url)
    profiler.disable()
    print(f"\ncProfile of {repeat} renders of {url}, by cumulative time:")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument("--profile", metavar="KIND", help="app_label.PageModel to profile, e.g. sectors.SectorPage")
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    if args.profile:
        with override_settings(PAGE_CACHE_SECONDS=0):
            profile(client, first_page(args.profile, "en"), args.repeat)
        return
    pages = [(label, language, first_page(label, language)) for language in ("en", "it") for label in KINDS]
    pages = [*(page for page in pages if page[2]), ("sitemap", "", "/sitemap.xml")]
    columns = ["median ms", "p95 ms", "queries", "q/budget", "KB", "gz KB", "gz/budget"]
    print(f"{'page':56} " + " ".join(f"{c:>9}" for c in columns))
    p95s = {}
    for label, language, url in pages:
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(url)  # warm caches (site root paths, templates, renditions)
            timings = []
            for _ in range(args.repeat):
                start = time.perf_counter()
                response = client.get(url)
                timings.append((time.perf_counter() - start) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
        body = response.content
        gz = len(gzip.compress(body)) / 1024
        p95s[label, language] = p95 = percentile(timings, 0.95)
        print(
            f"{url[:56]:56} {statistics.median(timings):9.1f} {p95:9.1f} {len(queries):9d} "
            f"{len(queries) / QUERY_BUDGET:9.2f} {len(body) / 1024:9.1f} {gz:9.1f} {gz / HTML_BUDGET_KB:9.2f}"
        )
    for language in ("en", "it"):
        sector, standard = p95s.get(("sectors.SectorPage", language)), p95s.get(("home.StandardPage", language))
        if sector and standard:
            print(
                f"sector page p95 / standard page p95 ({language}): {sector / standard:.2f} (target <= {SECTOR_TARGET})"
            )
    css = (ROOT / "static/css/site.css").read_bytes()
    js = (ROOT / "static/js/site.js").read_bytes()
    print(
        f"site.css: {len(gzip.compress(css)) / 1024:.1f} KB gzip (budget 45 KB); "
        f"site.js: {len(gzip.compress(js)) / 1024:.1f} KB gzip (budget 50 KB)"
    )


if __name__ == "__main__":
    main()
