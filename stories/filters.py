"""The success-story filters: sector, country, territory and investment mode, with counts.

Stories are few (dozens, not thousands), so the facts each option needs are read in two small
queries and matched in Python; that gives every option the number of stories it would show,
given the other filters chosen. The listing itself is filtered in the database.

Values in the address are readable and belong to the visitor's language (`?sector=life-sciences`,
`?country=germania`); each resolves to a `translation_key`, because an Italian story may still
point at the English country, sector or territory it was copied from.
"""

import django_filters
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from sectors.models import Country, SectorPage
from territories.models import TerritoryPage

DIMENSIONS = {
    # name: (label, "all" option, message for a value not in the list, lookup of the story's key)
    "sector": (_("Sector"), _("All sectors"), _("Choose a sector from the list."), "sectors__translation_key"),
    "country": (
        _("Country of origin"),
        _("All countries"),
        _("Choose a country from the list."),
        "country__translation_key",
    ),
    "territory": (
        _("Territory"),
        _("All territories"),
        _("Choose a territory from the list."),
        "territory__translation_key",
    ),
    "mode": (
        _("Investment mode"),
        _("All investment modes"),
        _("Choose an investment mode from the list."),
        "investment_mode",
    ),
}


class StoryFilterSet(django_filters.FilterSet):
    sector = django_filters.ChoiceFilter(method="filter_by_key")
    country = django_filters.ChoiceFilter(method="filter_by_key")
    territory = django_filters.ChoiceFilter(method="filter_by_key")
    mode = django_filters.ChoiceFilter(method="filter_by_key")

    def __init__(self, data=None, queryset=None, *, request=None, locale_id=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        self.facts = read_facts(self.queryset)
        self.options = read_options(self.facts, locale_id)
        for name, (label, everything, invalid, _lookup) in DIMENSIONS.items():
            # On this request's copy of the filters (never base_filters, which every request shares).
            # Bare choices to validate; labels with counts come once the valid filters are known.
            self.filters[name].label = label
            self.filters[name].extra.update(
                empty_label=everything,
                choices=[(value, "") for value in self.options[name]],
                error_messages={"invalid_choice": invalid},
            )
        self.form.is_valid()
        cleaned = getattr(self.form, "cleaned_data", {})
        self.chosen = {
            name: self.options[name][cleaned[name]][1] for name in DIMENSIONS if cleaned.get(name) in self.options[name]
        }
        for name in DIMENSIONS:
            self.form.fields[name].choices = self.labelled_choices(name)

    def filter_by_key(self, queryset, name, value):
        key = self.options[name][value][1]
        queryset = queryset.filter(**{DIMENSIONS[name][3]: key})
        return queryset.distinct() if name == "sector" else queryset

    def count(self, name, key):
        """Stories this option would show, keeping the other filters as chosen."""
        others = {other: value for other, value in self.chosen.items() if other != name}
        others[name] = key
        return sum(1 for facts in self.facts.values() if matches(facts, others))

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


def read_facts(stories):
    """{story id: {dimension: set of keys}}."""
    rows = stories.values_list("pk", "country__translation_key", "territory__translation_key", "investment_mode")
    facts = {
        pk: {"sector": set(), "country": {country} - {None}, "territory": {territory} - {None}, "mode": {mode}}
        for pk, country, territory, mode in rows
    }
    through = stories.model.sectors.through.objects.filter(successstorypage_id__in=list(facts))
    for story_id, key in through.values_list("successstorypage_id", "sectorpage__translation_key"):
        facts[story_id]["sector"].add(key)
    return facts


def read_options(facts, locale_id):
    """{dimension: {value in the address: (label, key)}} for the values some story has."""
    from stories.models import InvestmentMode

    used = {name: set().union(*(story[name] for story in facts.values())) for name in DIMENSIONS}
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


def matches(facts, chosen):
    return all(key in facts[name] for name, key in chosen.items())
