"""Which engine answers catalogue queries, and the fallback to the database when Elasticsearch fails.

search(query)                          the configured engine (CATALOGUE_SEARCH_ENGINE), falling
                                       back to the database when it errors; result.degraded says so
search(query, engine="database")       one engine, no fallback (tests, benchmarks)
"""

import logging

from django.conf import settings
from django.utils.module_loading import import_string

from search.contract import InvalidQuery

logger = logging.getLogger(__name__)

ENGINES = {
    "database": "search.backends.database.DatabaseCatalogueSearch",
    "elasticsearch": "search.backends.elasticsearch.ElasticsearchCatalogueSearch",
}


def available_engines():
    """Names of the engines that can run here (the contract tests run against each)."""
    return [name for name in ENGINES if name != "elasticsearch" or settings.ELASTICSEARCH_URL]


def configured_engine():
    return getattr(settings, "CATALOGUE_SEARCH_ENGINE", "database")


def get_engine(name="database"):
    return import_string(ENGINES[name])()


def search(query, engine=None):
    if engine is not None:
        return get_engine(engine).search(query)
    name = configured_engine()
    try:
        return get_engine(name).search(query)
    except InvalidQuery:
        raise
    except Exception as error:  # whatever the cluster did (refused, hung, erred, breaker open)
        if name == "database":
            raise
        logger.warning("Catalogue search fell back to the database: %s", error)
        result = get_engine("database").search(query)
        result.degraded = True
        return result
