"""Sectors: the taxonomies editors reuse, sector pages and their booklets."""

import uuid
from pathlib import Path, PurePosixPath

from django import forms
from django.core.files.storage import FileSystemStorage, storages
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks, hooks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from home.api_fields import LocalizedSnippetsField
from home.blocks import BodyStreamBlock, KeyFiguresBlock, VideoBlock
from home.models import BasePage
from sectors.api_fields import BookletField
from sectors.blocks import CompanyBlock, EcosystemHighlightBlock, TableOfContentsEntryBlock


class BusinessFunction(TranslatableMixin, models.Model):
    """What a foreign company sets up here: headquarters, R&D, production, logistics..."""

    key = models.SlugField(
        max_length=60,
        verbose_name=_("Key"),
        help_text=_("Same in every language; used in addresses such as ?function=rnd."),
    )
    name = models.CharField(max_length=120, verbose_name=_("Name"))
    opportunity = models.CharField(
        max_length=10, blank=True, verbose_name=_("Opportunity rating"), help_text=_("From the strategy: + to +++")
    )
    sort_order = models.PositiveSmallIntegerField(default=0, verbose_name=_("Order"))

    panels = [FieldPanel("name"), FieldPanel("key"), FieldPanel("opportunity"), FieldPanel("sort_order")]
    # Codes and ratings are the same in every language: wagtail-localize copies them instead of asking a translator.
    override_translatable_fields = [SynchronizedField("key"), SynchronizedField("opportunity")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        verbose_name = _("Business function")
        verbose_name_plural = _("Business functions")

    def __str__(self):
        return self.name


class Country(TranslatableMixin, models.Model):
    """A country of origin of investors, or a wider market region."""

    class Kind(models.TextChoices):
        COUNTRY = "country", _("Country")
        REGION = "region", _("Market region")

    name = models.CharField(max_length=120, verbose_name=_("Name"))
    kind = models.CharField(max_length=10, choices=Kind.choices, default=Kind.COUNTRY, verbose_name=_("Kind"))
    region = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="countries",
        limit_choices_to={"kind": "region"},
        verbose_name=_("Market region"),
    )
    priority = models.CharField(
        max_length=10, blank=True, verbose_name=_("Priority"), help_text=_("From the strategy: + to +++, or empty")
    )

    panels = [FieldPanel("name"), FieldPanel("kind"), FieldPanel("region"), FieldPanel("priority")]
    # Codes and ratings are the same in every language: wagtail-localize copies them instead of asking a translator.
    override_translatable_fields = [SynchronizedField("priority")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["kind", "name"]
        verbose_name = _("Country or market region")
        verbose_name_plural = _("Countries and market regions")

    def __str__(self):
        return self.name


class SectorIndexPage(BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["sectors.SectorPage"]
    max_count_per_parent = 1

    api_fields = [*BasePage.api_fields, APIField("intro")]

    class Meta:
        verbose_name = _("Sector index page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        functions = list(BusinessFunction.objects.filter(locale_id=self.locale_id))
        chosen = next((f for f in functions if f.key == request.GET.get("function", "")), None)
        sectors = (
            SectorPage.objects.child_of(self)
            .live()
            .public()
            .select_related("social_image")
            .prefetch_related("business_functions")
            .order_by("path")
        )
        if chosen is not None:
            sectors = sectors.filter(business_functions=chosen)
        context.update(functions=functions, chosen_function=chosen, sectors=sectors)
        return context


class SectorPage(RoutablePageMixin, BasePage):
    """A sector's value proposition, with its booklet behind a short profile form."""

    headline = models.CharField(max_length=200, verbose_name=_("Headline"))
    key_figures = StreamField(
        [("key_figures", KeyFiguresBlock())], blank=True, max_num=1, verbose_name=_("Key figures")
    )
    sub_sectors = StreamField(
        [("sub_sector", blocks.CharBlock(max_length=120, label=_("Sub-sector")))],
        blank=True,
        verbose_name=_("Sub-sectors"),
    )
    business_functions = ParentalManyToManyField(
        BusinessFunction, blank=True, related_name="sectors", verbose_name=_("Target business functions")
    )
    countries = ParentalManyToManyField(
        Country, blank=True, related_name="sectors", verbose_name=_("Target countries of origin")
    )
    ecosystem = StreamField(
        [("highlight", EcosystemHighlightBlock())], blank=True, verbose_name=_("Ecosystem highlights")
    )
    companies = StreamField([("company", CompanyBlock())], blank=True, verbose_name=_("Foreign companies present"))
    video = StreamField([("video", VideoBlock())], blank=True, max_num=1, verbose_name=_("Video"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel([FieldPanel("headline"), FieldPanel("key_figures")], heading=_("Value proposition")),
        FieldPanel("sub_sectors"),
        MultiFieldPanel(
            [
                FieldPanel("business_functions", widget=forms.CheckboxSelectMultiple),
                FieldPanel("countries", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Targets"),
        ),
        FieldPanel("ecosystem"),
        FieldPanel("companies"),
        FieldPanel("video"),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("headline"), index.SearchField("body")]
    parent_page_types = ["sectors.SectorIndexPage"]
    subpage_types = []

    # The booklet's description and where to request it; never its file (sectors.api_fields.BookletField).
    api_fields = [
        *BasePage.api_fields,
        APIField("headline"),
        APIField("key_figures"),
        APIField("sub_sectors"),
        APIField("business_functions", serializer=LocalizedSnippetsField("business_functions", ("key", "name"))),
        # Not the strategy's priority rating: internal targeting, kept for editors in the admin only.
        APIField("countries", serializer=LocalizedSnippetsField("countries", ("name", "kind"))),
        APIField("ecosystem"),
        APIField("companies"),
        APIField("video"),
        APIField("body"),
        APIField("booklet", serializer=BookletField()),
    ]

    class Meta:
        verbose_name = _("Sector page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Read once for the template and the hooks that match on them (the sites that fit the functions).
        prefetch_related_objects([self], "business_functions", "countries")
        # What apps above sectors show here (the incentives that apply, the sites that fit), through a hook.
        for contribute in hooks.get_hooks("sector_page_context"):
            context.update(contribute(self, request))
        return context

    @property
    def booklet(self):
        """The booklet visitors can have: one with a PDF, designed or printed from this page."""
        # Booklets are few per sector; a cached list keeps templates to one query.
        if not hasattr(self, "_booklet"):
            with_pdf = Booklet.objects.filter(sector=self).exclude(file="", generated_file="")
            self._booklet = with_pdf.order_by("-updated_at").first()
        return self._booklet

    def booklet_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("booklet")

    def booklet_read_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("booklet_read")

    @path("booklet/read/", name="booklet_read")
    def booklet_read_route(self, request):
        """The booklet's content to read online, behind the same form as its download.

        The app that keeps the leads tells whether this visitor has sent it, through the
        `booklet_unlocked` hook (sectors never imports it); others are sent to the form.
        """
        from sectors.booklets import READ_TEMPLATE, context

        if self.booklet is None:
            raise Http404
        if not all(unlocked(request, self, self.booklet) for unlocked in hooks.get_hooks("booklet_unlocked")):
            return redirect(self.booklet_url(request))
        response = TemplateResponse(request, READ_TEMPLATE, context(self, request, self.booklet))
        add_never_cache_headers(response)  # a visitor's own unlocked reading: never in the page cache
        return response

    @path("booklet/", name="booklet")
    def booklet_route(self, request):
        """The booklet's preview and its download form, served by the app that keeps the lead.

        That app (leads) registers its view with the `booklet_gate` hook, so sectors never imports it.
        """
        gates = hooks.get_hooks("booklet_gate")
        if self.booklet is None or not gates:
            raise Http404
        return gates[-1](request, self, self.booklet)


def private_storage():
    """Where booklets live: never below MEDIA_ROOT, so no public URL can reach them.

    On local disk that is a folder beside the media folder; on S3 it is the (private) bucket,
    reached only through presigned URLs that expire.
    """
    from django.conf import settings

    default = storages["default"]
    if isinstance(default, FileSystemStorage):
        location = getattr(settings, "PRIVATE_MEDIA_ROOT", None) or Path(settings.MEDIA_ROOT).parent / "private_media"
        return FileSystemStorage(location=str(location), base_url=None)
    return default


def booklet_upload_to(instance, filename):
    name = PurePosixPath(filename)
    return f"booklets/{uuid.uuid4().hex}/{slugify(name.stem)[:80] or 'booklet'}.pdf"


class Booklet(TranslatableMixin, models.Model):
    """A sector booklet in one language: browsable as HTML, downloadable after a short profile."""

    sector = models.ForeignKey(
        SectorPage, on_delete=models.CASCADE, related_name="booklets", verbose_name=_("Sector page")
    )
    title = models.CharField(max_length=200, verbose_name=_("Title"))
    subtitle = models.CharField(max_length=300, blank=True, verbose_name=_("Subtitle"))
    description = models.TextField(max_length=1000, blank=True, verbose_name=_("Description"))
    contents = StreamField([("entry", TableOfContentsEntryBlock())], blank=True, verbose_name=_("Table of contents"))
    file = models.FileField(
        storage=private_storage,
        upload_to=booklet_upload_to,
        max_length=255,
        blank=True,
        verbose_name=_("Designed PDF"),
        help_text=_(
            "Optional. Visitors receive this file instead of the booklet the site prints from the sector page. "
            "Kept private: visitors receive it only through a signed link that expires."
        ),
    )
    page_count = models.PositiveSmallIntegerField(
        default=0, verbose_name=_("Number of pages"), help_text=_("Of the designed PDF.")
    )
    edition = models.CharField(max_length=40, blank=True, verbose_name=_("Edition"))
    updated_at = models.DateTimeField(auto_now=True)
    # Printed from the sector page by the worker each time the page, or a story, site or incentive it
    # shows, is published or changed (sectors/booklets.py).
    generated_file = models.FileField(
        storage=private_storage, upload_to=booklet_upload_to, max_length=255, blank=True, editable=False
    )
    generated_pages = models.PositiveSmallIntegerField(default=0, editable=False)
    generated_size = models.PositiveIntegerField(default=0, editable=False)  # bytes: no storage call to show it
    # The print's sections as its headings laid them out: [{"title": ..., "page": ...}].
    generated_sections = models.JSONField(default=list, blank=True, editable=False)
    # What else the print showed ("stories.successstorypage:12"...): changing one of them reprints it.
    generated_shows = models.JSONField(default=list, blank=True, editable=False)
    generated_at = models.DateTimeField(null=True, blank=True, editable=False)
    # Set while a reprint waits for the worker, so many changes in a row queue one print.
    reprint_requested_at = models.DateTimeField(null=True, blank=True, editable=False)

    panels = [
        FieldPanel("sector"),
        FieldPanel("title"),
        FieldPanel("subtitle"),
        FieldPanel("description"),
        FieldPanel("contents"),
        FieldPanel("file"),
        FieldPanel("page_count"),
        FieldPanel("edition"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("Booklet")
        verbose_name_plural = _("Booklets")

    def __str__(self):
        return self.title

    def pages_showing(self):
        """What the page cache purges when the booklet is edited or printed again (pagecache.purge): its
        sector page alone, since the download form in front of it carries a CSRF token and is never stored."""
        return Page.objects.filter(pk=self.sector_id)

    @property
    def pdf(self):
        """The file visitors receive: the editor's designed PDF when there is one, else the printed page."""
        return self.file if self.file else self.generated_file

    @property
    def pages(self):
        return self.page_count if self.file else self.generated_pages

    @property
    def filename(self):
        return PurePosixPath(self.pdf.name).name if self.pdf else ""

    @property
    def file_size(self):
        if not self.file and self.generated_size:
            return self.generated_size
        try:  # a designed PDF, or a print from before sizes were stored
            return self.pdf.size if self.pdf else None
        except (OSError, ValueError):
            return None

    @property
    def sections(self):
        """What the PDF holds, as (title, page, summary) entries: the editor's table of contents for a
        designed PDF, else the printed booklet's own headings."""
        if self.file:
            return [
                {"title": b.value["title"], "page": b.value.get("page"), "summary": b.value.get("summary", "")}
                for b in self.contents
            ]
        return self.generated_sections
