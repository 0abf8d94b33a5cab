"""Blocks only sector pages and booklets use."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks


class EcosystemHighlightBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=160, label=_("Name"))
    kind = blocks.CharBlock(
        max_length=80, required=False, label=_("Kind"), help_text=_("For example: cluster, research hospital")
    )
    description = blocks.TextBlock(max_length=400, required=False, label=_("What it offers"))
    url = blocks.URLBlock(required=False, label=_("Web address"))

    class Meta:
        icon = "site"
        label = _("Ecosystem highlight")
        description = _("A cluster, research centre or other actor of the sector's ecosystem.")
        preview_value = {
            "name": "Lombardy Life Sciences Cluster",
            "kind": "cluster",
            "description": "Companies, hospitals and universities working together on research and trials.",
            "url": "https://www.clusterlombardoscienzedellavita.it/",
        }


class CompanyBlock(blocks.StructBlock):
    name = blocks.CharBlock(max_length=160, label=_("Company"))
    country = blocks.CharBlock(max_length=80, required=False, label=_("Country of origin"))
    activity = blocks.CharBlock(max_length=200, required=False, label=_("Activity in Lombardy"))

    class Meta:
        icon = "group"
        label = _("Company")
        description = _("A foreign company present in the sector in Lombardy.")
        preview_value = {
            "name": "Example GmbH (illustrative)",
            "country": "Germany",
            "activity": "Research and production",
        }


class TableOfContentsEntryBlock(blocks.StructBlock):
    title = blocks.CharBlock(max_length=200, label=_("Chapter title"))
    summary = blocks.TextBlock(max_length=500, required=False, label=_("Summary"))
    page = blocks.IntegerBlock(min_value=1, required=False, label=_("Page"))

    class Meta:
        icon = "list-ol"
        label = _("Chapter")
        description = _("A chapter of the booklet, with its page number.")
        preview_value = {"title": "Why invest in the sector", "summary": "Markets, talent and suppliers.", "page": 3}
