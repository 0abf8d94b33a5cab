"""The national-mapping feed (/api/v2/catalogue/feed.json): every published site once, paged by cursor, with
conditional GET; a site a script made live without publishing it never breaks it."""

import pytest
from django.utils import timezone

from opportunities.models import OpportunityPage
from tests.opportunities.factories import build_catalogue, make_site

pytestmark = pytest.mark.django_db

FEED = "/api/v2/catalogue/feed.json"


@pytest.fixture
def catalogue():
    tree = build_catalogue()
    tree.sites = [
        make_site(tree.index, title, last_verified=timezone.localdate())
        for title in ("Cremona logistics park", "Lodi warehouse", "Brescia former foundry")
    ]
    return tree


def _titles(items):
    return [item["title"]["en"] for item in items]


def test_the_feed_pages_through_every_site_once_by_its_cursor(client, catalogue, monkeypatch):
    monkeypatch.setattr("opportunities.feeds.PAGE_SIZE", 2)
    first = client.get(FEED).json()
    assert len(first["items"]) == 2 and first["links"]["next"]
    assert first["total"] == 3

    second = client.get(first["links"]["next"]).json()

    seen = _titles(first["items"]) + _titles(second["items"])
    assert sorted(seen) == sorted(site.title for site in catalogue.sites)
    assert second["links"]["next"] is None


def test_an_unchanged_feed_answers_304_to_its_own_etag(client, catalogue):
    response = client.get(FEED)
    assert response.status_code == 200 and response["ETag"]

    assert client.get(FEED, headers={"if-none-match": response["ETag"]}).status_code == 304


def test_a_live_site_never_published_through_wagtail_is_left_out_not_a_server_error(client, catalogue):
    OpportunityPage.objects.filter(pk=catalogue.sites[0].pk).update(last_published_at=None)

    response = client.get(FEED)

    assert response.status_code == 200
    assert "Cremona logistics park" not in _titles(response.json()["items"])
    assert len(response.json()["items"]) == 2
