"""The news listing's filters: type (news, press release, event), year and sector.

Articles and events are two page types listed together, so the FilterSet works on their common
`Page` rows and reaches each type's fields through its table (`newsarticlepage__…`, `eventpage__…`).
"""

import django_filters
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from sectors.links import SectorFilterField

TYPES = {
    # value in the address: (option label, which rows it keeps)
    "news": (_("News"), Q(newsarticlepage__article_type="news")),
    "press_release": (_("Press releases"), Q(newsarticlepage__article_type="press_release")),
    "event": (_("Events"), Q(eventpage__isnull=False)),
}


class SectorFilter(django_filters.Filter):
    """`?sector=<slug in this language>`; the field cleans it to the sector's translation_key."""

    field_class = SectorFilterField

    def filter(self, queryset, key):
        if not key:
            return queryset
        by_key = Q(newsarticlepage__sectors__translation_key=key) | Q(eventpage__sectors__translation_key=key)
        return queryset.filter(by_key).distinct()


class NewsFilterSet(django_filters.FilterSet):
    type = django_filters.ChoiceFilter(
        label=_("Type"),
        empty_label=_("All types"),
        choices=[(value, label) for value, (label, _rows) in TYPES.items()],
        error_messages={"invalid_choice": _("Choose a type from the list.")},
        method="filter_type",
    )
    year = django_filters.ChoiceFilter(
        label=_("Year"),
        empty_label=_("All years"),
        error_messages={"invalid_choice": _("Choose a year from the list.")},
        method="filter_year",
    )
    sector = SectorFilter(label=_("Sector"))

    def __init__(self, data=None, queryset=None, *, request=None, years=(), locale_id=None, **kwargs):
        super().__init__(data, queryset, request=request, **kwargs)
        # This request's copies of the filters: the choices depend on the page's language and content.
        self.filters["year"].extra["choices"] = [(str(year), str(year)) for year in years]
        self.filters["sector"].extra["locale_id"] = locale_id

    def filter_type(self, queryset, name, value):
        return queryset.filter(TYPES[value][1])

    def filter_year(self, queryset, name, value):
        year = int(value)
        return queryset.filter(Q(newsarticlepage__date__year=year) | Q(eventpage__start__year=year))
