"""News articles, press releases and events, with a filterable listing, feeds and iCalendar files."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, When
from django.db.models.functions import Coalesce, TruncDate
from django.http import HttpResponse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home.api_fields import ChoiceLabelsField, LocalizedSnippetsField, PageLinkField
from home.blocks import BodyStreamBlock
from home.listing import FilteredListingMixin
from home.models import BasePage
from news.filters import NewsFilterSet
from news.ics import event_calendar
from sectors.links import sectors_in_locale

PUBLISHER = {"@type": "Organization", "name": "Invest in Lombardy"}
HELP_SECTORS = _("The listing's sector filter finds the item under these sectors; the page links to them.")


class NewsIndexPage(FilteredListingMixin, BasePage):
    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.NewsArticlePage", "news.EventPage"]
    max_count_per_parent = 1
    filterset_class = NewsFilterSet
    per_page = 12

    api_fields = [*BasePage.api_fields, APIField("intro")]

    class Meta:
        verbose_name = _("News and events index")

    def years(self):
        """The years with an article or an event, newest first: one query for both types."""
        return sorted({d.year for d in self.dated_children().order_by().dates("day", "year")}, reverse=True)

    def dated_children(self):
        """Articles and events as one set of pages, each with its `day` (an event's is its start)."""
        day = Coalesce("newsarticlepage__date", TruncDate("eventpage__start"))
        return Page.objects.child_of(self).live().public().type(NewsArticlePage, EventPage).annotate(day=day)

    def listing_queryset(self, request):
        """Articles and events as one list of pages, newest first."""
        is_event = Case(When(eventpage__isnull=False, then=1), default=0)
        pages = self.dated_children().annotate(is_event=is_event).order_by("-day", "is_event", "path")
        return pages.specific()

    def filterset_kwargs(self, request):
        return {"years": self.years(), "locale_id": self.locale_id}


class NewsArticlePage(BasePage):
    og_type = "article"  # how social networks present a shared link (components/social_meta.html)

    class ArticleType(models.TextChoices):
        NEWS = "news", pgettext_lazy("one article", "News")
        PRESS_RELEASE = "press_release", _("Press release")

    article_type = models.CharField(
        max_length=20, choices=ArticleType.choices, default=ArticleType.NEWS, verbose_name=_("Type")
    )
    date = models.DateField(default=datetime.date.today, verbose_name=_("Date"))
    sectors = ParentalManyToManyField(
        "sectors.SectorPage", blank=True, related_name="+", verbose_name=_("Sectors"), help_text=HELP_SECTORS
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("article_type"), FieldPanel("date")]),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("body"),
        index.FilterField("article_type"),
        index.FilterField("date"),
    ]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    api_fields = [
        *BasePage.api_fields,
        APIField("article_type"),
        APIField("labels", serializer=ChoiceLabelsField(("article_type",))),
        APIField("date"),
        APIField("body"),
        APIField("sectors", serializer=LocalizedSnippetsField("sectors", ("id", "title", "slug"))),
    ]

    class Meta:
        verbose_name = _("News article or press release")

    @property
    def kind(self):
        return self.article_type

    @property
    def kind_label(self):
        return self.get_article_type_display()

    @property
    def sort_date(self):
        return self.date

    @property
    def published_at(self):
        """The article's date as an aware datetime (midnight, local time), for feeds."""
        return timezone.make_aware(datetime.datetime.combine(self.date, datetime.time()))

    def json_ld(self, request=None):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "datePublished": self.date.isoformat(),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": PUBLISHER,
            "author": PUBLISHER,
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.meta_description:
            data["description"] = self.meta_description
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        context["sectors"] = sectors_in_locale(self.sectors.all(), self.locale_id)
        return context


class EventPage(RoutablePageMixin, BasePage):
    start = models.DateTimeField(verbose_name=_("Starts"))
    end = models.DateTimeField(null=True, blank=True, verbose_name=_("Ends"))
    is_online = models.BooleanField(default=False, verbose_name=_("Online event"))
    online_url = models.URLField(blank=True, verbose_name=_("Address of the online event"))
    venue = models.CharField(max_length=200, blank=True, verbose_name=_("Venue"))
    address = models.CharField(max_length=250, blank=True, verbose_name=_("Address"))
    registration_url = models.URLField(blank=True, verbose_name=_("Registration link"))
    sectors = ParentalManyToManyField(
        "sectors.SectorPage", blank=True, related_name="+", verbose_name=_("Sectors"), help_text=HELP_SECTORS
    )
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))

    content_panels = [
        *Page.content_panels,
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("is_online"), FieldPanel("online_url")],
            heading=_("Place"),
        ),
        FieldPanel("registration_url"),
        FieldPanel("sectors", widget=forms.CheckboxSelectMultiple),
        FieldPanel("body"),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("body"), index.FilterField("start")]
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    api_fields = [
        *BasePage.api_fields,
        APIField("start"),
        APIField("end"),
        APIField("is_online"),
        APIField("online_url"),
        APIField("venue"),
        APIField("address"),
        APIField("registration_url"),
        APIField("body"),
        APIField("calendar_url", serializer=PageLinkField("ics_url")),
        APIField("sectors", serializer=LocalizedSnippetsField("sectors", ("id", "title", "slug"))),
    ]

    class Meta:
        verbose_name = _("Event")

    kind = "event"
    kind_label = _("Event")

    @property
    def sort_date(self):
        return timezone.localtime(self.start).date()

    @property
    def published_at(self):
        return self.first_published_at or self.start

    @property
    def place(self):
        return ", ".join(part for part in (self.venue, self.address) if part)

    @property
    def is_past(self):
        return (self.end or self.start) < timezone.now()

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if not self.is_online and not self.venue:
            errors["venue"] = _("Enter the venue, or tick “Online event”.")
        if self.is_online and not self.online_url and not self.registration_url:
            errors["online_url"] = _("Enter the address of the online event or a registration link.")
        if errors:
            raise ValidationError(errors)

    def ics_filename(self):
        return f"{slugify(self.slug) or 'event'}.ics"

    @path("calendar/", name="ics")
    def ics(self, request):
        response = HttpResponse(event_calendar(self, request), content_type="text/calendar; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.ics_filename()}"'
        return response

    def ics_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("ics")

    def json_ld(self, request=None):
        if self.is_online and self.venue:
            mode = "https://schema.org/MixedEventAttendanceMode"
        elif self.is_online:
            mode = "https://schema.org/OnlineEventAttendanceMode"
        else:
            mode = "https://schema.org/OfflineEventAttendanceMode"
        locations = []
        if self.venue:
            locations.append({"@type": "Place", "name": self.venue, "address": self.address or self.venue})
        if self.is_online:
            locations.append({"@type": "VirtualLocation", "url": self.online_url or self.registration_url})
        data = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": self.title,
            "startDate": self.start.isoformat(),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": mode,
            "location": locations[0] if len(locations) == 1 else locations,
            "url": self.get_full_url(request),
            "inLanguage": self.locale.language_code,
            "organizer": PUBLISHER,
        }
        if self.end:
            data["endDate"] = self.end.isoformat()
        if self.meta_description:
            data["description"] = self.meta_description
        if self.registration_url:
            data["offers"] = {
                "@type": "Offer",
                "url": self.registration_url,
                "availability": "https://schema.org/InStock",
            }
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        context["sectors"] = sectors_in_locale(self.sectors.all(), self.locale_id)
        context["ics_url"] = self.ics_url(request)
        return context
