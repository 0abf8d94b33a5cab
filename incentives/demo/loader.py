"""Demo incentives (incentives.yaml, both languages) and the incentive finder page.

Idempotent like home.demo.loader: an incentive is found by its English name, the finder as the only one
under the home page; what exists is left alone, only a missing translation is added.
"""

import datetime

from django.db import transaction

from home.demo import blocks as b
from home.demo.data import demo_data
from home.demo.pages import AppDemoLoader
from home.models import NavigationSettings
from incentives.models import Incentive, IncentiveIndexPage
from sectors.demo.keys import english_sector_pages
from sectors.models import BusinessFunction

CODED = ("territories", "investment_types", "company_sizes")


class IncentivesLoader(AppDemoLoader):
    label = "Incentives"
    data_file = ("incentives", "incentives")

    @transaction.atomic
    def run(self):
        home = self.english_home()
        if home is None:
            return
        raw = demo_data("incentives", "incentives")
        checked = raw["last_checked"]
        if not isinstance(checked, datetime.date):
            checked = datetime.date.fromisoformat(str(checked))
        sectors = english_sector_pages()
        for order, spec in enumerate(raw["incentives"]):
            self.incentive(order, spec, checked, sectors)
        index = self.page(home, IncentiveIndexPage, self.text["en"]["index"], self.text["it"]["index"], unique=True)
        self.menu(home, index)

    def incentive(self, order, spec, checked, sectors):
        text = {
            lang: next(i for i in self.text[lang]["incentives"] if i["key"] == spec["key"]) for lang in ("en", "it")
        }
        english = Incentive.objects.filter(locale=self.en, name=text["en"]["name"]).first()
        linked = [sectors[key] for key in spec.get("sectors", []) if key in sectors]
        if english is None:
            english = Incentive(
                locale=self.en,
                provider=spec["provider"],
                instrument=spec["instrument"],
                state_aid_area_only=spec.get("state_aid_area_only", False),
                last_checked=checked,
                sort_order=order,
                **{name: spec.get(name, []) for name in CODED},
                **self.translated(text["en"]),
            )
            english.sectors = linked
            english.business_functions = list(
                BusinessFunction.objects.filter(locale=self.en, key__in=spec.get("functions", []))
            )
            english.save()
            self.log(f"Incentive (en): {english.name}")
        if english.get_translation_or_none(self.it) is None:
            italian = english.copy_for_translation(self.it)
            for field, value in self.translated(text["it"]).items():
                setattr(italian, field, value)
            italian.save()
            italian.sectors = [page.get_translation_or_none(self.it) or page for page in linked]
            italian.business_functions = [
                f.get_translation_or_none(self.it) or f for f in english.business_functions.all()
            ]
            italian.save()
            self.log(f"Incentive (it): {italian.name}")

    @staticmethod
    def translated(text):
        return {field: text[field] for field in ("name", "summary", "legal_basis")}

    def menu(self, home, index):
        navigation = NavigationSettings.for_site(home.get_site())
        entries = list(navigation.main_menu.raw_data)
        if any((entry.get("value") or {}).get("page") == index.pk for entry in entries):
            return
        navigation.main_menu = [*entries, b.raw("page", {"page": index.pk, "url": ""})]
        navigation.save()
        self.log("Main menu: incentives")
