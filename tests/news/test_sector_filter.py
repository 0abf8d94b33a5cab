"""The news listing's sector filter, in both languages."""

import re

import pytest
from django.utils.html import escape

from news.models import EventPage, NewsArticlePage, NewsIndexPage
from sectors.models import SectorPage

pytestmark = pytest.mark.django_db


def listed(html):
    return sorted(re.findall(r'<h2 class="news-item__title"><a href="([^"]+)">', html))


@pytest.mark.parametrize(("lang", "slug"), [("en", "test-transport"), ("it", "trasporto-di-prova")])
def test_sector_filter_lists_the_items_of_that_sector(client, news_site, lang, slug):
    logistics = SectorPage.objects.get(locale__language_code=lang, slug=slug)
    index = NewsIndexPage.objects.get(locale__language_code=lang)
    of_sector = {"locale": index.locale, "sectors__translation_key": logistics.translation_key}
    events = [event.url for event in EventPage.objects.live().filter(**of_sector)]
    expected = [article.url for article in NewsArticlePage.objects.live().filter(**of_sector)] + events
    total = NewsArticlePage.objects.live().filter(locale=index.locale).count()
    assert 0 < len(expected) < total
    html = client.get(index.url, {"sector": logistics.slug}).content.decode()
    assert listed(html) == sorted(expected)
    # Combined with the type filter: only the events of that sector.
    html = client.get(index.url, {"sector": logistics.slug, "type": "event"}).content.decode()
    assert events
    assert listed(html) == sorted(events)


def test_unknown_sector_is_explained_in_italian(client, news_site):
    index = NewsIndexPage.objects.get(locale__language_code="it")
    html = client.get(index.url, {"sector": "boh"}).content.decode()
    assert "Scelga un settore dall&#x27;elenco." in html
    assert len(listed(html)) == min(index.per_page, index.listing_queryset(None).count())


def test_article_links_its_sectors_in_the_visitors_language(client, news_site):
    _, article = news_site.items["logistics_news"]
    html = client.get(article.url).content.decode()
    logistics = SectorPage.objects.get(locale__language_code="it", slug="trasporto-di-prova")
    assert f'<a href="{logistics.url}">{escape(logistics.title)}</a>' in html
