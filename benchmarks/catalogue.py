"""The catalogue at scale: 10,000 opportunities on a throwaway database.

    .venv/bin/python benchmarks/catalogue.py [--count 10000] [--runs 30]

Builds a fresh SQLite database (or uses DATABASE_URL when set, e.g. PostgreSQL), loads the demo
content, generates `count` synthetic opportunities, then prints the median and p95 of a catalogue
query (text + bounding box + three facets, 20 results) and of the catalogue page end to end, with
the machine's details (search/management/commands/benchmark_catalogue.py does the timing).
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DATABASE_URL", f"sqlite:///{Path(tempfile.mkdtemp()) / 'catalogue.sqlite3'}")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    setup_test_environment()
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    call_command("generate_opportunities", args.count)
    call_command("benchmark_catalogue", runs=args.runs)


if __name__ == "__main__":
    main()
