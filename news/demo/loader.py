"""Demo news, press releases and events in English and Italian, as news.yaml gives them.

Idempotent like home.demo.loader: pages that exist (matched by slug) are left alone.
"""

from zoneinfo import ZoneInfo

from django.db import transaction

from home.demo import blocks as b
from home.demo.data import demo_data, localized
from home.demo.pages import AppDemoLoader
from news.models import EventPage, NewsArticlePage, NewsIndexPage
from sectors.demo.keys import english_sector_pages

EVENT_FIELDS = ("slug", "is_online", "online_url", "registration_url", "venue", "address")


class NewsLoader(AppDemoLoader):
    label = "News"
    data_file = ("news", "news")

    @transaction.atomic
    def run(self):
        home = self.english_home()
        if home is None:
            return
        text = self.text
        index = self.page(home, NewsIndexPage, text["en"]["index"], text["it"]["index"])
        for en, it in zip(text["en"]["articles"], text["it"]["articles"], strict=True):
            common = {"slug": en["slug"], "article_type": en["type"], "date": en["date"]}
            self.page(index, NewsArticlePage, {**common, **self.texts(en)}, self.texts(it))
        zone = ZoneInfo(text["en"]["time_zone"])
        for en, it in zip(text["en"]["events"], text["it"]["events"], strict=True):
            common = {
                **{field: en[field] for field in EVENT_FIELDS},
                "start": en["start"].replace(tzinfo=zone),
                "end": en["end"].replace(tzinfo=zone),
            }
            self.page(
                index,
                EventPage,
                {**common, **self.texts(en, text["en"]["event_note"])},
                self.texts(it, text["it"]["event_note"]),
            )

    @staticmethod
    def texts(item, note=""):
        return {"title": item["title"], "summary": item["summary"], "body": [b.rich_text(item["body"] + note)]}


class NewsSectorLinksLoader:
    """Links demo news and events to sector pages; runs after the sectors loader. Links present are kept."""

    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        text = localized(demo_data("news", "news"), "en")
        item_sectors = {
            item["slug"]: item["sectors"] for item in text["articles"] + text["events"] if "sectors" in item
        }
        sectors = english_sector_pages()
        linked = 0
        for model in (NewsArticlePage, EventPage):
            for item in model.objects.filter(slug__in=item_sectors):
                pages = [sectors[key] for key in item_sectors[item.slug] if key in sectors]
                if not pages or item.sectors.exists():
                    continue
                item.sectors = pages
                item.save_revision().publish()
                linked += 1
        if linked:
            self.log(f"News: {linked} items linked to sectors")
