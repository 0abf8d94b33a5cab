"""Aftercare: investors already established in Lombardy, their follow-ups, the issues they raise and
the expansions they consider (strategy 4.1 and 6: mapping, monitoring and follow-up of foreign investors)."""

import calendar
import datetime

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from desk.models.companies import ILLUSTRATIVE_HELP


def add_months(day, months):
    """The same day `months` later, or the month's last day when it is shorter (31 January + 1 → 28/29 February)."""
    month_index = day.month - 1 + months
    year, month = day.year + month_index // 12, month_index % 12 + 1
    return datetime.date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


class Investor(models.Model):
    """A company that has invested here: from a landed project, a success story, or entered by the desk."""

    company = models.OneToOneField(
        "desk.Company", on_delete=models.PROTECT, related_name="investor", verbose_name=_("Company")
    )
    project = models.ForeignKey(
        "desk.Project",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Landed project"),
    )
    story = models.ForeignKey(
        "stories.SuccessStoryPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Success story"),
    )
    established_on = models.DateField(verbose_name=_("Established on"))
    cadence_months = models.PositiveSmallIntegerField(
        default=6, verbose_name=_("Follow-up every (months)"), help_text=_("How often the desk checks in.")
    )
    last_follow_up = models.DateField(null=True, blank=True, verbose_name=_("Last follow-up"))
    next_follow_up = models.DateField(db_index=True, verbose_name=_("Next follow-up"))
    handler = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Handler"),
    )
    illustrative = models.BooleanField(default=False, verbose_name=_("Illustrative"), help_text=ILLUSTRATIVE_HELP)

    class Meta:
        ordering = ["next_follow_up", "pk"]
        verbose_name = _("Established investor")
        verbose_name_plural = _("Established investors")

    def __str__(self):
        return self.company.name

    def is_overdue(self, today):
        return self.next_follow_up < today


class AftercareIssue(models.Model):
    """Something an investor raised (a permit stuck, staff to hire, a utility) and how the desk handled it."""

    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        RESOLVED = "resolved", _("Resolved")
        CANNOT_HELP = "cannot_help", _("Outside what the desk can do")

    investor = models.ForeignKey(
        Investor, on_delete=models.CASCADE, related_name="issues", verbose_name=_("Established investor")
    )
    raised_on = models.DateField(verbose_name=_("Raised on"))
    subject = models.CharField(max_length=300, verbose_name=_("Issue"))
    handling = models.TextField(blank=True, verbose_name=_("How it was handled"))
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.OPEN, verbose_name=_("Status"))
    closed_on = models.DateField(null=True, blank=True, verbose_name=_("Closed on"))

    class Meta:
        ordering = ["-raised_on", "-pk"]
        verbose_name = _("Aftercare issue")
        verbose_name_plural = _("Aftercare issues")

    def __str__(self):
        return self.subject


class Expansion(models.Model):
    """An expansion an established investor considers; the desk can open a new project from it."""

    investor = models.ForeignKey(
        Investor, on_delete=models.CASCADE, related_name="expansions", verbose_name=_("Established investor")
    )
    identified_on = models.DateField(verbose_name=_("Identified on"))
    description = models.CharField(max_length=300, verbose_name=_("Expansion"))
    expected_investment = models.DecimalField(
        max_digits=14, decimal_places=0, null=True, blank=True, verbose_name=_("Expected investment (€)")
    )
    expected_jobs = models.PositiveIntegerField(null=True, blank=True, verbose_name=_("Expected jobs"))
    project = models.OneToOneField(
        "desk.Project",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="from_expansion",
        verbose_name=_("Project opened"),
    )

    class Meta:
        ordering = ["-identified_on", "-pk"]
        verbose_name = _("Expansion opportunity")
        verbose_name_plural = _("Expansion opportunities")

    def __str__(self):
        return self.description
