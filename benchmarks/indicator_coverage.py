"""Per province: how many indicators its territory card shows, and the newest and oldest year among them.

    .venv/bin/python benchmarks/indicator_coverage.py [--database sqlite:////path/to/demo.sqlite3]

Without --database, builds a throwaway SQLite database with the demo content (as `make run` does);
with it, reads that database as it is. The card's own figures are counted (indicators.figures.territory_card,
what the card shows for the province, not Lombardy's or Italy's beside them), in English. Prints a table.
"""

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", help="a database URL holding the demo content (default: build one)")
    args = parser.parse_args()
    build = not args.database
    os.environ["DATABASE_URL"] = args.database or f"sqlite:///{Path(tempfile.mkdtemp()) / 'coverage.sqlite3'}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

    import django

    django.setup()
    from django.core.management import call_command
    from wagtail.models import Locale

    from indicators.figures import territory_card
    from indicators.territory_codes import PROVINCES

    if build:
        call_command("migrate", verbosity=0)
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
    english = Locale.objects.get(language_code="en")
    print(f"{'province':<20} {'indicators':>10} {'newest':>7} {'oldest':>7}")
    for code, name in PROVINCES:
        values = [row["value"] for group in territory_card(code, english) for row in group["rows"]]
        years = [value.year for value in values]
        newest, oldest = (max(years), min(years)) if years else ("-", "-")
        print(f"{f'{code} {name}':<20} {len(values):>10} {newest:>7} {oldest:>7}")


if __name__ == "__main__":
    main()
