"""Links from other pages to sector pages, in the visitor's language.

wagtail-localize copies a page's many-to-many links to its translation unchanged, so an Italian
page may point at English sector pages. Links are therefore matched by the sector's
`translation_key` and shown as the sector page of the locale being viewed.
"""

from django import forms
from django.db.models import QuerySet
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from sectors.models import Country, SectorPage


def sectors_in_locale(linked_sectors, locale_id):
    """The live sector pages, in this locale, of the given sector pages (whatever their locale).

    A queryset of links (`page.sectors.all()`) is read inside the same query; a list (a preview's
    unsaved links, say) by its keys.
    """
    if isinstance(linked_sectors, QuerySet):
        keys = linked_sectors.values("translation_key")
    else:
        keys = {sector.translation_key for sector in linked_sectors}
        if not keys:
            return SectorPage.objects.none()
    return SectorPage.objects.live().public().filter(locale_id=locale_id, translation_key__in=keys).order_by("path")


class SectorFilterField(forms.ChoiceField):
    """A `?sector=<slug of the sector page in this locale>` filter; cleans to the sector's translation_key."""

    def __init__(self, locale_id, **kwargs):
        kwargs.setdefault("label", _("Sector"))
        kwargs.setdefault("required", False)
        super().__init__(**kwargs)
        sectors = SectorPage.objects.live().public().filter(locale_id=locale_id).order_by("path")
        self.keys = {sector.slug: sector.translation_key for sector in sectors}
        self.choices = [("", _("All sectors")), *[(sector.slug, sector.title) for sector in sectors]]
        self.error_messages["invalid_choice"] = _("Choose a sector from the list.")

    def clean(self, value):
        slug = super().clean(value)
        return self.keys.get(slug)


def country_in_language(value, from_locale_id, code):
    """The language switch's translator for `?country=<slug of the country's name>` (home/i18n.py)."""
    source = next((c for c in Country.objects.filter(locale_id=from_locale_id) if slugify(c.name) == value), None)
    if source is None:
        return None
    translation = Country.objects.filter(translation_key=source.translation_key, locale__language_code=code).first()
    return slugify(translation.name) if translation else None
