from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    """One e-mail to send, kept until it is sent so that a mail outage loses nothing.

    Written in the caller's transaction; the first attempt is a task enqueued after the commit,
    later ones are made by the scheduler's `send_due_mail` when `next_try_at` comes.
    """

    PENDING, SENT, FAILED = "pending", "sent", "failed"
    STATUSES = [(PENDING, _("Waiting to be sent")), (SENT, _("Sent")), (FAILED, _("Given up"))]

    subject = models.CharField(_("subject"), max_length=998)
    body = models.TextField(_("body"))
    from_email = models.CharField(_("from"), max_length=320, blank=True)
    to = models.JSONField(_("to"), default=list)
    reply_to = models.JSONField(_("reply to"), default=list, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=STATUSES, default=PENDING)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    next_try_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    attempts = models.PositiveIntegerField(_("failed attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "next_try_at"])]

    def __str__(self):
        return self.subject


class ScheduledJob(models.Model):
    """The state of one job of JOB_SCHEDULE; `next_run_at` is claimed by an atomic update."""

    name = models.CharField(_("command"), max_length=100, primary_key=True)
    next_run_at = models.DateTimeField(_("next run"))
    last_started_at = models.DateTimeField(_("last started"), null=True, blank=True)
    last_finished_at = models.DateTimeField(_("last finished"), null=True, blank=True)
    last_succeeded = models.BooleanField(_("last run succeeded"), null=True)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        verbose_name = _("scheduled job")
        verbose_name_plural = _("scheduled jobs")

    def __str__(self):
        return self.name


class Heartbeat(models.Model):
    """The last time a background process (the worker, the scheduler) was seen alive."""

    name = models.CharField(_("process"), max_length=50, primary_key=True)
    seen_at = models.DateTimeField(_("last seen"))

    class Meta:
        verbose_name = _("heartbeat")
        verbose_name_plural = _("heartbeats")

    def __str__(self):
        return self.name
