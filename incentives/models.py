"""Incentives an investor can claim (translatable snippets) and the finder page that filters them."""

from django import forms
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from home.listing import FilteredListingMixin
from home.models import BasePage
from incentives.api_fields import IncentiveListField
from incentives.choices import CompanySize, Instrument, InvestmentType, Provider
from incentives.eligibility import with_sector_names
from incentives.fields import CodeListField
from incentives.filters import IncentiveFilterSet
from indicators.territory_codes import COMPARABLE


class Incentive(TranslatableMixin, index.Indexed, ClusterableModel):
    """One instrument (grant, tax credit, negotiated agreement...), its eligibility and its legal basis.

    An empty eligibility list means no restriction of that kind: no sectors ticked is every sector,
    no territory ticked is the whole of Lombardy.
    """

    name = models.CharField(max_length=200, verbose_name=_("Name"))
    summary = models.TextField(max_length=800, verbose_name=_("What it offers"))
    provider = models.CharField(max_length=12, choices=Provider.choices, verbose_name=_("Provider"))
    instrument = models.CharField(max_length=24, choices=Instrument.choices, verbose_name=_("Instrument"))
    company_sizes = CodeListField(
        codes=CompanySize.choices, verbose_name=_("Company sizes"), help_text=_("None ticked: every size.")
    )
    sectors = ParentalManyToManyField(
        "sectors.SectorPage",
        blank=True,
        related_name="incentives",
        verbose_name=_("Sectors"),
        help_text=_("None ticked: every sector. Shown on these sector pages."),
    )
    business_functions = ParentalManyToManyField(
        "sectors.BusinessFunction",
        blank=True,
        related_name="incentives",
        verbose_name=_("Business functions"),
        help_text=_("None ticked: every business function."),
    )
    territories = CodeListField(
        codes=COMPARABLE,
        verbose_name=_("Territories and zones"),
        help_text=_("None ticked: the whole of Lombardy. Shown on these territory cards and on their sites."),
    )
    state_aid_area_only = models.BooleanField(
        default=False,
        verbose_name=_("Only inside the regional state-aid map"),
        help_text=_("For aid limited to the areas of art. 107(3)(c) TFEU, such as the ZLS tax credit."),
    )
    investment_types = CodeListField(
        codes=InvestmentType.choices, verbose_name=_("Investment types"), help_text=_("None ticked: every type.")
    )
    amount = models.CharField(
        max_length=300,
        blank=True,
        verbose_name=_("Amount or aid intensity"),
        help_text=_("Only as the legal basis or the call states it; leave empty otherwise."),
    )
    opens_on = models.DateField(null=True, blank=True, verbose_name=_("Opens on"))
    closes_on = models.DateField(null=True, blank=True, verbose_name=_("Closes on"))
    legal_basis = models.CharField(max_length=400, verbose_name=_("Legal basis"))
    official_url = models.URLField(
        max_length=500, blank=True, verbose_name=_("Official page"), help_text=_("Only an official source.")
    )
    last_checked = models.DateField(verbose_name=_("Last checked"))
    sort_order = models.PositiveSmallIntegerField(default=0, verbose_name=_("Order"))

    panels = [
        FieldPanel("name"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("provider"), FieldPanel("instrument")]),
        MultiFieldPanel(
            [
                FieldPanel("company_sizes"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
                FieldPanel("business_functions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("territories"),
                FieldPanel("state_aid_area_only"),
                FieldPanel("investment_types"),
            ],
            heading=_("Eligibility"),
        ),
        FieldPanel("amount"),
        FieldRowPanel([FieldPanel("opens_on"), FieldPanel("closes_on")]),
        MultiFieldPanel(
            [FieldPanel("legal_basis"), FieldPanel("official_url"), FieldPanel("last_checked")], heading=_("Source")
        ),
        FieldPanel("sort_order"),
    ]
    search_fields = [index.SearchField("name"), index.SearchField("summary"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("Incentive")
        verbose_name_plural = _("Incentives")

    def __str__(self):
        return self.name

    def status(self, today=None):
        """ "open", "upcoming", "closed", or "" when the source states no dates."""
        today = today or timezone.localdate()
        if self.closes_on and self.closes_on < today:
            return "closed"
        if self.opens_on and self.opens_on > today:
            return "upcoming"
        return "open" if self.opens_on or self.closes_on else ""

    def labels(self, name):
        """The labels of a coded list field, in the active language."""
        return self._meta.get_field(name).labels(getattr(self, name))

    @property
    def size_labels(self):
        return self.labels("company_sizes")

    @property
    def territory_labels(self):
        return self.labels("territories")

    @property
    def investment_labels(self):
        return self.labels("investment_types")

    @property
    def anchor(self):
        return f"incentive-{self.translation_key}"


class IncentiveIndexPage(FilteredListingMixin, BasePage):
    """The incentive finder: every incentive in the page's language, filtered by the investor's project."""

    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    filterset_class = IncentiveFilterSet
    per_page = 20

    api_fields = [*BasePage.api_fields, APIField("intro"), APIField("incentives", serializer=IncentiveListField())]

    class Meta:
        verbose_name = _("Incentive finder page")

    def all_incentives(self):
        return Incentive.objects.filter(locale_id=self.locale_id).prefetch_related("sectors", "business_functions")

    def listing_queryset(self, request):
        return self.all_incentives()

    def filterset_kwargs(self, request):
        return {"locale_id": self.locale_id}

    def prepare_items(self, items, filterset):
        return with_sector_names(list(items), self.locale_id)
