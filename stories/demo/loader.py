"""Demo success stories in English and Italian, every one flagged illustrative.

Runs after the sectors, territories and opportunities loaders, whose pages and snippets the
stories link. The text is in stories.yaml. Idempotent like home.demo.loader: pages that exist (matched by slug) are left alone.
"""

from decimal import Decimal

from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import Locale

from home.demo import blocks as b
from home.demo.data import demo_data, localized
from home.demo.loader import site_data
from home.models import HomePage
from sectors.demo.keys import english_sector_pages
from sectors.models import BusinessFunction, Country
from stories.models import StoryIndexPage, SuccessStoryPage
from territories.models import TerritoryPage


class StoriesLoader:
    def __init__(self, log=print):
        self.log = log

    @transaction.atomic
    def run(self):
        self.en = Locale.objects.get(language_code="en")
        self.it = Locale.objects.get(language_code="it")
        home = HomePage.objects.filter(depth=2, locale=self.en).first()
        if home is None:
            self.log("Stories: no home page, skipped")
            return None
        index = self.index_page(home)
        self.sectors = english_sector_pages()
        for story in demo_data("stories", "stories")["stories"]:
            self.story_page(index, story)
        return index

    def index_page(self, home):
        index = StoryIndexPage.objects.child_of(home).first()
        if index is None:
            index = StoryIndexPage(locale=self.en, **self.text("index", "en"))
            HomePage.objects.get(pk=home.pk).add_child(instance=index)
            index.save_revision().publish()
            self.log(f"Page (en): {index.title}")
        if index.get_translation_or_none(self.it) is None:
            translated = index.copy_for_translation(self.it)
            for field, value in self.text("index", "it").items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"Page (it): {translated.title}")
        return index

    def links(self, story, locale):
        """The snippets and pages a story links, in the given locale where a translation exists."""

        def in_locale(obj):
            if obj is None:
                return None
            return obj.get_translation_or_none(locale) or obj

        territory = TerritoryPage.objects.filter(locale=self.en)
        territory = (
            territory.filter(kind=TerritoryPage.Kind.ZLS)
            if story["territory"] == "ZLS"
            else territory.filter(province_code=story["territory"])
        ).first()
        image = (
            get_image_model()
            .objects.filter(title=site_data()["image_title"].format(story["image"].replace("-", " ")))
            .first()
        )
        return {
            "country": in_locale(Country.objects.filter(locale=self.en, name=story["country"]).first()),
            "business_function": in_locale(
                BusinessFunction.objects.filter(locale=self.en, key=story["function"]).first()
            ),
            "territory": in_locale(territory),
            "sectors": [in_locale(self.sectors[key]) for key in story["sectors"] if key in self.sectors],
            "social_image": image,
        }

    @staticmethod
    def text(key, lang):
        return localized(demo_data("stories", "stories")[key], lang)

    def texts(self, story, lang):
        text = localized(story, lang)
        return {
            "title": text["title"],
            "summary": text["summary"],
            "story": [b.rich_text(text["story"] + self.text("note", lang))],
            "quote_text": text["quote"],
            "quote_author": text["quote_author"],
            "quote_role": text["quote_role"],
        }

    def story_page(self, index, story):
        page = SuccessStoryPage.objects.child_of(index).filter(slug=story["slug"]).first()
        if page is None:
            page = SuccessStoryPage(
                slug=story["slug"],
                company_name=story["company"],
                investment_mode=story["mode"],
                year=story["year"],
                jobs=story["jobs"],
                investment_million_eur=Decimal(story["investment"]) if story["investment"] else None,
                illustrative=True,
                **self.texts(story, "en"),
                **self.links(story, self.en),
            )
            StoryIndexPage.objects.get(pk=index.pk).add_child(instance=page)
            page.save_revision().publish()
            self.log(f"Story (en): {page.title}")
        if page.get_translation_or_none(self.it) is None:
            translated = page.copy_for_translation(self.it)
            translated.slug = story["slug_it"]
            for field, value in {**self.texts(story, "it"), **self.links(story, self.it)}.items():
                setattr(translated, field, value)
            translated.save_revision().publish()
            self.log(f"Story (it): {translated.title}")
