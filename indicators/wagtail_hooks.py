"""Indicators and their values in one admin menu, the CSV import and the report of older figures."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from indicators import admin_views
from indicators.models import Indicator, IndicatorValue


class IndicatorViewSet(SnippetViewSet):
    model = Indicator
    icon = "table"
    list_display = ["name", "key", "category", "unit", "higher_is_better"]
    list_filter = ["category"]
    search_fields = ["name", "key"]


class IndicatorValueViewSet(SnippetViewSet):
    model = IndicatorValue
    icon = "form"
    list_display = ["indicator", "territory", "year", "value", "source"]
    list_filter = ["territory", "indicator__category", "year", "illustrative"]
    search_fields = ["source", "note"]


class IndicatorSnippets(SnippetViewSetGroup):
    menu_label = _("Indicators")
    menu_icon = "table"
    menu_order = 230
    items = (IndicatorViewSet, IndicatorValueViewSet)


register_snippet(IndicatorSnippets)


@hooks.register("register_admin_urls")
def register_indicator_urls():
    return [
        path("indicators/import/", admin_views.upload_view, name="indicators_import"),
        path("indicators/outdated/", admin_views.outdated_view, name="indicators_outdated"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return MenuItem(_("Import indicators"), reverse("indicators_import"), icon_name="upload", order=235)


@hooks.register("register_reports_menu_item")
def register_outdated_menu_item():
    return MenuItem(_("Older indicator figures"), reverse("indicators_outdated"), icon_name="warning", order=810)
