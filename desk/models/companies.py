"""Companies and the people who write in for them, each kept once (see desk/dedup.py)."""

from django.conf import settings
from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from leads.models import LeadProfile
from sectors.taxonomy_fields import optional_tag

ILLUSTRATIVE_HELP = _("Demo data made up for trying the desk: not a real company or person.")


class Company(models.Model):
    name = models.CharField(max_length=200, verbose_name=_("Name"))
    # The part of its people's e-mail addresses after the @ (or of its website): one company per domain.
    domain = models.CharField(
        max_length=253,
        blank=True,
        verbose_name=_("Website domain"),
        help_text=_("For example acme.example, without www. Leads from addresses at this domain join this company."),
    )
    country = optional_tag("sectors.Country", _("Country"))
    sector = optional_tag("sectors.SectorPage", _("Sector"))
    size = models.CharField(
        max_length=10, blank=True, choices=LeadProfile.CompanySize.choices, verbose_name=_("Company size")
    )
    registration_number = models.CharField(max_length=40, blank=True, verbose_name=_("Registration number"))
    illustrative = models.BooleanField(default=False, verbose_name=_("Illustrative"), help_text=ILLUSTRATIVE_HELP)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Created"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Updated"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("Company")
        verbose_name_plural = _("Companies")
        constraints = [
            models.UniqueConstraint(Lower("domain"), condition=~models.Q(domain=""), name="desk_company_unique_domain")
        ]

    def __str__(self):
        return f"{self.name} ({self.domain})" if self.domain else self.name

    def save(self, *args, **kwargs):
        self.domain = self.domain.strip().lower().removeprefix("www.")
        super().save(*args, **kwargs)


class Contact(models.Model):
    company = models.ForeignKey(
        Company, null=True, blank=True, on_delete=models.SET_NULL, related_name="contacts", verbose_name=_("Company")
    )
    name = models.CharField(max_length=120, verbose_name=_("Name"))
    email = models.EmailField(max_length=254, verbose_name=_("E-mail"))
    role = models.CharField(max_length=120, blank=True, verbose_name=_("Role"))
    language = models.CharField(max_length=8, choices=settings.LANGUAGES, verbose_name=_("Language"))
    illustrative = models.BooleanField(default=False, verbose_name=_("Illustrative"), help_text=ILLUSTRATIVE_HELP)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Created"))

    class Meta:
        ordering = ["name"]
        verbose_name = pgettext_lazy("contact person", "Contact")
        verbose_name_plural = _("Contacts")
        constraints = [models.UniqueConstraint(Lower("email"), name="desk_contact_unique_email")]

    def __str__(self):
        return f"{self.name} <{self.email}>"
