"""Sector taxonomies and booklets, grouped in one admin menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from sectors.models import Booklet, BusinessFunction, Country


class BusinessFunctionViewSet(SnippetViewSet):
    model = BusinessFunction
    icon = "cogs"
    list_display = ["name", "key", "opportunity"]
    search_fields = ["name", "key"]


class CountryViewSet(SnippetViewSet):
    model = Country
    icon = "globe"
    list_display = ["name", "kind", "region", "priority"]
    list_filter = ["kind"]
    search_fields = ["name"]


class BookletViewSet(SnippetViewSet):
    model = Booklet
    icon = "doc-full"
    list_display = ["title", "sector", "edition", "updated_at"]
    search_fields = ["title"]


class SectorSnippets(SnippetViewSetGroup):
    menu_label = _("Sectors")
    menu_icon = "folder-open-inverse"
    menu_order = 220
    items = (BusinessFunctionViewSet, CountryViewSet, BookletViewSet)


register_snippet(SectorSnippets)
