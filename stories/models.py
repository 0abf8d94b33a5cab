"""Success stories of foreign investors in Lombardy, and their filterable index."""

from django import forms
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import LocalizedSnippetsField
from home.blocks import BodyStreamBlock, ImageWithCaptionBlock, VideoBlock
from home.listing import FilteredListingMixin
from home.models import BasePage
from sectors.links import sectors_in_locale
from sectors.models import BusinessFunction, Country
from stories.filters import StoryFilterSet
from territories.models import TerritoryPage

PUBLISHER = {"@type": "Organization", "name": "Invest in Lombardy"}


class InvestmentMode(models.TextChoices):
    """The investment modes of the strategy (Tab. G legend)."""

    CREATION = "creation", _("Greenfield creation")
    EXPANSION = "expansion", _("Expansion")
    CO_LOCATION = "co_location", _("Co-location")
    ACQUISITION = "acquisition", _("Acquisition")
    PARTNERSHIP = "partnership", _("Partnership")


class CountrySerializer(serializers.ModelSerializer):
    class Meta:
        model = Country
        fields = ["id", "name", "kind"]


class BusinessFunctionSerializer(serializers.ModelSerializer):
    class Meta:
        model = BusinessFunction
        fields = ["id", "key", "name"]


class StoryIndexPage(FilteredListingMixin, BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    api_fields = [*BasePage.api_fields, APIField("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["stories.SuccessStoryPage"]
    max_count_per_parent = 1
    filterset_class = StoryFilterSet
    per_page = 12

    class Meta:
        verbose_name = _("Success story index")

    def stories(self):
        return SuccessStoryPage.objects.child_of(self).live().public()

    def listing_queryset(self, request):
        return self.stories().select_related("social_image", "country", "territory").order_by("-year", "title")

    def filterset_kwargs(self, request):
        return {"locale_id": self.locale_id}

    def prepare_items(self, items, filterset):
        stories = list(items)
        for story in stories:
            story.country_label = filterset.label("country", story.country)
            story.territory_label = filterset.label("territory", story.territory)
        return stories


class SuccessStoryPage(BasePage):
    og_type = "article"  # how social networks present a shared link (components/social_meta.html)

    company_name = models.CharField(max_length=200, verbose_name=_("Company"))
    country = models.ForeignKey(
        Country,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Country of origin"),
    )
    sectors = ParentalManyToManyField(
        "sectors.SectorPage", blank=True, related_name="success_stories", verbose_name=_("Sectors")
    )
    business_function = models.ForeignKey(
        BusinessFunction,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Business function"),
    )
    investment_mode = models.CharField(max_length=20, choices=InvestmentMode.choices, verbose_name=_("Investment mode"))
    territory = models.ForeignKey(
        TerritoryPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Territory"),
        help_text=_("The province or special zone where the company invested."),
    )
    year = models.PositiveSmallIntegerField(verbose_name=_("Year of the investment"))
    jobs = models.PositiveIntegerField(
        null=True, blank=True, verbose_name=_("Jobs"), help_text=_("Only when the figure is public.")
    )
    investment_million_eur = models.DecimalField(
        max_digits=9,
        decimal_places=1,
        null=True,
        blank=True,
        verbose_name=_("Investment (million euro)"),
        help_text=_("Only when the figure is public."),
    )
    story = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Story"))
    quote_text = models.TextField(max_length=600, blank=True, verbose_name=_("Quote"))
    quote_author = models.CharField(max_length=200, blank=True, verbose_name=_("Who said it"))
    quote_role = models.CharField(max_length=200, blank=True, verbose_name=_("Role and organisation"))
    video = StreamField([("video", VideoBlock())], blank=True, max_num=1, verbose_name=_("Video"))
    images = StreamField([("image", ImageWithCaptionBlock())], blank=True, verbose_name=_("Images"))
    illustrative = models.BooleanField(
        default=False,
        verbose_name=_("Illustrative story"),
        help_text=_("Ticked for invented or unverified stories: the page says so to visitors."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("illustrative"),
        MultiFieldPanel(
            [
                FieldPanel("company_name"),
                FieldPanel("country"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("business_function"),
                FieldRowPanel([FieldPanel("investment_mode"), FieldPanel("year")]),
                FieldPanel("territory"),
                FieldRowPanel([FieldPanel("jobs"), FieldPanel("investment_million_eur")]),
            ],
            heading=_("The investment"),
        ),
        FieldPanel("story"),
        MultiFieldPanel(
            [FieldPanel("quote_text"), FieldPanel("quote_author"), FieldPanel("quote_role")], heading=_("Quote")
        ),
        FieldPanel("video"),
        FieldPanel("images"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("company_name"),
        index.AutocompleteField("company_name"),
        index.SearchField("story"),
        index.SearchField("quote_text"),
        index.FilterField("investment_mode"),
        index.FilterField("year"),
    ]
    api_fields = [
        *BasePage.api_fields,
        APIField("company_name"),
        # Snippets by name, in the page's language, so headless clients need no second request.
        APIField("country", serializer=CountrySerializer(source="country_in_locale")),
        APIField("sectors", serializer=LocalizedSnippetsField("sectors", ("id", "title", "slug"))),
        APIField("business_function", serializer=BusinessFunctionSerializer(source="business_function_in_locale")),
        APIField("investment_mode"),
        APIField("territory"),
        APIField("year"),
        APIField("jobs"),
        APIField("investment_million_eur"),
        APIField("story"),
        APIField("quote_text"),
        APIField("quote_author"),
        APIField("quote_role"),
        APIField("video"),
        APIField("images"),
        APIField("illustrative"),
    ]
    parent_page_types = ["stories.StoryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Success story")
        verbose_name_plural = _("Success stories")

    def in_page_locale(self, linked, model):
        """A linked snippet or page in this page's language (the link may point at another language)."""
        if linked is None or linked.locale_id == self.locale_id:
            return linked
        translations = model.objects.filter(translation_key=linked.translation_key, locale_id=self.locale_id)
        return translations.first() or linked

    @cached_property
    def country_in_locale(self):
        return self.in_page_locale(self.country, Country)

    @cached_property
    def business_function_in_locale(self):
        return self.in_page_locale(self.business_function, BusinessFunction)

    @cached_property
    def territory_in_locale(self):
        territory = self.in_page_locale(self.territory, TerritoryPage)
        return territory if territory is not None and territory.live else None

    def json_ld(self, request=None):
        country = self.country_in_locale
        company = {"@type": "Organization", "name": self.company_name}
        if country is not None:
            company["address"] = {"@type": "PostalAddress", "addressCountry": country.name}
        data = {
            "@context": "https://schema.org",
            "@type": "Article",
            "headline": self.title[:110],
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "about": company,
            "publisher": PUBLISHER,
            "author": PUBLISHER,
        }
        if self.first_published_at:
            data["datePublished"] = self.first_published_at.isoformat()
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.meta_description:
            data["description"] = self.meta_description
        territory = self.territory_in_locale
        if territory is not None:
            data["contentLocation"] = {"@type": "Place", "name": territory.title}
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(
            json_ld=self.json_ld(request),
            sectors=sectors_in_locale(self.sectors.all(), self.locale_id),
            country=self.country_in_locale,
            business_function=self.business_function_in_locale,
            territory=self.territory_in_locale,
        )
        return context
