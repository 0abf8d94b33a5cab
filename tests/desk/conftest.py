import pytest


@pytest.fixture
def desk_site(db, settings):
    """The lead forms' factory-built site (contact page in both languages, countries), acknowledgements on."""
    from tests.leads.factories import build_lead_site

    settings.DESK_ACKNOWLEDGE_ENQUIRERS = True
    return build_lead_site()
