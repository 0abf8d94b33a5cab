"""The noticeboard's filters: kind of notice, sector (its slug in the page's language) and province."""

import django_filters
from django.utils.translation import gettext_lazy as _

from noticeboard.choices import Kind
from opportunities.choices import Province
from sectors.links import SectorFilterField


class SectorFilter(django_filters.Filter):
    """`?sector=<slug in this language>`; the field cleans it to the sector's translation_key."""

    field_class = SectorFilterField


class NoticeFilterSet(django_filters.FilterSet):
    kind = django_filters.ChoiceFilter(
        label=_("Kind"),
        empty_label=_("Demands and offers"),
        choices=Kind.choices,
        error_messages={"invalid_choice": _("Choose a kind of notice from the list.")},
    )
    sector = SectorFilter(label=_("Sector"), method="filter_sector")
    province = django_filters.ChoiceFilter(
        label=_("Province"),
        empty_label=_("Anywhere in Lombardy"),
        choices=Province.choices,
        error_messages={"invalid_choice": _("Choose a province from the list.")},
    )

    def __init__(self, data=None, queryset=None, *, request=None, locale_id=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        # This request's copy of the filter (never base_filters, which every request shares).
        self.filters["sector"].extra["locale_id"] = locale_id

    def filter_sector(self, queryset, name, value):
        return queryset.filter(sector__translation_key=value) if value else queryset
