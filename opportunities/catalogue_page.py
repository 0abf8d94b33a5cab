"""What the catalogue page shows for a request: filter form -> CatalogueQuery -> engine -> context.

Kept apart from the page model so serve() stays thin and the same code reads the filters of the page,
its map (opportunities.catalogue_map) and its exports (opportunities.exports), which therefore always
hold the same sites. The page itself carries no map points: the map asks for those of its view.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from home.i18n import active_language
from opportunities import counted_labels, opendata
from opportunities.brief import explanations
from opportunities.brief_form import BriefForm, rows
from opportunities.catalogue_engines import search
from opportunities.catalogue_query import FLAG_FILTERS, LIST_FILTERS, RANGE_FILTERS, CatalogueQuery, GeoRadius
from opportunities.choices import Category, Kind, PermittedUse, Province, Tenure
from opportunities.forms import DEFAULT_RADIUS_KM, PAGE_SIZE, CatalogueFilterForm
from opportunities.site_language import sites_language
from opportunities.site_pictures import first_photos

FACET_CHOICES = {
    "province": Province.choices,
    "kind": Kind.choices,
    "category": Category.choices,
    "tenure": Tenure.choices,
    "permitted_uses": PermittedUse.choices,
}
FLAG_LABELS = {"zls": _("In the ZLS"), "zis": _("In a ZIS"), "state_aid": _("In the state-aid map")}
# Municipalities offered as filters: those with most sites, plus any chosen.
MUNICIPALITY_OPTIONS = 30
SIZE_FIELDS = (
    "min_site_area",
    "max_site_area",
    "min_covered_area",
    "max_covered_area",
    "min_price",
    "max_price",
    "min_power_kw",
)
DISTANCE_FIELDS = ("max_motorway_km", "max_airport_km", "max_rail_km")


@dataclass
class Option:
    value: str
    label: str
    count: int
    checked: bool


@dataclass
class FilterGroup:
    name: str
    legend: str
    options: list


def language():
    return active_language()


def catalogue_root(index_page, sites_locale):
    """Where the listed sites live: under the catalogue page, or under its source-language original."""
    if index_page is None:
        return ""
    if index_page.locale.language_code != sites_locale:
        index_page = index_page.get_translation_or_none(Locale.objects.get(language_code=sites_locale)) or index_page
    return index_page.url_path


def build_query(data, index_page, *, page_size=PAGE_SIZE, with_points=False, brief=None):
    """A CatalogueQuery from a filter form's cleaned data (invalid fields are simply absent).

    With a brief (opportunities.brief), results rank by fit unless another sort is chosen; "relevance"
    without words to search counts as not chosen (the form sends it as its first option), and "fit"
    without a brief falls back to relevance.
    """
    sort = data.get("sort") or "relevance"
    if brief and sort == "relevance" and not (data.get("q") or "").strip():
        sort = "fit"
    if sort == "fit" and not brief:
        sort = "relevance"
    filters = {key: data[key] for key in LIST_FILTERS if data.get(key)}
    filters.update({key: data[key] for key in RANGE_FILTERS if data.get(key) is not None})
    filters.update({key: True for key in FLAG_FILTERS if data.get(key)})
    origin = CatalogueFilterForm.origin(data)
    radius = None
    if origin is not None:
        radius = GeoRadius(origin[0], origin[1], data.get("radius_km") or DEFAULT_RADIUS_KM)
    sites_locale = sites_language(language())
    return CatalogueQuery(
        text=data.get("q") or "",
        filters=filters,
        radius=radius,
        origin=origin,
        sort=sort,
        page=data.get("page") or 1,
        page_size=page_size,
        locale=language(),
        sites_locale=sites_locale,
        root_path=catalogue_root(index_page, sites_locale),
        with_points=with_points,
        brief=brief or None,
    ).validate()


def filter_groups(form, result):
    data = form.cleaned_data
    groups = []
    for name, choices in FACET_CHOICES.items():
        counts = {f.value: f.count for f in result.facets.get(name, [])}
        selected = set(data.get(name) or [])
        options = [Option(value, label, counts.get(value, 0), value in selected) for value, label in choices]
        groups.append(FilterGroup(name, form.fields[name].label, options))
    chosen = set(data.get("municipality") or [])
    facet = result.facets.get("municipality", [])  # most sites first
    municipalities = {f.value: f.count for f in facet[:MUNICIPALITY_OPTIONS] if f.count}
    municipalities.update({f.value: f.count for f in facet if f.value in chosen})
    for name in chosen:
        municipalities.setdefault(name, 0)
    groups.insert(
        1,
        FilterGroup(
            "municipality",
            form.fields["municipality"].label,
            [
                Option(name, name, n, name in (data.get("municipality") or []))
                for name, n in sorted(municipalities.items())
            ],
        ),
    )
    zone_counts = {f.value: f.count for f in result.facets.get("special_zones", [])}
    groups.append(
        FilterGroup(
            "special_zones",
            _("Special zones"),
            [Option(key, label, zone_counts.get(key, 0), bool(data.get(key))) for key, label in FLAG_LABELS.items()],
        )
    )
    return groups


def url_for(index_page, index_url, url_path):
    """A child page's address from its url_path, without loading it."""
    return index_url + url_path[len(index_page.url_path) :]


def request_query(request, index_page, *, page_size=PAGE_SIZE, form_class=CatalogueFilterForm):
    """(form, brief form, query) of a request's filters; an invalid field is left out, the rest filters."""
    form = form_class(request.GET or None)
    if form.is_bound:
        form.is_valid()  # invalid fields are reported and left out; the rest still filters
        data = form.cleaned_data
    else:
        form.cleaned_data = data = {}
    brief_form = BriefForm(request.GET if BriefForm.is_stated(request.GET) else None)
    return form, brief_form, build_query(data, index_page, page_size=page_size, brief=brief_form.brief())


def run(request, index_page, *, page_size=PAGE_SIZE):
    form, brief_form, query = request_query(request, index_page, page_size=page_size)
    result = search(query)
    if result.total and query.page > result.num_pages:
        query.page = result.num_pages
        result = search(query)
    return form, brief_form, query, result


def catalogue_context(request, index_page):
    form, brief_form, query, result = run(request, index_page)
    index_url = index_page.get_url(request)
    fits = explanations(query.brief, result.hits) if query.brief else {}
    photos = first_photos(result.hits)
    for hit in result.hits:
        hit.distance_from_origin = result.distances.get(hit.pk)
        hit.fit = fits.get(hit.pk)
        hit.photo = photos.get(hit.pk)  # None: the card shows the site's locator map
    params = request.GET.copy()
    params.pop("page", None)
    querystring = params.urlencode()
    suffix = f"?{querystring}" if querystring else ""
    return {
        "form": form,
        "brief_form": brief_form,
        "brief_rows": rows(brief_form),
        "query": query,
        "result": result,
        # No site is translated into the visitor's language yet: the list is the English one, said so.
        "sites_in_source_language": query.sites_language != query.locale,
        "filter_groups": filter_groups(form, result),
        # The map asks this address for the points or clusters of its view (opportunities.catalogue_map).
        "map_url": index_url + "map/" + suffix,
        "map_extent": extent_attribute(result.extent),
        "export_geojson_url": index_url + "export/geojson/" + suffix,
        "export_csv_url": index_url + "export/csv/" + suffix,
        "open_data_metadata_url": opendata.absolute(request, opendata.METADATA_URL_NAME, query.locale),
        "open_data_feed_url": opendata.absolute(request, opendata.FEED_URL_NAME, query.locale),
        "has_filters": bool(querystring),
        # For the "e-mail alerts for this search" link, when an app above offers one (alerts:subscribe).
        "alert_params": urlencode({"query": querystring, "catalogue": index_page.pk}),
        "municipalities_truncated": len(result.facets.get("municipality", [])) > MUNICIPALITY_OPTIONS,
        "size_fields": [form[name] for name in SIZE_FIELDS],
        "distance_fields": [form[name] for name in DISTANCE_FIELDS],
        "near_fields": [form["near"], form["radius_km"]],
        "default_radius": DEFAULT_RADIUS_KM,
        "first_number": (result.page - 1) * result.page_size + 1,
        "locator_maps_shown": len(photos) < len(result.hits),
        # For catalogue.js, which rewrites the folded filters' button as their count changes.
        "filters_button_forms": counted_labels.forms(counted_labels.filters_button),
    }


def extent_attribute(extent):
    """south,west,north,east of the results' extent, where their map opens ("" for none)."""
    if extent is None:
        return ""
    return ",".join(f"{value:.5f}" for value in (extent.south, extent.west, extent.north, extent.east))
