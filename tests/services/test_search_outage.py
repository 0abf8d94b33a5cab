"""Editors keep working when Elasticsearch is unreachable: saving and publishing never fail on it."""

import socket

import pytest
from django.test import override_settings
from wagtail.models import Page

from home.models import HomePage, StandardPage
from search.elasticsearch_profiles import wagtail_backend_settings
from tests.services.conftest import SITE_EN, SITE_IT

pytestmark = pytest.mark.django_db


def unreachable_backend():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    backend = wagtail_backend_settings(f"http://127.0.0.1:{port}", "outage", "full")
    backend["TIMEOUT"] = 1
    return {"default": backend}


@pytest.mark.demo  # the Italian alias below is made only on the demo's tree so far (see the report)
def test_editor_publishes_while_elasticsearch_is_down(admin_client, demo_site, caplog):
    home = HomePage.objects.get(pk=demo_site.root_page_id)
    with override_settings(WAGTAILSEARCH_BACKENDS=unreachable_backend()):
        response = admin_client.post(
            f"/admin/pages/add/home/standardpage/{home.pk}/",
            {
                "title": "Tax incentives",
                "slug": "tax-incentives",
                "intro": "",
                "body-count": "0",
                "action-publish": "1",
            },
        )
    assert response.status_code == 302
    page = StandardPage.objects.get(slug="tax-incentives", locale=home.locale)
    assert page.live
    assert Page.objects.filter(alias_of=page).exists()  # and the Italian tree was kept in sync
    # The indexing task did try the cluster, failed, and said so in the log.
    assert any("ConnectionError" in (r.exc_text or r.getMessage()) for r in caplog.records if r.exc_info or r.exc_text)


@pytest.fixture
def fresh_breaker():
    from search.cluster import breaker

    breaker.reset()
    yield breaker
    breaker.reset()


@pytest.fixture(params=["refused", "silent"])
def broken_cluster(request, fresh_breaker):
    """A URL where Elasticsearch should be: a closed port, or one that accepts and never answers."""
    if request.param == "refused":
        yield unreachable_backend()["default"]["URLS"][0]
        return
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(8)  # connections complete in the kernel's backlog; nothing ever replies
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_catalogue_answers_from_the_database_when_elasticsearch_fails(client, pages, broken_cluster):
    with override_settings(CATALOGUE_SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL=broken_cluster):
        response = client.get("/en/opportunities/", {"q": "Cremona"})
        italian = client.get("/it/opportunita/")
    html = response.content.decode()
    assert response.status_code == 200
    assert SITE_EN in html
    assert "simplified mode" in html
    assert italian.status_code == 200
    assert SITE_IT in italian.content.decode()


def test_site_search_answers_from_the_database_when_elasticsearch_hangs_or_refuses(client, pages, broken_cluster):
    backends = {
        "default": wagtail_backend_settings(broken_cluster, "outage", "full"),
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = client.get("/en/search/", {"q": "investors"})
        misspelt = client.get("/en/search/", {"q": "investorz"})
    assert response.status_code == 200
    assert "Services for investors" in response.content.decode()
    assert "simplified mode" in response.content.decode()
    assert misspelt.status_code == 200


def test_autocomplete_answers_from_the_database_when_elasticsearch_fails(client, pages, broken_cluster):
    with override_settings(CATALOGUE_SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL=broken_cluster):
        data = client.get("/en/search/autocomplete/", {"q": "Crem"}).json()
    assert data["degraded"]
    assert {"text": "Cremona"} in data["suggestions"]


def test_after_repeated_failures_elasticsearch_is_skipped(client, pages, fresh_breaker):
    with override_settings(
        CATALOGUE_SEARCH_ENGINE="elasticsearch", ELASTICSEARCH_URL=unreachable_backend()["default"]["URLS"][0]
    ):
        for _ in range(fresh_breaker.threshold):
            assert client.get("/en/opportunities/").status_code == 200
        assert fresh_breaker.is_open
        assert "simplified mode" in client.get("/en/opportunities/").content.decode()
