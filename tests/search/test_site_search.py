"""Site search: the visitor's language only, types to filter by, promoted results, logged queries,
a helpful page when nothing matches, and answers from the database when Elasticsearch fails."""

import re
import socket

import pytest
from django.test import override_settings
from django.utils import translation
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from home.models import StandardPage
from search.elasticsearch_profiles import wagtail_backend_settings
from tests.factories import StandardPageFactory, build_site, translate
from tests.opportunities.factories import build_catalogue, make_site, translate_site

pytestmark = pytest.mark.django_db

SITE_EN, SITE_IT = "Logistics area by the canal port", "Area logistica presso il porto canale"


@pytest.fixture
def pages():
    """Pages about investors in both languages, a privacy page, and one catalogue site in Cremona."""
    tree = build_site()
    services = StandardPageFactory(
        parent=tree.en,
        title="Services for investors",
        slug="services",
        search_description="What the agency offers investors, free of charge.",
    )
    translate(
        services,
        title="Servizi per gli investitori",
        slug="servizi",
        search_description="Che cosa offre l'agenzia agli investitori, gratis.",
    )
    guide = StandardPageFactory(parent=tree.en, title="Test guide", intro="A guide for investors and their families.")
    # Two Italian results, so the count reads "2 risultati per".
    translate(guide, title="Guida di prova", slug="guida", intro="Una guida per gli investitori e le famiglie.")
    privacy = StandardPageFactory(parent=tree.en, title="Privacy", slug="privacy", intro="How we use personal data.")
    tree = build_catalogue(tree)
    site = make_site(tree.index, SITE_EN, municipality="Cremona", summary="A site near the port for investors.")
    translate_site(site, SITE_IT)
    return {"services": services, "privacy": privacy, "site": site}


def result_titles(html):
    return re.findall(r'class="search-result__title"><a href="[^"]*">([^<]+)</a>', html)


def test_english_search_finds_english_pages_only(client, pages):
    html = client.get("/en/search/", {"q": "investors"}).content.decode()
    assert "Services for investors" in result_titles(html)
    assert not any("investitori" in t for t in result_titles(html))


def test_italian_search_finds_italian_pages_only(client, pages):
    html = client.get("/it/search/", {"q": "investitori"}).content.decode()
    assert "Servizi per gli investitori" in result_titles(html)
    assert "Services for investors" not in result_titles(html)
    assert "risultati per" in html


def test_results_can_be_narrowed_by_type(client, pages):
    assert SITE_EN in result_titles(client.get("/en/search/", {"q": "investors"}).content.decode())
    html = client.get("/en/search/", {"q": "investors", "type": "home.standardpage"}).content.decode()
    assert set(result_titles(html)) <= set(StandardPage.objects.values_list("title", flat=True))
    assert set(result_titles(html)) == {"Services for investors", "Test guide"}


def test_nothing_found_gives_advice_not_a_blank_page(client, pages):
    html = client.get("/en/search/", {"q": "zzzqqqxxx"}).content.decode()
    assert "0 results for “zzzqqqxxx”" in html
    assert "Check the spelling" in html


def test_editors_promote_a_result_and_queries_are_logged(client, pages):
    privacy = pages["privacy"]
    SearchPromotion.objects.create(query=Query.get("data"), page=privacy, sort_order=0, description="How we use data")
    html = client.get("/en/search/", {"q": "data"}).content.decode()
    assert html.index("Recommended") < html.index("How we use data")
    assert Query.get("data").hits == 1


def test_typed_markup_is_shown_as_text(client, pages):
    html = client.get("/en/search/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_search_answers_from_the_database_when_elasticsearch_is_down(client, pages):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    backends = {
        "default": {**wagtail_backend_settings(f"http://127.0.0.1:{port}", "down", "full"), "TIMEOUT": 1},
        "database": {"BACKEND": "wagtail.search.backends.database"},
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        response = client.get("/en/search/", {"q": "investors"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Services for investors" in result_titles(html)
    assert "simplified mode" in html


def test_a_page_named_after_the_query_comes_first(client, pages):
    titles = result_titles(client.get("/en/search/", {"q": "investors"}).content.decode())
    assert titles[0] == "Services for investors"


def test_results_show_a_snippet_with_the_searched_words_marked(client, pages):
    html = client.get("/en/search/", {"q": "investors"}).content.decode()
    snippets = re.findall(r'<p class="search-result__snippet">(.*?)</p>', html, re.S)
    assert any(re.search(r"<mark>investors</mark>", s, re.I) for s in snippets)


def test_a_misspelt_search_offers_the_right_spelling(client, pages):
    html = client.get("/en/search/", {"q": "investorz"}).content.decode()
    assert "0 results for “investorz”" in html
    assert 'Did you mean <a href="?q=investors">investors</a>?' in html
    italian = client.get("/it/search/", {"q": "investitory"}).content.decode()
    # The database offers the Italian spelling; Elasticsearch's fuzzy matching may find the page itself.
    offered = '<a href="?q=investitori">investitori</a>' in italian
    assert offered or result_titles(italian)[0] == "Servizi per gli investitori"
    if offered:
        assert 'Forse cercava <a href="?q=investitori">investitori</a>?' in italian


@pytest.mark.parametrize(
    "language, ending",
    [("ar", "</a>؟"), ("fr", "</a>\u202f?"), ("zh-hans", "</a>？"), ("ja", "ですか？"), ("de", "</a>?")],
)
def test_the_suggestion_is_punctuated_as_its_language_asks(language, ending):
    message = 'Did you mean <a href="?q=%(query)s">%(suggestion)s</a>?'
    with translation.override(language):
        offered = translation.gettext(message) % {"query": "x", "suggestion": "x"}
    assert offered.endswith(ending) and offered != message % {"query": "x", "suggestion": "x"}


def test_autocomplete_suggests_places_and_sites_in_the_visitors_language(client, pages):
    english = client.get("/en/search/autocomplete/", {"q": "crem"}).json()
    assert {"text": "Cremona"} in english["suggestions"]
    italian = client.get("/it/search/autocomplete/", {"q": "Area logistica"}).json()
    texts = [s["text"] for s in italian["suggestions"]]
    assert SITE_IT in texts
    assert all("/it/" in s["url"] for s in italian["suggestions"] if "url" in s)
    assert SITE_EN not in texts
    assert client.get("/en/search/autocomplete/", {"q": "c"}).json()["suggestions"] == []
