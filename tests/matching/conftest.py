"""A fixed set of sites for briefs, committed once per module so Elasticsearch can index them too.

The engine fixtures are tests/search's: every engine available here (the database always, and
Elasticsearch when ELASTICSEARCH_URL is set, as in CI) runs every test.
"""

import datetime

import pytest
from django.utils import timezone

from opportunities.models import OpportunityPage
from sectors.models import BusinessFunction
from tests.factories import (
    BusinessFunctionFactory,
    SectorIndexPageFactory,
    SectorPageFactory,
    translate,
    translate_snippet,
)
from tests.opportunities.factories import build_catalogue, make_site, translate_site
from tests.search.conftest import (  # noqa: F401  (fixtures, found by name)
    _catalogue_indices,
    _committed_site,
    _remove,
    catalogue_index,
    engine,
)

# Letters in the order of the brief's fit (tests/matching/test_ranking.py gives the sums). Readiness
# (verified on the day they are built): P at level 2; Q, R and V at 0 (available only later); the others at 1.
SITES = {
    "P Bergamo hub": {
        "province": "BG",
        "municipality": "Bergamo",
        "power_kw": 2500,
        "site_area_m2": 40000,
        "tenure": "sale",
        "asking_price_eur": 2_500_000,
        "permitted_uses": ["logistics"],
        "ceiling_height_m": 10,
        "planning_status": "compliant",
        "environmental_status": "clean",
    },
    "Q Brescia depot": {
        "province": "BS",
        "municipality": "Brescia",
        "power_kw": 1500,
        "site_area_m2": 50000,
        "tenure": "either",
        "asking_price_eur": 3_000_000,
        "permitted_uses": ["logistics", "industrial"],
        "available_from": datetime.date(2027, 3, 1),
        "ceiling_height_m": 6,
    },
    "R Dalmine plant": {
        "province": "BG",
        "municipality": "Dalmine",
        "power_kw": 3000,
        "site_area_m2": 90000,
        "tenure": "lease",
        "asking_price_eur": 4_500_000,
        "permitted_uses": ["industrial"],
        "available_from": datetime.date(2028, 1, 1),
        "ceiling_height_m": 8,
    },
    "S Chiari yard": {
        "province": "BS",
        "municipality": "Chiari",
        "site_area_m2": 10000,
        "tenure": "sale",
        "permitted_uses": ["logistics"],
    },
    "T Segrate campus": {
        "province": "MI",
        "municipality": "Segrate",
        "power_kw": 5000,
        "site_area_m2": 40000,
        "tenure": "sale",
        "asking_price_eur": 1_000_000,
        "permitted_uses": ["logistics"],
        "ceiling_height_m": 12,
    },
    "U Treviglio shed": {
        "province": "BG",
        "municipality": "Treviglio",
        "power_kw": 1000,
        "site_area_m2": 20000,
        "tenure": "sale",
        "asking_price_eur": 6_000_000,
        "permitted_uses": ["logistics"],
        "ceiling_height_m": 12,
    },
    "V Montichiari concession": {
        "province": "BS",
        "municipality": "Montichiari",
        "power_kw": 2000,
        "site_area_m2": 60000,
        "tenure": "concession",
        "asking_price_eur": 1_000_000,
        "permitted_uses": ["offices"],
        "available_from": datetime.date(2027, 6, 30),
        "ceiling_height_m": 4,
        "planning_status": "compliant",
        "environmental_status": "clean",
    },
    # Published after R with the same fit: ranked before it (newest first among equals).
    "W Seriate lot": {
        "province": "BG",
        "municipality": "Seriate",
        "power_kw": 2000,
        "tenure": "lease",
        "asking_price_eur": 3_000_000,
        "permitted_uses": ["industrial"],
    },
}


@pytest.fixture(scope="module")
def catalogue_data(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        tree = _committed_site()
        try:
            yield _build(tree)
        finally:
            _remove(tree)
            BusinessFunction.objects.filter(key="logistics").delete()


@pytest.fixture
def sites(db, catalogue_data):
    return {key: page.__class__.objects.get(pk=page.pk) for key, page in catalogue_data.items()}


def _build(tree):
    tree = build_catalogue(tree)
    function = BusinessFunctionFactory(key="logistics", name="Logistics & maintenance")
    translate_snippet(function, name="Logistica & manutenzione")
    sectors = SectorIndexPageFactory(parent=tree.en)
    logistics = SectorPageFactory(parent=sectors, title="Logistics", slug="logistics")
    translate(sectors, slug="settori")
    pages = {"sector": logistics, "it_sector": translate(logistics, title="Logistica", slug="logistica")}
    for title, facts in SITES.items():
        pages[title[0]] = make_site(tree.index, title, last_verified=timezone.localdate(), **facts)
    linked = OpportunityPage.objects.get(pk=pages["Q"].pk)
    linked.sectors.set([logistics])
    linked.save_revision().publish()
    pages["Q"] = OpportunityPage.objects.get(pk=linked.pk)
    pages["it-Q"] = translate_site(pages["Q"], "Q Deposito di Brescia")
    pages["index"], pages["it_index"] = tree.index, tree.it_index
    return pages
