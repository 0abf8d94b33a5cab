"""The events the lower apps send, turned into deliveries (connected in WebhooksConfig.ready)."""

from webhooks import delivery, payloads
from webhooks.models import Delivery, Event


def on_submission_saved(sender, lead, submission, created, **kwargs):
    if created:
        delivery.emit(Event.LEAD_CREATED, payloads.lead(lead))


def on_project_created(sender, project, change, user=None, **kwargs):
    delivery.emit(Event.PROJECT_CREATED, payloads.project(project))


def on_project_stage_changed(sender, project, change, user=None, **kwargs):
    delivery.emit(Event.PROJECT_STAGE_CHANGED, payloads.stage_change(change))


def on_activity_saved(sender, instance, created, raw=False, **kwargs):
    if created and not raw:
        delivery.emit(Event.ACTIVITY_ADDED, payloads.activity(instance))


def on_subject_erased(sender, email, **kwargs):
    """An erasure (leads' privacy tools) also deletes the payloads that carried the person's address."""
    Delivery.objects.filter(body__icontains=email).delete()
