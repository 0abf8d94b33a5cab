"""Build the project's boundary files from ISTAT's outlines as openpolis publishes them.

Run once, when ISTAT's limits change, with the two GeoJSON files of openpolis/geojson-italy
filtered to Lombardy (see territories/data/SOURCES.md):

    .venv/bin/python scripts/build_outlines.py ../shared/data/geo

Writes
- territories/data/geo/municipalities.geojson: one feature per municipality of ISTAT's current list
  (opportunities/data/municipalities.csv), merged municipalities as the union of their former ones;
  read by the server only (point-in-municipality checks, one municipality's outline per page);
- territories/data/geo/provinces.geojson: the 12 provinces as published, for the province check;
- static/geo/provinces.geojson: the same provinces simplified to about 200 m with a label point each,
  the base layer every map loads (about 13 KB compressed).
"""

import csv
import json
import sys
from pathlib import Path

import shapely
from shapely.geometry import mapping, shape

ROOT = Path(__file__).resolve().parent.parent
CURRENT_LIST = ROOT / "opportunities" / "data" / "municipalities.csv"
SERVER_DIR = ROOT / "territories" / "data" / "geo"
BROWSER_FILE = ROOT / "static" / "geo" / "provinces.geojson"
BROWSER_TOLERANCE = 0.002  # degrees, about 200 m: invisible at the zooms a whole province is seen
BROWSER_GRID = 0.0001  # about 10 m

# Province names visitors read on the map labels, where English has its own (the others are the same).
ENGLISH_NAMES = {"MI": "Milan", "MN": "Mantua", "MB": "Monza and Brianza"}

# Municipalities merged after ISTAT's June 2023 limits: current ISTAT code -> former codes.
MERGED = {
    "013256": ["013228", "013199"],  # Uggiate con Ronago = Uggiate-Trevano + Ronago
    "018026": ["018026", "018002"],  # Campospinoso Albaredo = Campospinoso + Albaredo Arnaboldi
}


def _write(path, features):
    path.parent.mkdir(parents=True, exist_ok=True)
    text = json.dumps({"type": "FeatureCollection", "features": features}, ensure_ascii=False, separators=(",", ":"))
    path.write_text(text + "\n", encoding="utf-8")


def municipalities(source):
    shapes = {f["properties"]["com_istat_code"]: shape(f["geometry"]) for f in source["features"]}
    with CURRENT_LIST.open(encoding="utf-8", newline="") as handle:
        current = list(csv.DictReader(handle))
    features, missing = [], []
    for row in current:
        parts = [shapes[code] for code in MERGED.get(row["istat_code"], [row["istat_code"]]) if code in shapes]
        if not parts:
            missing.append(row["name"])
            continue
        geometry = shapely.union_all(parts) if len(parts) > 1 else parts[0]
        properties = {"code": row["istat_code"], "name": row["name"], "province": row["province"]}
        features.append({"type": "Feature", "properties": properties, "geometry": mapping(geometry)})
    return features, missing


def provinces(source, simplify):
    features = []
    for feature in source["features"]:
        geometry = shape(feature["geometry"])
        properties = {"code": feature["properties"]["prov_acr"], "name": feature["properties"]["prov_name"]}
        if simplify:
            label = geometry.point_on_surface()
            properties["label"] = [round(label.x, 4), round(label.y, 4)]
            name = properties["name"]
            properties["names"] = {"it": name, "en": ENGLISH_NAMES.get(properties["code"], name)}
            geometry = shapely.set_precision(geometry.simplify(BROWSER_TOLERANCE), BROWSER_GRID)
        features.append({"type": "Feature", "properties": properties, "geometry": mapping(geometry)})
    return features


def main(source_dir):
    source_dir = Path(source_dir)
    read = lambda name: json.loads((source_dir / name).read_text(encoding="utf-8"))  # noqa: E731
    features, missing = municipalities(read("lombardy-municipalities.geojson"))
    _write(SERVER_DIR / "municipalities.geojson", features)
    province_source = read("lombardy-provinces.geojson")
    _write(SERVER_DIR / "provinces.geojson", provinces(province_source, simplify=False))
    _write(BROWSER_FILE, provinces(province_source, simplify=True))
    print(f"{len(features)} municipalities; without an outline: {', '.join(missing) or 'none'}")


if __name__ == "__main__":
    main(sys.argv[1])
