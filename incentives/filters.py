"""The incentive finder's filters: provider and instrument, and the project's size, sector, business
function, territory and type of investment.

Provider and instrument are one value per incentive and filter in the database. The others describe
the investor's project: an incentive matches when it does not rule the project out
(incentives/eligibility.py), so one open to every sector stays listed whatever sector is chosen.
Values in the address are readable: sector pages by their slug in the page's language, business
functions by key, territories by code.
"""

import django_filters
from django.utils.translation import gettext_lazy as _

from incentives.choices import CompanySize, Instrument, InvestmentType, Provider
from incentives.eligibility import applies
from indicators.territory_codes import COMPARABLE
from sectors.links import SectorFilterField
from sectors.models import BusinessFunction


class SectorFilter(django_filters.Filter):
    """`?sector=<slug in this language>`; the field cleans it to the sector's translation_key."""

    field_class = SectorFilterField


def choice(label, everything, invalid, choices, **kwargs):
    return django_filters.ChoiceFilter(
        label=label,
        empty_label=everything,
        choices=choices,
        error_messages={"invalid_choice": invalid},
        **kwargs,
    )


class IncentiveFilterSet(django_filters.FilterSet):
    provider = choice(_("Provider"), _("All providers"), _("Choose a provider from the list."), Provider.choices)
    instrument = choice(
        _("Instrument"), _("All instruments"), _("Choose an instrument from the list."), Instrument.choices
    )
    size = choice(
        _("Company size"),
        _("Any size"),
        _("Choose a company size from the list."),
        CompanySize.choices,
        method="filter_project",
    )
    sector = SectorFilter(label=_("Sector"), method="filter_project")
    function = choice(
        _("Business function"),
        _("Any business function"),
        _("Choose a business function from the list."),
        (),
        method="filter_project",
    )
    territory = choice(
        _("Territory or zone"),
        _("Anywhere in Lombardy"),
        _("Choose a territory from the list."),
        COMPARABLE,
        method="filter_project",
    )
    investment = choice(
        _("Type of investment"),
        _("Any type"),
        _("Choose a type of investment from the list."),
        InvestmentType.choices,
        method="filter_project",
    )

    def __init__(self, data=None, queryset=None, *, request=None, locale_id=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        # This request's copies of the filters (never base_filters, which every request shares).
        self.filters["sector"].extra["locale_id"] = locale_id
        functions = BusinessFunction.objects.filter(locale_id=locale_id)
        self.function_keys = {function.key: function.translation_key for function in functions}
        self.filters["function"].extra["choices"] = [(function.key, function.name) for function in functions]

    def filter_project(self, queryset, name, value):
        if not value:
            return queryset
        project = {
            "size": {"size": value},
            "sector": {"sector": value},
            "function": {"function": self.function_keys.get(value)},
            "territory": {"territories": [value]},
            "investment": {"investment": value},
        }[name]
        kept = [incentive.pk for incentive in queryset if applies(incentive, **project)]
        return queryset.filter(pk__in=kept)
