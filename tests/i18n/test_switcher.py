"""The language switch keeps the visitor's state: query strings, routes and views outside the page tree."""

import re
from html import unescape

import pytest
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import create_aliases_for_new_page

from indicators.territory_codes import PROVINCE_CODES
from news.models import NewsIndexPage
from tests.factories import StandardPageFactory, locales, translate

pytestmark = pytest.mark.django_db


def switch_to(html, code):
    found = re.search(rf'<a href="([^"]*)" hreflang="{code}"[^>]*data-testid="switch-{code}"', html)
    assert found, f"no switch to {code}"
    return unescape(found.group(1))


def test_a_page_switches_to_its_translation_with_the_query_string(site_tree, client):
    page = StandardPageFactory(parent=site_tree.en, title="Guides", slug="guides")
    translate(page, title="Guide", slug="guide")

    html = client.get("/en/guides/?page=2&q=tax").content.decode()

    assert switch_to(html, "it") == "/it/guide/?page=2&q=tax"


def test_filters_that_name_a_sector_switch_to_its_name_in_the_other_language(client):
    from tests.news.factories import build_news

    build_news()

    html = client.get("/en/news/?sector=test-transport&type=event").content.decode()
    back = client.get("/it/notizie/?sector=trasporto-di-prova&type=event").content.decode()

    assert switch_to(html, "it") == "/it/notizie/?sector=trasporto-di-prova&type=event"
    assert switch_to(back, "en") == "/en/news/?sector=test-transport&type=event"


def test_a_listing_in_italian_leaves_out_an_article_still_in_english(client):
    from tests.news.factories import NewsArticlePageFactory, build_news

    build_news()
    english, italian = locales()
    LocaleSynchronization.objects.create(locale=italian, sync_from=english)
    index = NewsIndexPage.objects.get(locale=english)
    article = NewsArticlePageFactory(parent=index, title="Only in English", slug="only-in-english")
    article.save_revision().publish()
    create_aliases_for_new_page(article)

    assert "Only in English" in client.get("/en/news/").content.decode()
    assert "Only in English" not in client.get("/it/notizie/").content.decode()


def test_the_shortlist_switches_to_the_italian_shortlist(client):
    from tests.opportunities.factories import build_catalogue

    build_catalogue()

    html = client.get("/en/opportunities/shortlist/").content.decode()

    assert switch_to(html, "it") == "/it/opportunita/shortlist/"


@pytest.mark.parametrize(
    ("english", "italian"),
    [
        (f"/en/territories/compare/?t={PROVINCE_CODES[0]}&t={PROVINCE_CODES[1]}", None),
        ("/en/search/?q=logistics&page=2", "/it/search/?q=logistics&page=2"),
        ("/en/owners/sign-in/", "/it/proprietari/sign-in/"),
    ],
)
def test_views_outside_the_page_tree_switch_to_the_same_view(site_tree, client, english, italian):
    italian = italian or english.replace("/en/territories/compare/", "/it/territori/confronta/")

    html = client.get(english).content.decode()

    assert switch_to(html, "it") == italian
    assert switch_to(client.get(italian).content.decode(), "en") == english
