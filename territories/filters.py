"""The ecosystem directory's filters: category, province and sector."""

import django_filters
from django.utils.translation import gettext_lazy as _

from sectors.links import SectorFilterField
from territories.blocks import PROVINCES


class SectorFilter(django_filters.Filter):
    """`?sector=<slug in this language>`; the field cleans it to the sector's translation_key."""

    field_class = SectorFilterField

    def filter(self, queryset, key):
        return queryset.filter(sectors__translation_key=key).distinct() if key else queryset


def category_choices():
    from territories.models import EcosystemEntity

    return EcosystemEntity.Category.choices


class EcosystemFilterSet(django_filters.FilterSet):
    category = django_filters.ChoiceFilter(
        label=_("Category"),
        empty_label=_("All categories"),
        choices=category_choices,
        error_messages={"invalid_choice": _("Choose a category from the list.")},
    )
    province = django_filters.ChoiceFilter(
        label=_("Province"),
        empty_label=_("All provinces"),
        choices=PROVINCES,
        error_messages={"invalid_choice": _("Choose a province from the list.")},
    )
    sector = SectorFilter(label=_("Sector"))

    def __init__(self, data=None, queryset=None, *, request=None, locale_id=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        self.filters["sector"].extra["locale_id"] = locale_id  # this request's copy of the filter
