"""RSS and Atom feeds of news, press releases and events, one per language.

One `Feed` instance answers every request (it is created once, in `news/urls.py`), so nothing
about a request is kept on it: `get_object` gathers what a request needs into a `FeedSource`,
which Django hands back to each method, and each item carries its own address.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from news.models import EventPage, NewsArticlePage, NewsIndexPage

FEED_SIZE = 20


@dataclass(frozen=True)
class FeedSource:
    """What one feed request lists: the language's news index (if published) and its items."""

    index: NewsIndexPage | None
    link: str
    items: list


def latest_items(locale, request):
    """The newest articles and events of a language, each with its address for this request."""
    articles = NewsArticlePage.objects.live().public().filter(locale=locale).order_by("-date")[:FEED_SIZE]
    events = EventPage.objects.live().public().filter(locale=locale).order_by("-start")[:FEED_SIZE]
    items = sorted([*articles, *events], key=lambda item: item.published_at, reverse=True)[:FEED_SIZE]
    for item in items:
        item.feed_link = item.get_url(request)
    return items


class NewsRssFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        locale = Locale.get_active()
        index = NewsIndexPage.objects.live().public().filter(locale=locale).first()
        return FeedSource(
            index=index,
            link=index.get_url(request) if index else "/",
            items=latest_items(locale, request),
        )

    def title(self, source):
        return _("Invest in Lombardy: news and events")

    def description(self, source):
        return _("News, press releases and events of Invest in Lombardy.")

    def link(self, source):
        return source.link

    def items(self, source):
        return source.items

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.feed_link

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.kind_label)]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, source):
        return self.description(source)
