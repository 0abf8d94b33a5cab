import pytest
from django.utils import translation


@pytest.fixture(autouse=True)
def _reset_language():
    """Requests to /it/ leave Italian active in this thread; later tests elsewhere expect the default."""
    yield
    translation.deactivate()
