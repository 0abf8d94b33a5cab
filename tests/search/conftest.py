import os
from types import SimpleNamespace

import pytest
from django.conf import settings
from django.test import override_settings

from opportunities.catalogue_engines import available_engines, get_engine
from tests.factories import HomePageFactory, locales, translate
from tests.opportunities.factories import build_catalogue, make_site, translate_site

# title -> facts; letters make the expected sets readable.
SITES = {
    "A Cremona logistics": {
        "municipality": "Cremona",
        "province": "CR",
        "kind": "area",
        "category": "greenfield",
        "site_area_m2": 80000,
        "permitted_uses": ["logistics", "industrial"],
        "tenure": "sale",
        "asking_price_eur": 5_000_000,
        "power_kw": 3000,
        "in_zls": True,
    },
    "B Spinadesco brownfield": {
        "municipality": "Spinadesco",
        "province": "CR",
        "kind": "area",
        "category": "brownfield",
        "site_area_m2": 40000,
        "covered_area_m2": 9000,
        "permitted_uses": ["industrial"],
        "tenure": "either",
        "asking_price_eur": 2_000_000,
        "power_kw": 1500,
        "in_zls": True,
        "in_state_aid_area": True,
    },
    "C Mantova warehouse": {
        "municipality": "Mantova",
        "province": "MN",
        "kind": "building",
        "category": "brownfield",
        "site_area_m2": 30000,
        "covered_area_m2": 12000,
        "permitted_uses": ["logistics"],
        "tenure": "lease",
        "asking_price_eur": 500_000,
        "power_kw": 800,
        "in_zls": True,
    },
    "D Segrate labs": {
        "municipality": "Segrate",
        "province": "MI",
        "kind": "building",
        "category": "regeneration",
        "site_area_m2": 9000,
        "covered_area_m2": 6000,
        "permitted_uses": ["offices", "research"],
        "tenure": "lease",
        "asking_price_eur": 1_000_000,
        "power_kw": 900,
        "in_zis": True,
    },
    "E Dalmine factory": {
        "municipality": "Dalmine",
        "province": "BG",
        "kind": "building",
        "category": "disused",
        "site_area_m2": 40000,
        "covered_area_m2": 25000,
        "permitted_uses": ["industrial"],
        "tenure": "sale",
        "asking_price_eur": 7_500_000,
        "power_kw": 2500,
    },
    "F Morbegno workshop": {
        "municipality": "Morbegno",
        "province": "SO",
        "kind": "building",
        "category": "disused",
        "site_area_m2": 5000,
        "covered_area_m2": 2500,
        "permitted_uses": ["commercial"],
        "tenure": "lease",
        "asking_price_eur": 90_000,
        "power_kw": 250,
        "ownership": "public",
    },
    "G Gallarate project": {
        "municipality": "Gallarate",
        "province": "VA",
        "kind": "project",
        "category": "greenfield",
        "site_area_m2": 55000,
        "permitted_uses": ["logistics", "offices"],
        "tenure": "concession",
    },
}


@pytest.fixture(params=available_engines())
def engine(request):
    if request.param == "elasticsearch":
        request.getfixturevalue("catalogue_index")
    return get_engine(request.param)


def elasticsearch_settings():
    """The catalogue on Elasticsearch, on this run's own indices, visible as soon as written."""
    return override_settings(
        CATALOGUE_SEARCH_ENGINE="elasticsearch",
        ELASTICSEARCH_REFRESH_ON_WRITE=True,
        ELASTICSEARCH_ANALYSIS=os.environ.get("ELASTICSEARCH_ANALYSIS", settings.ELASTICSEARCH_ANALYSIS),
    )


@pytest.fixture(scope="session")
def _catalogue_indices():
    """Deletes this run's catalogue indices at the end (their names carry the run's prefix)."""
    yield
    from search.cluster import get_client
    from search.opportunity_index import alias_name, languages

    client = get_client(timeout=30)
    for language in languages():
        for name in client.indices.get(index=f"{alias_name(language)}-*", ignore_unavailable=True):
            client.indices.delete(index=name)


@pytest.fixture
def catalogue_index(db, monkeypatch, _catalogue_indices):
    """The catalogue engine and its index updates on Elasticsearch, for one test.

    A test's transaction is rolled back, never committed, so index updates (which wait for the
    commit) run at once here; and the index is reconciled with the database before each test,
    which puts back whatever an earlier, rolled-back test changed.
    """
    from search import indexing
    from search.cluster import breaker
    from search.opportunity_index import reconcile

    monkeypatch.setattr(indexing, "after_commit", lambda function: function())
    breaker.reset()
    with elasticsearch_settings():
        reconcile()
        yield
    breaker.reset()


@pytest.fixture(scope="module")
def catalogue_data(django_db_setup, django_db_blocker):
    """Committed once per module, since Elasticsearch indexes committed pages only, and removed
    afterwards; each test still runs in its own transaction, so a test that changes a site is
    rolled back (and the index reconciled before the next one)."""
    with django_db_blocker.unblock():
        tree = _committed_site()
        try:
            yield _build(tree)
        finally:
            _remove(tree)


@pytest.fixture
def sites(db, catalogue_data):
    return {key: page.__class__.objects.get(pk=page.pk) for key, page in catalogue_data.items()}


def _committed_site():
    """A bilingual home served as the default site, beside whatever the migrations left.

    Unlike build_site() it deletes nothing, so _remove() can put the database back as the
    rolled-back tests of other modules expect it.
    """
    from wagtail.models import Page, Site

    english, _ = locales()
    home = HomePageFactory(parent=Page.get_first_root_node(), locale=english, slug="search-test-home")
    it_home = translate(home, title="Casa di prova", slug="search-test-home-it")
    site = Site.objects.filter(is_default_site=True).first()
    previous = site.root_page_id if site else None
    site = site or Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = home
    site.save()
    return SimpleNamespace(site=site, en=home, it=it_home, previous_root=previous)


def _remove(tree):
    """The test home and its tree go; the default site gets its first page back (or goes with the home)."""
    from wagtail.models import Page

    if tree.previous_root is not None:
        tree.site.root_page = Page.objects.get(pk=tree.previous_root)
        tree.site.save()
    for home in (tree.it, tree.en):
        Page.objects.get(pk=home.pk).delete()


def _build(tree):
    """The seven sites in English, three of them also in Italian; {letter: page}."""
    tree = build_catalogue(tree)
    index, it_index = tree.index, tree.it_index
    pages = {}
    for title, facts in SITES.items():
        pages[title[0]] = make_site(index, title, **facts)
    for letter in "ACD":
        pages[f"it-{letter}"] = translate_site(pages[letter], f"{letter} (it) " + pages[letter].title[2:])
    pages["index"], pages["it_index"] = index, it_index
    return pages
