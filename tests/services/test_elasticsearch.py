"""A real Elasticsearch (ELASTICSEARCH_URL; always in CI): indexing and finding through both the
elasticsearch.dsl client and Wagtail's Elasticsearch 8 backend with the project's index profile."""

import os
import uuid

import pytest
from django.conf import settings
from wagtail.search.backends import get_search_backend

from home.models import StandardPage
from search.elasticsearch_profiles import wagtail_backend_settings
from tests.conftest import require_service

pytestmark = [pytest.mark.elasticsearch]


@pytest.fixture
def es_url():
    require_service("ELASTICSEARCH_URL", "Elasticsearch tests need a running cluster")
    return os.environ["ELASTICSEARCH_URL"]


@pytest.fixture
def index_prefix():
    return f"{settings.ELASTICSEARCH_INDEX_PREFIX}-{uuid.uuid4().hex[:8]}"


def test_elasticsearch_dsl_creates_an_index_indexes_and_finds(es_url, index_prefix):
    from elasticsearch import Elasticsearch
    from elasticsearch.dsl import Document, Keyword, Text

    client = Elasticsearch(es_url, request_timeout=10)
    index_name = f"{index_prefix}-probe"

    class Probe(Document):
        title = Text()
        province = Keyword()

        class Index:
            name = index_name

    try:
        Probe.init(using=client)
        Probe(title="Brownfield site near the Cremona inland port", province="CR").save(using=client, refresh=True)
        hits = Probe.search(using=client).query("match", title="cremona").filter("term", province="CR").execute()
        assert [hit.title for hit in hits] == ["Brownfield site near the Cremona inland port"]
    finally:
        client.indices.delete(index=index_name, ignore_unavailable=True)


@pytest.mark.django_db
def test_wagtail_backend_indexes_pages_and_finds_them(es_url, index_prefix, pages):
    profile = os.environ.get("ELASTICSEARCH_ANALYSIS", settings.ELASTICSEARCH_ANALYSIS)
    params = wagtail_backend_settings(es_url, index_prefix, profile)
    backend = get_search_backend(**params)
    index = backend.get_index_for_model(StandardPage)
    try:
        index.reset()
        index.add_model(StandardPage)
        index.add_items(StandardPage, list(StandardPage.objects.live()))
        index.refresh()
        titles = [page.title for page in backend.search("investors", StandardPage)]
        assert "Services for investors" in titles
        assert "Cookie policy" not in titles
        # Partial-word autocomplete needs the edge n-gram analyzer of analysis-common; a bare
        # cluster ("builtin" profile) completes whole words only.
        prefix = "investor" if profile == "full" else "investors"
        assert "Services for investors" in [p.title for p in backend.autocomplete(prefix, StandardPage)]
    finally:
        # Wildcard deletes are refused by default (action.destructive_requires_name).
        for name in backend.es.indices.get(index=f"{index_prefix}-*", ignore_unavailable=True):
            backend.es.indices.delete(index=name)


@pytest.mark.django_db
def test_term_suggester_corrects_a_misspelt_word(es_url, index_prefix, pages):
    from search.suggestions import elasticsearch_suggestion

    profile = os.environ.get("ELASTICSEARCH_ANALYSIS", settings.ELASTICSEARCH_ANALYSIS)
    backend = get_search_backend(**wagtail_backend_settings(es_url, index_prefix, profile))
    index = backend.get_index_for_model(StandardPage)
    try:
        index.reset()
        index.add_model(StandardPage)
        index.add_items(StandardPage, list(StandardPage.objects.live()))
        index.refresh()
        assert elasticsearch_suggestion(backend, "investorz") == "investors"
        assert elasticsearch_suggestion(backend, "investors") is None
    finally:
        for name in backend.es.indices.get(index=f"{index_prefix}-*", ignore_unavailable=True):
            backend.es.indices.delete(index=name)
