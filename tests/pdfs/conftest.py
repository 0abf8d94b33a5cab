import copy

import pytest

from tests.factories import built_once_per_module
from tests.leads.factories import build_lead_site

# The leads' bilingual site (two sectors with designed booklets, the contact page, the countries the
# form offers), built once for the folder; each test's changes are rolled back.
_pdf_site = built_once_per_module(build_lead_site, scope="package")


@pytest.fixture
def lead_site(_pdf_site, db):
    return copy.deepcopy(_pdf_site)
