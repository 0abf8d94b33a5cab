import pytest


@pytest.fixture
def sector_site(db):
    """The factory-built site of tests/leads/factories.py: sectors with booklets and the contact page."""
    from tests.leads.factories import build_lead_site

    return build_lead_site()
