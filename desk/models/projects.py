"""Investment projects, their stage history and the partner organisations they are referred to."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from desk.models.companies import ILLUSTRATIVE_HELP
from sectors.taxonomy_fields import optional_tag


class Project(models.Model):
    class Stage(models.TextChoices):
        ENQUIRY = "enquiry", _("Enquiry")
        QUALIFIED = "qualified", _("Qualified")
        INFORMATION_SENT = "information_sent", _("Information sent")
        SITE_VISIT = "site_visit", _("Site visit")
        PROPOSAL = "proposal", _("Proposal")
        DECISION = "decision", _("Decision")
        LANDED = "landed", _("Landed")
        LOST = "lost", _("Lost")
        ON_HOLD = "on_hold", _("On hold")

    class LostReason(models.TextChoices):
        OTHER_REGION = "other_region", _("Chose another Italian region")
        OTHER_COUNTRY = "other_country", _("Chose another country")
        CANCELLED = "cancelled", _("Project cancelled or postponed")
        COSTS = "costs", _("Costs (land, energy, labour)")
        INCENTIVES = "incentives", _("Incentives elsewhere")
        TALENT = "talent", _("Skills or talent")
        PERMITS = "permits", _("Permits or time to start")
        NO_SITE = "no_site", _("No suitable site")
        NO_REPLY = "no_reply", _("The company stopped answering")
        OTHER = "other", _("Other")

    title = models.CharField(max_length=200, verbose_name=_("Title"))
    company = models.ForeignKey(
        "desk.Company", on_delete=models.PROTECT, related_name="projects", verbose_name=_("Company")
    )
    business_function = optional_tag("sectors.BusinessFunction", _("Business function"))
    sector = optional_tag("sectors.SectorPage", _("Sector"))
    territories = models.ManyToManyField(
        "territories.TerritoryPage", blank=True, related_name="+", verbose_name=_("Territories considered")
    )
    sites = models.ManyToManyField(
        "opportunities.OpportunityPage", blank=True, related_name="+", verbose_name=_("Sites considered")
    )
    expected_investment = models.DecimalField(
        max_digits=14, decimal_places=0, null=True, blank=True, verbose_name=_("Expected investment (€)")
    )
    expected_jobs = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("Expected jobs"))
    stage = models.CharField(max_length=20, choices=Stage.choices, default=Stage.ENQUIRY, verbose_name=_("Stage"))
    lost_reason = models.CharField(
        max_length=20, blank=True, choices=LostReason.choices, verbose_name=_("Why it was lost")
    )
    expected_decision_date = models.DateField(null=True, blank=True, verbose_name=_("Expected decision"))
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="desk_projects",
        verbose_name=_("Assignee"),
    )
    team = models.ManyToManyField(settings.AUTH_USER_MODEL, blank=True, related_name="+", verbose_name=_("Team"))
    leads = models.ManyToManyField("leads.Lead", blank=True, related_name="desk_projects", verbose_name=_("Leads"))
    illustrative = models.BooleanField(default=False, verbose_name=_("Illustrative"), help_text=ILLUSTRATIVE_HELP)
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Opened"))
    updated_at = models.DateTimeField(auto_now=True, verbose_name=_("Updated"))

    class Meta:
        ordering = ["-updated_at"]
        verbose_name = _("Project")
        verbose_name_plural = _("Projects")

    def __str__(self):
        return self.title

    def clean(self):
        if self.stage == self.Stage.LOST and not self.lost_reason:
            raise ValidationError({"lost_reason": _("Say why the project was lost.")})
        if self.stage != self.Stage.LOST:
            self.lost_reason = ""


class StageChange(models.Model):
    """Every move of a project between stages, with who made it and when (also in Wagtail's history)."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="stage_changes")
    from_stage = models.CharField(max_length=20, blank=True, choices=Project.Stage.choices, verbose_name=_("From"))
    to_stage = models.CharField(max_length=20, choices=Project.Stage.choices, verbose_name=_("To"))
    lost_reason = models.CharField(
        max_length=20, blank=True, choices=Project.LostReason.choices, verbose_name=_("Why it was lost")
    )
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("By")
    )
    changed_at = models.DateTimeField(verbose_name=_("When"))

    class Meta:
        ordering = ["changed_at", "pk"]
        verbose_name = _("Stage change")
        verbose_name_plural = _("Stage changes")

    def __str__(self):
        return f"{self.get_from_stage_display()} → {self.get_to_stage_display()}"


class Partner(models.Model):
    class Kind(models.TextChoices):
        MUNICIPALITY = "municipality", _("Municipality")
        CHAMBER = "chamber", _("Chamber of commerce")
        ICE = "ice", _("ICE – Italian Trade Agency")
        INVITALIA = "invitalia", _("Invitalia")
        OTHER = "other", _("Other")

    name = models.CharField(max_length=200, verbose_name=_("Name"))
    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Kind"))
    email = models.EmailField(blank=True, verbose_name=_("E-mail"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("Partner organisation")
        verbose_name_plural = _("Partner organisations")

    def __str__(self):
        return self.name


class Referral(models.Model):
    """What the desk handed to a partner for a project."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="referrals", verbose_name=_("Project"))
    partner = models.ForeignKey(Partner, on_delete=models.PROTECT, related_name="referrals", verbose_name=_("Partner"))
    subject = models.CharField(max_length=300, verbose_name=_("What was referred"))
    referred_on = models.DateField(verbose_name=_("Referred on"))

    class Meta:
        ordering = ["-referred_on"]
        verbose_name = _("Referral")
        verbose_name_plural = _("Referrals")

    def __str__(self):
        return f"{self.partner}: {self.subject}"
