import copy

import pytest

from tests.factories import built_once_per_module
from tests.territories.factories import build_territories

# Every test of the folder reads the same cards and directory: built once for the folder, each
# test's changes rolled back (tests/factories.py).
_territory_site = built_once_per_module(build_territories, scope="package")


@pytest.fixture
def territory_site(_territory_site, db):
    """The territories of tests/territories/factories.py; a copy, so in-memory changes stay in their test."""
    return copy.deepcopy(_territory_site)
