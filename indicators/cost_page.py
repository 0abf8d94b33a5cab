"""The cost-of-doing-business page: every cost an investor budgets for, for the province the visitor picks.

Imported at the end of indicators/models.py, where Wagtail looks for page types.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page

from home.api_fields import PageField
from home.blocks import BodyStreamBlock
from home.models import BasePage
from indicators.blocks import CostOfDoingBusinessBlock
from indicators.costs import cost_items
from indicators.territory_codes import PROVINCES


class CostPageBody(BodyStreamBlock):
    costs = CostOfDoingBusinessBlock()


class ProvinceForm(forms.Form):
    province = forms.ChoiceField(
        label=_("Province"),
        required=False,
        choices=[("", _("Lombardy and Italy only")), *PROVINCES],
        error_messages={"invalid_choice": _("Choose a province from the list.")},
    )


class CostItemsField(PageField):
    """Every cost with its Lombardy and Italy figures (value, unit, year, source), or none when not available."""

    def to_representation(self, page):
        return [
            {
                "key": item["key"],
                "label": str(item["label"]),
                "figures": [
                    {
                        "indicator": row["indicator"].key,
                        "name": row["indicator"].name,
                        "scope": str(row["scope"]),
                        "territory": row["value"].territory,
                        "value": float(row["value"].value),
                        "unit": row["indicator"].unit,
                        "year": row["value"].year,
                        "source": row["value"].source,
                        "url": row["value"].url,
                    }
                    for row in item["rows"]
                ],
            }
            for item in cost_items("", page.locale)
        ]


class CostOfDoingBusinessPage(BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))
    body = StreamField(CostPageBody(), blank=True, verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body"),
        APIField("costs", serializer=CostItemsField()),
    ]

    class Meta:
        verbose_name = _("Cost-of-doing-business page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ProvinceForm(request.GET)
        province = form.cleaned_data["province"] if form.is_valid() else ""
        context.update(form=form, province=province, cost_items=cost_items(province, self.locale))
        return context
