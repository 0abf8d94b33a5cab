"""The catalogue as open data: the record every export carries and its DCAT-AP_IT description.

The CSV, the GeoJSON and the national-mapping feed (opportunities.feeds) carry the same record per
site, whose fields are documented, with their types, units and codes, in docs/open-data.md under
SCHEMA_VERSION. The metadata (JSON-LD, `<catalogue>/metadata.jsonld`) carries the licence, the
publisher and the distributions, so that the CSV can start with its header.
"""

from functools import cache

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from home.models import ContactSettings
from opportunities import geo

# Bumped when a column or property changes meaning or goes (a new one at the end is a minor bump).
SCHEMA_VERSION = "1.0"
LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/"
LICENCE_NAME = "CC BY 4.0"
# The Region, as the national catalogue (dati.gov.it) knows it, unless the site's contacts name it.
DEFAULT_PUBLISHER = "Regione Lombardia"
DEFAULT_PUBLISHER_ID = "r_lombar"  # its IPA code, the identifier DCAT-AP_IT asks of a publisher
# Routed by api/urls.py: addresses that stay when editors rename the catalogue page.
METADATA_URL_NAME = "api:open_data_metadata"
FEED_URL_NAME = "api:sites_feed"
JSON_LD = "application/ld+json"

TITLE = _("Investment sites in Lombardy")
DESCRIPTION = _(
    "Areas, buildings and investment projects available in Lombardy and published by the Region's "
    "investment-promotion agency: location, size, planning and environmental status, utilities, "
    "tenure, price, distances to infrastructure and readiness level."
)
FEED_TITLE = _("National-mapping feed of investment sites")

# Every column of the CSV, in order (the GeoJSON's properties are the same without latitude/longitude).
COLUMNS = (
    "id",
    "title",
    "url",
    "kind",
    "category",
    "municipality",
    "istat_code",
    "province",
    "address",
    "site_area_m2",
    "covered_area_m2",
    "permitted_uses",
    "tenure",
    "asking_price_eur",
    "power_kw",
    "in_zls",
    "in_zis",
    "in_state_aid_area",
    "distance_motorway_km",
    "distance_airport_km",
    "distance_rail_km",
    "distance_port_km",
    "readiness_level",
    "readiness",
    "last_verified",
    "last_modified",
    "latitude",
    "longitude",
)


@cache
def _istat_codes():
    return {(place.name.casefold(), place.province): code for code, place in geo.municipalities().items()}


def istat_code(site):
    """The municipality's ISTAT code, from the list the page's municipality was validated against."""
    return _istat_codes().get(((site.municipality or "").strip().casefold(), site.province), "")


def site_record(request, site, level_names):
    """The record of one site in COLUMNS order; level_names is {level: name} in the request's language."""
    return {
        "id": site.pk,
        "title": site.title,
        "url": request.build_absolute_uri(site.get_url(request)),
        "kind": site.kind,
        "category": site.category,
        "municipality": site.municipality,
        "istat_code": istat_code(site),
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
        "readiness_level": site.readiness_level,
        "readiness": level_names[site.readiness_level],
        "last_verified": site.last_verified.isoformat() if site.last_verified else None,
        "last_modified": site.last_published_at.isoformat() if site.last_published_at else None,
        "latitude": site.latitude,
        "longitude": site.longitude,
    }


def export_filename(extension):
    return f"lombardy-investment-sites-v{SCHEMA_VERSION}.{extension}"


def catalogue_page(language):
    """The live catalogue page of a language, or None."""
    from opportunities.models import OpportunityIndexPage

    return OpportunityIndexPage.objects.live().public().filter(locale__language_code=language).first()


def requested_language(request):
    """?locale= when it is a language of the site, else the site's default language."""
    codes = [code for code, _name in settings.LANGUAGES]
    wanted = request.GET.get("locale")
    return wanted if wanted in codes else settings.LANGUAGE_CODE.split("-")[0]


def absolute(request, name, language):
    url = request.build_absolute_uri(reverse(name))
    return url if language == settings.LANGUAGE_CODE.split("-")[0] else f"{url}?locale={language}"


def describedby_link(request, language):
    """The Link header of every export: the metadata that describes the file, and the licence."""
    metadata_url = absolute(request, METADATA_URL_NAME, language)
    return f'<{metadata_url}>; rel="describedby"; type="{JSON_LD}", <{LICENCE_URL}>; rel="license"'


def in_each_language(text):
    values = []
    for code, _name in settings.LANGUAGES:
        with override(code):
            values.append({"@language": code, "@value": str(text)})
    return values


def publisher(request):
    organisation = ContactSettings.for_request(request).organisation
    return {
        "@type": ["dcatapit:Agent", "foaf:Agent"],
        "foaf:name": organisation or getattr(settings, "OPEN_DATA_PUBLISHER", DEFAULT_PUBLISHER),
        "dct:identifier": getattr(settings, "OPEN_DATA_PUBLISHER_ID", DEFAULT_PUBLISHER_ID),
    }


def date_literal(value):
    return {"@value": value.date().isoformat(), "@type": "xsd:date"} if value else None


def distribution(url, media_type, file_type, title, licence):
    return {
        "@id": url,
        "@type": ["dcatapit:Distribution", "dcat:Distribution"],
        "dct:title": in_each_language(title),
        "dcat:accessURL": {"@id": url},
        "dcat:downloadURL": {"@id": url},
        "dcat:mediaType": media_type,
        "dct:format": {"@id": f"http://publications.europa.eu/resource/authority/file-type/{file_type}"},
        "dct:license": licence,
        "dct:conformsTo": {"@id": url + "#schema", "owl:versionInfo": SCHEMA_VERSION},
    }


def metadata(request, index_page, sites, language):
    """The DCAT-AP_IT catalogue of one catalogue page, with its dataset and three distributions."""
    base = request.build_absolute_uri(index_page.get_url(request))
    own_url = absolute(request, METADATA_URL_NAME, language)
    span = sites.aggregate(first=Min("first_published_at"), last=Max("last_published_at"))
    agent = publisher(request)
    licence = {
        "@id": LICENCE_URL,
        "@type": ["dcatapit:LicenseDocument", "dct:LicenseDocument"],
        "foaf:name": LICENCE_NAME,
    }
    modified = date_literal(span["last"])
    dataset = {
        "@id": own_url + "#dataset",
        "@type": ["dcatapit:Dataset", "dcat:Dataset"],
        "dct:identifier": f"{agent['dct:identifier']}:investment-sites",
        "dct:title": in_each_language(TITLE),
        "dct:description": in_each_language(DESCRIPTION),
        "dct:publisher": agent,
        "dct:rightsHolder": agent,
        "dct:modified": modified,
        "dct:temporal": {
            "@type": "dct:PeriodOfTime",
            "dcat:startDate": date_literal(span["first"]),
            "dcat:endDate": modified,
        },
        "dct:accrualPeriodicity": {"@id": "http://publications.europa.eu/resource/authority/frequency/DAILY"},
        "dcat:theme": {"@id": "http://publications.europa.eu/resource/authority/data-theme/ECON"},
        # ISTAT's code of the Lombardy region.
        "dct:spatial": {"@type": "dct:Location", "dct:identifier": "03", "dct:title": "Lombardia"},
        "dct:language": [
            {"@id": f"http://publications.europa.eu/resource/authority/language/{code}"} for code in ("ENG", "ITA")
        ],
        "dcat:landingPage": {"@id": base},
        "dcat:distribution": [
            distribution(base + "export/csv/", "text/csv", "CSV", _("Every site, as CSV"), licence),
            distribution(
                base + "export/geojson/", "application/geo+json", "GEOJSON", _("Every site, as GeoJSON"), licence
            ),
            distribution(absolute(request, FEED_URL_NAME, language), "application/json", "JSON", FEED_TITLE, licence),
        ],
    }
    return {
        "@context": {
            "dcat": "http://www.w3.org/ns/dcat#",
            "dcatapit": "http://dati.gov.it/onto/dcatapit#",
            "dct": "http://purl.org/dc/terms/",
            "foaf": "http://xmlns.com/foaf/0.1/",
            "owl": "http://www.w3.org/2002/07/owl#",
            "xsd": "http://www.w3.org/2001/XMLSchema#",
        },
        "@id": own_url,
        "@type": ["dcatapit:Catalog", "dcat:Catalog"],
        "dct:title": in_each_language(TITLE),
        "dct:description": in_each_language(DESCRIPTION),
        "dct:publisher": agent,
        "dct:modified": modified,
        "dct:license": licence,
        "foaf:homepage": {"@id": base},
        "dcat:dataset": [dataset],
    }
