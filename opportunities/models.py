"""The opportunity catalogue: available areas, buildings and investment projects.

Every fact an investor filters on is a real column; prose is StreamField. Facts are synchronised
between languages by wagtail-localize, prose is translated.
"""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import StreamField
from wagtail.models import Page, Site
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from home.api_fields import ChoiceLabelsField, EndpointLinkField, FloatField, LocalizedSnippetsField
from home.blocks import BodyStreamBlock, ImageWithCaptionBlock
from home.content_version import kept
from home.i18n import active_language
from home.models import BasePage
from opportunities import geo
from opportunities.admin_form import OpportunityPageForm
from opportunities.api_fields import CatalogueSearchLinkField, CodeListField, DistancesField
from opportunities.choices import (
    Category,
    EnvironmentalStatus,
    Kind,
    Ownership,
    PermittedUse,
    PlanningStatus,
    Province,
    Tenure,
)
from opportunities.fields import ChoiceSetField
from opportunities.readiness import DEFAULT_NAMES, MAX_LEVEL, assess
from opportunities.readiness_panel import ReadinessPanel
from sectors.links import sectors_in_locale
from sectors.models import private_storage
from territories.geography import municipality_outline

# Lombardy with a margin: coordinates outside are typing mistakes (a swapped lat/lon, a missing digit).
LAT_RANGE = (44.5, 46.8)
LON_RANGE = (8.3, 11.6)

# distance field -> kind of infrastructure point in data/infrastructure.csv
# Facts an owner's submission may set on the draft page (everything else is staff's).
SUBMISSION_FIELDS = (
    "kind",
    "category",
    "address",
    "municipality",
    "province",
    "latitude",
    "longitude",
    "site_area_m2",
    "covered_area_m2",
    "buildings_count",
    "ceiling_height_m",
    "permitted_uses",
    "planning_zone",
    "planning_status",
    "environmental_status",
    "ownership",
    "tenure",
    "asking_price_eur",
    "available_from",
    "power_kw",
    "has_gas",
    "has_water",
    "has_fibre",
    "in_zls",
    "in_zis",
    "in_state_aid_area",
    "owner_consent",
)
# Facts the API shows through a serializer of their own (or not at all: consent is implied by publication).
API_OWN_SERIALIZER = {"ceiling_height_m", "permitted_uses", "sectors", "owner_consent"}
# Facts are the same in every language: what owners submit, plus what staff verify and add.
SYNCHRONISED_FACTS = (
    *SUBMISSION_FIELDS,
    "parcel_geojson",
    "last_verified",
    "sectors",
    "contact_name",
    "contact_email",
    "contact_phone",
)

DISTANCE_FIELDS = {
    "distance_motorway_km": "motorway_junction",
    "distance_airport_km": "airport",
    "distance_rail_km": "rail_terminal",
    "distance_port_km": "port",
}


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(max_length=200, label=_("Title shown to visitors"))

    class Meta:
        icon = "doc-full"
        label = _("Document")
        description = _("A file visitors can download about the site: a plan, a survey, a brochure.")
        # Documents are uploaded per site, so the sample names only the title visitors would read.
        preview_value = {"title": "Site plan (sample)"}


class OpportunityIndexPage(RoutablePageMixin, BasePage):
    """The catalogue: search, filters, facets, map and list, and the open-data exports."""

    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["opportunities.OpportunityPage"]
    max_count_per_parent = 1

    api_fields = [
        *BasePage.api_fields,
        APIField("intro"),
        APIField("body"),
        APIField("search_url", serializer=CatalogueSearchLinkField()),
    ]

    class Meta:
        verbose_name = _("Opportunity catalogue")

    @path("")
    def catalogue(self, request):
        from opportunities.views import catalogue

        return catalogue(request, self)

    @path("export/geojson/", name="export_geojson")
    def export_geojson(self, request):
        from opportunities.views import export_geojson

        return export_geojson(request, self)

    @path("map/", name="map_view")
    def map_view(self, request):
        """The points or clusters of the map's view, as JSON (opportunities.catalogue_map)."""
        from opportunities.views import map_view

        return map_view(request, self)

    @path("owner-template/", name="owner_template")
    def owner_template(self, request):
        """The Excel template owners fill in to propose their sites."""
        from opportunities.views import owner_template

        return owner_template(request, self)

    @path("shortlist/", name="shortlist")
    def shortlist(self, request):
        from opportunities.shortlist_views import shortlist_page

        return shortlist_page(request, self)

    @path("shortlist/add/", name="shortlist_add")
    def shortlist_add(self, request):
        from opportunities.shortlist_views import change

        return change(request, self, "add")

    @path("shortlist/remove/", name="shortlist_remove")
    def shortlist_remove(self, request):
        from opportunities.shortlist_views import change

        return change(request, self, "remove")

    @path("shortlist/compare/", name="shortlist_compare")
    def shortlist_compare(self, request):
        from opportunities.shortlist_views import compare

        return compare(request, self)

    @path("shortlist/dossier/", name="shortlist_dossier")
    def shortlist_dossier(self, request):
        from opportunities.shortlist_share import dossier

        return dossier(request, self)

    @path("shortlist/shared/<str:token>/", name="shortlist_shared")
    def shortlist_shared(self, request, token):
        from opportunities.shortlist_share import shared

        return shared(request, self, token)

    @path("shortlist/shared/<str:token>/dossier/", name="shortlist_shared_dossier")
    def shortlist_shared_dossier(self, request, token):
        from opportunities.shortlist_share import shared_dossier

        return shared_dossier(request, self, token)

    @path("shortlist/send/", name="shortlist_send")
    def shortlist_send(self, request):
        from opportunities.shortlist_views import send

        return send(request, self)

    @path("export/csv/", name="export_csv")
    def export_csv(self, request):
        from opportunities.views import export_csv

        return export_csv(request, self)


class OpportunityPage(BasePage):
    # The admin's edit form refuses a point outside the named municipality, as the owners' forms do.
    base_form_class = OpportunityPageForm

    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Kind"))
    category = models.CharField(max_length=20, choices=Category.choices, verbose_name=_("Category"))
    address = models.CharField(max_length=255, blank=True, verbose_name=_("Address"))
    municipality = models.CharField(
        max_length=100,
        verbose_name=_("Municipality"),
        help_text=_("As in ISTAT's list, for example 'Cremona' or 'San Giorgio Bigarello'."),
    )
    province = models.CharField(max_length=2, choices=Province.choices, verbose_name=_("Province"))
    latitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(LAT_RANGE[0]), MaxValueValidator(LAT_RANGE[1])],
        verbose_name=_("Latitude"),
        help_text=_("Decimal degrees (WGS 84). Left empty, the municipality's centre is used."),
    )
    longitude = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(LON_RANGE[0]), MaxValueValidator(LON_RANGE[1])],
        verbose_name=_("Longitude"),
    )
    parcel_geojson = models.JSONField(
        null=True,
        blank=True,
        verbose_name=_("Parcel outline (GeoJSON)"),
        help_text=_("Optional: a GeoJSON Polygon or MultiPolygon of the site."),
    )
    site_area_m2 = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("Site area (m²)"))
    covered_area_m2 = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("Covered area (m²)"))
    buildings_count = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("Number of buildings"))
    ceiling_height_m = models.DecimalField(
        max_digits=5, decimal_places=2, null=True, blank=True, verbose_name=_("Clear ceiling height (m)")
    )
    permitted_uses = ChoiceSetField(choices=PermittedUse.choices, verbose_name=_("Permitted uses"))
    planning_zone = models.CharField(
        max_length=120, blank=True, verbose_name=_("Planning zone"), help_text=_("As named in the local plan (PGT).")
    )
    planning_status = models.CharField(
        max_length=20, choices=PlanningStatus.choices, blank=True, verbose_name=_("Planning status")
    )
    environmental_status = models.CharField(
        max_length=20, choices=EnvironmentalStatus.choices, blank=True, verbose_name=_("Environmental status")
    )
    ownership = models.CharField(max_length=10, choices=Ownership.choices, verbose_name=_("Ownership"))
    tenure = models.CharField(max_length=12, choices=Tenure.choices, verbose_name=_("Tenure"))
    asking_price_eur = models.PositiveIntegerField(
        null=True,
        blank=True,
        verbose_name=_("Asking price (€)"),
        help_text=_("Sale price, or yearly rent for a lease. Empty: price on request."),
    )
    available_from = models.DateField(null=True, blank=True, verbose_name=_("Available from"))
    power_kw = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("Available power (kW)"))
    has_gas = models.BooleanField(default=False, verbose_name=_("Gas connection"))
    has_water = models.BooleanField(default=False, verbose_name=_("Water connection"))
    has_fibre = models.BooleanField(default=False, verbose_name=_("Fibre broadband"))
    in_zls = models.BooleanField(default=False, verbose_name=_("In the ZLS (simplified logistics zone)"))
    in_zis = models.BooleanField(default=False, verbose_name=_("In an innovation and development zone (ZIS)"))
    in_state_aid_area = models.BooleanField(default=False, verbose_name=_("In the regional state-aid map"))
    incentives = models.TextField(blank=True, verbose_name=_("Incentives"))
    last_verified = models.DateField(
        verbose_name=_("Last verified"), help_text=_("When availability and facts were last confirmed with the owner.")
    )
    owner_consent = models.BooleanField(
        default=False,
        verbose_name=_("Owner consents to publication"),
        help_text=_("Required: a site is never published without the owner's consent."),
    )
    # When the owner was last asked to reconfirm the site (manage.py check_opportunity_freshness).
    reconfirmation_requested_at = models.DateField(null=True, blank=True, editable=False)
    sectors = ParentalManyToManyField(
        "sectors.SectorPage",
        blank=True,
        related_name="+",
        verbose_name=_("Related sectors"),
        help_text=_("The sectors whose investors this site suits; shown on the page in the visitor's language."),
    )
    contact_name = models.CharField(max_length=120, blank=True, verbose_name=_("Contact name"))
    contact_email = models.EmailField(blank=True, verbose_name=_("Contact e-mail"))
    contact_phone = models.CharField(max_length=40, blank=True, verbose_name=_("Contact telephone"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Description"))
    gallery = StreamField([("image", ImageWithCaptionBlock())], blank=True, verbose_name=_("Photos"))
    documents = StreamField([("document", DocumentBlock())], blank=True, verbose_name=_("Documents"))

    # Computed on save from data/infrastructure.csv: straight-line distances, never declared.
    distance_motorway_km = models.FloatField(null=True, blank=True, editable=False)
    distance_airport_km = models.FloatField(null=True, blank=True, editable=False)
    distance_rail_km = models.FloatField(null=True, blank=True, editable=False)
    distance_port_km = models.FloatField(null=True, blank=True, editable=False)
    nearest_motorway = models.CharField(max_length=120, blank=True, editable=False)
    nearest_airport = models.CharField(max_length=120, blank=True, editable=False)
    nearest_rail = models.CharField(max_length=120, blank=True, editable=False)
    nearest_port = models.CharField(max_length=120, blank=True, editable=False)
    # Computed on save by opportunities.readiness (docs/readiness.md), stored so both engines filter and sort on it.
    readiness_level = models.PositiveSmallIntegerField(default=0, editable=False, verbose_name=_("Readiness level"))

    content_panels = [
        *Page.content_panels,
        ReadinessPanel(heading=_("Readiness")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("category")]),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("municipality"), FieldPanel("province")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("parcel_geojson"),
            ],
            heading=_("Location"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("site_area_m2"), FieldPanel("covered_area_m2")]),
                FieldRowPanel([FieldPanel("buildings_count"), FieldPanel("ceiling_height_m")]),
                FieldPanel("permitted_uses"),
                FieldPanel("planning_zone"),
                FieldRowPanel([FieldPanel("planning_status"), FieldPanel("environmental_status")]),
            ],
            heading=_("Site and planning"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ownership"), FieldPanel("tenure")]),
                FieldRowPanel([FieldPanel("asking_price_eur"), FieldPanel("available_from")]),
            ],
            heading=_("Ownership and terms"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("power_kw"),
                FieldRowPanel([FieldPanel("has_gas"), FieldPanel("has_water"), FieldPanel("has_fibre")]),
            ],
            heading=_("Utilities"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("in_zls"), FieldPanel("in_zis"), FieldPanel("in_state_aid_area")]),
                FieldPanel("incentives"),
                FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Special zones, incentives and sectors"),
        ),
        FieldPanel("body"),
        FieldPanel("gallery"),
        FieldPanel("documents"),
        MultiFieldPanel(
            [
                FieldPanel("last_verified"),
                FieldPanel("owner_consent"),
                FieldPanel("contact_name"),
                FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            ],
            heading=_("Verification and contact"),
        ),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("municipality", boost=2),
        index.SearchField("address"),
        index.SearchField("planning_zone"),
        index.SearchField("incentives"),
        index.SearchField("body"),
    ]

    # Facts are the same in every language; prose is translated.
    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("summary"),
        SynchronizedField("social_image"),
        TranslatableField("body"),
        TranslatableField("gallery"),
        TranslatableField("documents"),
        TranslatableField("incentives"),
        *(SynchronizedField(name) for name in SYNCHRONISED_FACTS),
    ]

    parent_page_types = ["opportunities.OpportunityIndexPage"]
    subpage_types = []

    # Every filterable fact, its labels, distances and where to send an enquiry (api/).
    api_fields = [
        *BasePage.api_fields,
        # Every synchronised fact; those with a serializer of their own are listed below.
        *(APIField(name) for name in SYNCHRONISED_FACTS if name not in API_OWN_SERIALIZER),
        *(APIField(name) for name in ("incentives", "body", "gallery", "documents")),
        APIField("ceiling_height_m", serializer=FloatField()),
        APIField("permitted_uses", serializer=CodeListField()),
        APIField("labels", serializer=ChoiceLabelsField(("kind", "category", "province", "ownership", "tenure"))),
        APIField("distances", serializer=DistancesField()),
        APIField("sectors", serializer=LocalizedSnippetsField("sectors", ("id", "title", "slug"))),
        APIField("enquiry_url", serializer=EndpointLinkField("api:lead_enquiry")),
    ]

    class Meta:
        verbose_name = _("Opportunity")
        verbose_name_plural = _("Opportunities")
        indexes = [
            models.Index(fields=["province"], name="opportunity_province"),
            models.Index(fields=["latitude", "longitude"], name="opportunity_latlon"),
        ]

    def clean(self):
        super().clean()
        errors = {}
        place = geo.municipality_by_name(self.municipality)
        if self.municipality and place is None:
            errors["municipality"] = _("This is not a municipality of Lombardy in ISTAT's list.")
        elif place is not None and self.province and place.province != self.province:
            errors["province"] = _("%(municipality)s is in the province of %(province)s.") % {
                "municipality": place.name,
                "province": Province(place.province).label,
            }
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude"] = _("Enter both latitude and longitude, or neither.")
        if (
            self.site_area_m2 is not None
            and self.covered_area_m2 is not None
            and self.covered_area_m2 > self.site_area_m2
        ) and self.kind != Kind.BUILDING:
            errors["covered_area_m2"] = _("The covered area cannot be larger than the site area.")
        if self.parcel_geojson and (
            not isinstance(self.parcel_geojson, dict)
            or self.parcel_geojson.get("type") not in {"Polygon", "MultiPolygon"}
        ):
            errors["parcel_geojson"] = _("Enter a GeoJSON Polygon or MultiPolygon.")
        if errors:
            raise ValidationError(errors)

    def serve(self, request, *args, **kwargs):
        # Without the owner's consent a site stays out of the catalogue and off the web (staff can preview it).
        if not self.owner_consent and not getattr(request, "is_preview", False):
            raise Http404
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        url = self.get_url(request)
        features = []
        if self.latitude is not None and self.longitude is not None:
            features.append(self.geojson_feature(url))
        if self.parcel_geojson:
            features.append(
                {"type": "Feature", "geometry": self.parcel_geojson, "properties": {"title": self.title, "url": url}}
            )
        place = geo.municipality_by_name(self.municipality, self.province)
        outline = place and municipality_outline(place.code)
        if outline:
            # Drawn under the pin, so a visitor sees where the municipality ends (no popup, no link).
            features.insert(0, {"type": "Feature", "geometry": outline, "properties": {"outline": self.municipality}})
        context["features"] = {"type": "FeatureCollection", "features": features}
        from opportunities.views import shortlist_context

        context.update(shortlist_context(request, self.get_parent().specific))
        context["related_territories"] = self.related_territories()
        context["related_sectors"] = sectors_in_locale(self.sectors.all(), self.locale_id)
        return context

    def related_territories(self):
        """The territory card of the site's province, and of the ZLS/ZIS it is in, in this page's language."""
        from territories.models import TerritoryPage

        wanted = Q(kind=TerritoryPage.Kind.PROVINCE, province_code=self.province)
        if self.in_zls:
            wanted |= Q(kind=TerritoryPage.Kind.ZLS)
        if self.in_zis:
            wanted |= Q(kind=TerritoryPage.Kind.ZIS)
        return TerritoryPage.objects.live().public().filter(wanted, locale_id=self.locale_id).order_by("kind", "path")

    def save(self, *args, **kwargs):
        self.fill_coordinates()
        self.compute_distances()
        self.readiness_level = self.readiness().level
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "readiness_level"}
        return super().save(*args, **kwargs)

    def readiness(self, today=None):
        """The site's level and the criteria it meets and misses today (opportunities.readiness)."""
        return assess(self, today or timezone.localdate(), settings.OPPORTUNITIES_RECONFIRM_AFTER_DAYS)

    def fill_coordinates(self):
        if self.latitude is None or self.longitude is None:
            place = geo.municipality_by_name(self.municipality, self.province)
            if place is not None:
                self.latitude, self.longitude = place.lat, place.lon

    def compute_distances(self):
        """Straight-line distances to the nearest point of each kind (pure computation, no I/O)."""
        for field, kind in DISTANCE_FIELDS.items():
            name_field = field.replace("distance_", "nearest_").replace("_km", "")
            if self.latitude is None or self.longitude is None:
                setattr(self, field, None)
                setattr(self, name_field, "")
                continue
            place, km = geo.nearest(self.latitude, self.longitude, kind)
            setattr(self, field, round(km, 1) if km is not None else None)
            setattr(self, name_field, place.name if place else "")

    @property
    def distances(self):
        """[(label, nearest place, km)] for the template."""
        labels = {
            "motorway": _("Motorway junction"),
            "airport": _("Airport"),
            "rail": _("Intermodal rail terminal"),
            "port": _("Port"),
        }
        return [
            (label, getattr(self, f"nearest_{key}"), getattr(self, f"distance_{key}_km"))
            for key, label in labels.items()
            if getattr(self, f"distance_{key}_km") is not None
        ]

    @property
    def permitted_use_labels(self):
        return [PermittedUse(code).label for code in self.permitted_uses if code in PermittedUse.values]

    def geojson_feature(self, url):
        return {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [self.longitude, self.latitude]},
            "properties": {"title": self.title, "url": url, "summary": self.summary},
        }


@register_setting(icon="tick-inverse")
class ReadinessSettings(BaseSiteSetting):
    """The names visitors read for each readiness level, per language (empty: the default name)."""

    level_0_en = models.CharField(max_length=60, blank=True, verbose_name=_("Level 0 (English)"))
    level_0_it = models.CharField(max_length=60, blank=True, verbose_name=_("Level 0 (Italian)"))
    level_1_en = models.CharField(max_length=60, blank=True, verbose_name=_("Level 1 (English)"))
    level_1_it = models.CharField(max_length=60, blank=True, verbose_name=_("Level 1 (Italian)"))
    level_2_en = models.CharField(max_length=60, blank=True, verbose_name=_("Level 2 (English)"))
    level_2_it = models.CharField(max_length=60, blank=True, verbose_name=_("Level 2 (Italian)"))
    level_3_en = models.CharField(max_length=60, blank=True, verbose_name=_("Level 3 (English)"))
    level_3_it = models.CharField(max_length=60, blank=True, verbose_name=_("Level 3 (Italian)"))

    panels = [
        FieldRowPanel([FieldPanel(f"level_{level}_en"), FieldPanel(f"level_{level}_it")], heading=str(level))
        for level in range(MAX_LEVEL + 1)
    ]

    class Meta:
        verbose_name = _("Readiness levels")

    @classmethod
    def names_for_request(cls, request):
        """{level: name} in the active language, once per request; kept with the shared fragments, which a
        save of the setting retires (OpportunitiesConfig.ready), so a page with levels reads no setting."""
        language = active_language()
        cached = getattr(request, "_readiness_names", None)
        if cached is None or cached[0] != language:
            site = Site.find_for_request(request)

            def names():
                # Read, never created: Wagtail's for_request would write a row on a visitor's GET.
                setting = cls.objects.filter(site=site).first() or cls(site=site)
                return {level: setting.name(level, language) for level in range(MAX_LEVEL + 1)}

            cached = (language, kept(f"readiness-names:{site.pk if site else 0}:{language}", names))
            request._readiness_names = cached
        return cached[1]

    def name(self, level, language):
        """The level's name in the language: the editors' one, else the default translated into it."""
        custom = getattr(self, f"level_{level}_{language}", "")
        if custom:
            return custom
        with override(language):
            return str(DEFAULT_NAMES[level])


class Proponent(models.Model):
    """Who proposes sites in the owners' portal: the owner, or a delegate acting for one.

    Filled once, remembered for every later submission. Signs in with an e-mail link (django-sesame),
    through a user account that has no password and no access to the admin.
    """

    class Role(models.TextChoices):
        OWNER = "owner", _("Owner")
        DELEGATE = "delegate", _("Delegate acting for the owner")

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="proponent")
    name = models.CharField(max_length=200, blank=True, verbose_name=_("Full name"))
    organisation = models.CharField(max_length=200, blank=True, verbose_name=_("Organisation"))
    tax_code = models.CharField(max_length=20, blank=True, verbose_name=_("Tax code or VAT number"))
    role = models.CharField(max_length=10, choices=Role.choices, blank=True, verbose_name=_("You are"))
    phone = models.CharField(max_length=40, blank=True, verbose_name=_("Telephone"))
    address = models.CharField(max_length=255, blank=True, verbose_name=_("Address"))
    # The portal's language when last used: decisions are e-mailed in it.
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, default="en", verbose_name=_("Language"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("Proponent")

    def __str__(self):
        return self.name or self.email

    @property
    def email(self):
        return self.user.email

    @property
    def is_complete(self):
        return bool(self.name and self.tax_code and self.role)


def submission_upload_to(instance, filename):
    # A random folder: names typed by owners never collide nor reveal each other's files.
    return f"submissions/{uuid.uuid4().hex}/{filename.rsplit('/', 1)[-1][-80:]}"


class OwnerSubmission(models.Model):
    """A site proposed by its owner (or a delegate): a private record, never a page.

    Staff validate it; accepting it creates a draft OpportunityPage, which is published only through
    the normal Wagtail workflow. Rows of an Excel import are matched on (e-mail, reference).
    """

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        UNDER_VALIDATION = "under_validation", _("Under validation")
        CHANGES_REQUESTED = "changes_requested", _("Changes requested")
        ACCEPTED = "accepted", _("Accepted into a draft")
        REJECTED = "rejected", _("Rejected")

    proponent_email = models.EmailField(verbose_name=_("Proponent's e-mail"))
    proponent_name = models.CharField(max_length=200, blank=True, verbose_name=_("Proponent's name"))
    organisation = models.CharField(max_length=200, blank=True, verbose_name=_("Organisation"))
    reference = models.CharField(
        max_length=60, verbose_name=_("Owner's reference"), help_text=_("The owner's own code for the site.")
    )
    title = models.CharField(max_length=255, verbose_name=_("Title"))
    facts = models.JSONField(default=dict, verbose_name=_("Facts as submitted"))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.SUBMITTED, verbose_name=_("Status"))
    staff_message = models.TextField(
        blank=True,
        verbose_name=_("Message to the proponent"),
        help_text=_("Changes requested, or why it was rejected."),
    )
    opportunity = models.ForeignKey(
        OpportunityPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        verbose_name=_("Draft opportunity"),
    )
    proponent = models.ForeignKey(
        Proponent,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="submissions",
        verbose_name=_("Proponent"),
    )
    # Files stay private (never below MEDIA_ROOT); staff open them from the admin.
    technical_report = models.FileField(
        upload_to=submission_upload_to, storage=private_storage, blank=True, verbose_name=_("Technical report (PDF)")
    )
    delegation = models.FileField(
        upload_to=submission_upload_to,
        storage=private_storage,
        blank=True,
        verbose_name=_("Owner's signed delegation (PDF)"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Submitted at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Updated at"))

    # Decisions go through the listing's buttons, which e-mail the owner; the fields only show them.
    panels = [
        FieldPanel("status", read_only=True),
        FieldPanel("staff_message", read_only=True),
        FieldPanel("title"),
        FieldPanel("reference", read_only=True),
        FieldPanel("proponent_email", read_only=True),
        FieldPanel("proponent_name", read_only=True),
        FieldPanel("organisation", read_only=True),
        FieldPanel("facts", read_only=True),
        FieldPanel("opportunity", read_only=True),
        FieldPanel("technical_report", read_only=True),
        FieldPanel("delegation", read_only=True),
    ]

    class Meta:
        verbose_name = _("Owner submission")
        verbose_name_plural = _("Owner submissions")
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(fields=["proponent_email", "reference"], name="submission_reference_per_owner")
        ]

    def __str__(self):
        return f"{self.reference}: {self.title}"

    @property
    def is_published(self):
        return self.opportunity is not None and self.opportunity.live

    @property
    def owner_status(self):
        """(code, label) the owner sees: "published" once staff have published the draft."""
        if self.status == self.Status.ACCEPTED and self.is_published:
            return "published", _("Published")
        if self.status == self.Status.ACCEPTED:
            return "under_validation", self.Status.UNDER_VALIDATION.label
        return self.status, self.get_status_display()

    @property
    def can_be_edited(self):
        return self.status in {self.Status.SUBMITTED, self.Status.CHANGES_REQUESTED}

    def accept(self, index_page):
        """A draft (never live) OpportunityPage under the catalogue, filled from the submitted facts."""
        if self.opportunity_id:
            return self.opportunity
        facts = dict(self.facts)
        description = facts.pop("description", "")
        for key in ("available_from", "last_verified"):
            if facts.get(key):
                facts[key] = datetime.date.fromisoformat(facts[key])
        page = OpportunityPage(
            title=self.title,
            live=False,
            last_verified=facts.pop("last_verified", None) or timezone.localdate(),
            contact_email=self.proponent_email,
            contact_name=self.proponent_name,
            body=[{"type": "rich_text", "value": f"<p>{escape(description)}</p>"}] if description else [],
            **{key: value for key, value in facts.items() if key in SUBMISSION_FIELDS},
        )
        index_page.add_child(instance=page)
        page.save_revision()
        self.opportunity = page
        self.status = self.Status.ACCEPTED
        self.save(update_fields=["opportunity", "status", "updated_at"])
        return page


class SubmissionPhoto(models.Model):
    submission = models.ForeignKey(OwnerSubmission, on_delete=models.CASCADE, related_name="photos")
    image = models.FileField(upload_to=submission_upload_to, storage=private_storage, verbose_name=_("Photo"))
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("Photo")

    def __str__(self):
        return self.image.name
