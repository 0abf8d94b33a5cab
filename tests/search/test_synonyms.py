"""Editors' synonyms per language: a search for one term finds pages that use another, on both engines."""

import os
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from search.elasticsearch_profiles import wagtail_backend_settings
from search.models import SearchSynonyms
from search.synonyms import widened
from tests.conftest import require_service
from tests.factories import SectorIndexPageFactory, SectorPageFactory, build_site, translate

pytestmark = pytest.mark.django_db


def build_sectors():
    tree = build_site()
    index = SectorIndexPageFactory(parent=tree.en)
    translate(index, title="Settori di prova", slug="settori")
    micro = SectorPageFactory(parent=index, title="Microelectronics", slug="microelectronics")
    translate(micro, title="Microelettronica", slug="microelettronica", headline="Titolo di prova")
    SectorPageFactory(parent=index, title="Life sciences", slug="life-sciences")
    return tree


def synonyms(language, terms):
    return SearchSynonyms.objects.create(locale=Locale.objects.get(language_code=language), terms=terms)


def titles(response):
    return re.findall(r'class="search-result__title"><a href="[^"]*">([^<]+)</a>', response.content.decode())


@pytest.fixture
def sectors():
    return build_sectors()


def test_without_a_synonym_the_other_word_finds_nothing(client, sectors):
    assert titles(client.get("/en/search/", {"q": "semiconductor"})) == []


def test_a_synonym_finds_the_sector_in_english_and_in_italian(client, sectors):
    synonyms("en", "semiconductor, microelectronics, chips")
    synonyms("it", "semiconduttori, microelettronica, chip")
    assert titles(client.get("/en/search/", {"q": "semiconductor"})) == ["Microelectronics"]
    assert titles(client.get("/it/search/", {"q": "chip"})) == ["Microelettronica"]
    # A group of one language widens only that language's searches.
    assert titles(client.get("/it/search/", {"q": "semiconductor"})) == []


def test_multi_word_terms_and_other_words_combine(client, sectors):
    synonyms("en", "biotech, life sciences")
    assert titles(client.get("/en/search/", {"q": "biotech"})) == ["Life sciences"]
    # The other words still have to match: nothing is about biotech and Antarctica.
    assert titles(client.get("/en/search/", {"q": "biotech antarctica"})) == []
    query = widened("biotech plant", Locale.objects.get(language_code="en"))
    assert repr(query).count("PlainText") == 3  # (biotech OR "life sciences") AND plant


@pytest.mark.parametrize(
    ("terms", "message"),
    [("chips", "at least two terms"), (", ,chips,", "at least two terms"), (",".join(map(str, range(25))), "at most")],
)
def test_a_group_needs_two_to_twenty_terms(site_tree, terms, message):
    group = SearchSynonyms(locale=Locale.objects.get(language_code="en"), terms=terms)
    with pytest.raises(ValidationError, match=message):
        group.full_clean()


def test_terms_are_stored_tidy(site_tree):
    group = SearchSynonyms(locale=Locale.objects.get(language_code="en"), terms=" Chips,  MICRO-electronics ,chips")
    group.full_clean()
    assert group.terms == "chips, micro electronics"


def test_the_demo_loader_adds_each_existing_languages_groups_once(site_tree):
    from search.demo.loader import SynonymsLoader

    SynonymsLoader(log=lambda line: None).run()
    counts = {code: SearchSynonyms.objects.filter(locale__language_code=code).count() for code in ("en", "it", "de")}
    assert counts["en"] >= 5 and counts["it"] >= 5
    assert counts["de"] == 0  # no German locale on this site
    SynonymsLoader(log=lambda line: None).run()
    assert SearchSynonyms.objects.filter(locale__language_code="it").count() == counts["it"]


@pytest.mark.elasticsearch
def test_elasticsearch_answers_the_same_widened_question(client):
    require_service("ELASTICSEARCH_URL", "site search on Elasticsearch needs a running cluster")
    prefix = f"synonyms-{os.getpid()}"
    backends = {
        "default": wagtail_backend_settings(
            os.environ["ELASTICSEARCH_URL"], prefix, os.environ.get("ELASTICSEARCH_ANALYSIS", "full")
        ),
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        cluster = get_search_backend("default").es
        try:
            build_sectors()
            call_command("update_index", stdout=open(os.devnull, "w"))  # noqa: SIM115 - rebuilt and refreshed
            synonyms("en", "semiconductor, microelectronics, chips")
            response = client.get("/en/search/", {"q": "semiconductor"})
            assert "simplified mode" not in response.content.decode()
            assert titles(response) == ["Microelectronics"]
        finally:
            for name in cluster.indices.get(index=f"{prefix}*", ignore_unavailable=True):
                cluster.indices.delete(index=name)
