"""Page count, size and printing time of the demo's sector booklets and of a shortlist dossier.

    .venv/bin/python benchmarks/booklet.py [--repeat 3]

Builds a throwaway SQLite database with the demo content (which prints every booklet once), then
prints each booklet again from its sector page (sectors.booklets.generate, as the worker does on
publish) and prints, per booklet: pages, KB, median seconds. Last, the dossier of a shortlist of
five demo sites through the test client (opportunities/dossier.py). Figures are printed, never asserted.
"""

import argparse
import io
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
from django.test import Client  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402
from pypdf import PdfReader  # noqa: E402 - a dev dependency: the page count read back

from opportunities.models import OpportunityIndexPage  # noqa: E402
from sectors import booklets  # noqa: E402
from sectors.models import Booklet  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    start = time.perf_counter()
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    print(f"demo content loaded (every booklet printed once) in {time.perf_counter() - start:.1f} s\n")

    print(f"{'booklet':70} {'lang':>4} {'pages':>5} {'KB':>7} {'median s':>9}")
    rows = Booklet.objects.select_related("sector", "locale").order_by("locale__language_code", "title")
    for booklet in rows:
        timings = []
        for _ in range(args.repeat):
            started = time.perf_counter()
            booklet = booklets.generate(booklet.sector)
            timings.append(time.perf_counter() - started)
        size = booklet.generated_file.size / 1024
        print(
            f"{booklet.title[:70]:70} {booklet.locale.language_code:>4} {booklet.generated_pages:>5} "
            f"{size:>7.1f} {statistics.median(timings):>9.2f}"
        )

    for language in ("en", "it"):
        catalogue = OpportunityIndexPage.objects.live().filter(locale__language_code=language).first()
        if catalogue is None:
            continue
        client = Client()
        base = catalogue.url
        for site in catalogue.get_children().live().specific()[:5]:
            client.post(base + "shortlist/add/", {"site": site.pk})
        started = time.perf_counter()
        response = client.get(base + "shortlist/dossier/")
        seconds = time.perf_counter() - started
        pages = len(PdfReader(io.BytesIO(response.content)).pages)
        size = len(response.content) / 1024
        print(f"\nshortlist dossier ({language}, 5 sites): {pages} pages, {size:.1f} KB, {seconds:.2f} s")


if __name__ == "__main__":
    main()
