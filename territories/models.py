"""Territory ID cards (provinces, ZLS, ZIS) and the innovation-ecosystem directory with its map."""

import math

from django import forms
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api_fields import ChoiceLabelsField, FloatField, LocalizedSnippetsField
from home.blocks import BodyStreamBlock
from home.landmarks import landmark
from home.listing import FilteredListingMixin
from home.models import BasePage
from indicators.figures import card_context as indicator_card_context
from sectors.links import sectors_in_locale
from territories.api_fields import EcosystemEntityListField, IndicatorValuesField
from territories.blocks import PROVINCES, InfrastructureBlock, MunicipalityBlock, TerritoryFigureBlock
from territories.filters import EcosystemFilterSet

TEXT_FEATURES = ["bold", "italic", "ul", "ol", "link"]
GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


class TerritoryIndexPage(BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["territories.TerritoryPage"]
    max_count_per_parent = 1

    api_fields = [*BasePage.api_fields, APIField("intro")]

    class Meta:
        verbose_name = _("Territory index page")

    def territories(self):
        return TerritoryPage.objects.child_of(self).live().public().order_by("path")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        territories = list(self.territories())
        context["territories"] = territories
        context["compare_url"] = reverse("indicators_compare")
        context["features"] = {
            "type": "FeatureCollection",
            "features": [t.geojson_feature(request) for t in territories if t.has_coordinates],
        }
        return context


class TerritoryPage(BasePage):
    class Kind(models.TextChoices):
        PROVINCE = "province", _("Province")
        ZLS = "zls", _("Simplified logistics zone (ZLS)")
        ZIS = "zis", _("Innovation and development zone (ZIS)")

    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.PROVINCE, verbose_name=_("Kind"))
    province_code = models.CharField(
        max_length=2, choices=PROVINCES, blank=True, verbose_name=_("Province"), help_text=_("Only for provinces.")
    )
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))
    figures = StreamField(
        [("figure", TerritoryFigureBlock())],
        blank=True,
        verbose_name=_("Key figures"),
        help_text=_("Each figure with its source and year. Shown as a table; ticked figures also as a chart."),
    )
    figures_chart_title = models.CharField(max_length=160, blank=True, verbose_name=_("Chart title"))
    vocation = RichTextField(features=TEXT_FEATURES, blank=True, verbose_name=_("Vocation and specialisations"))
    infrastructure = StreamField(
        [("infrastructure", InfrastructureBlock())], blank=True, verbose_name=_("Infrastructure and connectivity")
    )
    special_zone_status = RichTextField(features=TEXT_FEATURES, blank=True, verbose_name=_("Special-zone status"))
    municipalities = StreamField(
        [("municipality", MunicipalityBlock())],
        blank=True,
        verbose_name=_("Municipalities of the zone"),
        help_text=_("For special zones: the municipalities it covers."),
    )
    sectors = ParentalManyToManyField(
        "sectors.SectorPage",
        blank=True,
        related_name="territory_pages",
        verbose_name=_("Vocation sectors"),
        help_text=_("Sector pages linked from the card."),
    )
    incentives = RichTextField(features=TEXT_FEATURES, blank=True, verbose_name=_("Incentives"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("More about this territory"))
    contact_name = models.CharField(max_length=200, blank=True, verbose_name=_("Contact"))
    contact_email = models.EmailField(blank=True, verbose_name=_("Contact e-mail"))
    contact_phone = models.CharField(max_length=40, blank=True, verbose_name=_("Contact telephone"))
    contact_url = models.URLField(blank=True, verbose_name=_("Contact web site"))
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True, verbose_name=_("Latitude"))
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True, verbose_name=_("Longitude"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("kind"), FieldPanel("province_code")]),
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("figures_chart_title"), FieldPanel("figures")], heading=_("Key figures")),
        FieldPanel("vocation"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("infrastructure"),
        MultiFieldPanel(
            [FieldPanel("special_zone_status"), FieldPanel("municipalities"), FieldPanel("incentives")],
            heading=_("Special zones and incentives"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("contact_name"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("contact_url"),
            ],
            heading=_("Contact"),
        ),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")], heading=_("Marker on the map")),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("intro"),
        index.SearchField("vocation"),
        index.SearchField("incentives"),
        index.FilterField("kind"),
        index.FilterField("province_code"),
    ]

    parent_page_types = ["territories.TerritoryIndexPage"]
    subpage_types = []

    api_fields = [
        *BasePage.api_fields,
        APIField("kind"),
        APIField("labels", serializer=ChoiceLabelsField(("kind",))),
        APIField("province_code"),
        APIField("intro"),
        APIField("figures_chart_title"),
        APIField("figures"),
        APIField("vocation"),
        APIField("infrastructure"),
        APIField("special_zone_status"),
        APIField("municipalities"),
        APIField("incentives"),
        APIField("body"),
        APIField("contact_name"),
        APIField("contact_email"),
        APIField("contact_phone"),
        APIField("contact_url"),
        APIField("latitude", serializer=FloatField()),
        APIField("longitude", serializer=FloatField()),
        APIField("ecosystem_entities", serializer=EcosystemEntityListField("ecosystem_entities")),
        APIField("sectors", serializer=LocalizedSnippetsField("sectors", ("id", "title", "slug"))),
        # The sourced, dated figures its card shows (indicators/), also at /api/v2/indicators/?territory=<code>.
        APIField("indicators", serializer=IndicatorValuesField()),
    ]

    class Meta:
        verbose_name = _("Territory page")

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    def geojson_feature(self, request=None):
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [float(self.longitude), float(self.latitude)]},
            "properties": {
                "title": self.title,
                "url": self.get_url(request),
                "summary": self.summary or str(self.get_kind_display()),
            },
        }

    def figure_rows(self):
        return [block.value for block in self.figures]

    def chart_bars(self):
        """Ticked figures as bars, each a share of the largest (for the .bar-w-N classes)."""
        rows = [row for row in self.figure_rows() if row.get("in_chart")]
        highest = max((abs(row["value"]) for row in rows), default=0) or 1
        return [{"row": row, "percent": round(100 * abs(row["value"]) / highest)} for row in rows]

    def has_illustrative_figures(self):
        return any(row.get("illustrative") for row in self.figure_rows())

    def infrastructure_groups(self):
        from territories.blocks import INFRASTRUCTURE_KINDS

        groups = []
        for kind, label in INFRASTRUCTURE_KINDS:
            items = [block.value for block in self.infrastructure if block.value["kind"] == kind]
            if items:
                groups.append({"kind": kind, "label": label, "items": items})
        return groups

    def ecosystem_entities(self):
        """Entities of the directory on this territory, in the page's language."""
        match = Q(territory__translation_key=self.translation_key)
        if self.province_code:
            match |= Q(province=self.province_code)
        return EcosystemEntity.objects.filter(match, locale_id=self.locale_id).order_by("category", "name")

    def catalogue_query(self):
        """The catalogue's filter for the sites of this territory (its GET parameters)."""
        if self.kind == self.Kind.ZLS:
            return "zls=on"
        if self.kind == self.Kind.ZIS:
            return "zis=on"
        return f"province={self.province_code}" if self.province_code else ""

    @property
    def indicator_code(self):
        """The territory code of this card's indicator values (indicators/territory_codes.py)."""
        return self.province_code if self.kind == self.Kind.PROVINCE else self.kind.upper()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(indicator_card_context(self.indicator_code, self.locale))
        # The available sites, their map and the catalogue link come from the catalogue's app, through a hook.
        for contribute in hooks.get_hooks("territory_card_context"):
            context.update(contribute(self, request))
        context["sectors"] = sectors_in_locale(self.sectors.all(), self.locale_id)
        entities = list(self.ecosystem_entities())
        context["entities"] = entities
        context["entity_groups"] = EcosystemEntity.group_by_category(entities)
        context["ecosystem_page"] = landmark(EcosystemPage, self.locale_id)
        context["json_ld"] = self.json_ld(request)
        return context

    def json_ld(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "Place" if self.kind != self.Kind.PROVINCE else "AdministrativeArea",
            "name": self.title,
            "url": self.get_full_url(request),
            "description": self.meta_description,
            "containedInPlace": {
                "@type": "AdministrativeArea",
                "name": "Lombardia",
                "containedInPlace": {"@type": "Country", "name": "Italia"},
            },
        }
        if self.has_coordinates:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": float(self.latitude),
                "longitude": float(self.longitude),
            }
        return data


class EcosystemEntity(TranslatableMixin, index.Indexed, ClusterableModel):
    """An incubator, accelerator, cluster, hub, research hospital, university or ITS, in one language."""

    class Category(models.TextChoices):
        INCUBATOR = "incubator", _("Incubator")
        ACCELERATOR = "accelerator", _("Accelerator")
        CLUSTER = "cluster", _("Cluster")
        INNOVATION_HUB = "innovation_hub", _("Innovation hub")
        RESEARCH_HOSPITAL_PUBLIC = "research_hospital_public", _("Public research hospital (IRCCS)")
        RESEARCH_HOSPITAL_PRIVATE = "research_hospital_private", _("Private research hospital (IRCCS)")
        UNIVERSITY = "university", _("University")
        ITS = "its", _("Higher technical institute (ITS)")

    name = models.CharField(max_length=200, verbose_name=_("Name"))
    category = models.CharField(max_length=30, choices=Category.choices, verbose_name=_("Category"))
    description = models.TextField(blank=True, max_length=600, verbose_name=_("Description"))
    website = models.URLField(blank=True, verbose_name=_("Web site"))
    address = models.CharField(max_length=250, blank=True, verbose_name=_("Address"))
    municipality = models.CharField(max_length=120, blank=True, verbose_name=_("Municipality"))
    province = models.CharField(max_length=2, choices=PROVINCES, blank=True, verbose_name=_("Province"))
    latitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True, verbose_name=_("Latitude"))
    longitude = models.DecimalField(max_digits=8, decimal_places=5, null=True, blank=True, verbose_name=_("Longitude"))
    coordinates_approximate = models.BooleanField(
        default=True,
        verbose_name=_("Approximate location"),
        help_text=_("Ticked while the marker shows the municipality, not the exact address."),
    )
    territory = models.ForeignKey(
        "territories.TerritoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Territory"),
        help_text=_("A special zone or province card on which the entity also appears."),
    )
    sectors = ParentalManyToManyField(
        "sectors.SectorPage",
        blank=True,
        related_name="ecosystem_entities",
        verbose_name=_("Sectors"),
        help_text=_("The entity appears on these sector pages and under the sector filter of the map."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("category"),
        FieldPanel("description"),
        FieldPanel("website"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("province")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("coordinates_approximate"),
            ],
            heading=_("Location"),
        ),
        FieldPanel("territory"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("category"),
        index.FilterField("province"),
        index.FilterField("locale_id"),
    ]
    # Proper names and place names are the same in every language: wagtail-localize copies them.
    override_translatable_fields = [SynchronizedField("name"), SynchronizedField("municipality")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Ecosystem entity")
        verbose_name_plural = _("Ecosystem entities")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def has_coordinates(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def anchor(self):
        return f"entity-{self.pk}"

    def geojson_feature(self, offset=(0.0, 0.0)):
        summary = f"{self.get_category_display()} · {self.municipality}"
        if self.coordinates_approximate:
            summary += f" ({_('approximate location')})"
        return {
            "type": "Feature",
            "id": self.pk,
            "geometry": {
                "type": "Point",
                "coordinates": [
                    round(float(self.longitude) + offset[0], 5),
                    round(float(self.latitude) + offset[1], 5),
                ],
            },
            "properties": {"title": self.name, "url": f"#{self.anchor}", "summary": summary},
        }

    @staticmethod
    def geojson(entities):
        """A FeatureCollection; approximate markers on the same spot are fanned out so each stays clickable.

        The n-th entity at a spot moves along a sunflower spiral, about 650 m x sqrt(n): still
        within its municipality, which is all an approximate location claims.
        """
        seen = {}
        features = []
        for entity in entities:
            if not entity.has_coordinates:
                continue
            spot = (entity.latitude, entity.longitude)
            n = seen.get(spot, 0)
            seen[spot] = n + 1
            offset = (0.0, 0.0)
            if n and entity.coordinates_approximate:
                angle, radius = n * GOLDEN_ANGLE, 0.006 * math.sqrt(n)
                offset = (radius * math.cos(angle) * 1.4, radius * math.sin(angle))
            features.append(entity.geojson_feature(offset))
        return {"type": "FeatureCollection", "features": features}

    @classmethod
    def group_by_category(cls, entities):
        groups = []
        for value, label in cls.Category.choices:
            items = [e for e in entities if e.category == value]
            if items:
                groups.append({"category": value, "label": label, "entities": items})
        return groups


class EcosystemPage(FilteredListingMixin, BasePage):
    """The innovation-ecosystem map and its list: both show exactly the same filtered entities."""

    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    filterset_class = EcosystemFilterSet
    per_page = None  # the map and the list show every matching entity

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("entities", serializer=EcosystemEntityListField("all_entities")),
    ]

    class Meta:
        verbose_name = _("Innovation-ecosystem page")

    def all_entities(self):
        """Every entity of the directory in the page's language, by category (the API's list)."""
        return EcosystemEntity.objects.filter(locale_id=self.locale_id).order_by("category", "name")

    def listing_queryset(self, request):
        return EcosystemEntity.objects.filter(locale_id=self.locale_id).order_by("name")

    def filterset_kwargs(self, request):
        return {"locale_id": self.locale_id}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        entities = context["items"]
        context["entities"] = entities
        context["entity_groups"] = EcosystemEntity.group_by_category(entities)
        context["features"] = EcosystemEntity.geojson(entities)
        return context
