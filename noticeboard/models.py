"""The demand and offer noticeboard ("bacheca domanda e offerta"): anonymised notices staff publish,
owners' answers to demands, and the public page that lists the published notices.

A notice is public only once staff set it to published; so is an answer. A demand taken from a
visitor's saved search names no one and can be published only after that visitor agreed to it
(`visitor_agreed_at`, given through a signed link, noticeboard/agreement.py).
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page, TranslatableMixin

from home.listing import FilteredListingMixin
from home.models import BasePage
from noticeboard.choices import Kind, Offerer, Status
from noticeboard.filters import NoticeFilterSet
from opportunities.choices import Province


class Notice(TranslatableMixin, models.Model):
    """One demand or offer, in one language; wagtail-localize keeps its translations."""

    Kind = Kind
    Offerer = Offerer

    kind = models.CharField(max_length=12, choices=Kind.choices, verbose_name=_("Kind"))
    offered_by = models.CharField(
        max_length=12,
        choices=Offerer.choices,
        blank=True,
        verbose_name=_("Offered by"),
        help_text=_("For offers: who offers. Never name an investor behind a demand."),
    )
    title = models.CharField(max_length=160, verbose_name=_("Title"))
    summary = models.TextField(
        max_length=1200,
        verbose_name=_("What is sought or offered"),
        help_text=_("Anonymised: no company name, person or address of the investor."),
    )
    sector = models.ForeignKey(
        "sectors.SectorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Sector"),
    )
    province = models.CharField(
        max_length=2, choices=Province.choices, blank=True, verbose_name=_("Province"), help_text=_("Empty: anywhere.")
    )
    site = models.ForeignKey(
        "opportunities.OpportunityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Site on offer"),
        help_text=_("For a site on offer: its page in the catalogue."),
    )
    saved_search = models.ForeignKey(
        "alerts.SavedSearch",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("From a saved search"),
        help_text=_("The visitor's brief this demand comes from; they must agree before it is published."),
    )
    visitor_agreed_at = models.DateTimeField(
        null=True, blank=True, editable=False, verbose_name=_("Visitor agreed to publication at")
    )
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, verbose_name=_("Moderation")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Created at"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Updated at"))

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("offered_by")]),
        FieldPanel("title"),
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("sector"), FieldPanel("province")]),
        FieldPanel("site"),
        MultiFieldPanel(
            [FieldPanel("saved_search"), FieldPanel("visitor_agreed_at", read_only=True)],
            heading=_("Source of a demand"),
        ),
        FieldPanel("status"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["-created_at"]
        verbose_name = _("Noticeboard notice")
        verbose_name_plural = _("Noticeboard notices")

    def __str__(self):
        return self.title

    def clean(self):
        if self.kind == self.Kind.DEMAND and self.site_id:
            raise ValidationError({"site": _("A demand names no site: owners answer it with theirs.")})
        if self.kind == self.Kind.SITE and not self.site_id:
            raise ValidationError({"site": _("Choose the site on offer.")})
        if self.kind != self.Kind.DEMAND and self.saved_search_id:
            raise ValidationError({"saved_search": _("Only a demand comes from a saved search.")})
        if self.status == Status.PUBLISHED and self.saved_search_id and self.visitor_agreed_at is None:
            raise ValidationError(
                {"status": _("The visitor has not agreed yet: ask them from the notices list, then publish.")}
            )

    @property
    def is_public(self):
        return self.status == Status.PUBLISHED


class Answer(models.Model):
    """An owner's answer to a demand with one of their own sites, from the owners' portal."""

    notice = models.ForeignKey(Notice, on_delete=models.CASCADE, related_name="answers", verbose_name=_("Demand"))
    proponent = models.ForeignKey(
        "opportunities.Proponent", on_delete=models.CASCADE, related_name="+", verbose_name=_("Proponent")
    )
    site = models.ForeignKey(
        "opportunities.OpportunityPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("Site")
    )
    message = models.TextField(max_length=2000, blank=True, verbose_name=_("Message to the investment team"))
    status = models.CharField(
        max_length=10, choices=Status.choices, default=Status.PENDING, verbose_name=_("Moderation")
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Answered at"))

    panels = [
        FieldPanel("notice", read_only=True),
        FieldPanel("proponent", read_only=True),
        FieldPanel("site", read_only=True),
        FieldPanel("message", read_only=True),
        FieldPanel("status"),
    ]

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Answer to a demand")
        verbose_name_plural = _("Answers to demands")
        constraints = [models.UniqueConstraint(fields=["notice", "site"], name="noticeboard_one_answer_per_site")]

    def __str__(self):
        return f"{self.site} → {self.notice}"


class NoticeboardPage(FilteredListingMixin, BasePage):
    """The public noticeboard: published notices in the page's language, filtered by kind, sector, province."""

    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    filterset_class = NoticeFilterSet
    per_page = 20

    class Meta:
        verbose_name = _("Noticeboard page")

    def listing_queryset(self, request):
        return Notice.objects.filter(locale_id=self.locale_id, status=Status.PUBLISHED)

    def filterset_kwargs(self, request):
        return {"locale_id": self.locale_id}

    def prepare_items(self, items, filterset):
        return in_locale(list(items), self.locale_id)


def in_locale(notices, locale_id):
    """Each notice with its sector, its site and its published answers' sites in this language.

    wagtail-localize copies a notice's links to its translation unchanged, so an Italian notice may
    point at English pages: they are matched by translation_key, in one query per kind of link.
    """
    # Owners answer a demand in their own language: an answer counts for every translation of it.
    answers = Answer.objects.filter(
        notice__translation_key__in=[notice.translation_key for notice in notices], status=Status.PUBLISHED
    ).select_related("site", "notice")
    answered = {}
    for answer in answers:
        answered.setdefault(answer.notice.translation_key, []).append(answer.site)
    linked = [n.sector for n in notices if n.sector] + [n.site for n in notices if n.site]
    linked += [site for sites in answered.values() for site in sites]
    keys = {page.translation_key for page in linked}
    here = {}
    if keys:
        for page in Page.objects.live().public().filter(locale_id=locale_id, translation_key__in=keys):
            here[page.translation_key] = page
    for notice in notices:
        notice.sector_here = here.get(notice.sector.translation_key) if notice.sector else None
        notice.site_here = here.get(notice.site.translation_key) if notice.site else None
        sites = [here.get(site.translation_key) for site in answered.get(notice.translation_key, [])]
        notice.answer_sites = [site for site in sites if site is not None]
    return notices
