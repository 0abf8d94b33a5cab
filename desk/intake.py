"""What the desk does with every saved form: its inquiry, contact and company, the first-response
target, routing and the acknowledgement to the enquirer (connected in DeskConfig.ready)."""

from django.utils import timezone

from desk import acknowledgement, dedup, routing, working_days
from desk.models import Inquiry
from leads.models import Lead

# A booklet download asks for no reply; every other form is a request the desk answers.
NO_REPLY_EXPECTED = {Lead.Kind.BOOKLET}


def on_submission_saved(sender, lead, submission, created, **kwargs):
    inquiry, _ = Inquiry.objects.get_or_create(lead=lead)
    if inquiry.contact_id is None:
        dedup.attach(inquiry)
    if submission.kind not in NO_REPLY_EXPECTED and inquiry.respond_by is None:
        inquiry.respond_by = working_days.respond_by(submission.received_at or timezone.now())
        routing.route(inquiry)
        acknowledgement.send_once(inquiry)
    inquiry.save()


def on_lead_saved(sender, instance, created, **kwargs):
    """Staff moving a lead out of New count as a first reply, as a recorded call or e-mail does."""
    if created or instance.status == Lead.Status.NEW:
        return
    Inquiry.objects.filter(lead=instance, first_response_at__isnull=True).update(first_response_at=timezone.now())


def on_activity_saved(sender, instance, created, **kwargs):
    if instance.lead_id and instance.kind in instance.RESPONSES:
        Inquiry.objects.filter(lead_id=instance.lead_id, first_response_at__isnull=True).update(
            first_response_at=instance.occurred_at
        )


def on_inquiry_deleted(sender, instance, **kwargs):
    """A lead erased or purged takes its contact along once no other lead holds it: it is personal data."""
    contact = instance.contact
    if contact is not None and not contact.inquiries.exists():
        contact.delete()
