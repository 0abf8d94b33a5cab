"""Dated activities (notes, calls, meetings, site visits, e-mails, tasks) and the desk's e-mail templates."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Activity(models.Model):
    class Kind(models.TextChoices):
        NOTE = "note", _("Note")
        CALL = "call", _("Call")
        MEETING = "meeting", _("Meeting")
        SITE_VISIT = "site_visit", _("Site visit")
        EMAIL = "email", _("E-mail sent")
        TASK = "task", _("Task")

    # What counts as the first reply to an enquirer (a note or a task does not).
    RESPONSES = (Kind.CALL, Kind.MEETING, Kind.SITE_VISIT, Kind.EMAIL)

    kind = models.CharField(max_length=20, choices=Kind.choices, verbose_name=_("Kind"))
    subject = models.CharField(max_length=300, verbose_name=_("Subject"))
    body = models.TextField(blank=True, verbose_name=_("Text"))
    occurred_at = models.DateTimeField(default=timezone.now, verbose_name=_("Date"))
    lead = models.ForeignKey(
        "leads.Lead",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="desk_activities",
        verbose_name=_("Lead"),
    )
    company = models.ForeignKey(
        "desk.Company",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("Company"),
    )
    project = models.ForeignKey(
        "desk.Project",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="activities",
        verbose_name=_("Project"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("Recorded by"),
    )
    # Tasks: who does it, by when, and when they are reminded.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="desk_tasks",
        verbose_name=_("Assignee"),
    )
    due_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Due"))
    remind_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Remind at"))
    reminded_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Reminder sent"))
    done_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Done"))
    # E-mails sent from the desk: to whom and in which language.
    email_to = models.EmailField(blank=True, verbose_name=_("Sent to"))
    language = models.CharField(max_length=8, blank=True, choices=settings.LANGUAGES, verbose_name=_("Language"))

    class Meta:
        ordering = ["-occurred_at", "-pk"]
        verbose_name = _("Activity")
        verbose_name_plural = _("Activities")

    def __str__(self):
        return f"{self.get_kind_display()}: {self.subject}"

    def clean(self):
        if not (self.lead_id or self.company_id or self.project_id):
            raise ValidationError(_("Attach the activity to a lead, a company or a project."))
        if self.kind == self.Kind.TASK and not (self.due_at and self.assignee_id):
            raise ValidationError(_("A task needs an assignee and a due date."))

    def is_overdue_task(self, now=None):
        return self.kind == self.Kind.TASK and not self.done_at and self.due_at < (now or timezone.now())


class EmailTemplate(models.Model):
    """A message the desk sends often, in both languages; {name}, {company} and {sender} are filled in."""

    name = models.CharField(max_length=120, verbose_name=_("Name"))
    subject_en = models.CharField(max_length=200, verbose_name=_("Subject (English)"))
    body_en = models.TextField(verbose_name=_("Text (English)"))
    subject_it = models.CharField(max_length=200, verbose_name=_("Subject (Italian)"))
    body_it = models.TextField(verbose_name=_("Text (Italian)"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("E-mail template")
        verbose_name_plural = _("E-mail templates")

    def __str__(self):
        return self.name

    def render(self, language, **values):
        """(subject, body) in `language` (English when the template has no other), placeholders filled."""
        suffix = "it" if language == "it" else "en"
        subject, body = getattr(self, f"subject_{suffix}"), getattr(self, f"body_{suffix}")
        return _fill(subject, values), _fill(body, values)


def _fill(text, values):
    """Unknown placeholders stay as typed; a stray brace leaves the text as it is instead of failing the send."""
    try:
        return text.format_map(_Placeholders(values))
    except (ValueError, IndexError, AttributeError):
        return text


class _Placeholders(dict):
    def __missing__(self, key):
        return "{" + key + "}"
