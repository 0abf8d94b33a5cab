"""/api/v2/catalogue/: the catalogue page's search as JSON or GeoJSON.

The parameters are the catalogue page's filter form (opportunities.forms.CatalogueFilterForm),
turned into a CatalogueQuery by the same code (opportunities.catalogue_page.build_query) and answered
by opportunities.catalogue_engines, so the page, its exports and the API always agree. The API adds what a
client needs and a page does not: a page size, a bounding box, the port distance and the locale.
Unlike the page, which drops an invalid filter and says so beside it, the API refuses the whole
request with 400, so a client never mistakes a partial answer for the one it asked for.

A brief (opportunities.brief_form: `need_<criterion>`, `must=<criterion>`) ranks the results by fit
and gives each item a `fit`: how many needs it meets and, per need, whether and why (docs/matching.md).
"""

from django import forms
from django.conf import settings
from django.http import JsonResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from api import errors
from api.http import read_endpoint
from opportunities.brief import explanations
from opportunities.brief_form import BriefForm
from opportunities.catalogue_engines import search
from opportunities.catalogue_page import build_query
from opportunities.catalogue_query import MAX_PAGE_SIZE, BoundingBox, InvalidQuery
from opportunities.forms import DISTANCE_MESSAGES, NUMBER_MESSAGES, CatalogueFilterForm
from opportunities.models import ReadinessSettings

DEFAULT_PAGE_SIZE = 20
GEOJSON = "application/geo+json"
FORMATS = ("json", "geojson")


class CatalogueAPIForm(CatalogueFilterForm):
    """The catalogue page's filters plus the API's own parameters."""

    max_port_km = forms.FloatField(required=False, min_value=0, max_value=300, error_messages=DISTANCE_MESSAGES)
    bbox = forms.CharField(required=False, max_length=100)
    page_size = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE_SIZE, error_messages=NUMBER_MESSAGES)
    locale = forms.ChoiceField(required=False, choices=settings.LANGUAGES)
    format = forms.ChoiceField(required=False, choices=[(f, f) for f in FORMATS])

    bbox_message = gettext_lazy(
        "Give the box as south,west,north,east in decimal degrees, for example 45.3,9.0,45.8,10.4."
    )

    def clean_bbox(self):
        text = self.cleaned_data.get("bbox", "").strip()
        if not text:
            return None
        try:
            south, west, north, east = (float(part) for part in text.split(","))
        except ValueError:
            raise forms.ValidationError(self.bbox_message, code="invalid") from None
        if not (-90 <= south < north <= 90 and -180 <= west < east <= 180):
            raise forms.ValidationError(self.bbox_message, code="invalid")
        return BoundingBox(south=south, west=west, north=north, east=east)


KNOWN_PARAMETERS = set(CatalogueAPIForm.base_fields) | set(BriefForm.base_fields)


def wants_geojson(request, data):
    if data.get("format"):
        return data["format"] == "geojson"
    return GEOJSON in request.headers.get("Accept", "")


def page_link(request, page):
    params = request.GET.copy()
    params["page"] = page
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def item(request, hit, distance, level_names):
    return {
        "id": hit.pk,
        "title": hit.title,
        "summary": hit.summary,
        "url": request.build_absolute_uri(hit.get_url(request)),
        "detail_url": request.build_absolute_uri(reverse("wagtailapi:pages:detail", args=[hit.pk])),
        "kind": hit.kind,
        "category": hit.category,
        "province": hit.province,
        "municipality": hit.municipality,
        "latitude": hit.latitude,
        "longitude": hit.longitude,
        "site_area_m2": hit.site_area_m2,
        "covered_area_m2": hit.covered_area_m2,
        "permitted_uses": list(hit.permitted_uses),
        "tenure": hit.tenure,
        "asking_price_eur": hit.asking_price_eur,
        "power_kw": hit.power_kw,
        "in_zls": hit.in_zls,
        "in_zis": hit.in_zis,
        "in_state_aid_area": hit.in_state_aid_area,
        "distance_motorway_km": hit.distance_motorway_km,
        "distance_airport_km": hit.distance_airport_km,
        "distance_rail_km": hit.distance_rail_km,
        "distance_port_km": hit.distance_port_km,
        "readiness_level": hit.readiness_level,
        "readiness": level_names[hit.readiness_level],
        "last_verified": hit.last_verified.isoformat() if hit.last_verified else None,
        "distance_km": round(distance, 2) if distance is not None else None,
    }


def fit(explanation):
    return {
        "met": explanation.met,
        "total": explanation.total,
        "summary": explanation.summary,
        "needs": [
            {"criterion": line.key, "label": line.label, "must": line.must, "met": line.met, "explanation": line.text}
            for line in explanation.lines
        ],
    }


def as_json(meta, links, items, facets):
    return JsonResponse(
        {"meta": meta, "links": links, "items": items, "facets": facets}, json_dumps_params={"ensure_ascii": False}
    )


def as_geojson(meta, links, items):
    features = []
    for properties in items:
        lat, lon = properties.pop("latitude"), properties.pop("longitude")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        features.append({"type": "Feature", "id": properties["id"], "geometry": geometry, "properties": properties})
    body = {"type": "FeatureCollection", "features": features, "meta": meta, "links": links}
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = f"{GEOJSON}; charset=utf-8"
    return response


@read_endpoint
def catalogue(request):
    unknown = sorted(set(request.GET) - KNOWN_PARAMETERS)
    form = CatalogueAPIForm(request.GET)
    if unknown:
        for name in unknown:
            form.add_error(
                None,
                forms.ValidationError(
                    _("Unknown parameter: %(name)s."), params={"name": name}, code="unknown_parameter"
                ),
            )
        return errors.invalid_input(form)
    if not form.is_valid():
        return errors.invalid_input(form)
    data = form.cleaned_data
    brief_form = BriefForm(request.GET)
    brief = brief_form.brief()
    if not brief_form.is_valid():
        return errors.invalid_input(brief_form)
    try:
        page_size = data.get("page_size") or DEFAULT_PAGE_SIZE
        query = build_query(data, None, page_size=page_size, with_points=False, brief=brief)
        query.bbox = data.get("bbox")
        query.validate()
    except InvalidQuery:
        return errors.error_response(400, "invalid_query", _("This combination of filters cannot be searched."))
    result = search(query)
    if query.page > result.num_pages:
        return errors.not_found(_("There is no page %(page)s of these results.") % {"page": query.page})
    meta = {
        "total": result.total,
        "page": result.page,
        "page_size": result.page_size,
        "num_pages": result.num_pages,
        "locale": query.locale,
        "sites_locale": query.sites_language,
        "engine": result.engine,
        "sort": query.sort,
        "brief": [{"criterion": need.key, "must": need.must} for need in brief.needs],
        # True when Elasticsearch failed and the database answered (opportunities.catalogue_engines.search).
        "degraded": bool(getattr(result, "degraded", False)),
    }
    links = {
        "self": request.build_absolute_uri(),
        "next": page_link(request, result.page + 1) if result.has_next else None,
        "previous": page_link(request, result.page - 1) if result.has_previous else None,
    }
    level_names = ReadinessSettings.names_for_request(request)
    items = [item(request, hit, result.distances.get(hit.pk), level_names) for hit in result.hits]
    if brief:
        fits = explanations(brief, result.hits)
        for entry, hit in zip(items, result.hits, strict=True):
            entry["fit"] = fit(fits[hit.pk])
    if wants_geojson(request, data):
        return as_geojson(meta, links, items)
    facets = {
        name: [{"value": f.value, "label": f.label, "count": f.count} for f in values]
        for name, values in result.facets.items()
    }
    return as_json(meta, links, items, facets)
