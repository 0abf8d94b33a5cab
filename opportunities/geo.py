"""Geography shipped with the project: municipalities, infrastructure points, straight-line distances.

Both files are built once and committed (see data/SOURCES.md); the site never reads anything
outside the project. Distances are great-circle ("as the crow flies"), never road distances.
"""

import csv
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parent / "data"
MUNICIPALITIES_FILE = DATA_DIR / "municipalities.csv"
INFRASTRUCTURE_FILE = DATA_DIR / "infrastructure.csv"
EARTH_RADIUS_KM = 6371.0088

# Kinds of infrastructure, each stored as a distance field on OpportunityPage.
INFRASTRUCTURE_KINDS = ("motorway_junction", "airport", "rail_terminal", "port")


@dataclass(frozen=True)
class Place:
    name: str
    lat: float
    lon: float
    province: str = ""
    kind: str = ""
    code: str = ""


def haversine_km(lat1, lon1, lat2, lon2):
    """Straight-line (great-circle) distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(lat, lon, radius_km):
    """(min_lat, max_lat, min_lon, max_lon) of a box that contains the circle: a cheap SQL prefilter."""
    dlat = math.degrees(radius_km / EARTH_RADIUS_KM)
    dlon = math.degrees(radius_km / (EARTH_RADIUS_KM * max(math.cos(math.radians(lat)), 0.01)))
    return lat - dlat, lat + dlat, lon - dlon, lon + dlon


@cache
def municipalities():
    """Lombard municipalities with coordinates, keyed by ISTAT code, sorted by name."""
    with MUNICIPALITIES_FILE.open(encoding="utf-8", newline="") as handle:
        rows = [r for r in csv.DictReader(handle) if r["lat"] and r["lon"]]
    return {
        r["istat_code"]: Place(
            name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), province=r["province"], code=r["istat_code"]
        )
        for r in sorted(rows, key=lambda r: r["name"])
    }


def municipality_by_name(name, province=""):
    folded = (name or "").strip().casefold()
    for place in municipalities().values():
        if place.name.casefold() == folded and (not province or place.province == province):
            return place
    return None


@cache
def infrastructure():
    with INFRASTRUCTURE_FILE.open(encoding="utf-8", newline="") as handle:
        return tuple(
            Place(name=r["name"], lat=float(r["lat"]), lon=float(r["lon"]), kind=r["kind"], code=r["network"])
            for r in csv.DictReader(handle)
        )


def nearest(lat, lon, kind):
    """(place, km) of the nearest infrastructure point of a kind, or (None, None)."""
    best, best_km = None, None
    for place in infrastructure():
        if place.kind != kind:
            continue
        km = haversine_km(lat, lon, place.lat, place.lon)
        if best_km is None or km < best_km:
            best, best_km = place, km
    return best, best_km
