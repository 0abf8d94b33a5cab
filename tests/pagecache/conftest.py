"""The page cache switched on (it is off for the rest of the suite), on a factory-built site."""

import pytest

from tests.pagecache.factories import build_linked_site


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def linked_site(db):
    return build_linked_site()
