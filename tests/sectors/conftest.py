import pytest
from django.core.cache import cache


@pytest.fixture
def sector_site(db):
    """The home page, the sectors and the contact page of the demo, in both languages."""
    from wagtail.models import Site

    from home.demo.loader import DemoLoader
    from leads.demo import LeadsLoader
    from sectors.demo.loader import SectorsLoader

    for loader in (DemoLoader, LeadsLoader, SectorsLoader):
        loader(log=lambda line: None).run()
    return Site.objects.get(is_default_site=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Rate-limit counters live in the cache: each test starts from zero."""
    cache.clear()
    yield
    cache.clear()
