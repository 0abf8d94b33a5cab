"""The success-story filters: sector, country, territory and investment mode, with counts.

Stories are few (dozens, not thousands), so the facts each filter needs are read in two small
queries and matched in Python; that also gives every option the number of stories it would
show, given the other filters chosen.

Values in the address are readable and belong to the visitor's language (`?sector=life-sciences`,
`?country=germania`); each resolves to a `translation_key`, because an Italian story may still
point at the English country, sector or territory it was copied from.
"""

from django import forms
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from sectors.models import Country, SectorPage
from territories.models import TerritoryPage

DIMENSIONS = {
    # name: (label, "all" option, message for a value not in the list)
    "sector": (_("Sector"), _("All sectors"), _("Choose a sector from the list.")),
    "country": (_("Country of origin"), _("All countries"), _("Choose a country from the list.")),
    "territory": (_("Territory"), _("All territories"), _("Choose a territory from the list.")),
    "mode": (_("Investment mode"), _("All investment modes"), _("Choose an investment mode from the list.")),
}


class StoryFilters:
    def __init__(self, stories, locale_id, data):
        self.facts = self.read_facts(stories)
        self.options = self.read_options(locale_id)
        self.form = forms.Form(data)
        for name, (label, _everything, invalid) in DIMENSIONS.items():
            # Bare choices to validate; labels with counts come once the valid filters are known.
            choices = [("", ""), *[(value, "") for value in self.options[name]]]
            field = forms.ChoiceField(label=label, required=False, choices=choices)
            field.error_messages["invalid_choice"] = invalid
            self.form.fields[name] = field
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        self.chosen = {
            name: self.options[name][cleaned[name]][1] for name in DIMENSIONS if cleaned.get(name) in self.options[name]
        }
        for name, (_label, everything, _invalid) in DIMENSIONS.items():
            self.form.fields[name].choices = [("", everything), *self.labelled_choices(name)]
        self.matching_ids = [pk for pk, facts in self.facts.items() if self.matches(facts, self.chosen)]

    @staticmethod
    def read_facts(stories):
        """{story id: {dimension: set of keys}}, in the order visitors see stories (newest first)."""
        from stories.models import SuccessStoryPage

        rows = stories.order_by("-year", "title").values_list(
            "pk", "country__translation_key", "territory__translation_key", "investment_mode"
        )
        facts = {
            pk: {"sector": set(), "country": {country} - {None}, "territory": {territory} - {None}, "mode": {mode}}
            for pk, country, territory, mode in rows
        }
        through = SuccessStoryPage.sectors.through.objects.filter(successstorypage_id__in=list(facts))
        for story_id, key in through.values_list("successstorypage_id", "sectorpage__translation_key"):
            facts[story_id]["sector"].add(key)
        return facts

    def read_options(self, locale_id):
        """{dimension: {value in the address: (label, key)}} for the values some story has."""
        from stories.models import InvestmentMode

        used = {name: set().union(*(facts[name] for facts in self.facts.values())) for name in DIMENSIONS}
        sectors = SectorPage.objects.live().public().filter(locale_id=locale_id, translation_key__in=used["sector"])
        territories = (
            TerritoryPage.objects.live().public().filter(locale_id=locale_id, translation_key__in=used["territory"])
        )
        countries = Country.objects.filter(locale_id=locale_id, translation_key__in=used["country"])
        return {
            "sector": {p.slug: (p.title, p.translation_key) for p in sectors.order_by("path")},
            "country": {slugify(c.name): (c.name, c.translation_key) for c in countries.order_by("name")},
            "territory": {p.slug: (p.title, p.translation_key) for p in territories.order_by("path")},
            "mode": {value: (label, value) for value, label in InvestmentMode.choices if value in used["mode"]},
        }

    @staticmethod
    def matches(facts, chosen):
        return all(key in facts[name] for name, key in chosen.items())

    def count(self, name, key):
        """Stories this option would show, keeping the other filters as chosen."""
        others = {other: value for other, value in self.chosen.items() if other != name}
        others[name] = key
        return sum(1 for facts in self.facts.values() if self.matches(facts, others))

    def labelled_choices(self, name):
        return [(value, f"{label} ({self.count(name, key)})") for value, (label, key) in self.options[name].items()]

    def label(self, name, linked):
        """The name, in the listing's language, of a story's country or territory."""
        if linked is None:
            return ""
        for label, key in self.options[name].values():
            if key == linked.translation_key:
                return label
        return str(linked)
