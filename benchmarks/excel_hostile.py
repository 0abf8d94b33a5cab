"""How long the Excel importer takes to refuse each malformed workbook, and to read a full one.

    .venv/bin/python benchmarks/excel_hostile.py [--runs 3]

Builds the files of tests/fuzz/workbooks.py, then prints, for each, the slowest of `runs` refusals
(the file check and the row reading, what every upload endpoint runs before validating rows) and
the message. The last line reads a valid template with 500 sites for comparison. Nothing is
written to a database.
"""

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django  # noqa: E402

django.setup()

from django.utils import translation  # noqa: E402

from opportunities.excel import MAX_ROWS, ImportRefused, build_template, check_file, read_rows  # noqa: E402
from tests.fuzz.workbooks import HOSTILE  # noqa: E402


def refuse(data):
    started = time.perf_counter()
    try:
        check_file("sites.xlsx", data)
        outcome = f"read {len(read_rows(data))} rows"
    except ImportRefused as error:
        outcome = str(error)
    return time.perf_counter() - started, outcome


def full_template():
    import io

    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(build_template()))
    sheet = workbook["Siti - Sites"]
    for row in range(3, 3 + MAX_ROWS):
        for column in range(1, 31):
            sheet.cell(row=row, column=column, value=f"value {row}-{column}")
    output = io.BytesIO()
    workbook.save(output)
    return output.getvalue()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs
    translation.activate("en")
    print(f"{'file':42} {'bytes':>9} {'slowest s':>9}  outcome")
    cases = [(name, build()) for name, (build, _message) in HOSTILE.items()]
    cases.append((f"valid template, {MAX_ROWS} full rows", full_template()))
    for name, data in cases:
        timings = [refuse(data) for _run in range(runs)]
        slowest = max(seconds for seconds, _outcome in timings)
        print(f"{name:42} {len(data):>9} {slowest:>9.3f}  {timings[0][1][:70]}")


if __name__ == "__main__":
    main()
