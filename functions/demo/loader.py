"""The demo business-function pages (functions.yaml, English and Italian) and their index, linked from the main menu.

Runs after the stories (80): what each page lists is found by query, so it needs no link of its own;
only its business function, its kind of project and the indicators it shows are set here. Idempotent
like every app loader (home/demo/pages.py): a page that exists is left alone.
"""

from django.db import transaction
from wagtail.models import Page

from functions.models import BusinessFunctionIndexPage, BusinessFunctionPage
from home.demo import blocks as b
from home.demo.pages import AppDemoLoader
from home.models import NavigationSettings
from indicators.models import Indicator
from sectors.models import BusinessFunction


class FunctionsLoader(AppDemoLoader):
    label = "Business functions"
    data_file = ("functions", "functions")

    @transaction.atomic
    def run(self):
        home = self.english_home()
        if home is None:
            return
        index_text = {lang: self.text[lang]["index"] for lang in ("en", "it")}
        index = self.page(home, BusinessFunctionIndexPage, index_text["en"], index_text["it"], unique=True)
        for number, spec in enumerate(self.text["en"]["pages"]):
            self.function_page(index, spec, self.text["it"]["pages"][number])
        self.menu(home, index)

    def function_page(self, index, en, it):
        function = BusinessFunction.objects.filter(locale=self.en, key=en["function"]).first()
        if function is None:
            self.log(f"{self.label}: no business function {en['function']}, skipped")
            return
        italian_function = function.get_translation_or_none(self.it) or function
        indicators = list(Indicator.objects.filter(locale=self.en, key__in=en["indicators"]))
        self.page(
            index,
            BusinessFunctionPage,
            {**self.fields(en, "en"), "business_function": function, "indicators": indicators},
            {**self.fields(it, "it"), "business_function": italian_function},
        )

    def fields(self, spec, lang):
        text = self.text[lang]
        return {
            "title": spec["title"],
            "slug": spec["slug"],
            "summary": spec["summary"],
            "headline": spec["headline"],
            "project_nature": spec["nature"],
            "why_lombardy": [b.rich_text(spec["why"] + text["source_note"])],
            "body": self.contact_block(lang),
        }

    def contact_block(self, lang):
        """The contact form at the foot of the page, when the leads' loader built the contact page."""
        contact = Page.objects.filter(
            locale__language_code=lang, content_type__app_label="leads", content_type__model="contactpage"
        ).first()
        if contact is None:
            return []
        return [b.raw("contact_form", {**self.text[lang]["contact_block"], "page": contact.pk})]

    def menu(self, home, index):
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.main_menu.raw_data)
        if not any((entry.get("value") or {}).get("page") == index.pk for entry in entries):
            navigation.main_menu = [*entries, b.raw("page", {"page": index.pk, "url": ""})]
            navigation.save()
            self.log(f"Main menu: {index.title}")
