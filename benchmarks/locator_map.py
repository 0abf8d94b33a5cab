"""Cost of the locator maps (opportunities/locator_map.py) on a page of 20 catalogue cards.

    .venv/bin/python benchmarks/locator_map.py [--repeat 20]

Twenty sites in twenty different municipalities (the fields a map reads: no database is used), drawn in the
card style. Prints: the first map of a process (reading and simplifying the outlines), 20 maps with
the drawings not yet cached (each municipality's outline simplified and formatted), the same 20 once
cached (what a visitor's page costs), and the bytes of a map raw and gzip-compressed, against the
card budget of 4 KB; the dossier's detailed style for comparison.
"""

import argparse
import gzip
import os
import statistics
import sys
import time
from pathlib import Path
from types import SimpleNamespace

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from opportunities import geo, locator_map  # noqa: E402
from opportunities.locator_map import CARD, DOSSIER, locator_svg  # noqa: E402

CARDS = 20
CARD_BUDGET_BYTES = 4096


def sites():
    places = list(geo.municipalities().values())[:: len(geo.municipalities()) // CARDS][:CARDS]
    return [
        SimpleNamespace(
            title=place.name, municipality=place.name, province=place.province, latitude=place.lat, longitude=place.lon
        )
        for place in places
    ]


def ms(started):
    return (time.perf_counter() - started) * 1000


def page_of_maps(pages, style):
    return [str(locator_svg(site, style)) for site in pages]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=20)
    args = parser.parse_args()
    pages = sites()

    started = time.perf_counter()
    locator_svg(pages[0], CARD)
    print(f"first map of the process (outlines read and simplified): {ms(started):.0f} ms")

    uncached, cached = [], []
    for _run in range(args.repeat):
        locator_map._drawing.cache_clear()
        locator_map._municipality_path.cache_clear()
        started = time.perf_counter()
        page_of_maps(pages, CARD)
        uncached.append(ms(started))
        started = time.perf_counter()
        maps = page_of_maps(pages, CARD)
        cached.append(ms(started))
    print(f"{CARDS} card maps, drawings not cached: median {statistics.median(uncached):.1f} ms")
    print(f"{CARDS} card maps, drawings cached:     median {statistics.median(cached):.2f} ms")

    for name, style, budget in (("card", CARD, CARD_BUDGET_BYTES), ("dossier", DOSSIER, None)):
        maps = page_of_maps(pages, style)
        raw = [len(svg.encode()) for svg in maps]
        compressed = [len(gzip.compress(svg.encode())) for svg in maps]
        line = f"{name} map: {statistics.mean(raw):.0f} bytes on average (largest {max(raw)})"
        line += f", gzip {statistics.mean(compressed):.0f}"
        if budget:
            line += f"; {max(raw) / budget:.0%} of the {budget} bytes budget"
        print(line)


if __name__ == "__main__":
    main()
