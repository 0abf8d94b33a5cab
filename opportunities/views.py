"""Thin views behind the catalogue page's routes; the work is in opportunities.catalogue_page."""

from django.http import HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils.translation import gettext as _

from opportunities import catalogue_map, exports, feeds, opendata, shortlist
from opportunities import catalogue_page as service
from opportunities.excel import build_template


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


def _open_data_headers(response, request, page, extension):
    response["Content-Disposition"] = f'attachment; filename="{opendata.export_filename(extension)}"'
    response["Link"] = opendata.describedby_link(request, page.locale.language_code)
    return response


def export_geojson(request, page):
    """Every matching site, streamed (opportunities.exports)."""
    parts = exports.geojson_parts(exports.record_chunks(request, page))
    response = StreamingHttpResponse(parts, content_type="application/geo+json; charset=utf-8")
    return _open_data_headers(response, request, page, "geojson")


def export_csv(request, page):
    """The header is the first line, as CSV readers expect: licence and description are in the metadata."""
    lines = exports.csv_lines(exports.record_chunks(request, page))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    return _open_data_headers(response, request, page, "csv")


def map_view(request, page):
    return catalogue_map.respond(request, page)


def metadata(request):
    """/api/v2/catalogue/metadata.jsonld: the open data of the catalogue in ?locale= (default: the site's)."""
    language = opendata.requested_language(request)
    page = opendata.catalogue_page(language)
    if page is None:
        return JsonResponse({"error": _("There is no published catalogue in this language.")}, status=404)
    body = opendata.metadata(request, page, feeds.published_sites(page), language)
    response = JsonResponse(body, json_dumps_params={"ensure_ascii": False})
    response["Content-Type"] = f"{opendata.JSON_LD}; charset=utf-8"
    response["Link"] = f'<{opendata.LICENCE_URL}>; rel="license"'
    return response
