"""Where a point falls among Lombardy's municipalities and provinces, from the outlines shipped in data/geo.

Outlines: ISTAT administrative limits via openpolis (CC BY 4.0), built by scripts/build_outlines.py.
Geometries are kept in metres (an equirectangular projection centred on Lombardy, good to about 3%
over the region), so that distances and the border tolerance read in metres; each is prepared once,
on first use, for fast point-in-polygon tests.
"""

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely
from django.utils.translation import gettext as _
from shapely.geometry import mapping, shape

from indicators.territory_codes import PROVINCES

DATA_DIR = Path(__file__).resolve().parent / "data" / "geo"
# Outlines are simplified to about 20 m and a GPS reading or a pin on a tile map misses by as much:
# a point this close to the named municipality is taken as in it.
BORDER_TOLERANCE_M = 200
CREDIT = "ISTAT, openpolis (CC BY 4.0)"

_LAT0 = math.radians(45.6)
_M_PER_DEG_LAT = 110_574.0
_M_PER_DEG_LON = 111_320.0 * math.cos(_LAT0)


def _to_metres(coords):
    return coords * [_M_PER_DEG_LON, _M_PER_DEG_LAT]


def _to_degrees(coords):
    return coords / [_M_PER_DEG_LON, _M_PER_DEG_LAT]


def _point(lat, lon):
    return shapely.Point(lon * _M_PER_DEG_LON, lat * _M_PER_DEG_LAT)


@dataclass(frozen=True)
class Area:
    code: str  # ISTAT code of a municipality, sigla of a province
    name: str
    province: str
    geometry: shapely.Geometry


def _load(name):
    features = json.loads((DATA_DIR / name).read_text(encoding="utf-8"))["features"]
    areas = []
    for feature in features:
        geometry = shapely.transform(shape(feature["geometry"]), _to_metres)
        shapely.prepare(geometry)
        props = feature["properties"]
        areas.append(Area(props["code"], props["name"], props.get("province", props["code"]), geometry))
    return areas


@cache
def municipalities():
    """Municipalities by ISTAT code, with a spatial index over them."""
    areas = _load("municipalities.geojson")
    return {area.code: area for area in areas}, shapely.STRtree([area.geometry for area in areas]), areas


@cache
def provinces():
    return _load("provinces.geojson")


def municipality_at(lat, lon):
    """The municipality that contains the point, or None (outside Lombardy, or where no outline is shipped)."""
    _by_code, tree, areas = municipalities()
    point = _point(lat, lon)
    hits = tree.query(point, predicate="intersects")
    return areas[hits[0]] if len(hits) else None


def province_at(lat, lon):
    point = _point(lat, lon)
    return next((area for area in provinces() if area.geometry.intersects(point)), None)


def distance_m(lat, lon, municipality_code):
    """Metres from the point to the municipality (0 inside it), or None when its outline is not shipped."""
    area = municipalities()[0].get(municipality_code)
    return None if area is None else area.geometry.distance(_point(lat, lon))


def province_name(code):
    return str(dict(PROVINCES).get(code, code))


def misplaced_point_message(lat, lon, municipality_code, municipality_name):
    """Why the point cannot be in the named municipality (translated), or None when it can.

    A municipality without a shipped outline cannot be checked, so its points are accepted.
    """
    distance = distance_m(lat, lon, municipality_code)
    if distance is None or distance <= BORDER_TOLERANCE_M:
        return None
    found = municipality_at(lat, lon)
    if found is not None:
        return _(
            "These coordinates fall in %(found)s (province of %(province)s), not in %(municipality)s. "
            "Check the latitude and longitude, or the municipality."
        ) % {"found": found.name, "province": province_name(found.province), "municipality": municipality_name}
    province = province_at(lat, lon)
    if province is not None:
        return _(
            "These coordinates fall in the province of %(province)s, about %(km)s km from %(municipality)s. "
            "Check the latitude and longitude, or the municipality."
        ) % {"province": province_name(province.code), "km": round(distance / 1000), "municipality": municipality_name}
    return _(
        "These coordinates fall outside Lombardy, about %(km)s km from %(municipality)s. "
        "Check the latitude and longitude: both in decimal degrees, latitude first."
    ) % {"km": round(distance / 1000), "municipality": municipality_name}


def municipality_outline(municipality_code, tolerance_m=25):
    """The municipality's outline as a GeoJSON geometry in degrees (small enough for one page), or None."""
    area = municipalities()[0].get(municipality_code)
    if area is None:
        return None
    simplified = shapely.transform(area.geometry.simplify(tolerance_m), _to_degrees)
    return mapping(shapely.set_precision(simplified, 0.00001))
