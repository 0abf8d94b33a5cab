"""A proposal staff assemble for a lead: chosen sites, a covering note, sectors and incentives, in one
language. It is read at a private, expiring address (proposals/links.py) and as a PDF; each reading
is recorded on the proposal, hence on the lead, with its time and form, never the reader's address.
"""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def default_expiry():
    return timezone.now() + timedelta(days=settings.PROPOSALS_VALID_DAYS)


class Proposal(models.Model):
    lead = models.ForeignKey("leads.Lead", on_delete=models.CASCADE, related_name="proposals", verbose_name=_("Lead"))
    title = models.CharField(max_length=200, verbose_name=_("Title"), help_text=_("Shown to the investor."))
    covering_note = models.TextField(max_length=4000, verbose_name=_("Covering note"))
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, verbose_name=_("Language"))
    sites = models.ManyToManyField(
        "opportunities.OpportunityPage",
        related_name="+",
        verbose_name=_("Sites"),
        help_text=_("Shown in the proposal's language where the site is translated."),
    )
    sectors = models.ManyToManyField("sectors.SectorPage", blank=True, related_name="+", verbose_name=_("Sectors"))
    incentives = models.ManyToManyField(
        "incentives.Incentive", blank=True, related_name="+", verbose_name=_("Incentives")
    )
    expires_at = models.DateTimeField(
        default=default_expiry,
        verbose_name=_("Link valid until"),
        help_text=_("After this the address answers that the proposal has expired; set it in the past to withdraw it."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
        verbose_name=_("Assembled by"),
    )
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Assembled at"))

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("Proposal")
        verbose_name_plural = _("Proposals")

    def __str__(self):
        return self.title

    @property
    def has_expired(self):
        return self.expires_at <= timezone.now()


class ProposalView(models.Model):
    """One reading of a proposal: when, and whether as the page or the PDF. No address, no browser."""

    class Form(models.TextChoices):
        PAGE = "page", _("Page")
        PDF = "pdf", _("PDF")

    proposal = models.ForeignKey(Proposal, on_delete=models.CASCADE, related_name="views")
    form = models.CharField(max_length=4, choices=Form.choices, verbose_name=_("Read as"))
    viewed_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Read at"))

    class Meta:
        ordering = ["-viewed_at"]
        verbose_name = _("Proposal reading")
        verbose_name_plural = _("Proposal readings")

    def __str__(self):
        return f"{self.get_form_display()} {self.viewed_at:%Y-%m-%d %H:%M}"
