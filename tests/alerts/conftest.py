"""A small factory-built catalogue for saved searches: sites in Bergamo and Brescia."""

import pytest
from django.core.cache import cache

from tests.factories import built_once_per_module
from tests.opportunities.factories import build_catalogue, make_site, translate_site


def _build():
    tree = build_catalogue()
    bergamo = make_site(tree.index, "Bergamo hub", province="BG", municipality="Bergamo", power_kw=2500)
    return {
        "tree": tree,
        "bergamo": bergamo,
        "it_bergamo": translate_site(bergamo, "Polo di Bergamo"),
        "brescia": make_site(tree.index, "Brescia depot", province="BS", municipality="Brescia", power_kw=900),
    }


catalogue = built_once_per_module(_build)


@pytest.fixture
def sites(db, catalogue):
    return catalogue


@pytest.fixture(autouse=True)
def _fresh_rate_limits():
    cache.clear()
