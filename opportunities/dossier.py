"""The shortlist as a dossier a visitor can hand to a board: one PDF in the visitor's language.

A cover, then for each site its facts, a locator map, the distances, the key indicators of its
province and the incentives that may apply, and whom to contact. The map is an inline SVG drawn from
the province and municipality outlines the project ships (territories/data/geo), so the PDF needs no
tile server and fetches nothing. Printed with home.pdf from the template
opportunities/dossier/print.html, which reuses the site page's own includes.
"""

import json
import math
from functools import cache

import shapely
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _
from shapely.geometry import shape

from home.pdf import render_pdf
from incentives import matching
from indicators.figures import territory_card
from opportunities import geo
from territories.geography import CREDIT, DATA_DIR, municipality_outline

PRINT_TEMPLATE = "opportunities/dossier/print.html"
MAP_WIDTH = 360  # SVG user units; the print stylesheet sizes the figure
_COS_LAT = math.cos(math.radians(45.6))  # equirectangular, centred on Lombardy, as territories.geography
_PROVINCE_TOLERANCE_DEG = 0.004  # about 400 m: province borders read at the scale of a third of a page


def _xy(lon, lat):
    return lon * _COS_LAT, -lat


@cache
def _provinces():
    """[(sigla, projected geometry)] and the region's bounds, read once from the shipped outlines."""
    features = json.loads((DATA_DIR / "provinces.geojson").read_text(encoding="utf-8"))["features"]
    projected = []
    for feature in features:
        geometry = shape(feature["geometry"]).simplify(_PROVINCE_TOLERANCE_DEG)
        projected.append((feature["properties"]["code"], shapely.transform(geometry, _project)))
    bounds = shapely.union_all([g for _code, g in projected]).bounds
    return projected, bounds


def _project(coords):
    return coords * [_COS_LAT, -1]


def _path(geometry, to_svg):
    """An SVG path of a (multi)polygon's outer and inner rings."""
    polygons = getattr(geometry, "geoms", [geometry])
    parts = []
    for polygon in polygons:
        for ring in [polygon.exterior, *polygon.interiors]:
            points = [to_svg(x, y) for x, y in ring.coords]
            parts.append("M" + "L".join(f"{x:.1f} {y:.1f}" for x, y in points) + "Z")
    return "".join(parts)


def locator_svg(site):
    """Lombardy's provinces, the site's province and municipality shaded, and the site as a dot."""
    provinces, (min_x, min_y, max_x, max_y) = _provinces()
    scale = MAP_WIDTH / (max_x - min_x)
    height = (max_y - min_y) * scale

    def to_svg(x, y):
        return (x - min_x) * scale, (y - min_y) * scale

    shapes = [
        format_html(
            '<path class="{}" d="{}"/>',
            "locator__province locator__province--site" if code == site.province else "locator__province",
            _path(geometry, to_svg),
        )
        for code, geometry in provinces
    ]
    place = geo.municipality_by_name(site.municipality, site.province)
    outline = place and municipality_outline(place.code, tolerance_m=100)
    if outline:
        municipality = shapely.transform(shape(outline), _project)
        shapes.append(format_html('<path class="locator__municipality" d="{}"/>', _path(municipality, to_svg)))
    if site.latitude is not None and site.longitude is not None:
        cx, cy = to_svg(*_xy(site.longitude, site.latitude))
        shapes.append(format_html('<circle class="locator__site" cx="{}" cy="{}" r="5"/>', f"{cx:.1f}", f"{cy:.1f}"))
    label = _("Where %(site)s is: %(municipality)s, province of %(province)s") % {
        "site": site.title,
        "municipality": site.municipality,
        "province": site.get_province_display(),
    }
    return format_html(
        '<svg class="locator" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="{}" height="{}" '
        'role="img" aria-label="{}"><title>{}</title>{}</svg>',
        MAP_WIDTH,
        f"{height:.0f}",
        MAP_WIDTH,
        f"{height:.0f}",
        label,
        label,
        format_html_join("", "{}", ((shape_,) for shape_ in shapes)),
    )


def site_sections(sites, locale):
    """For each site: what its page of the dossier shows beside the site's own fields."""
    sections = []
    for site in sites:
        codes = [site.province] + (["ZLS"] if site.in_zls else []) + (["ZIS"] if site.in_zis else [])
        sections.append(
            {
                "site": site,
                "map": locator_svg(site),
                "indicator_groups": territory_card(site.province, locale),
                "incentives": matching.for_site(codes, site.in_state_aid_area, site.locale_id),
            }
        )
    return sections


def dossier_pdf(request, catalogue, sites, shared=False):
    from wagtail.models import Locale

    locale = Locale.get_active()
    context = {
        "page": catalogue,
        "sections": site_sections(sites, locale),
        "printed_at": timezone.now(),
        "map_credit": CREDIT,
        "shared": shared,
        "incentive_finder": matching.finder(locale.pk),
    }
    html = render_to_string(PRINT_TEMPLATE, context, request=request)
    return render_pdf(html, base_url=request.build_absolute_uri("/"))


def pdf_response(data, filename):
    response = HttpResponse(data, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    response["X-Robots-Tag"] = "noindex"
    response["Cache-Control"] = "private, no-store"
    return response
