"""Thin views behind the catalogue page's routes; the work is in opportunities.catalogue_page."""

import csv

from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _

from home.spreadsheets import neutralise_formula
from opportunities import catalogue_page as service
from opportunities import shortlist
from opportunities.excel import build_template

LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE = f"CC BY 4.0 ({LICENCE_URL})"


def catalogue(request, page):
    context = service.catalogue_context(request, page)
    context.update(shortlist_context(request, page))
    return page.render(request, context_overrides=context)


def owner_template(request, page=None):
    """The blank Excel template owners fill in to propose their sites (on the catalogue and in the admin)."""
    response = HttpResponse(
        build_template(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = 'attachment; filename="opportunity-lombardy-template.xlsx"'
    return response


def shortlist_context(request, index_page):
    """What the add/remove buttons need: the catalogue page and the ids of shortlisted sites here."""
    sites = shortlist.pages(request, index_page.locale)
    return {"shortlist_index": index_page, "shortlist_ids": {str(site.pk) for site in sites}}


def _absolute(request, url):
    return request.build_absolute_uri(url)


def _facts(request, site):
    return {
        "title": site.title,
        "url": _absolute(request, site.get_url(request)),
        "kind": site.kind,
        "category": site.category,
        "municipality": site.municipality,
        "province": site.province,
        "address": site.address,
        "site_area_m2": site.site_area_m2,
        "covered_area_m2": site.covered_area_m2,
        "permitted_uses": ";".join(site.permitted_uses),
        "tenure": site.tenure,
        "asking_price_eur": site.asking_price_eur,
        "power_kw": site.power_kw,
        "in_zls": site.in_zls,
        "in_zis": site.in_zis,
        "in_state_aid_area": site.in_state_aid_area,
        "distance_motorway_km": site.distance_motorway_km,
        "distance_airport_km": site.distance_airport_km,
        "distance_rail_km": site.distance_rail_km,
        "distance_port_km": site.distance_port_km,
        "last_verified": site.last_verified.isoformat() if site.last_verified else None,
        "latitude": site.latitude,
        "longitude": site.longitude,
    }


def export_geojson(request, page):
    sites = service.export_rows(request, page)
    features = []
    for site in sites:
        properties = _facts(request, site)
        lat, lon = properties.pop("latitude"), properties.pop("longitude")
        features.append(
            {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]}, "properties": properties}
        )
    data = {
        "type": "FeatureCollection",
        "licence": LICENCE,
        "note": _("Distances are straight-line, not by road. Figures of demo sites are illustrative."),
        "features": features,
    }
    response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = "application/geo+json; charset=utf-8"
    response["Content-Disposition"] = 'attachment; filename="opportunities.geojson"'
    return response


def export_csv(request, page):
    """The header is the first line, as CSV readers expect: the licence travels in a Link header."""
    sites = service.export_rows(request, page)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="opportunities.csv"'
    response["Link"] = f'<{LICENCE_URL}>; rel="license"'
    writer = csv.writer(response)
    header_written = False
    for site in sites:
        facts = _facts(request, site)
        if not header_written:
            writer.writerow(facts.keys())
            header_written = True
        # Titles and addresses come from owners: none may become a formula in a spreadsheet.
        writer.writerow(["" if value is None else neutralise_formula(value) for value in facts.values()])
    if not header_written:
        writer.writerow(["title", "url"])
    return response
