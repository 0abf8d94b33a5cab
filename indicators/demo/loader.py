"""Demo indicators (indicators.yaml, both languages) and their values, read from province-figures.yaml.

Only what the file holds is loaded: a null is left out, and so is a value without a year (a card shows
no figure without its year) or one that is not a number (the lists of universities, shown elsewhere by
the ecosystem directory). Idempotent: an indicator is found by its key, a value by (indicator,
territory, year) and updated from the file.
"""

from decimal import Decimal
from pathlib import Path

import yaml
from django.db import transaction
from wagtail.models import Locale

from home.demo.pages import AppDemoLoader
from indicators.models import Indicator, IndicatorValue
from indicators.territory_codes import ITALY, LOMBARDY

FIGURES = Path(__file__).with_name("province-figures.yaml")
# Fields of a figure kept as its note, with their label: the file's extra facts about it.
NOTE_FIELDS = ("note", "employees", "revenue_eur_bn", "also", "alt_url")


class IndicatorLoader(AppDemoLoader):
    label = "Indicators"
    data_file = ("indicators", "indicators")

    @transaction.atomic
    def run(self):
        self.en = Locale.objects.get(language_code="en")
        self.it = Locale.objects.get(language_code="it")
        definitions = self.text["en"]["indicators"]
        indicators = {}
        for order, (en, it) in enumerate(zip(definitions, self.text["it"]["indicators"], strict=True)):
            indicators[en["key"]] = (self.indicator(en, it, order), en)
        figures = yaml.safe_load(FIGURES.read_text(encoding="utf-8"))
        places = {code: p["figures"] for code, p in figures["provinces"].items()}
        places[LOMBARDY] = figures["lombardy"]["figures"]
        places[ITALY] = figures["italy"]["figures"]
        written = skipped = 0
        for code, rows in places.items():
            for name, row in rows.items():
                if row is None:
                    continue
                match = [ind for ind, spec in indicators.values() if self.reads(spec, name, row)]
                if not match or row.get("year") is None or not isinstance(row["value"], (int, float)):
                    skipped += 1
                    continue
                self.value(match[0], code, row)
                written += 1
        self.log(f"Indicators: {len(indicators)}, values: {written} (skipped, undated or not a number: {skipped})")

    def indicator(self, en, it, order):
        fields = {
            "category": en["category"],
            "higher_is_better": en["higher_is_better"],
            "decimals": en.get("decimals", 0),
            "cost_item": en.get("cost_item", ""),
            "sort_order": order,
        }
        english, _ = Indicator.objects.update_or_create(
            locale=self.en, key=en["key"], defaults={**fields, **self.words(en)}
        )
        italian = english.get_translation_or_none(self.it)
        if italian is None:
            italian = english.copy_for_translation(self.it)
        for field, value in {**fields, **self.words(it)}.items():
            setattr(italian, field, value)
        italian.save()
        return english

    @staticmethod
    def words(spec):
        return {"name": spec["name"], "unit": spec["unit"], "description": spec["description"]}

    @staticmethod
    def reads(spec, name, row):
        unit = str(row.get("unit", ""))
        return (
            spec["from"] == name
            and spec.get("unit_contains", "") in unit
            and not (spec.get("unit_not_contains") and spec["unit_not_contains"] in unit)
        )

    @staticmethod
    def value(indicator, code, row):
        notes = [f"{field}: {row[field]}" for field in NOTE_FIELDS if row.get(field) is not None]
        notes.insert(0, f"unit: {row['unit']}")
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            territory=code,
            year=row["year"],
            defaults={
                "value": Decimal(str(row["value"])),
                "date": row.get("date"),
                "source": row["source"][:400],
                "url": row.get("url", ""),
                "note": "; ".join(notes)[:1000],
                "approximate": bool(row.get("approx")) or "approx" in str(row["unit"]),
            },
        )
