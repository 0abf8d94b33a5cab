"""The desk's side of a lead (who, which company, first-response target) and the rules that route it."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from leads.models import Lead


class Inquiry(models.Model):
    """One per lead. The lead and its submissions stay in leads/; this records what the desk adds."""

    lead = models.OneToOneField(Lead, on_delete=models.CASCADE, related_name="desk_inquiry", verbose_name=_("Lead"))
    contact = models.ForeignKey(
        "desk.Contact",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
        verbose_name=pgettext_lazy("contact person", "Contact"),
    )
    company = models.ForeignKey(
        "desk.Company",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="inquiries",
        verbose_name=_("Company"),
    )
    # Empty for leads that ask for no answer (booklet downloads) until they send a request.
    respond_by = models.DateTimeField(null=True, blank=True, db_index=True, verbose_name=_("Reply by"))
    first_response_at = models.DateTimeField(null=True, blank=True, verbose_name=_("First reply"))
    acknowledged_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Acknowledged"))
    # For sorting the desk's lists only (desk/score.py): no decision about a person is taken from it.
    score = models.PositiveSmallIntegerField(default=0, db_index=True, verbose_name=_("Lead score"))
    routed_by = models.ForeignKey(
        "desk.RoutingRule",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Routed by"),
    )

    class Meta:
        ordering = ["respond_by"]
        verbose_name = _("Inquiry")
        verbose_name_plural = _("Inquiries")

    def __str__(self):
        return str(self.lead)

    def is_overdue(self, now=None):
        if self.respond_by is None or self.first_response_at is not None:
            return False
        return (now or timezone.now()) > self.respond_by

    is_overdue.boolean = True
    is_overdue.short_description = _("Overdue")


class RoutingRule(models.Model):
    """Who handles a new inquiry: the first active rule, by priority, whose every filled criterion matches."""

    name = models.CharField(max_length=120, verbose_name=_("Name"))
    priority = models.PositiveSmallIntegerField(
        default=100, verbose_name=_("Priority"), help_text=_("Rules are tried from the lowest number.")
    )
    kind = models.CharField(max_length=20, blank=True, choices=Lead.Kind.choices, verbose_name=_("Form"))
    service = models.CharField(max_length=20, blank=True, choices=Lead.Service.choices, verbose_name=_("Service"))
    sector = models.ForeignKey(
        "sectors.SectorPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("Sector"),
    )
    country = models.ForeignKey(
        "sectors.Country", null=True, blank=True, on_delete=models.CASCADE, related_name="+", verbose_name=_("Country")
    )
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+", verbose_name=_("Handler")
    )
    active = models.BooleanField(default=True, verbose_name=_("Active"))

    class Meta:
        ordering = ["priority", "pk"]
        verbose_name = _("Routing rule")
        verbose_name_plural = _("Routing rules")

    def __str__(self):
        return self.name

    def matches(self, lead):
        """Sectors and countries are stored in the default language on leads, and chosen so here."""
        return (
            (not self.kind or self.kind == lead.kind)
            and (not self.service or self.service == lead.service)
            and (self.sector_id is None or self.sector_id == lead.sector_id)
            and (self.country_id is None or self.country_id == lead.country_id)
        )
