"""Render time, SQL queries and page weight of the public pages, against DESIGN.md's budgets.

    .venv/bin/python benchmarks/page_render.py [--repeat 20]

Builds a throwaway SQLite database with the demo content, then renders each page through Django's
test client (no network, no web server) and prints, per page: median and 95th-percentile render
time, SQL queries, HTML size raw and gzip-compressed, and the ratio to the budgets (12 queries,
30 KB compressed HTML).
"""

import argparse
import gzip
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

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

PAGES = ["/en/", "/it/", "/en/why-lombardy/", "/it/perche-la-lombardia/", "/en/investor-services/", "/sitemap.xml"]
QUERY_BUDGET = 12
HTML_BUDGET_KB = 30


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    client = Client()
    columns = ["median ms", "p95 ms", "queries", "q/budget", "KB", "gz KB", "gz/budget"]
    print(f"{'page':32} " + " ".join(f"{c:>9}" for c in columns))
    for url in PAGES:
        client.get(url)  # warm caches (site root paths, templates, renditions)
        timings = []
        for _ in range(args.repeat):
            start = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        body = response.content
        gz = len(gzip.compress(body)) / 1024
        p95 = sorted(timings)[int(0.95 * (len(timings) - 1))]
        print(
            f"{url:32} {statistics.median(timings):9.1f} {p95:9.1f} {len(queries):9d} "
            f"{len(queries) / QUERY_BUDGET:9.2f} {len(body) / 1024:9.1f} {gz:9.1f} {gz / HTML_BUDGET_KB:9.2f}"
        )
    css = (ROOT / "static/css/site.css").read_bytes()
    js = (ROOT / "static/js/site.js").read_bytes()
    print(
        f"site.css: {len(gzip.compress(css)) / 1024:.1f} KB gzip (budget 45 KB); "
        f"site.js: {len(gzip.compress(js)) / 1024:.1f} KB gzip (budget 50 KB)"
    )


if __name__ == "__main__":
    main()
