"""Where news pages may live in the tree."""

from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage
from news.models import EventPage, NewsArticlePage, NewsIndexPage


class NewsTreeRulesTests(WagtailPageTestCase):
    def test_news_index_holds_articles_and_events_only(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsArticlePage, EventPage})
        self.assertAllowedParentPageTypes(NewsArticlePage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(EventPage, {NewsIndexPage})
        self.assertCanNotCreateAt(HomePage, EventPage)
        self.assertCanNotCreateAt(HomePage, NewsArticlePage)
