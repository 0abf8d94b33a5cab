import copy

import pytest

from tests.factories import built_once_per_module
from tests.leads.factories import build_lead_site

# Every test of the folder reads the same site: it is built once for the folder, and each test's
# changes are rolled back (tests/factories.py).
_lead_site = built_once_per_module(build_lead_site, scope="package")


@pytest.fixture
def sector_site(_lead_site, db):
    """The factory-built site of tests/leads/factories.py: sectors with booklets and the contact page.

    A copy, so that a test changing one of its objects in memory leaves the next test the original.
    """
    return copy.deepcopy(_lead_site)
