"""One Lead for every form that collects personal data, its consents, downloads and the privacy log."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from home.blocks import BodyStreamBlock
from home.models import BasePage
from sectors.taxonomy_fields import optional_tag

# The wording of each consent is versioned: a record says which text the visitor saw.
CONSENT_TEXT_VERSION = "2026-11"


class LeadProfile(models.Model):
    """Who sent a form and what they told us: the lead's details, and each submission exactly as sent."""

    class Kind(models.TextChoices):
        BOOKLET = "booklet", _("Booklet download")
        CONTACT = "contact", _("Contact / assistance request")
        ENQUIRY = "enquiry", _("Opportunity enquiry")
        SHORTLIST = "shortlist", _("Shortlist enquiry")

    class CompanySize(models.TextChoices):
        MICRO = "1-9", _("1–9 employees")
        SMALL = "10-49", _("10–49 employees")
        MEDIUM = "50-249", _("50–249 employees")
        LARGE = "250-999", _("250–999 employees")
        XLARGE = "1000+", _("1,000 employees or more")

    class Stage(models.TextChoices):
        EXPLORING = "exploring", _("Exploring")
        SHORTLISTING = "shortlisting", _("Shortlisting locations")
        READY = "ready", _("Ready to invest")

    class Service(models.TextChoices):
        INFORMATION = "information", _("Information")
        SITE_SEARCH = "site_search", _("Site search")
        INCENTIVES = "incentives", _("Incentives")
        RECRUITMENT = "recruitment", _("Recruitment and training")
        PERMITS = "permits", _("Permits")
        AFTERCARE = "aftercare", _("Aftercare")

    class Timeline(models.TextChoices):
        NOW = "0-6", _("Within 6 months")
        SOON = "6-12", _("6 to 12 months")
        LATER = "12-24", _("12 to 24 months")
        UNKNOWN = "unknown", _("Not decided yet")

    class JobsBand(models.TextChoices):
        UNDER_10 = "0-9", _("Fewer than 10")
        UNDER_50 = "10-49", _("10–49")
        UNDER_250 = "50-249", _("50–249")
        OVER_250 = "250+", _("250 or more")

    class CapexBand(models.TextChoices):
        UNDER_1M = "<1m", _("Less than €1 million")
        UNDER_10M = "1-10m", _("€1–10 million")
        UNDER_50M = "10-50m", _("€10–50 million")
        OVER_50M = "50m+", _("More than €50 million")

    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Form"))
    name = models.CharField(max_length=120, verbose_name=_("Name"))
    email = models.EmailField(max_length=254, verbose_name=_("E-mail"))
    company = models.CharField(max_length=160, blank=True, verbose_name=_("Company"))
    role = models.CharField(max_length=120, blank=True, verbose_name=_("Role"))
    country = optional_tag("sectors.Country", _("Country"))
    company_size = models.CharField(
        max_length=10, blank=True, choices=CompanySize.choices, verbose_name=_("Company size")
    )
    stage = models.CharField(max_length=20, blank=True, choices=Stage.choices, verbose_name=_("Investment stage"))
    sector = optional_tag("sectors.SectorPage", _("Sector"))
    business_function = optional_tag("sectors.BusinessFunction", _("Business function"))
    service = models.CharField(max_length=20, blank=True, choices=Service.choices, verbose_name=_("Service"))
    timeline = models.CharField(max_length=10, blank=True, choices=Timeline.choices, verbose_name=_("Timeline"))
    jobs_band = models.CharField(max_length=10, blank=True, choices=JobsBand.choices, verbose_name=_("Jobs"))
    capex_band = models.CharField(
        max_length=10, blank=True, choices=CapexBand.choices, verbose_name=_("Capital expenditure")
    )
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, verbose_name=_("Language"))
    source_url = models.CharField(max_length=500, blank=True, verbose_name=_("Form page"))

    class Meta:
        abstract = True


class Lead(LeadProfile):
    class Status(models.TextChoices):
        NEW = "new", _("New")
        QUALIFIED = "qualified", _("Qualified")
        ASSISTANCE = "assistance", _("In assistance")
        LANDED = "landed", _("Landed")
        CLOSED = "closed", _("Closed")

    # Leads are looked up by address (a returning visitor, the data-subject tools); submissions by lead.
    email = models.EmailField(max_length=254, db_index=True, verbose_name=_("E-mail"))
    description = models.TextField(max_length=3000, blank=True, verbose_name=_("Project description"))
    # The site an enquiry is about; kept when the page is later deleted, as the source URL is.
    opportunity = models.ForeignKey(
        "opportunities.OpportunityPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Opportunity"),
    )
    # The sites of a shortlist sent as one enquiry.
    shortlisted_opportunities = models.ManyToManyField(
        "opportunities.OpportunityPage", blank=True, related_name="+", verbose_name=_("Shortlisted opportunities")
    )
    landing_url = models.CharField(max_length=500, blank=True, verbose_name=_("Landing page"))
    utm_source = models.CharField(max_length=100, blank=True, verbose_name=_("Campaign source"))
    utm_medium = models.CharField(max_length=100, blank=True, verbose_name=_("Campaign medium"))
    utm_campaign = models.CharField(max_length=100, blank=True, db_index=True, verbose_name=_("Campaign"))
    utm_term = models.CharField(max_length=100, blank=True, verbose_name=_("Campaign term"))
    utm_content = models.CharField(max_length=100, blank=True, verbose_name=_("Campaign content"))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.NEW, verbose_name=_("Status"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_leads",
        verbose_name=_("Assignee"),
    )
    notes = models.TextField(blank=True, verbose_name=_("Notes"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True, verbose_name=_("Received"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Updated"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Lead")
        verbose_name_plural = _("Leads")

    def __str__(self):
        return f"{self.name} <{self.email}>"

    def shortlisted_sites(self):
        return ", ".join(page.title for page in self.shortlisted_opportunities.all())

    shortlisted_sites.short_description = _("Shortlisted opportunities")

    @property
    def campaign_summary(self):
        return " / ".join(v for v in (self.utm_source, self.utm_medium, self.utm_campaign) if v)


# Every form asks who the person is; the project's answers depend on the form. In this order forms ask
# and staff read them.
PERSON_FIELDS = ("name", "email", "company", "role", "country")
PROJECT_FIELDS = (
    "company_size",
    "stage",
    "sector",
    "business_function",
    "service",
    "timeline",
    "jobs_band",
    "capex_band",
)
# What a later submission may differ on (not the e-mail: it is what ties the submission to the lead).
# The lead keeps the first answers; staff adopt a later one by hand (see Submission.differences).
PROFILE_FIELDS = (*(name for name in PERSON_FIELDS if name != "email"), *PROJECT_FIELDS)


class Submission(LeadProfile):
    """One form as it was sent. The lead's details come from the first; later ones never rewrite them."""

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="submissions")
    message = models.TextField(max_length=3000, blank=True, verbose_name=_("Message"))
    page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("Page")
    )
    campaign = models.JSONField(default=dict, blank=True, verbose_name=_("Campaign"))
    received_at = models.DateTimeField(auto_now_add=True, db_index=True, verbose_name=_("Received"))

    class Meta:
        ordering = ["received_at", "pk"]
        verbose_name = _("Submission")
        verbose_name_plural = _("Submissions")

    def __str__(self):
        return f"{self.get_kind_display()} – {self.received_at:%Y-%m-%d %H:%M}"

    def differences(self):
        """(field, stored value, submitted value) wherever this submission answered otherwise than the lead."""
        lead = self.lead
        return [
            (Lead._meta.get_field(name), getattr(lead, name), getattr(self, name))
            for name in PROFILE_FIELDS
            if _answered(getattr(self, name))
            and _answered(getattr(lead, name))
            and _value(lead, name) != _value(self, name)
        ]


def _answered(value):
    return value not in (None, "")


def _value(obj, name):
    """What is compared: the text a visitor typed (ignoring case and spaces at the ends) or the chosen item."""
    field = obj._meta.get_field(name)
    if field.is_relation:
        return getattr(obj, field.attname)
    return str(getattr(obj, name)).strip().casefold()


class ConsentText(models.Model):
    """The words a person agreed to, in which version and language, and when: what a consent record proves."""

    text_version = models.CharField(max_length=20, verbose_name=_("Text version"))
    text = models.CharField(max_length=500, verbose_name=_("Text shown"))
    language = models.CharField(max_length=8, verbose_name=_("Language"))
    given_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Given at"))

    class Meta:
        abstract = True
        ordering = ["given_at"]


class ConsentRecord(ConsentText):
    class Purpose(models.TextChoices):
        DOWNLOAD = "download", _("Send me this booklet")
        CONTACT = "contact", _("Contact by the investment team")
        NEWSLETTER = "newsletter", _("Newsletter")

    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="consents")
    # The form the consent was given with (empty for records older than submissions).
    submission = models.ForeignKey(Submission, null=True, blank=True, on_delete=models.CASCADE, related_name="consents")
    purpose = models.CharField(max_length=20, choices=Purpose.choices, verbose_name=_("Purpose"))

    class Meta(ConsentText.Meta):
        verbose_name = _("Consent")

    def __str__(self):
        return f"{self.get_purpose_display()} ({self.text_version})"


class Download(models.Model):
    lead = models.ForeignKey(Lead, on_delete=models.CASCADE, related_name="downloads")
    booklet = models.ForeignKey(
        "sectors.Booklet", null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("Booklet")
    )
    source_url = models.CharField(max_length=500, blank=True, verbose_name=_("Page"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Requested at"))
    fetch_count = models.PositiveIntegerField(default=0, verbose_name=_("Times downloaded"))
    last_fetched_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Last downloaded"))

    class Meta:
        ordering = ["created_at"]
        verbose_name = _("Download")

    def __str__(self):
        return f"{self.booklet} – {self.lead_id}"


class UsedFormToken(models.Model):
    """The hash of every anti-bot token already accepted, so a form cannot be replayed.

    A table rather than the cache: the embedded default's cache is per process. Rows are useless once
    the token itself has expired; the retention purge deletes them.
    """

    digest = models.CharField(max_length=64, primary_key=True)
    expires_at = models.DateTimeField(db_index=True)

    def __str__(self):
        return self.digest[:12]


class PrivacyLog(models.Model):
    """What was done under the data-protection tools. The e-mail is kept only as a hash."""

    class Action(models.TextChoices):
        EXPORT = "export", _("Export")
        ERASE = "erase", _("Erasure")
        PURGE = "purge", _("Retention purge")

    action = models.CharField(max_length=10, choices=Action.choices)
    subject_hash = models.CharField(max_length=64, blank=True)
    leads_affected = models.PositiveIntegerField(default=0)
    # Anonymised counts of what was deleted, by record type ({"leads": 2, "desk.Project": 1}): all that stays.
    counts = models.JSONField(default=dict, blank=True)
    performed_by = models.CharField(max_length=150, blank=True)
    performed_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-performed_at"]

    def __str__(self):
        return f"{self.get_action_display()} ({self.leads_affected})"


class ContactPage(BasePage):
    """A page with the contact / assistance request form."""

    intro = models.TextField(max_length=600, blank=True, verbose_name=_("Introduction"))
    body = StreamField(BodyStreamBlock(), blank=True, verbose_name=_("Body"))
    thank_you = models.TextField(max_length=600, blank=True, verbose_name=_("Thank-you message"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body"), FieldPanel("thank_you")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("Contact page")

    def serve(self, request, *args, **kwargs):
        from leads.views import contact_page

        return contact_page(request, self)
