"""The catalogue map's view: `<catalogue>/map/?bbox=south,west,north,east&zoom=z` plus the list's filters.

The map asks for what it draws as it moves (static/js/map.js): the results inside its view, as
points while the view holds at most MAP_POINTS_LIMIT of them, beyond that as clusters counted by
the engine on a grid of cells about CELL_PIXELS wide at the map's zoom (catalogue_query's tile
grid). So a page never carries map points, and the map never receives more than it draws. The
filters are read as the page reads them (catalogue_page.request_query): an invalid one is left out,
and the map shows what the list shows. An unreadable view (bbox, zoom) is a 400.
"""

from django import forms
from django.core.validators import RegexValidator
from django.http import JsonResponse

from opportunities.catalogue_engines import map_view
from opportunities.catalogue_page import request_query, url_for
from opportunities.catalogue_query import MAX_TILE_PRECISION, BoundingBox, cells_spanned
from opportunities.forms import CatalogueFilterForm

MAP_POINTS_LIMIT = 500
# A map tile is 256 px: at zoom z, cells of precision z + 2 are 64 px wide, room for a numbered circle.
CELL_ZOOM_OFFSET = 2
# A view over more cells than this (a hostile zoom, a huge window) is grouped on a coarser grid.
MAX_CELLS = 1024
MAX_ZOOM = 22


class MapViewForm(CatalogueFilterForm):
    """The list's filters plus the map's view."""

    bbox = forms.CharField(max_length=100)
    zoom = forms.IntegerField(min_value=0, max_value=MAX_ZOOM)

    def clean_bbox(self):
        invalid = forms.ValidationError(RegexValidator.message, code="invalid")
        try:
            south, west, north, east = (float(part) for part in self.cleaned_data["bbox"].split(","))
        except ValueError:
            raise invalid from None
        if not (-90 <= south < north <= 90 and -180 <= west < east <= 180):
            raise invalid
        return BoundingBox(south=south, west=west, north=north, east=east)


def precision_for(zoom, box):
    """The grid of a view: cells of about 64 px at its zoom, coarser when the view spans too many."""
    precision = min(zoom + CELL_ZOOM_OFFSET, MAX_TILE_PRECISION)
    while precision > 0 and cells_spanned(precision, box) > MAX_CELLS:
        precision -= 1
    return precision


def point_feature(point, index_page, index_url):
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [point.lon, point.lat]},
        "properties": {"title": point.title, "url": url_for(index_page, index_url, point.url_path)},
    }


def cluster_feature(cluster):
    box = cluster.bounds
    return {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [cluster.lon, cluster.lat]},
        "properties": {"count": cluster.count, "bounds": [box.south, box.west, box.north, box.east]},
    }


def respond(request, index_page):
    form, _brief_form, query = request_query(request, index_page, form_class=MapViewForm)
    view_errors = {name: form.errors[name] for name in ("bbox", "zoom") if name in form.errors}
    if not form.is_bound:
        view_errors = {"bbox": [forms.Field.default_error_messages["required"]]}
    if view_errors:
        return JsonResponse({"errors": view_errors}, status=400)
    query.bbox = form.cleaned_data["bbox"]
    precision = precision_for(form.cleaned_data["zoom"], query.bbox)
    view = map_view(query, precision, MAP_POINTS_LIMIT)
    if view.points is not None:
        index_url = index_page.get_url(request)
        features = [point_feature(point, index_page, index_url) for point in view.points]
    else:
        features = [cluster_feature(cluster) for cluster in view.clusters]
    body = {
        "type": "FeatureCollection",
        "total": view.total,
        "clustered": view.points is None,
        "limit": MAP_POINTS_LIMIT,
        "precision": precision,
        "engine": view.engine,
        "degraded": view.degraded,
        "features": features,
    }
    return JsonResponse(body, json_dumps_params={"ensure_ascii": False})
