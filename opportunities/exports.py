"""The catalogue's open-data downloads, streamed: every matching site, whatever their number.

The engine hands over the results' ids in chunks (catalogue_engines.result_ids: a database cursor,
or Elasticsearch's search_after on a point in time); each chunk's sites are loaded in one query and
written out before the next chunk is read, so memory holds one chunk however large the catalogue.
The files are what they were when they were built whole: the CSV's header first, the GeoJSON's
licence and note before its features, and every record as opendata.site_record makes it.
"""

import csv
import json

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.translation import gettext as _

from home.spreadsheets import neutralise_formula
from opportunities import opendata
from opportunities.catalogue_engines import result_ids
from opportunities.catalogue_page import request_query
from opportunities.models import OpportunityPage, ReadinessSettings

# Sites loaded per query; settings.CATALOGUE_EXPORT_CHUNK overrides it (tests cross chunks with few sites).
CHUNK_SIZE = 1000
# What a record never reads: the StreamFields and the parcel's shape are most of a row's bytes.
UNREAD = ("body", "gallery", "documents", "parcel_geojson")


def record_chunks(request, index_page):
    """Lists of records (opendata.COLUMNS) of every result in result order.

    The engine is asked for the first chunk here, before a response starts, so that a failing
    Elasticsearch hands over to the database instead of cutting the download at its first byte.
    """
    _form, _brief_form, query = request_query(request, index_page)
    chunks = result_ids(query, getattr(settings, "CATALOGUE_EXPORT_CHUNK", CHUNK_SIZE))
    names = ReadinessSettings.names_for_request(request)
    return _records(request, chunks, names)


def _records(request, chunks, names):
    for ids in chunks:
        sites = OpportunityPage.objects.filter(pk__in=ids).select_related("locale").defer(*UNREAD).in_bulk()
        yield [opendata.site_record(request, sites[pk], names) for pk in ids if pk in sites]


class _Line:
    """What csv.writer writes to: it hands each line back instead of keeping it."""

    def write(self, line):
        return line


def csv_lines(chunks):
    writer = csv.DictWriter(_Line(), fieldnames=opendata.COLUMNS)
    yield writer.writeheader()
    for records in chunks:
        # Titles and addresses come from owners: none may become a formula in a spreadsheet.
        yield "".join(
            writer.writerow({key: "" if value is None else neutralise_formula(value) for key, value in record.items()})
            for record in records
        )


def feature(properties):
    lat, lon = properties.pop("latitude"), properties.pop("longitude")
    geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
    return {"type": "Feature", "geometry": geometry, "properties": properties}


def geojson_parts(chunks):
    """A FeatureCollection in pieces: its members, then its features one chunk at a time."""
    head = {
        "type": "FeatureCollection",
        "schema_version": opendata.SCHEMA_VERSION,
        "licence": opendata.LICENCE_URL,
        "note": _("Distances are straight-line, not by road. Figures of demo sites are illustrative."),
    }
    yield json.dumps(head, ensure_ascii=False)[:-1] + ', "features": ['
    separator = ""
    for records in chunks:
        if records:
            yield separator + ", ".join(
                json.dumps(feature(record), ensure_ascii=False, cls=DjangoJSONEncoder) for record in records
            )
            separator = ", "
    yield "]}"
