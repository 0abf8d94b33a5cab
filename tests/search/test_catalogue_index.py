"""The catalogue index on a real Elasticsearch (ELASTICSEARCH_URL; always in CI): editors' changes
reach it, an outage delays them without losing them, reconcile and rebuild repair it, and the
engine's extras (highlights, typo tolerance, autocomplete) work in each language apart."""

import socket
import threading

import pytest
from django.core.management import call_command
from django.test import override_settings

from opportunities.catalogue_engines import Catalogue, get_engine, search
from opportunities.catalogue_query import CatalogueQuery
from search.backends.elasticsearch import OpportunitySearch
from search.cluster import breaker, get_client
from search.models import PendingIndexUpdate
from search.opportunity_index import alias_name, rebuild
from tests.conftest import require_service
from tests.opportunities.factories import OpportunityIndexPageFactory, make_site

pytestmark = [pytest.mark.django_db, pytest.mark.elasticsearch]


@pytest.fixture(autouse=True)
def _cluster(request):
    require_service("ELASTICSEARCH_URL", "the catalogue index needs a running cluster")
    request.getfixturevalue("catalogue_index")


def titles(locale="en", root="", **kwargs):
    result = get_engine("elasticsearch").search(CatalogueQuery(locale=locale, root_path=root, page_size=50, **kwargs))
    return {hit.title for hit in result.hits}


def refused_url():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_publish_unpublish_and_delete_reach_the_index(sites):
    root = sites["index"].url_path
    site = make_site(sites["index"], "H Lodi cold store", municipality="Lodi", province="LO")
    assert "H Lodi cold store" in titles(root=root)
    site.unpublish()
    assert "H Lodi cold store" not in titles(root=root)
    site.save_revision().publish()
    assert "H Lodi cold store" in titles(root=root)
    site.delete()
    assert "H Lodi cold store" not in titles(root=root)
    assert not PendingIndexUpdate.objects.exists()


def test_a_moved_site_is_found_under_its_new_catalogue_only(sites):
    other = OpportunityIndexPageFactory(parent=sites["index"].get_parent(), title="Other sites", slug="other-sites")
    sites["G"].move(other, pos="last-child")
    assert "G Gallarate project" not in titles(root=sites["index"].url_path)
    assert "G Gallarate project" in titles(root=other.url_path)


def test_an_editor_publishes_while_elasticsearch_is_down_and_the_index_catches_up(sites, monkeypatch):
    root = sites["index"].url_path
    with override_settings(ELASTICSEARCH_URL=refused_url()):
        site = make_site(sites["index"], "H Lodi cold store", municipality="Lodi", province="LO")
        assert site.live  # publishing worked
        pending = PendingIndexUpdate.objects.get(page_id=site.pk)
        assert pending.attempts >= 1 and pending.last_error
        assert breaker.is_open  # repeated failures: Elasticsearch is skipped for a while
    # The catalogue still answers, from the database, without the new site in the index yet.
    assert "H Lodi cold store" in {hit.title for hit in search(CatalogueQuery(root_path=root)).hits}
    # After the cool-down, the cluster answers again: the first successful search runs the
    # breaker's recovery hook, which syncs what waited.
    later = breaker.clock() + breaker.cooldown + 1
    monkeypatch.setattr(breaker, "clock", lambda: later)
    titles(root=root)
    assert "H Lodi cold store" in titles(root=root)
    assert not PendingIndexUpdate.objects.exists()


def test_reconcile_repairs_missing_stale_and_extra_documents(sites, capsys):
    client = get_client(timeout=10)
    alias = alias_name("en")
    client.delete(index=alias, id=sites["A"].pk, refresh=True)  # missing
    client.update(index=alias, id=sites["B"].pk, doc={"title": "Outdated title", "fingerprint": "x"}, refresh=True)
    client.index(index=alias, id=999_999_999, document={"locale": "en", "title": "Ghost site"}, refresh=True)  # extra
    assert "A Cremona logistics" not in titles(root=sites["index"].url_path)

    call_command("reconcile")
    out = capsys.readouterr().out
    assert "1 missing, 1 stale, 1 extra" in out
    assert titles(root=sites["index"].url_path) == {site.title for key, site in sites.items() if len(key) == 1}
    assert not client.exists(index=alias, id=999_999_999)


def test_rebuild_under_concurrent_searches_never_shows_an_empty_or_failing_result(sites):
    query = CatalogueQuery(locale="en", root_path=sites["index"].url_path)
    request = OpportunitySearch(query, Catalogue()).build().using(get_client(timeout=10))
    totals, errors = [], []
    done = threading.Event()

    def searcher():
        while not done.is_set():
            try:
                totals.append(request.execute(ignore_cache=True).hits.total.value)
            except Exception as error:
                errors.append(error)

    threads = [threading.Thread(target=searcher) for _ in range(2)]
    for thread in threads:
        thread.start()
    try:
        before = set(get_client().indices.get_alias(name=alias_name("en")))
        name, _count = rebuild("en")
    finally:
        done.set()
        for thread in threads:
            thread.join()
    assert not errors
    assert totals and set(totals) == {7}
    assert set(get_client().indices.get_alias(name=alias_name("en"))) == {name}
    assert not any(get_client().indices.exists(index=old) for old in before)  # the old index is gone


def test_rebuild_refuses_to_swap_when_the_new_index_is_short(sites, monkeypatch):
    from search import opportunity_index

    before = set(get_client().indices.get_alias(name=alias_name("en")))
    monkeypatch.setattr(opportunity_index, "REBUILD_MIN_SHARE", 2.0)  # no index can hold twice what exists
    with pytest.raises(opportunity_index.RebuildRefused):
        rebuild("en")
    assert set(get_client().indices.get_alias(name=alias_name("en"))) == before
    assert "A Cremona logistics" in titles(root=sites["index"].url_path)


def test_locales_never_mix(sites):
    assert titles("it", root=sites["it_index"].url_path) == {sites[f"it-{x}"].title for x in "ACD"}
    for locale in ("en", "it"):
        result = get_engine("elasticsearch").search(CatalogueQuery(locale=locale, text="Cremona", page_size=50))
        assert sites["A" if locale == "en" else "it-A"].title in {hit.title for hit in result.hits}
        assert {hit.locale.language_code for hit in result.hits} == {locale}


def test_typo_tolerance_and_highlights(sites):
    root = sites["index"].url_path
    misspelt = get_engine("elasticsearch").search(CatalogueQuery(text="warehuose", root_path=root))
    assert [hit.title for hit in misspelt.hits] == ["C Mantova warehouse"]
    result = get_engine("elasticsearch").search(CatalogueQuery(text="warehouse", root_path=root))
    assert "<mark>warehouse</mark>" in result.highlights[sites["C"].pk]


def test_autocomplete_suggests_places_and_titles_of_the_language(client, sites):
    with override_settings(CATALOGUE_SEARCH_ENGINE="elasticsearch"):
        english = client.get("/en/search/autocomplete/", {"q": "Spin"}).json()
        italian = client.get("/it/search/autocomplete/", {"q": "A (it) Crem"}).json()
    assert {"text": "Spinadesco"} in english["suggestions"]
    assert not english["degraded"]
    assert [s["text"] for s in italian["suggestions"]] == [sites["it-A"].title]
    assert "/it/" in italian["suggestions"][0]["url"]


def test_the_catalogue_falls_back_to_the_database_when_the_breaker_is_open(sites):
    for _ in range(breaker.threshold):
        with pytest.raises(ConnectionError):
            breaker.call(_fail)
    assert breaker.is_open
    result = search(CatalogueQuery(root_path=sites["index"].url_path))
    assert result.degraded and result.engine == "database" and result.total == 7


def _fail():
    raise ConnectionError("cluster down")
