"""Which engine answers catalogue queries. Elasticsearch joins `ENGINES` with the search issue."""

from django.utils.module_loading import import_string

ENGINES = {"database": "search.backends.database.DatabaseCatalogueSearch"}


def available_engines():
    """Names of the engines that can run here (the contract tests run against each)."""
    return list(ENGINES)


def get_engine(name="database"):
    return import_string(ENGINES[name])()


def search(query, engine="database"):
    return get_engine(engine).search(query)
