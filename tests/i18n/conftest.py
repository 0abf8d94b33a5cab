import pytest


@pytest.fixture
def synced(db):
    from tests.i18n.factories import build_synchronised_site

    return build_synchronised_site()
