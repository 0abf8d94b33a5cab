"""Value propositions by business function: one page per function an investor sets up here.

Following the regional strategy (DGR XII/4959 of 2025, 2.3): "material" projects (production units,
logistics platforms) need site search and due diligence above all; "immaterial" ones (R&D, headquarters,
sales and shared services) need recruitment, training and research partners. Each page names one
business function of the taxonomy (sectors.BusinessFunction) and lists, by query, what serves it
(functions/related.py): sectors, territories, sites, incentives and success stories. Its figures are
stored indicator values with their source and year, never typed into the page.
"""

from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page, PageManager
from wagtail.search import index

from functions.api_fields import FunctionField, RelatedField
from functions.related import function_in_locale, function_page_context
from home.blocks import BodyStreamBlock
from home.models import BasePage
from home.translation_state import translated_only
from indicators.models import default_locale_indicators


class ProjectNature(models.TextChoices):
    MATERIAL = "material", _("Material project: a plant, a warehouse, a platform")
    IMMATERIAL = "immaterial", _("Immaterial project: people and know-how")


class BusinessFunctionIndexPage(BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["functions.BusinessFunctionPage"]
    max_count_per_parent = 1

    api_fields = [*BasePage.api_fields, APIField("intro")]

    class Meta:
        verbose_name = _("Business-function index page")

    def function_pages(self):
        pages = BusinessFunctionPage.objects.child_of(self).live().public()
        return translated_only(pages).select_related("social_image").order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        pages = list(self.function_pages())
        groups = []
        for nature, label in ProjectNature.choices:
            members = [page for page in pages if page.project_nature == nature]
            if members:
                groups.append({"nature": nature, "label": label, "pages": members})
        context["function_groups"] = groups
        return context


class BusinessFunctionPageManager(PageManager):
    def get_queryset(self):
        # Every view of the page names its function: read with it, one query less (issue 11).
        return super().get_queryset().select_related("business_function")


class BusinessFunctionPage(BasePage):
    objects = BusinessFunctionPageManager()

    business_function = models.ForeignKey(
        "sectors.BusinessFunction",
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("Business function"),
        help_text=_("The function this page presents; its sectors, sites, incentives and stories follow from it."),
    )
    project_nature = models.CharField(
        max_length=12,
        choices=ProjectNature.choices,
        verbose_name=_("Kind of project"),
        help_text=_(
            "Material projects are offered site search and due diligence; immaterial ones talent and partners."
        ),
    )
    headline = models.CharField(max_length=200, verbose_name=_("Headline"))
    why_lombardy = StreamField(
        BodyStreamBlock(), blank=True, verbose_name=_("Why Lombardy"), help_text=_("The value proposition.")
    )
    indicators = ParentalManyToManyField(
        "indicators.Indicator",
        blank=True,
        related_name="+",
        limit_choices_to=default_locale_indicators,
        verbose_name=_("Figures shown"),
        help_text=_("Shown with Lombardy's and Italy's latest stored value, each with its year and source."),
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("business_function"), FieldPanel("project_nature"), FieldPanel("headline")],
            heading=_("Business function"),
        ),
        FieldPanel("why_lombardy"),
        FieldPanel("indicators", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("headline"),
        index.SearchField("why_lombardy"),
        index.SearchField("body"),
        index.FilterField("project_nature"),
    ]
    parent_page_types = ["functions.BusinessFunctionIndexPage"]
    subpage_types = []

    api_fields = [
        *BasePage.api_fields,
        APIField("business_function", serializer=FunctionField()),
        APIField("project_nature"),
        APIField("headline"),
        APIField("why_lombardy"),
        APIField("body"),
        APIField("figures", serializer=RelatedField("figures")),
        APIField("sectors", serializer=RelatedField("sectors")),
        APIField("territories", serializer=RelatedField("territories")),
        APIField("sites", serializer=RelatedField("sites")),
        APIField("incentives", serializer=RelatedField("incentives")),
        APIField("stories", serializer=RelatedField("stories")),
    ]

    class Meta:
        verbose_name = _("Business-function page")

    @property
    def function_in_locale(self):
        return function_in_locale(self.business_function, self.locale_id)

    @property
    def is_material(self):
        return self.project_nature == ProjectNature.MATERIAL

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(function_page_context(self, request))
        return context
