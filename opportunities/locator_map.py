"""A site's locator map as inline SVG: Lombardy's provinces, the site's province and municipality shaded, a dot.

Drawn from the outlines the project ships (territories/data/geo: ISTAT via openpolis, CC BY 4.0, to be
credited wherever a map shows, with territories.geography.CREDIT), so it needs no tile server and
fetches nothing: the dossier prints it, and every catalogue card and site page shows it until an
editor uploads a photo.

Two styles: DOSSIER, detailed for a third of an A4 page, and CARD, simplified for a card on a phone
(about 2 KB a map; benchmarks/locator_map.py measures it). Rendering is cheap and makes no SQL query:
the outlines are read and simplified once per process, each province's path is formatted once per
style, and the drawing of a site is kept by (municipality, province, point rounded to about 100 m)
— only the label, which holds the visitor's language and the site's title, is added per call.
"""

import json
import math
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import pairwise

import shapely
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from shapely.geometry import shape

from opportunities import geo
from opportunities.choices import Province
from territories.geography import DATA_DIR, municipality_outline

_COS_LAT = math.cos(math.radians(45.6))  # equirectangular, centred on Lombardy, as territories.geography
# A site's point is rounded to this many decimals of a degree (about 100 m, under a unit of either style).
POINT_DECIMALS = 3
# Drawings kept per process: more than the sites of a catalogue, a few hundred bytes each.
DRAWINGS_KEPT = 4096


@dataclass(frozen=True)
class Style:
    width: int  # SVG user units, also the intrinsic width in CSS pixels
    province_tolerance_deg: float  # simplification of province borders
    municipality_tolerance_m: int  # and of the site's municipality
    decimals: int  # of the coordinates written in the paths
    dot_radius: float


# A third of a printed page: borders to about 400 m.
DOSSIER = Style(width=360, province_tolerance_deg=0.004, municipality_tolerance_m=100, decimals=1, dot_radius=5)
# A card is about 300 CSS pixels wide on a phone, a kilometre and a half a pixel: whole units suffice.
CARD = Style(width=240, province_tolerance_deg=0.012, municipality_tolerance_m=300, decimals=0, dot_radius=5)


def _project(coords):
    return coords * [_COS_LAT, -1]


@cache
def _frame(style):
    """(province paths by sigla, scale, height) of a style: the outlines are read once per process."""
    features = json.loads((DATA_DIR / "provinces.geojson").read_text(encoding="utf-8"))["features"]
    projected = {
        feature["properties"]["code"]: shapely.transform(
            shape(feature["geometry"]).simplify(style.province_tolerance_deg), _project
        )
        for feature in features
    }
    min_x, min_y, max_x, max_y = shapely.union_all(list(projected.values())).bounds
    scale = style.width / (max_x - min_x)
    frame = (min_x, min_y, scale)
    paths = {code: _path(geometry, frame, style) for code, geometry in projected.items()}
    return paths, frame, round((max_y - min_y) * scale)


def _units(value, style):
    """A coordinate in the style's precision, as an integer count of its smallest step."""
    return round(value * 10**style.decimals)


def _number(units, style):
    if not style.decimals:
        return str(units)
    text = f"{units / 10**style.decimals:.{style.decimals}f}".rstrip("0").rstrip(".")
    return text.replace("0.", ".", 1) if text.startswith(("0.", "-0.")) else text


def _path(geometry, frame, style):
    """A compact SVG path of a (multi)polygon's rings: one absolute move, then relative steps.

    Steps are differences of rounded coordinates, so rounding never accumulates; a step that rounds
    to nothing is dropped, and a ring left with fewer than three points is not drawn.
    """
    min_x, min_y, scale = frame
    parts = []
    for polygon in getattr(geometry, "geoms", [geometry]):
        for ring in [polygon.exterior, *polygon.interiors]:
            points = []
            for x, y in ring.coords[:-1]:
                point = (_units((x - min_x) * scale, style), _units((y - min_y) * scale, style))
                if not points or point != points[-1]:
                    points.append(point)
            if len(points) < 3:
                continue
            (x0, y0), steps = points[0], []
            for (ax, ay), (bx, by) in pairwise(points):
                steps += [bx - ax, by - ay]
            parts.append(f"M{_number(x0, style)} {_number(y0, style)}l{_join(steps, style)}z")
    return "".join(parts)


def _join(numbers, style):
    """Numbers of a path, separated by a space only where no minus sign already separates them."""
    text = ""
    for n in numbers:
        written = _number(n, style)
        text += written if not text or written.startswith("-") else " " + written
    return text


@lru_cache(maxsize=1024)
def _municipality_path(municipality, province, style):
    place = geo.municipality_by_name(municipality, province)
    outline = place and municipality_outline(place.code, tolerance_m=style.municipality_tolerance_m)
    if not outline:
        return ""
    _paths, frame, _height = _frame(style)
    return _path(shapely.transform(shape(outline), _project), frame, style)


@lru_cache(maxsize=DRAWINGS_KEPT)
def _drawing(municipality, province, point, style):
    """The shapes of a site's map (safe markup), the same in every language."""
    paths, frame, _height = _frame(style)
    others = "".join(path for code, path in paths.items() if code != province)
    shapes = [format_html('<path class="locator__province" d="{}"/>', others)]
    if province in paths:
        shapes.append(format_html('<path class="locator__province locator__province--site" d="{}"/>', paths[province]))
    municipality_path = _municipality_path(municipality, province, style)
    if municipality_path:
        shapes.append(format_html('<path class="locator__municipality" d="{}"/>', municipality_path))
    if point is not None:
        min_x, min_y, scale = frame
        lat, lon = point
        cx, cy = (lon * _COS_LAT - min_x) * scale, (-lat - min_y) * scale
        shapes.append(
            format_html(
                '<circle class="locator__site" cx="{}" cy="{}" r="{}"/>',
                _number(_units(cx, style), style),
                _number(_units(cy, style), style),
                style.dot_radius,
            )
        )
    return mark_safe("".join(shapes))  # noqa: S308 - every part is built by format_html


def label(site):
    """What the map says to whoever cannot see it: the municipality and province, in the visitor's language."""
    return _("Location map of %(municipality)s, province of %(province)s") % {
        "municipality": site.municipality,
        # Not get_province_display(), which hashes every lazy label of the choices on each call.
        "province": Province(site.province).label if site.province in Province.values else site.province,
    }


def locator_svg(site, style=CARD, text=None):
    """The site's locator map as an <svg> element with a fixed size, so it never shifts the layout.

    The map is drawn left to right in every language (dir="ltr"); `text` is read out in its place
    (by default, label(site)).
    """
    height = _frame(style)[2]
    point = None
    if site.latitude is not None and site.longitude is not None:
        point = (round(site.latitude, POINT_DECIMALS), round(site.longitude, POINT_DECIMALS))
    text = text or label(site)
    return format_html(
        '<svg class="locator" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" '
        'dir="ltr" role="img" aria-label="{}"><title>{}</title>{}</svg>',
        style.width,
        height,
        style.width,
        height,
        text,
        text,
        _drawing(site.municipality, site.province, point, style),
    )
