"""The catalogue's search engine interface, what the catalogue hands every engine, and which one answers.

Engines live above the catalogue (search/backends/), so the catalogue never imports them: the setting
CATALOGUE_SEARCH_ENGINES names each by dotted path and CATALOGUE_SEARCH_ENGINE says which one answers.
Each engine is built with the `Catalogue` below (the sites, their labels, distances, the result shape),
so it needs no import of opportunities either.

search(query)                          the configured engine, falling back to the database when it
                                       errors; result.degraded says so
search(query, engine="database")       one engine, no fallback (tests, benchmarks)
map_view(query, precision, limit)      the same for the map of the query's bounding box
result_ids(query, chunk_size)          every result's id in result order, in lists of chunk_size
                                       (the exports); the database answers if the first list fails
"""

import itertools
import logging
import time
from typing import Protocol, runtime_checkable

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext, override

from home.translation_state import translated_only
from opportunities import fields, geo
from opportunities.catalogue_query import (
    FLAG_FILTERS,
    LIST_FILTERS,
    MAX_TILE_LATITUDE,
    RANGE_FILTERS,
    BoundingBox,
    CatalogueQuery,
    CatalogueResult,
    Cluster,
    FacetValue,
    InvalidQuery,
    MapView,
    Point,
)
from opportunities.choices import Category, Kind, PermittedUse, Province, Tenure
from opportunities.models import OpportunityPage

logger = logging.getLogger(__name__)

# The engine that answers when the configured one fails; it needs nothing but the database.
FALLBACK = "database"
LABELS = {
    "province": Province,
    "kind": Kind,
    "category": Category,
    "tenure": Tenure,
    "permitted_uses": PermittedUse,
}
ZONE_LABELS = {"zls": "ZLS", "zis": "ZIS"}


def facet_label(facet, value):
    """What a visitor reads for a facet's value, in the active language."""
    if facet in LABELS:
        try:
            return str(LABELS[facet](value).label)
        except ValueError:
            return value
    if facet == "special_zones" and value == "state_aid":
        return gettext("State-aid map area")
    return ZONE_LABELS.get(value, value) if facet == "special_zones" else value


class Catalogue:
    """What an engine needs from the catalogue, handed to it when it is built."""

    list_filters = LIST_FILTERS
    flag_filters = FLAG_FILTERS
    range_filters = RANGE_FILTERS
    # Arc distance on a sphere, in km; Elasticsearch's "arc" distance measures the same.
    distance_km = staticmethod(geo.haversine_km)
    bounding_box = staticmethod(geo.bounding_box)
    # The text a lookup finds in a column of coded choices ("|logistics|"), for a brief's conditions.
    contains = staticmethod(fields.contains)
    # The codes each coded facet may hold, which an engine may count one by one.
    choice_codes = {facet: tuple(choices.values) for facet, choices in LABELS.items()}
    # What distance_km uses, for an engine that computes the same distance in its own query language.
    earth_radius_km = geo.EARTH_RADIUS_KM
    point = Point
    cluster = Cluster
    map_view = MapView
    bounding_box_of = BoundingBox
    max_tile_latitude = MAX_TILE_LATITUDE

    @staticmethod
    def map_query(query):
        """The query of a map view, validated: a view is its bounding box, so one without is refused."""
        query.validate()
        if query.bbox is None:
            raise InvalidQuery("A map view needs a bounding box.")
        return query

    @staticmethod
    def sites(query):
        """What a query can find: live, public sites with the owner's consent, in its locale, under its root.

        An untranslated copy (a synchronised alias of a page in another language) is not a site in this
        language: it is left out, as menus and listings leave it out.
        """
        qs = translated_only(
            OpportunityPage.objects.live()
            .public()
            .filter(locale__language_code=query.sites_language, owner_consent=True)
        )
        if query.root_path:
            qs = qs.filter(url_path__startswith=query.root_path)
        return qs

    @staticmethod
    def pages(page_ids):
        """The sites of these ids in this order, in one query; an id no longer in the database is left out."""
        if not page_ids:
            return []
        found = OpportunityPage.objects.filter(pk__in=page_ids).select_related("locale", "social_image").in_bulk()
        return [found[pk] for pk in page_ids if pk in found]

    @staticmethod
    def facets(counts, locale):
        """{facet: {value: count}} as {facet: [FacetValue]}, labelled in the locale, most frequent first."""
        with override(locale):
            return {
                facet: sorted(
                    (FacetValue(value, facet_label(facet, value), n) for value, n in values.items()),
                    key=lambda f: (-f.count, f.label),
                )
                for facet, values in counts.items()
            }

    @staticmethod
    def result(query, engine, started, **fields):
        """The engine's answer, with what every answer carries: the page asked for, the engine, the time taken."""
        return CatalogueResult(
            page=query.page,
            page_size=query.page_size,
            engine=engine.name,
            took_ms=(time.perf_counter() - started) * 1000,
            generated_at=timezone.now(),
            **fields,
        )


# A Protocol, not a base class: the engines sit in search/, which must not import the catalogue
# when it is loaded; they implement this by shape, and get_engine() checks it.
@runtime_checkable
class CatalogueSearchEngine(Protocol):
    """What every catalogue engine implements; it is built as `Engine(catalogue)`."""

    name: str

    @classmethod
    def is_available(cls) -> bool:
        """Whether it can run here (its service is configured)."""

    def search(self, query: CatalogueQuery) -> CatalogueResult:
        """The answer to a query; InvalidQuery for one the query language refuses, any other error a failure.

        A query's brief (opportunities.brief.Brief) filters by its `must_conditions()` and, sorted
        by "fit", ranks by the sum of its `scores()`, computed as opportunities.brief.Score says, so
        that every engine ranks a brief's results in the same order.
        """

    def map_view(self, query: CatalogueQuery, precision: int, limit: int) -> MapView:
        """The results in query.bbox: their points if there are at most `limit`, else their clusters
        on the tile grid of `precision` (catalogue_query's module docstring); the total either way."""

    def result_ids(self, query: CatalogueQuery, chunk_size: int):
        """Every result's page id, in the order of the query's sort, as lists of up to chunk_size ids;
        never all of them in memory at once."""


def engine_paths():
    return settings.CATALOGUE_SEARCH_ENGINES


def available_engines():
    """Names of the engines that can run here (the contract tests run against each)."""
    return [name for name, path in engine_paths().items() if import_string(path).is_available()]


def configured_engine():
    return settings.CATALOGUE_SEARCH_ENGINE


def get_engine(name=FALLBACK):
    try:
        path = engine_paths()[name]
    except KeyError:
        raise ImproperlyConfigured(f"No catalogue search engine named {name!r} in CATALOGUE_SEARCH_ENGINES.") from None
    engine = import_string(path)(Catalogue())
    if not isinstance(engine, CatalogueSearchEngine):
        raise ImproperlyConfigured(f"{path} does not implement CatalogueSearchEngine.")
    return engine


def _answer(ask, engine):
    """(ask(engine), degraded): on the engine named, or on the configured one with the database as its
    fallback (degraded when the database answered for it)."""
    if engine is not None:
        return ask(get_engine(engine)), False
    name = configured_engine()
    try:
        return ask(get_engine(name)), False
    except InvalidQuery:
        raise
    except Exception as error:  # whatever the cluster did (refused, hung, erred, breaker open)
        if name == FALLBACK:
            raise
        logger.warning("Catalogue search fell back to the database: %s", error)
        return ask(get_engine(FALLBACK)), True


def search(query, engine=None):
    result, degraded = _answer(lambda chosen: chosen.search(query), engine)
    result.degraded = degraded
    return result


def map_view(query, precision, limit, engine=None):
    view, degraded = _answer(lambda chosen: chosen.map_view(query, precision, limit), engine)
    view.degraded = degraded
    return view


def result_ids(query, chunk_size, engine=None):
    """An iterator of lists of result ids. The first list is fetched here, before a download starts,
    so an engine that fails on it hands over to the database; a failure later ends the download."""

    def first(chosen):
        chunks = iter(chosen.result_ids(query, chunk_size))
        return next(chunks, None), chunks

    (head, rest), _degraded = _answer(first, engine)
    return itertools.chain([head] if head else [], rest)
