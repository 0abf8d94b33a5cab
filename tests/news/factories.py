"""A news index in both languages with four articles and three events, one article and one event in a sector."""

import datetime
from types import SimpleNamespace
from zoneinfo import ZoneInfo

import factory
import wagtail_factories

from news.models import EventPage, NewsArticlePage, NewsIndexPage
from tests.factories import SectorIndexPageFactory, SectorPageFactory, build_site, translate

ROME = ZoneInfo("Europe/Rome")


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    title = "Test news"
    slug = "news"

    class Meta:
        model = NewsIndexPage


class NewsArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test article {n}")
    slug = factory.Sequence(lambda n: f"test-article-{n}")

    class Meta:
        model = NewsArticlePage


class EventPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Test event {n}")
    slug = factory.Sequence(lambda n: f"test-event-{n}")
    venue = "Test hall"

    class Meta:
        model = EventPage


def at(year, month, day, hour=9):
    return datetime.datetime(year, month, day, hour, 0, tzinfo=ROME)


def build_news():
    site = build_site()
    sectors = SectorIndexPageFactory(parent=site.en)
    translate(sectors, title="Settori di prova", slug="settori")
    logistics = SectorPageFactory(parent=sectors, title="Test transport", slug="test-transport")
    it_logistics = translate(logistics, title="Trasporto di prova", slug="trasporto-di-prova")
    index = NewsIndexPageFactory(parent=site.en)
    it_index = translate(index, title="Notizie di prova", slug="notizie")

    def both(make, it_title, it_sectors=(), **fields):
        english = make(parent=index, **fields)
        return english, translate(english, title=it_title, sectors=list(it_sectors))

    release = NewsArticlePage.ArticleType.PRESS_RELEASE
    items = {
        "release": both(
            NewsArticlePageFactory,
            "Comunicato di prova 2025",
            title="Test press release 2025",
            slug="test-release",
            article_type=release,
            date=datetime.date(2025, 3, 10),
        ),
        "old_release": both(
            NewsArticlePageFactory,
            "Comunicato di prova 2024",
            title="Test press release 2024",
            article_type=release,
            date=datetime.date(2024, 5, 2),
        ),
        "logistics_news": both(
            NewsArticlePageFactory,
            "Notizia di prova sulla logistica",
            [it_logistics],
            title="Test news on logistics",
            slug="test-logistics-news",
            date=datetime.date(2025, 1, 15),
            sectors=[logistics],
        ),
        "old_news": both(
            NewsArticlePageFactory, "Notizia di prova 2024", title="Test news 2024", date=datetime.date(2024, 2, 2)
        ),
        "webinar": both(
            EventPageFactory,
            "Webinar di prova",
            title="Test webinar",
            slug="test-webinar",
            start=at(2026, 12, 10, 10),  # 09:00 UTC, as its structured data gives it
            venue="",
            is_online=True,
            online_url="https://events.example/webinar",
        ),
        "investor_day": both(
            EventPageFactory,
            "Giornata di prova",
            [it_logistics],
            title="Test investor day",
            slug="test-investor-day",
            start=at(2027, 4, 20),
            end=at(2027, 4, 20, 17),
            venue="Test hall",
            address="Test street 1, 20124 Milano",
            registration_url="https://events.example/investor-day/register",
            body=[{"type": "rich_text", "value": "<p>Test event body.</p>"}],
            sectors=[logistics],
        ),
        "session": both(EventPageFactory, "Sessione di prova", title="Test owners session", start=at(2025, 6, 10)),
    }
    return SimpleNamespace(index=index, it_index=it_index, logistics=(logistics, it_logistics), items=items)
