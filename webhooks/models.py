"""Outgoing webhooks: the endpoints a Region configures, and every delivery made to them (the log)."""

import secrets
import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from webhooks import destinations


def new_secret():
    return secrets.token_urlsafe(32)


class Event(models.TextChoices):
    LEAD_CREATED = "lead.created", _("Lead created")
    PROJECT_CREATED = "project.created", _("Project created")
    PROJECT_STAGE_CHANGED = "project.stage_changed", _("Project stage changed")
    ACTIVITY_ADDED = "activity.added", _("Activity added")


class Endpoint(models.Model):
    """An address that receives the chosen events, signed with its secret (docs/webhooks.md)."""

    name = models.CharField(max_length=120, verbose_name=_("Name"))
    url = models.URLField(
        max_length=500,
        validators=[destinations.validate_url],
        verbose_name=_("URL"),
        help_text=_("http or https only. In production, addresses on private or local networks are refused."),
    )
    secret = models.CharField(
        max_length=200,
        default=new_secret,
        verbose_name=_("Secret"),
        help_text=_("Shared with the receiver, which checks each request's signature with it."),
    )
    # A list of Event values (a JSON list, so that an event added later needs no migration).
    events = models.JSONField(default=list, verbose_name=pgettext_lazy("webhook", "Events"))
    active = models.BooleanField(default=True, verbose_name=pgettext_lazy("webhook endpoint", "Active"))
    created_at = models.DateTimeField(auto_now_add=True, verbose_name=_("Created"))

    class Meta:
        ordering = ["name"]
        verbose_name = _("Webhook endpoint")
        verbose_name_plural = _("Webhook endpoints")

    def __str__(self):
        return self.name

    def events_display(self):
        labels = dict(Event.choices)
        return ", ".join(str(labels.get(event, event)) for event in self.events)

    events_display.short_description = pgettext_lazy("webhook", "Events")


class Delivery(models.Model):
    """One event sent to one endpoint: attempted after the commit, then retried by the worker with a growing delay."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be delivered")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Given up")

    endpoint = models.ForeignKey(
        Endpoint, on_delete=models.CASCADE, related_name="deliveries", verbose_name=_("Endpoint")
    )
    # The same for every endpoint an event goes to; receivers drop a delivery id they have already seen.
    event_id = models.UUIDField(default=uuid.uuid4, db_index=True, verbose_name=_("Event id"))
    event = models.CharField(max_length=40, choices=Event.choices, verbose_name=pgettext_lazy("webhook", "Event"))
    # The exact bytes signed and sent (as text): a retry sends the same body again.
    body = models.TextField(verbose_name=_("Payload"))
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING, verbose_name=_("Status"))
    attempts = models.PositiveIntegerField(default=0, verbose_name=_("Attempts"))
    last_status_code = models.PositiveSmallIntegerField(null=True, blank=True, verbose_name=_("Last status code"))
    last_error = models.TextField(blank=True, verbose_name=_("Last error"))
    created_at = models.DateTimeField(default=timezone.now, verbose_name=_("Created"))
    next_attempt_at = models.DateTimeField(default=timezone.now, verbose_name=_("Next attempt"))
    delivered_at = models.DateTimeField(null=True, blank=True, verbose_name=_("Delivered"))

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("Webhook delivery")
        verbose_name_plural = _("Webhook deliveries")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self):
        return f"{self.get_event_display()} → {self.endpoint}"
