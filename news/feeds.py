"""RSS and Atom feeds of news, press releases and events, one per language."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from news.models import EventPage, NewsArticlePage, NewsIndexPage

FEED_SIZE = 20


class NewsRssFeed(Feed):
    def get_object(self, request, *args, **kwargs):
        self.request = request
        self.locale = Locale.get_active()
        return NewsIndexPage.objects.live().public().filter(locale=self.locale).first()

    def title(self, index):
        return _("Invest in Lombardy: news and events")

    def description(self, index):
        return _("News, press releases and events of Invest in Lombardy.")

    def link(self, index):
        return index.get_url(self.request) if index else "/"

    def items(self, index):
        articles = NewsArticlePage.objects.live().public().filter(locale=self.locale).order_by("-date")[:FEED_SIZE]
        events = EventPage.objects.live().public().filter(locale=self.locale).order_by("-start")[:FEED_SIZE]
        items = [*articles, *events]
        items.sort(key=lambda item: item.published_at, reverse=True)
        return items[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return [str(item.kind_label)]


class NewsAtomFeed(NewsRssFeed):
    feed_type = Atom1Feed

    def subtitle(self, index):
        return self.description(index)
